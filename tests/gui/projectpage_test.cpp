// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"
#include "ProjectPage.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

// Clicks through page 1 offscreen, as an operator would with the keyboard
// and the mouse: new project, environment, operator, the order rule.
class ProjectPageTest : public QObject
{
    Q_OBJECT

    template<typename T>
    T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QWidget* nextButton(MigrationWizard& wizard) { return wizard.button(QWizard::NextButton); }

    void selectTier(ProjectPage* page, Tier tier)
    {
        auto* combo = child<QComboBox>(page, "tierCombo");
        combo->setCurrentIndex(combo->findData(int(tier)));
    }

    // A shown wizard on page 1 with a new project at `path` and an operator.
    struct Session {
        MigrationProject project;
        MigrationWizard wizard { &project };
        ProjectPage* page = nullptr;
    };
    bool startNewProject(Session& s, const QString& path, const QString& operatorName)
    {
        s.wizard.show();
        s.page = qobject_cast<ProjectPage*>(s.wizard.currentPage());
        QSignalSpy opened(&s.project, &MigrationProject::opened);
        s.page->createProjectAt(path);
        if (!opened.wait(10000))
            return false;
        child<QLineEdit>(s.page, "operatorEdit")->setText(operatorName);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void newProjectEnablesNext()
    {
        QTemporaryDir dir;
        MigrationProject project;
        MigrationWizard wizard(&project);
        wizard.show();
        auto* page = qobject_cast<ProjectPage*>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(!page->isComplete());
        QVERIFY(!nextButton(wizard)->isEnabled());
        QVERIFY(page->statusText().contains(u"Create or open"_s));

        QSignalSpy opened(&project, &MigrationProject::opened);
        page->createProjectAt(dir.filePath(u"acme.ismig"_s));
        QVERIFY(opened.wait(10000));
        QVERIFY(child<QLabel>(page, "projectPathLabel")->text().contains(u"acme"_s));

        auto* operatorEdit = child<QLineEdit>(page, "operatorEdit");
        operatorEdit->clear();
        QVERIFY(!nextButton(wizard)->isEnabled());
        QVERIFY(page->statusText().contains(u"operator"_s));
        operatorEdit->setFocus();
        QTest::keyClicks(operatorEdit, u"Ana Admin"_s);
        QVERIFY(page->isComplete());
        QVERIFY(nextButton(wizard)->isEnabled());

        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::PrerequisitesPageId));
        QCOMPARE(project.currentEnvironment()->name, u"dev"_s);
        QCOMPARE(project.currentRun()->operatorName, u"Ana Admin"_s);
        QCOMPARE(QSettings().value(u"run/operator"_s).toString(), u"Ana Admin"_s);

