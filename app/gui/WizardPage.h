// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

namespace Ismw {

class MigrationProject;

// The shortest reason a page accepts for going ahead knowingly (an order rule
// overridden, a blocker accepted, the cleanup skipped): a reason of one word
// is no reason, and the journal entry must tell a change board or an auditor
// why. One value for every page, so the operator meets one rule.
inline constexpr int kMinimumReasonLength = 8;

// The base of every page: hands the page the shared MigrationProject, the
// only thing a page talks to (pages never reach into each other), and the
// short help text the wizard's Help button shows for it.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(MigrationProject* project, QWidget* parent = nullptr);

    virtual QString helpText() const = 0;
    // Non-empty while the page does something that must not be cut off by
    // closing the wizard (a cleanup procedure running on a server): says what.
    virtual QString busyReason() const { return {}; }

protected:
    MigrationProject* project() const { return m_project; }

private:
    MigrationProject* m_project;
};

} // namespace Ismw
