// SPDX-License-Identifier: Apache-2.0
#include "ConfigurationPage.h"
#include "JavaForTests.h"
#include "PrerequisitesPage.h"
#include "MigrationWizard.h"
#include "demo/SampleHome.h"
#include "project/MigrationProject.h"
#include "secrets/SecretRedactor.h"
#include "widgets/CodePane.h"
#include "widgets/DiffAlignment.h"
#include "widgets/SecretMasking.h"
#include "widgets/TomlDiffView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

// The old home's identity_db password: unique in the file, so its absence
// from a view proves the masking.
const QString kDbPassword = u"S4mple-identity_db-pass"_s;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class ConfigurationPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_homes = 0;

    struct Homes
    {
        QString oldHome;
        QString newHome;
        QString target; // the new home's deployment.toml
    };

    // A customized 5.9.0 home whose primary keystore is still named the
    // pre-5.10 way with a keystore of its own (a blocker with a fix), and an
    // unpacked 7.3.0 home.
    bool makeHomes(Homes& homes)
    {
        const QString base = m_dir.filePath(u"set%1"_s.arg(++m_homes));
        homes.oldHome = base + u"/wso2is-5.9.0"_s;
        homes.newHome = base + u"/wso2is-7.3.0"_s;
        homes.target = homes.newHome + u"/repository/conf/deployment.toml"_s;
        SampleHomeOptions customized;
        customized.customizations = true;
        QString error;
        if (!writeSampleIsHome(homes.oldHome, u"5.9.0"_s, customized, &error)
            || !writeSampleIsHome(homes.newHome, u"7.3.0"_s, SampleHomeOptions {}, &error)) {
            qWarning() << error;
            return false;
        }
        const QString oldToml = homes.oldHome + u"/repository/conf/deployment.toml"_s;
        QByteArray text = readFile(oldToml);
        const QByteArray from = "[keystore.primary]\nfile_name = \"wso2carbon.jks\"";
        if (!text.contains(from))
            return false;
        text.replace(from, "[keystore.primary]\nname = \"acme-tls.jks\"");
        return writeFile(oldToml, text);
    }

    // A wizard with an open project and a run, standing on page 3.
    struct Fixture
    {
        Homes homes;
        MigrationProject project;
        MigrationWizard wizard { &project };
        ConfigurationPage* page = nullptr;

        template<typename T> T* find(const char* name) const
        {
            return page->findChild<T*>(QString::fromLatin1(name));
        }
        TomlDiffView* view() const { return find<TomlDiffView>("diffView"); }
        QTreeWidget* list() const { return find<QTreeWidget>("reviewList"); }
    };
    bool setUp(Fixture& f)
    {
        if (!makeHomes(f.homes))
            return false;
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        f.project.createProject(m_dir.filePath(u"p%1.ismig"_s.arg(m_homes)), {});
        if (!opened.wait(10000) || f.project.startRun(Tier::Development, {}, u"Ana"_s) == 0)
            return false;
        f.project.setHomes(f.homes.oldHome, u"5.9.0"_s, f.homes.newHome, u"7.3.0"_s);
        f.wizard.resize(960, 700);
        f.wizard.show();
        // In by page 2, as an operator comes: Back has somewhere to go.
        // Java 21 answers for both homes, so page 2 lets us through.
        if (!JavaForTests::write(m_dir.filePath(u"jdk-21"_s), u"21.0.5"_s))
            return false;
        qobject_cast<PrerequisitesPage*>(f.wizard.page(MigrationWizard::PrerequisitesPageId))
            ->setJavaProbeOptions(JavaForTests::options(m_dir.filePath(u"jdk-21"_s)));
        f.wizard.setStartId(MigrationWizard::PrerequisitesPageId);
        f.wizard.restart();
        QWizardPage* prerequisites = f.wizard.currentPage();
        prerequisites->findChild<QCheckBox*>(u"backupCheck"_s)->setChecked(true);
        if (!QTest::qWaitFor([prerequisites] { return prerequisites->isComplete(); }, 20000))
            return false;
        f.wizard.next();
        f.page = qobject_cast<ConfigurationPage*>(f.wizard.currentPage());
        return f.page && settle(f.page);
    }
    static bool settle(ConfigurationPage* page)
    {
        return QTest::qWaitFor([page] { return !page->isBusy(); }, 20000);
    }
    static QList<QTreeWidgetItem*> items(QTreeWidget* list, const QString& kind)
    {
        QList<QTreeWidgetItem*> found;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == kind)
                found << list->topLevelItem(i);
        return found;
    }
    static bool acknowledgeAll(Fixture& f)
    {
        // Each acknowledgement refills the list: look the items up afresh.
        for (int round = 0; round < 50; ++round) {
            QTreeWidgetItem* open = nullptr;
            for (QTreeWidgetItem* item : items(f.list(), u"Blocker"_s))
                if (!item->text(3).contains(u"Acknowledged"_s))
                    open = item;
            if (!open)
                break;
            f.list()->setCurrentItem(open);
            f.find<QLineEdit>("reasonEdit")->setText(u"Keystore converted in the new home's overlay"_s);
            f.find<QPushButton>("acknowledgeButton")->click();
        }
        return f.page->missingReason().indexOf(u"blocker"_s) < 0;
    }
    static QAbstractButton* forwardButton(const Fixture& f)
    {
        return f.wizard.button(f.page->isFinalPage() ? QWizard::FinishButton : QWizard::NextButton);
    }
    static void acceptWriteConfirmation(QWidget* wizard, QString* question = nullptr)
    {
        // The confirmation is modal: answer it from inside its loop.
        QTimer::singleShot(0, wizard, [wizard, question] {
            auto* box = wizard->findChild<QMessageBox*>(u"writeConfirmBox"_s);
            if (!box)
                return;
            if (question)
                *question = box->text();
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
        });
    }
    static QString shownText(const Fixture& f)
    {
        QString text;
        for (CodePane* pane :
            { f.view()->pane(TomlDiffView::Side::Left), f.view()->pane(TomlDiffView::Side::Right),
                f.view()->unifiedPane(), f.find<CodePane>("editor") }) {
            text += pane->toPlainText();
            for (int block = 0; block < pane->blockCount(); ++block)
                text += pane->lineInfo(block).tip;
        }
        return text + f.find<QTextBrowser>("detailsText")->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void analysisFillsTheViewAndTheList()
    {
        Fixture f;
        QVERIFY(setUp(f));
        // The keystore blocker comes with its fix, accepted by default: it
        // needs no acknowledgement while the fix stays in the result.
        QVERIFY2(!f.page->missingReason().contains(u"blocker"_s), qPrintable(f.page->missingReason()));
        for (QTreeWidgetItem* item : items(f.list(), u"Blocker"_s))
            QCOMPARE(item->text(3), u"✔ Fixed by a change"_s);
        QVERIFY(!f.page->isComplete());
        QVERIFY(!forwardButton(f)->isEnabled());
        QVERIFY(f.view()->pane(TomlDiffView::Side::Left)->toPlainText().contains(u"[keystore.primary]"_s));
        QVERIFY(f.view()
                    ->pane(TomlDiffView::Side::Right)
                    ->toPlainText()
                    .contains(u"file_name = \"acme-tls.jks\""_s));
        QVERIFY(f.view()->changeCount() > 0);
        QVERIFY(!items(f.list(), u"Change"_s).isEmpty());
        QVERIFY(!items(f.list(), u"Blocker"_s).isEmpty());
        const QString summary = f.find<QLabel>("summaryLabel")->text();
        QVERIFY2(
            summary.contains(u"change"_s) && summary.contains(u"finding"_s) && summary.contains(u"blocker"_s),
            qPrintable(summary));
        QCOMPARE(f.project.journal().constLast().event, u"config.analyzed"_s);

        // A finding shows its remediation and jumps to its line in the old file.
        QTreeWidgetItem* blocker = items(f.list(), u"Blocker"_s).constFirst();
        f.list()->setCurrentItem(blocker);
        const QString details = f.find<QTextBrowser>("detailsText")->toPlainText();
        QVERIFY2(details.contains(u"What to do:"_s), qPrintable(details));
        QVERIFY2(details.contains(u"Fixed by the proposed change"_s), qPrintable(details));
        QVERIFY(!f.find<QLineEdit>("reasonEdit")->isVisibleTo(f.page));
        const int line = f.view()->currentSourceLine(TomlDiffView::Side::Left);
        QVERIFY(line > 0);
        QVERIFY(f.view()
                    ->pane(TomlDiffView::Side::Left)
                    ->document()
                    ->findBlockByNumber(f.view()->pane(TomlDiffView::Side::Left)->blockOfLine(line))
                    .text()
                    .contains(u"acme-tls.jks"_s));

        // Filters narrow the list; severity is a word and an icon, not a colour.
        auto* filter = f.find<QComboBox>("filterCombo");
        filter->setCurrentIndex(3); // blockers only
        for (int i = 0; i < f.list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = f.list()->topLevelItem(i);
            QCOMPARE(item->isHidden(), item->text(0) != u"Blocker"_s);
            if (!item->isHidden())
                QVERIFY(!item->icon(0).isNull());
        }
        filter->setCurrentIndex(1); // changes only
        for (int i = 0; i < f.list()->topLevelItemCount(); ++i)
            QCOMPARE(
                f.list()->topLevelItem(i)->isHidden(), f.list()->topLevelItem(i)->text(0) != u"Change"_s);
    }

    void nextAndPreviousWalkTheChanges()
    {
        Fixture f;
        QVERIFY(setUp(f));
        f.wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.wizard));
        TomlDiffView* view = f.view();
        QVERIFY(view->changeCount() >= 2);
        CodePane* left = view->pane(TomlDiffView::Side::Left);
        left->setFocus();
        left->moveCursor(QTextCursor::Start);
        auto* position = f.find<QLabel>("changePositionLabel");
        const auto checkOnChange = [&](int index) {
            QCOMPARE(view->currentChange(), index);
            QCOMPARE(position->text(), u"Change %1 of %2"_s.arg(index + 1).arg(view->changeCount()));
            const int leftLine = view->currentSourceLine(TomlDiffView::Side::Left);
            const int rightLine = view->currentSourceLine(TomlDiffView::Side::Right);
            bool onIt = false;
            for (int change : view->rows().at(left->currentBlock()).changes) {
                const ConfigChange& c = view->changes().at(change);
                onIt = onIt || (c.oldPos.isValid() && c.oldPos.line == leftLine)
                    || (c.newPos.isValid() && c.newPos.line == rightLine);
            }
            QVERIFY(onIt);
            // The cursor moved there too: the change is on screen.
            QCOMPARE(left->textCursor().blockNumber(), left->currentBlock());
        };
        QTest::keyClick(left, Qt::Key_F7);
        checkOnChange(0);
        QTest::keyClick(left, Qt::Key_Down, Qt::AltModifier);
        checkOnChange(1);
        QTest::keyClick(left, Qt::Key_F7, Qt::ShiftModifier);
        checkOnChange(0);
        QTest::keyClick(left, Qt::Key_Up, Qt::AltModifier);
        checkOnChange(0); // no change before the first
        f.find<QAbstractButton>("nextButton")->click();
        checkOnChange(1);
        QVERIFY(f.find<QAbstractButton>("nextButton")->toolTip().contains(u"F7"_s));

        // The same stops in the unified view.
        f.find<QCheckBox>("unifiedCheck")->setChecked(true);
        QCOMPARE(view->viewMode(), TomlDiffView::ViewMode::Unified);
        QCOMPARE(view->currentChange(), 1);
        QVERIFY(view->unifiedPane()->currentBlock() >= 0);
    }

    void rejectAndAcceptAreRecorded()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QList<QTreeWidgetItem*> changes = items(f.list(), u"Change"_s);
        QVERIFY(!changes.isEmpty());
        // The rename that fixes the keystore blocker.
        QTreeWidgetItem* rename = nullptr;
        for (QTreeWidgetItem* item : changes)
            if (item->text(1).contains(u"keystore.primary.name"_s))
                rename = item;
        QVERIFY(rename);
        QCOMPARE(rename->checkState(0), Qt::Checked);
        const QString id = rename->data(0, Qt::UserRole + 2).toString();
        const QByteArray proposed = f.page->resultText();
        QVERIFY(proposed.contains("file_name = \"acme-tls.jks\""));

        rename->setCheckState(0, Qt::Unchecked);
        QVERIFY(settle(f.page));
        QVERIFY(!f.page->resultText().contains("file_name = \"acme-tls.jks\""));
        QVERIFY(f.page->resultText().contains("name = \"acme-tls.jks\""));
        QCOMPARE(f.project.configDecisions().constLast().changeKey, id);
        QCOMPARE(f.project.configDecisions().constLast().decision, u"rejected"_s);
        QCOMPARE(f.project.journal().constLast().event, u"config.change.rejected"_s);

        // The list was refilled; the change is still the selected item.
        QTreeWidgetItem* current = f.list()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->data(0, Qt::UserRole + 2).toString(), id);
        QCOMPARE(current->checkState(0), Qt::Unchecked);
        auto* accept = f.find<QPushButton>("acceptButton");
        QVERIFY(accept->isEnabled());
        QVERIFY(!f.find<QPushButton>("rejectButton")->isEnabled());
        accept->click();
        QVERIFY(settle(f.page));
        QCOMPARE(f.page->resultText(), proposed);
        QCOMPARE(f.project.configDecisions().constLast().decision, u"accepted"_s);
        QCOMPARE(f.project.journal().constLast().event, u"config.change.accepted"_s);

        // A decision of this run applies again when the page is built anew.
        f.find<QPushButton>("rejectButton")->click();
        QVERIFY(settle(f.page));
        MigrationWizard again(&f.project);
        again.setStartId(MigrationWizard::ConfigurationPageId);
        again.show();
        again.restart();
        auto* page = qobject_cast<ConfigurationPage*>(again.currentPage());
        QVERIFY(settle(page));
        QCOMPARE(page->resultText(), f.page->resultText());
    }

    void blockersKeepNextDisabledUntilAcknowledged()
    {
        Fixture f;
        QVERIFY(setUp(f));
        // Rejecting the rename that fixes the keystore blocker leaves it open.
        QTreeWidgetItem* rename = nullptr;
        for (QTreeWidgetItem* item : items(f.list(), u"Change"_s))
            if (item->text(1).contains(u"keystore.primary.name"_s))
                rename = item;
        QVERIFY(rename);
        rename->setCheckState(0, Qt::Unchecked);
        QVERIFY(settle(f.page));
        QVERIFY2(f.page->missingReason().contains(u"blocker"_s), qPrintable(f.page->missingReason()));
        QVERIFY(!f.page->isComplete());
        QVERIFY(!forwardButton(f)->isEnabled());
        const QList<QTreeWidgetItem*> blockers = items(f.list(), u"Blocker"_s);
        for (QTreeWidgetItem* item : blockers)
            QCOMPARE(item->text(3), u"✖ Needs acknowledgement"_s);
        QVERIFY(!blockers.isEmpty());
        f.list()->setCurrentItem(blockers.constFirst());
        auto* reason = f.find<QLineEdit>("reasonEdit");
        auto* acknowledge = f.find<QPushButton>("acknowledgeButton");
        reason->setText(u"ok"_s);
        QVERIFY(!acknowledge->isEnabled()); // too short to be a reason
        reason->setText(u"Keystore converted in the new home's overlay"_s);
        QVERIFY(acknowledge->isEnabled());
        acknowledge->click();
        const ConfigDecision decision = f.project.configDecisions().constLast();
        QCOMPARE(decision.decision, u"acknowledged"_s);
        QCOMPARE(decision.reason, u"Keystore converted in the new home's overlay"_s);
        QVERIFY(decision.changeKey.contains(u"keystore"_s));
        QCOMPARE(f.project.journal().constLast().event, u"config.blocker.acknowledged"_s);
        QVERIFY(blockers.size() == 1 || f.page->missingReason().contains(u"blocker"_s));

        QVERIFY(acknowledgeAll(f));
        // What remains is the write; Next is still off until then.
        QVERIFY2(f.page->missingReason().contains(u"Write"_s), qPrintable(f.page->missingReason()));
        QVERIFY(!forwardButton(f)->isEnabled());
        acceptWriteConfirmation(&f.wizard);
        f.find<QPushButton>("writeButton")->click();
        QVERIFY(settle(f.page));
        QVERIFY2(f.page->isComplete(), qPrintable(f.page->missingReason()));
        QVERIFY(forwardButton(f)->isEnabled());
    }

    void editedResultIsCheckedAsYouType()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(acknowledgeAll(f));
        f.find<QPushButton>("editButton")->click();
        auto* editor = f.find<CodePane>("editor");
        QVERIFY(editor->isVisibleTo(f.page));
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!editor->toPlainText().contains(kDbPassword));
        QVERIFY(editor->toPlainText().contains(quotedSecretMask()));

        // A syntax error on line 3: reported with its line, Write disabled.
        QTextCursor cursor(editor->document()->findBlockByNumber(2));
        cursor.insertText(u"broken = = 1\n"_s);
        QVERIFY(f.page->isBusy());
        QVERIFY(!f.page->isComplete());
        QVERIFY(settle(f.page));
        const QString status = f.find<QLabel>("editStatusLabel")->text();
        QVERIFY2(status.contains(u"Line 3"_s), qPrintable(status));
        QCOMPARE(editor->lineInfo(2).mark, LineMark::Error);
        QVERIFY(!f.find<QPushButton>("writeButton")->isEnabled());
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"line 3"_s), qPrintable(f.page->missingReason()));
        QVERIFY(!f.find<QCheckBox>("secretsCheck")->isEnabled());

        // Corrected: valid again, and the result keeps the real secrets
        // behind the masks the editor shows.
        cursor = QTextCursor(editor->document()->findBlockByNumber(2));
        cursor.select(QTextCursor::LineUnderCursor);
        cursor.insertText(u"# checked by Ana"_s);
        QVERIFY(settle(f.page));
        QVERIFY2(f.find<QLabel>("editStatusLabel")->text().startsWith(u"✔"_s),
            qPrintable(f.find<QLabel>("editStatusLabel")->text()));
        QVERIFY(f.page->resultText().contains("# checked by Ana"));
        QVERIFY(f.page->resultText().contains(kDbPassword.toUtf8()));
        QVERIFY(!f.page->resultText().contains(kSecretMask.toString().toUtf8()));
        QVERIFY(f.find<QPushButton>("writeButton")->isEnabled());
        // Hand edits block accept/reject until they are discarded.
        f.list()->setCurrentItem(items(f.list(), u"Change"_s).constFirst());
        QVERIFY(!f.find<QPushButton>("rejectButton")->isEnabled());
        f.find<QPushButton>("discardEditsButton")->click();
        QVERIFY(!f.page->resultText().contains("# checked by Ana"));
        QVERIFY(f.find<QPushButton>("rejectButton")->isEnabled());
    }

    void writeKeepsATimestampedBackup()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(acknowledgeAll(f));
        const QByteArray shipped = readFile(f.homes.target);
        QVERIFY(!shipped.isEmpty());
        QString question;
        acceptWriteConfirmation(&f.wizard, &question);
        f.find<QPushButton>("writeButton")->click();
        QVERIFY(question.contains(QDir::toNativeSeparators(f.homes.target)));
        QVERIFY(question.contains(u".bak-"_s));
        QVERIFY(settle(f.page));

        const QByteArray written = readFile(f.homes.target);
        QCOMPARE(written, f.page->resultText());
        QVERIFY(written.contains(kDbPassword.toUtf8())); // real values, never the mask
        QVERIFY(!written.contains(kSecretMask.toString().toUtf8()));
        const QDir conf = QFileInfo(f.homes.target).dir();
        const QStringList backups = conf.entryList({ u"deployment.toml.bak-*"_s }, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readFile(conf.filePath(backups.constFirst())), shipped);
        const QString status = f.find<QLabel>("statusLabel")->text();
        QVERIFY2(status.contains(backups.constFirst()), qPrintable(status));
        QVERIFY(f.page->isComplete());
        QVERIFY(!f.find<QPushButton>("writeButton")->isEnabled()); // nothing new to write
        QCOMPARE(f.project.journal().constLast().event, u"config.written"_s);
        QVERIFY(f.project.journal().constLast().details.contains(backups.constFirst()));

        // Analysed again, the new release's own file is the backup, not ours.
        MigrationWizard again(&f.project);
        again.setStartId(MigrationWizard::ConfigurationPageId);
        again.show();
        again.restart();
        auto* page = qobject_cast<ConfigurationPage*>(again.currentPage());
        QVERIFY(settle(page));
        QVERIFY2(page->isComplete(), qPrintable(page->missingReason()));
        auto* compare = page->findChild<QComboBox*>(u"compareCombo"_s);
        compare->setCurrentIndex(1); // old ↔ shipped
        auto* view = page->findChild<TomlDiffView*>(u"diffView"_s);
        CodePane* right = view->pane(TomlDiffView::Side::Right);
        QStringList shown;
        for (QTextBlock block = right->document()->begin(); block.isValid(); block = block.next())
            if (right->lineInfo(block.blockNumber()).mark != LineMark::Filler)
                shown << block.text();
        const auto shippedDocument = TomlDocument::parse(shipped, u"shipped"_s);
        QVERIFY(shippedDocument);
        QCOMPARE(shown, splitTextLines(maskedTomlText(*shippedDocument)));
    }

    void aFailedWriteIsShownAndChangesNothing()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString conf = QFileInfo(f.homes.target).absolutePath();
        const QByteArray shipped = readFile(f.homes.target);
        // The folder turned into a file: no backup, no file can be made there.
        QVERIFY(QDir().rename(conf, conf + u".moved"_s));
        QVERIFY(writeFile(conf, "not a folder"));
        acceptWriteConfirmation(&f.wizard);
        f.find<QPushButton>("writeButton")->click();
        QVERIFY(settle(f.page));
        const QString status = f.find<QLabel>("statusLabel")->text();
        QVERIFY2(status.contains(u"Not written"_s), qPrintable(status));
        QVERIFY(!f.page->isComplete());
        QCOMPARE(readFile(conf), QByteArray("not a folder"));
        QCOMPARE(readFile(conf + u".moved/deployment.toml"_s), shipped);
        QCOMPARE(QDir(conf + u".moved"_s).entryList({ u"*.bak-*"_s }).size(), 0);
        QCOMPARE(f.project.journal().constLast().event, u"config.write-failed"_s);
    }

    void secretsAreMaskedUnlessRevealed()
    {
        Fixture f;
        QVERIFY(setUp(f));
        f.find<QCheckBox>("unifiedCheck")->setChecked(true); // fill and show every pane
        f.find<QPushButton>("editButton")->click();
        QVERIFY(!shownText(f).contains(kDbPassword));
        QVERIFY(shownText(f).contains(quotedSecretMask()));
        auto* secrets = f.find<QCheckBox>("secretsCheck");
        QVERIFY(!secrets->isChecked());
        secrets->setChecked(true);
        QVERIFY(shownText(f).contains(kDbPassword));
        // Revealed stays on this screen: leaving the page hides them again,
        // and nothing about it is saved.
        f.find<QPushButton>("editButton")->click();
        f.wizard.back();
        QVERIFY(!secrets->isChecked());
        QVERIFY(!shownText(f).contains(kDbPassword));
        for (const QString& key : QSettings().allKeys())
            QVERIFY2(!key.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(key));
    }

    void leavingWithABrokenRevealedEditHidesTheSecrets()
    {
        Fixture f;
        QVERIFY(setUp(f));
        f.find<QPushButton>("editButton")->click();
        f.find<QCheckBox>("secretsCheck")->setChecked(true);
        auto* editor = f.find<CodePane>("editor");
        QVERIFY(editor->toPlainText().contains(kDbPassword));
        QTextCursor(editor->document()->findBlockByNumber(1)).insertText(u"[[broken\n"_s);
        QVERIFY(settle(f.page));
        QVERIFY(!f.find<QCheckBox>("secretsCheck")->isEnabled());
        f.wizard.back();
        QVERIFY(!editor->toPlainText().contains(kDbPassword));
        QVERIFY(!editor->toPlainText().contains(u"[[broken"_s));
        QVERIFY(!f.page->isBusy());
    }

    void anUnreadableOldFileIsExplained()
    {
        Fixture f;
        QVERIFY(makeHomes(f.homes));
        const QString oldToml = f.homes.oldHome + u"/repository/conf/deployment.toml"_s;
        QVERIFY(writeFile(oldToml, readFile(oldToml).replace("[server]", "[server")));
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        f.project.createProject(m_dir.filePath(u"bad%1.ismig"_s.arg(m_homes)), {});
        QVERIFY(opened.wait(10000));
        QVERIFY(f.project.startRun(Tier::Development, {}, u"Ana"_s) != 0);
        f.project.setHomes(f.homes.oldHome, u"5.9.0"_s, f.homes.newHome, u"7.3.0"_s);
        f.wizard.show();
        f.wizard.setStartId(MigrationWizard::ConfigurationPageId);
        f.wizard.restart();
        f.page = qobject_cast<ConfigurationPage*>(f.wizard.currentPage());
        QVERIFY(settle(f.page));
        QVERIFY(!f.page->isComplete());
        const QString status = f.find<QLabel>("statusLabel")->text();
        QVERIFY2(status.contains(u"deployment.toml:"_s) && status.contains(u"✖"_s), qPrintable(status));
        QVERIFY(!f.find<QPushButton>("writeButton")->isEnabled());
        QVERIFY(!f.find<QPushButton>("editButton")->isEnabled());
    }

    void darkPaletteIsFollowed()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QPalette dark = f.wizard.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        f.wizard.setPalette(dark);
        QCoreApplication::processEvents();
        CodePane* pane = f.view()->pane(TomlDiffView::Side::Right);
        // A string value's colour: light on the dark base.
        for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
            const int quote = int(block.text().indexOf(u"= \""_s));
            if (quote < 0)
                continue;
            for (const QTextLayout::FormatRange& range : block.layout()->formats())
                if (quote + 2 >= range.start && quote + 2 < range.start + range.length)
                    QVERIFY2(range.format.foreground().color().lightnessF() > 0.5,
                        qPrintable(range.format.foreground().color().name()));
            break;
        }
        QVERIFY(DiffColors::fromPalette(pane->palette()).changedBackground.lightnessF() < 0.35);
        QVERIFY(!f.wizard.grab().isNull());
    }
};

QTEST_MAIN(ConfigurationPageTest)
#include "configurationpage_test.moc"
