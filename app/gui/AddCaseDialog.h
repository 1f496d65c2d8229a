// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/ChecklistTemplates.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddCaseDialog;
}

namespace Ismw {

// Asks for one test case of the verification checklist. OK stays disabled
// until the case has a title: a case without one cannot be found again in the
// list or the report.
class AddCaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddCaseDialog)
public:
    explicit AddCaseDialog(QWidget* parent = nullptr);
    ~AddCaseDialog() override;

    // The case as entered, trimmed; an empty group becomes the default one.
    ChecklistCase testCase() const;

private:
    std::unique_ptr<Ui::AddCaseDialog> m_ui;
};

} // namespace Ismw
