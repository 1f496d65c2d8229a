// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "PrerequisitesPage.h"
#include "demo/SampleHome.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
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
        return f.page != nullptr;
    }
    static bool settle(PrerequisitesPage* page)
    {
        return QTest::qWaitFor([page] { return !page->isInspecting(); }, 10000);
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
    }

    void twoHomesGoingForwardCompleteThePage()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"a.ismig"_s)));
        QVERIFY(!f.page->isComplete());
        edit(f.page, "oldHomeEdit")->setText(m_old);
        edit(f.page, "newHomeEdit")->setText(m_new);
        QVERIFY(settle(f.page));
        QVERIFY2(f.page->isComplete(), qPrintable(f.page->missingReason()));
        QVERIFY(label(f.page, "oldHomeResult").contains(u"5.11.0"_s));
        QVERIFY(label(f.page, "newHomeResult").contains(u"7.1.0"_s));
        // 7.1.0 is not the newest release the wizard knows: said, not blocked.
        QVERIFY(label(f.page, "pathLabel").contains(u"not the newest"_s));
        QVERIFY(f.wizard.button(QWizard::FinishButton)->isEnabled() || f.wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(f.page->validatePage());
        QCOMPARE(f.project.info().oldRelease, u"5.11.0"_s);
        QCOMPARE(f.project.info().newRelease, u"7.1.0"_s);
        QCOMPARE(f.project.journal().constLast().event, u"homes.chosen"_s);
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
        wizard.setStartId(MigrationWizard::PrerequisitesPageId);
        wizard.show();
        wizard.restart();
        auto* page = qobject_cast<PrerequisitesPage*>(wizard.currentPage());
        QVERIFY(settle(page));
        QCOMPARE(QDir::fromNativeSeparators(edit(page, "oldHomeEdit")->text()), m_old);
        QVERIFY(page->isComplete());
    }
};

QTEST_MAIN(PrerequisitesPageTest)
#include "prerequisitespage_test.moc"
