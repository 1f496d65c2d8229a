// SPDX-License-Identifier: Apache-2.0
// Accessibility of every page: each interactive control has a name a screen
// reader can say, and Tab walks a page in reading order.
#include "AddCaseDialog.h"
#include "CleanupPage.h"
#include "ConfigurationPage.h"
#include "MigrationWizard.h"
#include "PrerequisitesPage.h"
#include "WizardPage.h"
#include "demo/DemoProject.h"
#include "project/MigrationProject.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Ismw;
using namespace Qt::StringLiterals;

class AccessibilityTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoResult m_demo;

    // Parts of a compound control (a combo box's popup, a line edit's clear
    // button, a view's header, a tab bar's scroll arrows) are named by the
    // control they belong to, not on their own.
    static bool isPartOfAControl(const QWidget* widget, const QWidget* root)
    {
        for (const QWidget* p = widget->parentWidget(); p && p != root; p = p->parentWidget())
            if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p)
                || qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QLineEdit*>(p)
                || qobject_cast<const QTabBar*>(p))
                return true;
        return false;
    }

    // The controls a screen reader cannot name from their own text.
    static bool needsName(const QWidget* w)
    {
        if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            return button->text().isEmpty();
        if (const auto* edit = qobject_cast<const QPlainTextEdit*>(w))
            return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
        if (const auto* edit = qobject_cast<const QTextEdit*>(w))
            return !edit->isReadOnly() || edit->focusPolicy() != Qt::NoFocus;
        return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w)
            || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractItemView*>(w)
            || qobject_cast<const QSlider*>(w);
    }

    static bool hasBuddyLabel(const QWidget* w, const QWidget* root)
    {
        for (const QLabel* label : root->findChildren<QLabel*>())
            if (label->buddy() == w && !label->text().isEmpty())
                return true;
        return false;
    }

    // Fails with the page and the control when a control has no name. On
    // Linux a combo box's accessible name falls back to its current item,
    // which says nothing about what the combo is for: the name must come
    // from accessibleName or a buddy label, and the accessible interface must
    // then report it.
    static void verifyNames(QWidget* root, const QString& where)
    {
        int checked = 0;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (isPartOfAControl(w, root) || !needsName(w))
                continue;
            // A view's header is a QAbstractItemView of its own: the view names both.
            if (w->inherits("QHeaderView"))
                continue;
            ++checked;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            const bool own = !w->accessibleName().isEmpty() || hasBuddyLabel(w, root);
            QVERIFY2(own && !name.trimmed().isEmpty(),
                qPrintable(u"%1: %2 \"%3\" has no accessible name"_s.arg(where,
                    QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
        QVERIFY2(checked > 0, qPrintable(where));
    }

    // The controls Tab stops at on what is on screen now, in chain order.
    static QList<QWidget*> tabChain(QWidget* root)
    {
        QList<QWidget*> chain;
        QWidget* w = root;
        for (int guard = 0; guard < 2000; ++guard) {
            w = w->nextInFocusChain();
            if (w == root)
                break;
            if (!root->isAncestorOf(w) || !w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            if (isPartOfAControl(w, root) && !qobject_cast<QTabBar*>(w))
                continue;
            if (!chain.contains(w))
                chain << w;
        }
        return chain;
    }

    // Reading order, with a tolerance for controls of one row that are not
    // quite level: going down a column never jumps back up, and going along
    // a row never jumps back left. Two columns side by side (a list and the
    // details of its selection) are fine: the second starts at the top
    // again, but it does not overlap the first horizontally.
    static QString readingOrderViolation(const QList<QWidget*>& chain)
    {
        constexpr int tolerance = 8;
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QRect a(chain[i - 1]->mapToGlobal(QPoint(0, 0)), chain[i - 1]->size());
            const QRect b(chain[i]->mapToGlobal(QPoint(0, 0)), chain[i]->size());
            const bool sameColumn = a.left() < b.right() && b.left() < a.right();
            const bool sameRow = a.top() < b.center().y() && b.center().y() < a.bottom();
            const bool backUp = sameColumn && b.top() < a.top() - tolerance;
            const bool backLeft = sameRow && !sameColumn && b.right() < a.left() + tolerance;
            if (backUp || backLeft)
                return u"%1 (%2,%3) comes after %4 (%5,%6)"_s.arg(chain[i]->objectName())
                    .arg(b.x())
                    .arg(b.y())
                    .arg(chain[i - 1]->objectName())
                    .arg(a.x())
                    .arg(a.y());
        }
        return {};
    }

    struct Fixture {
        MigrationProject project;
        MigrationWizard wizard { &project };
    };

    bool open(Fixture& f)
    {
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        f.project.openProject(m_demo.projectPath);
        if (!opened.wait(10000))
            return false;
        if (!f.project.currentRun() && f.project.startRun(Tier::Production, {}, u"Ana"_s) == 0)
            return false;
        f.wizard.resize(900, 680);
        f.wizard.show();
        return QTest::qWaitForWindowExposed(&f.wizard);
    }

    // Shows a page as the wizard would and waits for what it reads in the
    // background, so that its layout is the one an operator sees.
    static WizardPage* showPage(Fixture& f, int id)
    {
        f.wizard.setStartId(id);
        f.wizard.restart();
        QWidget* page = f.wizard.currentPage();
        const bool idle = QTest::qWaitFor([page] {
            if (auto* p = qobject_cast<PrerequisitesPage*>(page))
                return !p->isInspecting();
            if (auto* p = qobject_cast<ConfigurationPage*>(page))
                return !p->isBusy();
            if (auto* p = qobject_cast<CleanupPage*>(page))
                return !p->isBusy();
            return true;
        }, 20000);
        QTest::qWait(50);
        return idle ? qobject_cast<WizardPage*>(page) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demo = createDemoProject(m_dir.path());
        QVERIFY2(!m_demo.projectPath.isEmpty(), qPrintable(m_demo.error));
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::newRow("project") << int(MigrationWizard::ProjectPageId);
        QTest::newRow("prerequisites") << int(MigrationWizard::PrerequisitesPageId);
        QTest::newRow("configuration") << int(MigrationWizard::ConfigurationPageId);
        QTest::newRow("cleanup") << int(MigrationWizard::CleanupPageId);
        QTest::newRow("cleanup run") << int(MigrationWizard::CleanupRunPageId);
        QTest::newRow("verification") << int(MigrationWizard::VerificationPageId);
        QTest::newRow("report") << int(MigrationWizard::ReportPageId);
    }
    // Hidden controls too (the other tab, the edit mode of page 3): they are
    // named before they show.
    void everyControlHasAName()
    {
        QFETCH(int, pageId);
        Fixture f;
        QVERIFY(open(f));
        WizardPage* page = showPage(f, pageId);
        QVERIFY(page);
        verifyNames(page, page->objectName());
    }

    void addCaseDialogControlsHaveNames()
    {
        AddCaseDialog dialog;
        verifyNames(&dialog, dialog.objectName());
        // Each label's access key reaches its own field.
        QSet<QKeySequence> keys;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            const QKeySequence key = QKeySequence::mnemonic(label->text());
            QVERIFY2(label->buddy() && !key.isEmpty() && !keys.contains(key), qPrintable(label->text()));
            keys << key;
        }
        QCOMPARE(keys.size(), 5);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString violation = readingOrderViolation(tabChain(&dialog));
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    void tabOrderFollowsReadingOrder_data() { everyControlHasAName_data(); }
    // Each tab of a tabbed page in turn: Tab reaches only what is on screen.
    void tabOrderFollowsReadingOrder()
    {
        QFETCH(int, pageId);
        Fixture f;
        QVERIFY(open(f));
        WizardPage* page = showPage(f, pageId);
        QVERIFY(page);
        QList<QTabWidget*> tabs = page->findChildren<QTabWidget*>();
        const int tabCount = tabs.isEmpty() ? 1 : tabs.first()->count();
        for (int tab = 0; tab < tabCount; ++tab) {
            if (!tabs.isEmpty()) {
                tabs.first()->setCurrentIndex(tab);
                QTest::qWait(20);
            }
            const QList<QWidget*> chain = tabChain(page);
            QVERIFY2(chain.size() >= 2, qPrintable(page->objectName()));
            const QString violation = readingOrderViolation(chain);
            QVERIFY2(violation.isEmpty(), qPrintable(u"%1, tab %2: %3"_s.arg(page->objectName()).arg(tab).arg(violation)));
        }
    }

    // The rule is only worth something if it catches a scrambled order:
    // page 1 with its last control moved up after the first (down, then back
    // up a column), and with two buttons of one row swapped.
    void aScrambledOrderIsCaught()
    {
        {
            Fixture f;
            QVERIFY(open(f));
            WizardPage* page = showPage(f, MigrationWizard::ProjectPageId);
            const QList<QWidget*> chain = tabChain(page);
            QVERIFY(chain.size() >= 4);
            QVERIFY(readingOrderViolation(chain).isEmpty());
            QWidget::setTabOrder(chain.first(), chain.last());
            QVERIFY(!readingOrderViolation(tabChain(page)).isEmpty());
        }
        Fixture f;
        QVERIFY(open(f));
        WizardPage* page = showPage(f, MigrationWizard::ProjectPageId);
        const QList<QWidget*> chain = tabChain(page);
        QCOMPARE(chain.at(0)->objectName(), u"newButton"_s);
        QCOMPARE(chain.at(1)->objectName(), u"openButton"_s);
        QWidget::setTabOrder(chain.at(1), chain.at(0));
        QVERIFY(!readingOrderViolation(tabChain(page)).isEmpty());
    }
};

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
