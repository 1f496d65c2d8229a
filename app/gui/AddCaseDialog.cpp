// SPDX-License-Identifier: Apache-2.0
#include "AddCaseDialog.h"

#include "ui_AddCaseDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Ismw {

AddCaseDialog::AddCaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddCaseDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"addCaseDialog"_s);
    m_ui->groupEdit->setText(defaultChecklistGroup());
    // The kind is stored as its key; the combo shows it in words.
    m_ui->kindCombo->addItem(tr("Functional"), QString(kFunctionalKind));
    m_ui->kindCombo->addItem(tr("Non-functional"), QString(kNonFunctionalKind));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, ok,
        [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
}

AddCaseDialog::~AddCaseDialog() = default;

ChecklistCase AddCaseDialog::testCase() const
{
    ChecklistCase c;
    c.title = m_ui->titleEdit->text().trimmed();
    const QString group = m_ui->groupEdit->text().trimmed();
    c.group = group.isEmpty() ? defaultChecklistGroup() : group;
    c.kind = m_ui->kindCombo->currentData().toString();
    c.steps = m_ui->stepsEdit->toPlainText().trimmed();
    c.expected = m_ui->expectedEdit->toPlainText().trimmed();
    return c;
}

} // namespace Ismw
