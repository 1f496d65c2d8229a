// SPDX-License-Identifier: Apache-2.0
#include "WizardPage.h"

namespace Ismw {

WizardPage::WizardPage(MigrationProject* project, QWidget* parent)
    : QWizardPage(parent)
    , m_project(project)
{
}

} // namespace Ismw