        // Back and Next on the same choice continue the same run.
        wizard.back();
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(project.runs().size(), 1);
    }

    void productionNeedsAcknowledgementWithReason()
    {
        QTemporaryDir dir;
        Session s;
        QVERIFY(startNewProject(s, dir.filePath(u"prod-first.ismig"_s), u"Olu Ops"_s));
        auto& project = s.project;
        auto& wizard = s.wizard;
        ProjectPage* page = s.page;

        auto* frame = child<QFrame>(page, "orderRuleFrame");
        QVERIFY(!frame->isVisible());
        selectTier(page, Tier::Production);
        QVERIFY(frame->isVisible());
        QVERIFY(child<QLabel>(page, "orderRuleText")->text().contains(u"pre-production"_s));
        QVERIFY(!nextButton(wizard)->isEnabled());

        auto* reason = child<QLineEdit>(page, "reasonEdit");
        auto* acknowledge = child<QCheckBox>(page, "acknowledgeCheck");
        QTest::keyClicks(reason, u"short"_s);
        acknowledge->setChecked(true);
        QVERIFY2(!nextButton(wizard)->isEnabled(), "a one-word reason is not enough");
        QVERIFY(page->statusText().contains(u"reason"_s));
        QTest::keyClicks(reason, u" - pre-prod does not exist at this site"_s);
        QVERIFY(nextButton(wizard)->isEnabled());
        acknowledge->setChecked(false);
        QVERIFY(!nextButton(wizard)->isEnabled());
        QTest::keyClick(acknowledge, Qt::Key_Space); // ticked from the keyboard
        QVERIFY(acknowledge->isChecked());
        QVERIFY(nextButton(wizard)->isEnabled());

        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::PrerequisitesPageId));
        QCOMPARE(project.acknowledgements().size(), 1);
        QCOMPARE(project.acknowledgements()[0].operatorName, u"Olu Ops"_s);
        QVERIFY(project.acknowledgements()[0].reason.contains(u"pre-prod does not exist"_s));
        QCOMPARE(project.journal().constLast().event, u"order-rule.acknowledged"_s);

        // Choosing dev instead needs no acknowledgement.
        wizard.back();
        selectTier(page, Tier::Development);
        QVERIFY(!frame->isVisible());
    }

    void customEnvironmentNeedsAName()
    {
        QTemporaryDir dir;
        Session s;
        QVERIFY(startNewProject(s, dir.filePath(u"c.ismig"_s), u"Ana"_s));
        ProjectPage* page = s.page;
        auto* name = child<QLineEdit>(page, "customNameEdit");
        QVERIFY(!name->isVisible());
        selectTier(page, Tier::Custom);
        QVERIFY(name->isVisible());
        QVERIFY(!page->isComplete());
        name->setText(u"perf-lab"_s);
        QVERIFY(page->isComplete());
    }

    void badProjectFileIsExplainedOnThePage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"garbage.ismig"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a project");
        file.close();
        MigrationProject project;
        MigrationWizard wizard(&project);
        wizard.show();
        auto* page = qobject_cast<ProjectPage*>(wizard.currentPage());
        QSignalSpy failed(&project, &MigrationProject::openFailed);
        page->openProjectAt(path);
        QVERIFY(failed.wait(10000));
        QVERIFY2(page->statusText().contains(path), qPrintable(page->statusText()));
        QVERIFY(!nextButton(wizard)->isEnabled());
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a project"));
    }

    void reopenedProjectShowsEarlierEnvironmentsAndSuggestsTheNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ladder.ismig"_s);
        {
            MigrationProject project;
            QSignalSpy opened(&project, &MigrationProject::opened);
            project.createProject(path, {});
            QVERIFY(opened.wait(10000));
            QVERIFY(project.startRun(Tier::Development, {}, u"Dana"_s));
            project.finishRun(RunStatus::Completed);
            QVERIFY(project.startRun(Tier::PreProduction, {}, u"Priya"_s));
            project.finishRun(RunStatus::Completed);
            project.waitForWrites();
        }
        MigrationProject project;
        MigrationWizard wizard(&project);
        wizard.show();
        auto* page = qobject_cast<ProjectPage*>(wizard.currentPage());
        QSignalSpy opened(&project, &MigrationProject::opened);
        page->openProjectAt(path);
        QVERIFY(opened.wait(10000));
        auto* table = child<QTableView>(page, "environmentsView");
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(child<QComboBox>(page, "tierCombo")->currentData().toInt(), int(Tier::Production));
        QVERIFY(!child<QFrame>(page, "orderRuleFrame")->isVisible());
    }

    void everyControlHasAnAccessibleNameAndFocus()
    {
        MigrationProject project;
        MigrationWizard wizard(&project);
        wizard.show();
        QWidget* page = wizard.currentPage();
        const auto widgets = page->findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* widget : widgets) {
            if (!qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QLineEdit*>(widget)
                && !qobject_cast<QComboBox*>(widget) && !qobject_cast<QTableView*>(widget))
                continue;
            // Only the form's controls: the parts Qt builds inside a table or
            // a combo box have no name of ours and speak through their owner.
            if (widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 8);
    }
};

QTEST_MAIN(ProjectPageTest)
#include "projectpage_test.moc"
