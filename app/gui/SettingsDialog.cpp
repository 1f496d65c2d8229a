// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "Translations.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
const QString kLanguageKey = u"ui/language"_s;
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    //: In the language list of the settings: follow the desktop's language, here %1.
    m_ui->languageCombo->addItem(
        tr("System language (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language in its own name, as an operator who does not read the
    // current one looks for it.
    for (const QString& code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_ui->languageCombo->addItem(name.isEmpty() ? code : name, code);
    }
    const int current = m_ui->languageCombo->findData(configuredLanguage());
    m_ui->languageCombo->setCurrentIndex(qMax(0, current));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QSettings().setValue(kLanguageKey, m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}

QString SettingsDialog::configuredLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    // A language removed from a later version falls back to the system's.
    return availableLanguages().contains(language) ? language : QString();
}

} // namespace Ismw
