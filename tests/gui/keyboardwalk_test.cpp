// SPDX-License-Identifier: Apache-2.0
// The whole wizard done with the keyboard alone, as an operator without a
// mouse (or with a screen reader) would do it: access keys, Tab, arrows,
// Space and Return, on whatever has the focus. The test only reads state to
// decide which key comes next; it never calls a setter or clicks in code.
#include "CleanupPage.h"
#include "ConfigurationPage.h"
#include "MigrationWizard.h"
#include "PrerequisitesPage.h"
#include "ReportPage.h"
#include "VerificationPage.h"
#include "demo/DemoProject.h"
#include "project/MigrationProject.h"
#include "verify/ChecklistModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace Ismw;
using namespace Qt::StringLiterals;

class KeyboardWalkTest : public QObject
{
    Q_OBJECT

    // Where a key goes: the focused control, as the platform would send it;
    // the active window when nothing has the focus.
    static QWidget* keyTarget()
    {
        // When a dialog closes, a window manager gives the activation back
        // to the window below it; the offscreen platform has none, so the
        // test does what it would.
        if (!QApplication::focusWidget() && !QApplication::activeModalWidget() && !QApplication::activeWindow()) {
            for (QWidget* window : QApplication::topLevelWidgets())
                if (qobject_cast<QWizard*>(window) && window->isVisible())
                    window->activateWindow();
            (void)QTest::qWaitFor([] { return QApplication::activeWindow() != nullptr; }, 2000);
        }
        if (QWidget* focus = QApplication::focusWidget())
            return focus;
        if (QWidget* modal = QApplication::activeModalWidget())
            return modal;
        return QApplication::activeWindow();
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QVERIFY(keyTarget());
        QTest::keyClick(keyTarget(), k, modifiers);
    }
    // Alt + an access key, as underlined in the control's label.
    static void alt(char letter)
    {
        QVERIFY(keyTarget());
        QTest::keyClick(keyTarget(), Qt::Key(Qt::Key_A + (letter - 'a')), Qt::AltModifier);
    }
    // Replaces the text of the focused line edit, as select-all and typing do.
    static void typeOver(const QString& text)
    {
        QVERIFY(keyTarget());
        QTest::keyClick(keyTarget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(keyTarget(), Qt::Key_Backspace);
        QTest::keyClicks(keyTarget(), text);
    }
    template <typename T> static T* child(QWidget* page, const char* name)
    {
        auto* found = page->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    // A dialog shown with exec() blocks the code that opened it: its keys
    // are pressed from the event loop, once it is up and has the focus.
    void onNextDialog(const std::function<void(QWidget*)>& keys)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, keys] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || !QApplication::focusWidget()
                || !modal->isAncestorOf(QApplication::focusWidget()))
                return;
            timer->stop();
            timer->deleteLater();
            keys(modal);
        });
        timer->start();
    }

    // Tab until a control has the focus, as a user would; false if the
    // chain never reaches it.
    static bool tabTo(QWidget* target, Qt::Key direction = Qt::Key_Tab)
    {
        const auto modifiers = direction == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier;
        for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(keyTarget(), direction, modifiers);
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void wholeWizardWithTheKeyboard()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Setup, not interaction: the project of a migration whose dev and
        // pre-prod environments are done, with its two IS homes.
        const DemoResult demo = createDemoProject(dir.path());
        QVERIFY2(!demo.projectPath.isEmpty(), qPrintable(demo.error));
        const QString reason = u"Checked with the change board, ticket IAM-7"_s;

        // The wizard and its project go before the file is read back.
        auto project = std::make_unique<MigrationProject>();
        auto wizardOwner = std::make_unique<MigrationWizard>(project.get());
        MigrationWizard& wizard = *wizardOwner;
        QSignalSpy opened(project.get(), &MigrationProject::opened);
        project->openProject(demo.projectPath);
        QVERIFY(opened.wait(10000));
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));

        // Page 1: the environment after pre-prod is preselected; the
        // operator types their name and goes on.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::ProjectPageId));
        QWidget* page = wizard.currentPage();
        alt('p');
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(page, "operatorEdit"));
        typeOver(u"Kim Keys"_s);
        if (child<QWidget>(page, "orderRuleFrame")->isVisible()) {
            alt('s');
            typeOver(reason);
            alt('k');
            QTRY_VERIFY(child<QCheckBox>(page, "acknowledgeCheck")->isChecked());
        }
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        alt('n');
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::PrerequisitesPageId));

        // Page 2: the checks run by themselves; the backup is confirmed and
        // whatever still blocks Next (the page selects it) is decided.
        auto* prerequisites = qobject_cast<PrerequisitesPage*>(wizard.currentPage());
        QVERIFY(prerequisites);
        QTRY_VERIFY_WITH_TIMEOUT(!prerequisites->isInspecting(), 30000);
        alt('k');
        QTRY_VERIFY(child<QCheckBox>(prerequisites, "backupCheck")->isChecked());
        // Down the list of checks (Shift+Tab from the reason, beside it):
        // each blocker not decided yet is accepted with a reason.
        auto* checks = child<QTreeWidget>(prerequisites, "checkList");
        auto* acceptButton = child<QPushButton>(prerequisites, "acceptButton");
        alt('r');
        QVERIFY(tabTo(checks, Qt::Key_Backtab));
        key(Qt::Key_Home);
        for (int i = 0; i < 200 && !prerequisites->isComplete(); ++i) {
            const QTreeWidgetItem* item = checks->currentItem();
            if (item && item->parent() && item->text(1).startsWith(u"✖"_s) && item->text(2).isEmpty()) {
                alt('r');
                typeOver(reason);
                QTRY_VERIFY2(acceptButton->isEnabled(), qPrintable(item->text(0)));
                alt('c');
                QTRY_COMPARE(checks->currentItem()->text(2), u"accepted"_s);
                QVERIFY(tabTo(checks, Qt::Key_Backtab));
            } else {
                key(Qt::Key_Down);
            }
        }
        QVERIFY2(prerequisites->isComplete(), qPrintable(prerequisites->missingReason()));
        alt('n');
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::ConfigurationPageId));

        // Page 3: each blocker acknowledged with a reason, from the list of
        // changes and findings (Tab from its filter), then the result written.
        auto* configuration = qobject_cast<ConfigurationPage*>(wizard.currentPage());
        QVERIFY(configuration);
        QTRY_VERIFY_WITH_TIMEOUT(!configuration->isBusy(), 30000);
        auto* list = child<QTreeWidget>(configuration, "reviewList");
        auto* reasonEdit = child<QLineEdit>(configuration, "reasonEdit");
        alt('i');
        QVERIFY(tabTo(list));
        key(Qt::Key_Home);
        // The page names what is missing; in the C locale the tests run in,
        // open blockers are what it says first.
        for (int i = 0; i < 200 && configuration->missingReason().contains(u"blocker"_s); ++i) {
            if (reasonEdit->isVisible() && !reasonEdit->isReadOnly()) {
                // The page moves on to the next open blocker by itself.
                const QString before = configuration->missingReason();
                alt('s');
                typeOver(reason);
                alt('k');
                QTRY_VERIFY(configuration->missingReason() != before);
            } else {
                if (QApplication::focusWidget() != list) {
                    alt('i');
                    QVERIFY(tabTo(list));
                }
                key(Qt::Key_Down);
            }
        }
        QVERIFY2(!configuration->missingReason().contains(u"blocker"_s), qPrintable(configuration->missingReason()));
        QTRY_VERIFY(child<QPushButton>(configuration, "writeButton")->isEnabled());
        onNextDialog([](QWidget*) { key(Qt::Key_Return); }); // "Write" is the box's default
        alt('w');
        QTRY_VERIFY_WITH_TIMEOUT(configuration->isComplete(), 20000);
        alt('n');
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::CleanupPageId));

        // Page 4: the cleanup skipped, with a reason, on its reminders tab.
        auto* cleanup = qobject_cast<CleanupPage*>(wizard.currentPage());
        QVERIFY(cleanup);
        QTRY_VERIFY_WITH_TIMEOUT(!cleanup->isBusy(), 30000);
        alt('u');
        QTRY_COMPARE(child<QTabWidget>(cleanup, "stepTabs")->currentIndex(), 1);
        alt('s');
        QTRY_VERIFY(child<QCheckBox>(cleanup, "skipCheck")->isChecked());
        alt('e');
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(cleanup, "skipReasonEdit"));
        typeOver(u"Tokens are cleaned by the nightly DBA job"_s);
        QTRY_VERIFY2(cleanup->isComplete(), qPrintable(cleanup->missingReason()));
        alt('k'); // the commit button: "Skip Cleanup"
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::VerificationPageId));

        // Page 5: a case of one's own through the Add Case dialog, the
        // templates, then every case recorded as passed: the status combo and
        // Record; the page moves on to the next case without a result.
        auto* verification = qobject_cast<VerificationPage*>(wizard.currentPage());
        QVERIFY(verification);
        ChecklistModel* model = verification->checklistModel();
        onNextDialog([](QWidget*) {
            QTest::keyClicks(keyTarget(), u"Partner SSO login"_s);
            alt('g');
            typeOver(u"Federation"_s);
            key(Qt::Key_Return); // OK is the default button
        });
        const int before = model->tally().total;
        alt('e');
        QTRY_COMPARE(model->tally().total, before + 1);
        alt('m');
        QTRY_VERIFY(model->tally().total > before + 1);
        auto* tree = child<QTreeView>(verification, "caseTree");
        const auto isOpenCase = [tree] {
            const QModelIndex index = tree->currentIndex();
            return index.isValid() && !index.data(ChecklistModel::IsGroupRole).toBool()
                && ChecklistStatus(index.data(ChecklistModel::StatusRole).toInt()) == ChecklistStatus::NotRun;
        };
        const int total = model->tally().total;
        for (int i = 0; i < total && model->tally().passed < total; ++i) {
            // Usually the page has moved on to the next open case; after the
            // last of a group it may not have: back to the tree (Shift+Tab
            // from the result controls) and down to one.
            if (!isOpenCase()) {
                QVERIFY(tabTo(tree, Qt::Key_Backtab));
                key(Qt::Key_Home);
                for (int d = 0; d < 2 * total && !isOpenCase(); ++d)
                    key(Qt::Key_Down);
                QVERIFY(isOpenCase());
            }
            const int passed = model->tally().passed;
            alt('u');
            QTRY_COMPARE(QApplication::focusWidget(), child<QComboBox>(verification, "statusCombo"));
            key(Qt::Key_Down); // from "Not run" to "Passed"
            alt('r');
            QTRY_COMPARE(model->tally().passed, passed + 1);
        }
        QCOMPARE(model->tally().passed, total);
        alt('n');
        QTRY_COMPARE(wizard.currentId(), int(MigrationWizard::ReportPageId));

        // Page 6: an unsigned report exported into the temporary folder.
        auto* report = qobject_cast<ReportPage*>(wizard.currentPage());
        QVERIFY(report);
        alt('s');
        QTRY_VERIFY(!child<QCheckBox>(report, "signCheck")->isChecked());
        alt('o');
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(report, "pdfEdit"));
        const QString pdf = QDir(dir.path()).filePath(u"keyboard-report.pdf"_s);
        typeOver(QDir::toNativeSeparators(pdf));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(report, "exportButton")->isEnabled(), 20000);
        QSignalSpy exported(report, &ReportPage::exportFinished);
        alt('x');
        QTRY_VERIFY_WITH_TIMEOUT(exported.size() == 1, 30000);
        QVERIFY2(exported.constFirst().constFirst().toBool(),
            qPrintable(child<QLabel>(report, "exportResult")->text()));
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(!QFileInfo::exists(pdf + u".p7s"_s));

        alt('f');
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // The project file itself says so, read back by a second instance.
        wizardOwner.reset();
        project->waitForWrites();
        project.reset();
        MigrationProject readBack;
        QSignalSpy reopened(&readBack, &MigrationProject::opened);
        readBack.openProject(demo.projectPath);
        QVERIFY(reopened.wait(10000));
        QVERIFY(!readBack.runs().isEmpty());
        const Run last = *std::max_element(readBack.runs().cbegin(), readBack.runs().cend(),
            [](const Run& a, const Run& b) { return a.id < b.id; });
        QCOMPARE(last.status, RunStatus::Completed);
        QCOMPARE(last.operatorName, u"Kim Keys"_s);
        QCOMPARE(readBack.environment(last.environmentId)->tier, Tier::Production);
        // And each decision made on the way, by keys, is in its journal.
        QStringList events;
        for (const JournalEntry& entry : readBack.journal())
            if (entry.at >= last.startedAt)
                events << entry.event;
        for (const QString& event : { u"backup.acknowledged"_s, u"config.written"_s, u"cleanup.skipped"_s,
                 u"checklist.case-added"_s, u"report.exported"_s, u"run.finished"_s })
            QVERIFY2(events.contains(event), qPrintable(event + u" not in "_s + events.join(u", "_s)));
        QCOMPARE(events.count(u"checklist.status"_s), total);
    }
};

QTEST_MAIN(KeyboardWalkTest)
#include "keyboardwalk_test.moc"
