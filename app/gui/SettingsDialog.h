// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Ismw {

// The wizard's own settings (kept in QSettings, not in a project): the
// language of the user interface.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    // The language chosen in the settings ("de", ...), or empty to follow
    // the system's locale.
    static QString configuredLanguage();

private:
    void showAbout();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace Ismw
