// SPDX-License-Identifier: Apache-2.0
#include "JavaForTests.h"
#include "MigrationWizard.h"
#include "PrerequisitesPage.h"
#include "checks/IsRelease.h"
#include "demo/SampleHome.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

class PrerequisitesPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_old, m_new, m_notHome;
    QString m_java17, m_java8; // JAVA_HOMEs whose bin/java answers -version like that release


    // A wizard with an open project, standing on page 2.
    struct Fixture {
        MigrationProject project;
        MigrationWizard wizard { &project };
        PrerequisitesPage* page = nullptr;
    };
    bool setUp(Fixture& f, const QString& projectPath)
    {
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        f.project.createProject(projectPath, {});
        if (!opened.wait(10000) || f.project.startRun(Tier::Development, {}, u"Ana"_s) == 0)
            return false;
        f.wizard.show();
        f.wizard.setStartId(MigrationWizard::PrerequisitesPageId);
        f.wizard.restart();
        f.page = qobject_cast<PrerequisitesPage*>(f.wizard.currentPage());
        if (f.page)
            f.page->setJavaProbeOptions(java(m_java17));
        return f.page != nullptr;
    }
    static JavaProbeOptions java(const QString& home) { return JavaForTests::options(home); }
    static QTreeWidgetItem* checkItem(PrerequisitesPage* page, const QString& id)
    {
        auto* list = page->findChild<QTreeWidget*>(u"checkList"_s);
        for (int g = 0; g < list->topLevelItemCount(); ++g)
            for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
                if (list->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toString() == id)
                    return list->topLevelItem(g)->child(i);
        return nullptr;
    }
    static bool settle(PrerequisitesPage* page)
    {
        return QTest::qWaitFor([page] { return !page->isInspecting(); }, 10000);
    }
    static void confirmBackup(PrerequisitesPage* page)
    {
        page->findChild<QCheckBox*>(u"backupCheck"_s)->setChecked(true);
    }
    static QLineEdit* edit(PrerequisitesPage* page, const char* name)
    {
        return page->findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    static QString label(PrerequisitesPage* page, const char* name)
    {
        return page->findChild<QLabel*>(QString::fromLatin1(name))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_old = m_dir.filePath(u"wso2is-5.11.0"_s);
        m_new = m_dir.filePath(u"wso2is-7.1.0"_s);
        m_notHome = m_dir.filePath(u"downloads"_s);
        QString error;
        QVERIFY2(writeSampleIsHome(m_old, u"5.11.0"_s, SampleHomeOptions {}, &error), qPrintable(error));
        QVERIFY2(writeSampleIsHome(m_new, u"7.1.0"_s, SampleHomeOptions {}, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(m_notHome + u"/bin"_s));
        m_java17 = m_dir.filePath(u"jdk-17"_s);
        m_java8 = m_dir.filePath(u"jdk-8"_s);
        QVERIFY(JavaForTests::write(m_java17, u"17.0.9"_s));
        QVERIFY(JavaForTests::write(m_java8, u"1.8.0_392"_s));
    }

    void twoHomesGoingForwardCompleteThePage()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"a.ismig"_s)));
        QVERIFY(!f.page->isComplete());
        edit(f.page, "oldHomeEdit")->setText(m_old);
        edit(f.page, "newHomeEdit")->setText(m_new);
        QVERIFY(settle(f.page));
        // Everything checked, but nothing goes on without the backup confirmed.
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"backup"_s), qPrintable(f.page->missingReason()));
        confirmBackup(f.page);
        QVERIFY2(f.page->isComplete(), qPrintable(f.page->missingReason()));
        QVERIFY(label(f.page, "oldHomeResult").contains(u"5.11.0"_s));
        QVERIFY(label(f.page, "newHomeResult").contains(u"7.1.0"_s));
        // 7.1.0 is not the newest release the wizard knows: said, not blocked.
        const PrerequisiteCheck* latest = f.page->report()->find(u"path.latest"_s);
        QVERIFY(latest && latest->status == CheckStatus::Warning);
        QVERIFY2(latest->message.contains(latestKnownRelease().versionString()), qPrintable(latest->message));
        // Java 17 runs 7.1.0; the checks that ran are in the list and the project.
        QCOMPARE(f.page->report()->find(u"java.new-home"_s)->status, CheckStatus::Pass);
        QVERIFY(checkItem(f.page, u"path.direction"_s));
        f.project.waitForWrites();
        QVERIFY(f.project.checks().size() >= f.page->report()->checks.size());
        QVERIFY(f.wizard.button(QWizard::FinishButton)->isEnabled() || f.wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(f.page->validatePage());
        QCOMPARE(f.project.info().oldRelease, u"5.11.0"_s);
        QCOMPARE(f.project.info().newRelease, u"7.1.0"_s);
        QCOMPARE(f.project.journal().constLast().event, u"backup.acknowledged"_s);
        QCOMPARE(f.project.journal().at(f.project.journal().size() - 2).event, u"homes.chosen"_s);
        // Another wizard window on the same run finds the backup confirmed.
        MigrationWizard again(&f.project);
        again.setStartId(MigrationWizard::PrerequisitesPageId);
        again.restart();
        QVERIFY(again.currentPage()->findChild<QCheckBox*>(u"backupCheck"_s)->isChecked());
    }

    void homesTheWrongWayRoundAreRefused()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"b.ismig"_s)));
        edit(f.page, "oldHomeEdit")->setText(m_new);
        edit(f.page, "newHomeEdit")->setText(m_old);
        QVERIFY(settle(f.page));
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"later release"_s), qPrintable(f.page->missingReason()));
    }

    void aFolderThatIsNoHomeIsExplained()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"c.ismig"_s)));
        edit(f.page, "oldHomeEdit")->setText(m_notHome);
        QVERIFY(settle(f.page));
        QVERIFY(!f.page->isComplete());
        const QString result = label(f.page, "oldHomeResult");
        QVERIFY2(result.contains(u"missing"_s, Qt::CaseInsensitive), qPrintable(result));
        QVERIFY2(result.contains(u"downloads"_s), qPrintable(result));
    }

    void homesOfTheProjectAreFilledIn()
    {
        const QString path = m_dir.filePath(u"d.ismig"_s);
        {
            Fixture f;
            QVERIFY(setUp(f, path));
            f.project.setHomes(m_old, u"5.11.0"_s, m_new, u"7.1.0"_s);
            f.project.waitForWrites();
        }
        MigrationProject project;
        QSignalSpy opened(&project, &MigrationProject::opened);
        project.openProject(path);
        QVERIFY(opened.wait(10000));
        MigrationWizard wizard(&project);
        qobject_cast<PrerequisitesPage*>(wizard.page(MigrationWizard::PrerequisitesPageId))->setJavaProbeOptions(java(m_java17));
        wizard.setStartId(MigrationWizard::PrerequisitesPageId);
        wizard.show();
        wizard.restart();
        auto* page = qobject_cast<PrerequisitesPage*>(wizard.currentPage());
        QVERIFY(settle(page));
        QCOMPARE(QDir::fromNativeSeparators(edit(page, "oldHomeEdit")->text()), m_old);
        // A backup is confirmed for a run: the one journaled in the earlier
        // run does not stand for this session, which has not started one.
        QVERIFY(!page->findChild<QCheckBox*>(u"backupCheck"_s)->isChecked());
        QVERIFY(!page->isComplete());
        confirmBackup(page);
        QVERIFY2(page->isComplete(), qPrintable(page->missingReason()));
    }

    // Java 8 cannot run 7.1.0: a blocker until fixed or accepted with a
    // reason; the acceptance is recorded, journaled and applies again.
    void aBlockerIsAcceptedWithAReason()
    {
        const QString path = m_dir.filePath(u"e.ismig"_s);
        Fixture f;
        QVERIFY(setUp(f, path));
        f.page->setJavaProbeOptions(java(m_java8));
        edit(f.page, "oldHomeEdit")->setText(m_old);
        edit(f.page, "newHomeEdit")->setText(m_new);
        QVERIFY(settle(f.page));
        QCOMPARE(f.page->report()->find(u"java.new-home"_s)->status, CheckStatus::Blocker);
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"blocker"_s), qPrintable(f.page->missingReason()));

        auto* list = f.page->findChild<QTreeWidget*>(u"checkList"_s);
        list->setCurrentItem(checkItem(f.page, u"java.new-home"_s));
        auto* details = f.page->findChild<QTextBrowser*>(u"detailsText"_s);
        QVERIFY2(details->toPlainText().contains(u"1.8"_s) || details->toPlainText().contains(u"8.0"_s),
            qPrintable(details->toPlainText()));
        auto* accept = f.page->findChild<QPushButton*>(u"acceptButton"_s);
        QVERIFY(!accept->isEnabled()); // no reason yet
        edit(f.page, "reasonEdit")->setText(u"short"_s);
        QVERIFY(!accept->isEnabled());
        edit(f.page, "reasonEdit")->setText(u"The servers run Temurin 21; this is the admin workstation"_s);
        QVERIFY(accept->isEnabled());
        accept->click();
        confirmBackup(f.page);
        QVERIFY2(f.page->isComplete(), qPrintable(f.page->missingReason()));
        QCOMPARE(checkItem(f.page, u"java.new-home"_s)->text(2), u"accepted"_s);
        QCOMPARE(f.project.journal().constLast().event, u"check.accepted"_s);

        // Checks run again: the acceptance still holds.
        f.page->runChecks();
        QVERIFY(settle(f.page));
        QVERIFY(f.page->isComplete());
    }

    // The downgrade blocker cannot be accepted away.
    void aDowngradeCannotBeAccepted()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"f.ismig"_s)));
        edit(f.page, "oldHomeEdit")->setText(m_new);
        edit(f.page, "newHomeEdit")->setText(m_old);
        QVERIFY(settle(f.page));
        QCOMPARE(f.page->report()->find(u"path.direction"_s)->status, CheckStatus::Blocker);
        f.page->findChild<QTreeWidget*>(u"checkList"_s)->setCurrentItem(checkItem(f.page, u"path.direction"_s));
        edit(f.page, "reasonEdit")->setText(u"I really want to go back"_s);
        QVERIFY(!f.page->findChild<QPushButton*>(u"acceptButton"_s)->isEnabled());
        QVERIFY(!f.page->isComplete());
    }

    // Customizations are decided one by one: done, or not needed with a reason.
    void customizationsAreDecided()
    {
        const QString custom = m_dir.filePath(u"wso2is-5.11.0-custom"_s);
        QString error;
        SampleHomeOptions options;
        options.customizations = true;
        QVERIFY2(writeSampleIsHome(custom, u"5.11.0"_s, options, &error), qPrintable(error));
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"g.ismig"_s)));
        edit(f.page, "oldHomeEdit")->setText(custom);
        edit(f.page, "newHomeEdit")->setText(m_new);
        QVERIFY(settle(f.page));
        QList<const PrerequisiteCheck*> customizations;
        for (const PrerequisiteCheck& check : f.page->report()->checks)
            if (check.needsDecision)
                customizations << &check;
        QVERIFY(customizations.size() >= 3);
        const QString first = customizations.at(0)->id, second = customizations.at(1)->id;
        auto* list = f.page->findChild<QTreeWidget*>(u"checkList"_s);
        list->setCurrentItem(checkItem(f.page, first));
        QCOMPARE(checkItem(f.page, first)->text(2), u"open"_s);
        f.page->findChild<QPushButton*>(u"doneButton"_s)->click();
        QCOMPARE(checkItem(f.page, first)->text(2), u"done"_s);
        list->setCurrentItem(checkItem(f.page, second));
        auto* notNeeded = f.page->findChild<QPushButton*>(u"notNeededButton"_s);
        QVERIFY(!notNeeded->isEnabled()); // needs a reason
        edit(f.page, "reasonEdit")->setText(u"Replaced by the 7.x adaptive script"_s);
        notNeeded->click();
        QCOMPARE(checkItem(f.page, second)->text(2), u"not needed"_s);
        f.project.waitForWrites();
        bool doneRecorded = false, notNeededRecorded = false;
        for (const CheckRecord& record : f.project.checks()) {
            doneRecorded |= record.checkId == first && record.status == CheckStatus::Pass && !record.acceptedReason.isEmpty();
            notNeededRecorded |= record.checkId == second && record.status == CheckStatus::NotApplicable
                && record.acceptedReason == u"Replaced by the 7.x adaptive script"_s;
        }
        QVERIFY(doneRecorded && notNeededRecorded);
    }
};

QTEST_MAIN(PrerequisitesPageTest)
#include "prerequisitespage_test.moc"
