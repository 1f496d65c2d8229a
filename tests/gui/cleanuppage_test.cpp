// SPDX-License-Identifier: Apache-2.0
// Page 4 driven as an operator drives it, against the real PostgreSQL and
// MariaDB servers of the `dbservers` fixture: the old home's deployment.toml
// points at a scratch database with the project's own identity schema and
// cleanup procedures; the page connects, counts, runs, cancels and records.
#include "CleanupPage.h"
#include "CleanupRunPage.h"
#include "MigrationWizard.h"
#include "../db/DbServers.h"
#include "demo/SampleHome.h"
#include "project/MigrationProject.h"
#include "widgets/CodePane.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

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

// Answers the next run confirmation with Run (or Cancel) once it is open.
void answerConfirmation(QWidget* wizard, bool run, QString* text = nullptr)
{
    QTimer::singleShot(0, wizard, [wizard, run, text] {
        auto* box = wizard->findChild<QMessageBox*>(u"runConfirmBox"_s);
        if (!box) {
            answerConfirmation(wizard, run, text);
            return;
        }
        if (text)
            *text = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if ((box->buttonRole(button) == QMessageBox::AcceptRole) == run) {
                button->click();
                return;
            }
    });
}

} // namespace

class CleanupPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_sets = 0;
    DbServers::Scratch m_scratch;

    bool pg() const { return m_scratch.pg(); }

    // n tokens: a quarter EXPIRED and a quarter ACTIVE that ended 4 h ago
    // (both go: n / 2), a quarter fresh and a quarter within the safe period.
    QString insertTokens(int n)
    {
        const QString minutes = u"CASE %1 % 4 WHEN 0 THEN 10 WHEN 1 THEN 600 WHEN 2 THEN 300 ELSE 90 END"_s;
        return m_scratch.exec(pg()
                ? u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) SELECT "
                  u"'id' || g, CASE g % 4 WHEN 1 THEN 'EXPIRED' ELSE 'ACTIVE' END, (now() AT TIME ZONE 'UTC') - "
                  u"make_interval(mins => %1), 3600000 FROM generate_series(1, %2) g"_s.arg(minutes.arg(u"g"_s)).arg(n)
                : u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) SELECT "
                  u"CONCAT('id', seq), IF(seq % 4 = 1, 'EXPIRED', 'ACTIVE'), UTC_TIMESTAMP(6) - INTERVAL (%1) MINUTE, "
                  u"3600000 FROM seq_1_to_%2"_s.arg(minutes.arg(u"seq"_s))
                    .arg(n));
    }

    struct Fixture
    {
        QString oldHome;
        QString projectPath;
        MigrationProject project;
        MigrationWizard wizard { &project };
        CleanupPage* page = nullptr;

        template<typename T> T* find(const char* name) const { return page->findChild<T*>(QString::fromLatin1(name)); }
    };

    // Sample homes whose old deployment.toml has `identityEntry` as its
    // [database.identity_db], and a wizard standing on page 4.
    bool setUp(Fixture& f, const QString& identityEntry, SampleDatabase database = SampleDatabase::PostgreSql)
    {
        const QString base = m_dir.filePath(u"set%1"_s.arg(++m_sets));
        f.oldHome = base + u"/wso2is-7.0.0"_s;
        const QString newHome = base + u"/wso2is-7.3.0"_s;
        SampleHomeOptions options;
        options.database = database;
        QString error;
        if (!writeSampleIsHome(f.oldHome, u"7.0.0"_s, options, &error)
            || !writeSampleIsHome(newHome, u"7.3.0"_s, options, &error)) {
            qWarning() << error;
            return false;
        }
        if (!identityEntry.isEmpty()) {
            const QString toml = f.oldHome + u"/repository/conf/deployment.toml"_s;
            QString text = QString::fromUtf8(readFile(toml));
            static const QRegularExpression section(u"\\[database\\.identity_db\\]\\n(?:[^\\[\\n][^\\n]*\\n|\\n)*"_s);
            if (!text.contains(section))
                return false;
            text.replace(section, identityEntry);
            if (!writeFile(toml, text.toUtf8()))
                return false;
        }
        f.projectPath = m_dir.filePath(u"p%1.ismig"_s.arg(m_sets));
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        f.project.createProject(f.projectPath, {});
        if (!opened.wait(10000) || f.project.startRun(Tier::Development, {}, u"Ana"_s) == 0)
            return false;
        f.project.setHomes(f.oldHome, u"7.0.0"_s, newHome, u"7.3.0"_s);
        f.wizard.resize(960, 700);
        f.wizard.show();
        f.wizard.setStartId(MigrationWizard::CleanupPageId);
        f.wizard.restart();
        f.page = qobject_cast<CleanupPage*>(f.wizard.currentPage());
        return f.page && QTest::qWaitFor([&f] { return !f.page->isBusy(); }, 20000);
    }

    static bool connect(Fixture& f)
    {
        f.find<QPushButton>("testConnectionButton")->click();
        return QTest::qWaitFor([&f] { return !f.page->isBusy(); }, 30000)
            && f.find<QLabel>("connectionResult")->text().startsWith(u"✔"_s);
    }
    static bool dryRun(Fixture& f)
    {
        f.find<QPushButton>("dryRunButton")->click();
        return QTest::qWaitFor([&f] { return !f.page->isBusy(); }, 60000)
            && f.find<QLabel>("dryRunStatus")->text().startsWith(u"✔"_s);
    }
    static void confirmReminders(Fixture& f)
    {
        for (const char* name : { "backupCheck", "builtInCheck", "windowCheck" })
            f.find<QCheckBox>(name)->setChecked(true);
    }
    // Ticks only the script of `kind`.
    static bool tickOnly(Fixture& f, const QString& kind)
    {
        auto* list = f.find<QTreeWidget>("scriptList");
        bool found = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            if (!(item->flags() & Qt::ItemIsUserCheckable))
                continue;
            item->setCheckState(0, item->text(0) == kind ? Qt::Checked : Qt::Unchecked);
            if (item->text(0) == kind) {
                list->setCurrentItem(item);
                found = true;
            }
        }
        return found;
    }
    static bool setKnob(Fixture& f, const QString& name, const QString& value)
    {
        auto* table = f.find<QTableWidget>("knobTable");
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text().startsWith(name)) {
                table->item(row, 1)->setText(value);
                return true;
            }
        return false;
    }
    // The dry-run table's "would remove" for a table, -1 when absent.
    static qint64 wouldRemove(Fixture& f, const QString& table)
    {
        auto* view = f.find<QTableWidget>("dryRunTable");
        for (int row = 0; row < view->rowCount(); ++row)
            if (view->item(row, 1)->text().compare(table, Qt::CaseInsensitive) == 0)
                return QLocale().toLongLong(view->item(row, 3)->text());
        return -1;
    }
    static QAbstractButton* commitButton(Fixture& f)
    {
        return f.wizard.button(f.page->isFinalPage() ? QWizard::FinishButton : QWizard::CommitButton);
    }
    static bool journalHas(const MigrationProject& project, const QString& event)
    {
        for (const JournalEntry& entry : project.journal())
            if (entry.event == event)
                return true;
        return false;
    }

    // 4,000 tokens removed 100 at a time with 0.3 s pauses (about 6 s): the
    // run page stands after the second batch, the procedure still running.
    void startSlowRun(Fixture& f, CleanupRunPage*& run)
    {
        const QString created = m_scratch.create(u"PG"_s, u"ismw_page_"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        QVERIFY(insertTokens(4000).isEmpty());
        QVERIFY(setUp(f, m_scratch.tomlEntry()));
        QVERIFY(connect(f));
        QVERIFY(tickOnly(f, u"token"_s));
        QVERIFY(setKnob(f, u"batchSize"_s, u"100"_s));
        QVERIFY(setKnob(f, u"sleepTime"_s, u"0.3"_s));
        QVERIFY(dryRun(f));
        confirmReminders(f);
        answerConfirmation(&f.wizard, true);
        f.wizard.next();
        run = qobject_cast<CleanupRunPage*>(f.wizard.currentPage());
        QVERIFY(run && run->isRunning());
        auto* messages = run->findChild<CodePane*>(u"messagesView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages->toPlainText().count(u"batch removed"_s) >= 2, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const DbServers::Settings settings = DbServers::read();
        QVERIFY2(settings.error.isEmpty(), qPrintable(settings.error));
    }
    void cleanup() { m_scratch.drop(); }

    void dryRunThenRunRemovesWhatWasCounted_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("PostgreSQL") << u"PG"_s;
        QTest::newRow("MariaDB") << u"MY"_s;
    }
    void dryRunThenRunRemovesWhatWasCounted()
    {
        QFETCH(QString, server);
        const QString created = m_scratch.create(server, u"ismw_page_"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        QVERIFY(insertTokens(400).isEmpty());
        Fixture f;
        QVERIFY(setUp(f, m_scratch.tomlEntry(), pg() ? SampleDatabase::PostgreSql : SampleDatabase::MySql));

        // Nothing runs before the connection is tested.
        QVERIFY(!f.page->isComplete());
        QVERIFY(!commitButton(f)->isEnabled());
        QVERIFY2(f.page->missingReason().contains(u"identity_db"_s), qPrintable(f.page->missingReason()));
        QCOMPARE(f.find<QTreeWidget>("databaseList")->currentItem()->text(0), u"identity_db"_s);
        QVERIFY(!f.find<QLineEdit>("passwordEdit")->isEnabled()); // the file has it in plain text

        QVERIFY2(connect(f), qPrintable(f.find<QLabel>("connectionResult")->text()));
        QVERIFY(f.find<QLabel>("connectionResult")->text().contains(pg() ? u"PostgreSQL"_s : u"MariaDB"_s));
        QVERIFY(tickOnly(f, u"token"_s));
        // The script in the SQL definition of its dialect, knobs in the table.
        auto* view = f.find<CodePane>("scriptView");
        QVERIFY2(view->definitionName().startsWith(u"SQL"_s), qPrintable(view->definitionName()));
        QVERIFY(view->toPlainText().contains(u"WSO2_TOKEN_CLEANUP_SP"_s, Qt::CaseInsensitive));
        QVERIFY(setKnob(f, u"batchSize"_s, u"37"_s));
        QVERIFY(setKnob(f, u"sleepTime"_s, u"0"_s));
        QVERIFY2(f.find<QLabel>("knobResult")->text().contains(u"2 knob"_s),
            qPrintable(f.find<QLabel>("knobResult")->text()));
        QVERIFY(view->toPlainText().contains(u"37"_s));

        QVERIFY(dryRun(f));
        QCOMPARE(wouldRemove(f, u"IDN_OAUTH2_ACCESS_TOKEN"_s), 200);
        QCOMPARE(m_scratch.scalar(u"SELECT COUNT(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), 400); // counted, not removed
        // The reminders still stand between the dry run and the run.
        QVERIFY2(f.page->missingReason().contains(u"Before You Run"_s), qPrintable(f.page->missingReason()));
        confirmReminders(f);
        QVERIFY(f.page->isComplete());
        QCOMPARE(commitButton(f)->text(), u"Run Cleanup"_s);

        // A knob changed after the dry run makes it stale.
        QVERIFY(setKnob(f, u"batchSize"_s, u"38"_s));
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"dry run"_s), qPrintable(f.page->missingReason()));
        QVERIFY(dryRun(f));
        QVERIFY(f.page->isComplete());

        // Cancelling the confirmation runs nothing.
        const qsizetype recordsBefore = f.project.cleanupRuns().size();
        answerConfirmation(&f.wizard, false);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(MigrationWizard::CleanupPageId));
        QCOMPARE(f.project.cleanupRuns().size(), recordsBefore);

        QString question;
        answerConfirmation(&f.wizard, true, &question);
        f.wizard.next();
        QCOMPARE(f.wizard.currentId(), int(MigrationWizard::CleanupRunPageId));
        QVERIFY2(question.contains(u"identity_db"_s) && question.contains(u"200"_s), qPrintable(question));
        auto* run = qobject_cast<CleanupRunPage*>(f.wizard.currentPage());
        QVERIFY(run);
        QVERIFY(!f.wizard.button(QWizard::BackButton)->isEnabled()); // committed: no way back
        QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000);
        QCOMPARE(run->results().size(), 1);
        const CleanupResult& result = run->results().first();
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"completed"_s);
        QCOMPARE(result.rowsRemoved(), 200);
        QCOMPARE(m_scratch.scalar(u"SELECT COUNT(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), 200);
        QVERIFY(run->findChild<CodePane*>(u"messagesView"_s)->toPlainText().contains(u"token_cleanup"_s, Qt::CaseInsensitive));
        QVERIFY(run->findChild<QLabel*>(u"resultLabel"_s)->text().startsWith(u"✔"_s));

        // Recorded: the dry runs and the run, the run with the hash of the
        // text that ran (batchSize 38), and the confirmation in the journal.
        const CleanupRunRecord& record = f.project.cleanupRuns().constLast();
        QVERIFY(!record.dryRun);
        QCOMPARE(record.outcome, u"completed"_s);
        QCOMPARE(record.rowsBefore - record.rowsAfter, 200);
        QVERIFY(f.project.cleanupRuns().size() >= 3);
        QVERIFY(f.project.cleanupRuns().at(f.project.cleanupRuns().size() - 2).dryRun);
        QVERIFY(journalHas(f.project, u"cleanup.confirmed"_s));
        QVERIFY(!f.project.pendingCleanup()); // the plan and its password are gone
        f.project.waitForWrites();
        QVERIFY(!readFile(f.projectPath).contains(m_scratch.value(u"PASSWORD"_s).toUtf8()));
        QVERIFY(!readFile(f.projectPath + u"-wal"_s).contains(m_scratch.value(u"PASSWORD"_s).toUtf8()));
    }

    void cancelStopsTheProcedureAndIsRecorded()
    {
        Fixture f;
        CleanupRunPage* run = nullptr;
        startSlowRun(f, run);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!run->isComplete());

        // Closing the wizard now would cut the procedure off: refused.
        f.wizard.reject();
        QVERIFY(f.wizard.isVisible());
        QTRY_VERIFY(f.wizard.findChild<QMessageBox*>(u"busyBox"_s));
        f.wizard.findChild<QMessageBox*>(u"busyBox"_s)->close();

        run->findChild<QPushButton*>(u"cancelButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 30000);
        const CleanupResult& result = run->results().constLast();
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"cancelled"_s);
        const qint64 left = m_scratch.scalar(u"SELECT COUNT(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s);
        QVERIFY2(left > 2000 && left < 4000, qPrintable(QString::number(left))); // stopped part way
        QCOMPARE(result.rowsAfter(), left);
        QCOMPARE(f.project.cleanupRuns().constLast().outcome, u"cancelled"_s);
        QVERIFY(run->findChild<QLabel*>(u"resultLabel"_s)->text().startsWith(u"⚠"_s));
        QVERIFY(run->findChild<QPushButton*>(u"againButton"_s)->isEnabled());
        QVERIFY(run->busyReason().isEmpty());

        // Back to prepare another run: the old dry run no longer counts.
        run->findChild<QPushButton*>(u"againButton"_s)->click();
        QCOMPARE(f.wizard.currentId(), int(MigrationWizard::CleanupPageId));
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"dry run"_s), qPrintable(f.page->missingReason()));
    }

    void lostConnectionEndsInAClearState()
    {
        Fixture f;
        CleanupRunPage* run = nullptr;
        startSlowRun(f, run);
        if (QTest::currentTestFailed())
            return;

        // The server ends the session under the procedure, as a restart or
        // an administrator's pg_terminate_backend would.
        QSqlQuery kill(m_scratch.admin()->database());
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'CALL %' "
                          u"AND pid <> pg_backend_pid()"_s));
        QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 30000);
        const CleanupResult& result = run->results().constLast();
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"failed"_s);
        QVERIFY(!result.error.isEmpty());
        const QString label = run->findChild<QLabel*>(u"resultLabel"_s)->text();
        QVERIFY2(label.startsWith(u"✖"_s) && label.contains(u"Recorded"_s), qPrintable(label));
        // Recorded once, as failed; the batches committed before stay removed
        // and the counts the page shows match the table.
        QCOMPARE(f.project.cleanupRuns().constLast().outcome, u"failed"_s);
        QCOMPARE(f.project.cleanupRuns().constLast().dryRun, false);
        const qint64 left = m_scratch.scalar(u"SELECT COUNT(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s);
        QVERIFY2(left > 2000 && left < 4000 && left % 100 == 0, qPrintable(QString::number(left)));
        if (result.rowsAfter() >= 0)
            QCOMPARE(result.rowsAfter(), left);
        QVERIFY(run->busyReason().isEmpty());
        QVERIFY(run->findChild<QPushButton*>(u"againButton"_s)->isEnabled());
    }

    void wrongPasswordNamesTheServer()
    {
        const QString created = m_scratch.create(u"MY"_s, u"ismw_page_"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        Fixture f;
        QVERIFY(setUp(f, m_scratch.tomlEntry(u"identity_db"_s, u"not-the-password"_s), SampleDatabase::MySql));
        QVERIFY(!connect(f));
        const QString text = f.find<QLabel>("connectionResult")->text();
        QVERIFY2(text.startsWith(u"✖"_s) && text.contains(m_scratch.value(u"PORT"_s)), qPrintable(text));
        QVERIFY(!text.contains(u"not-the-password"_s));
        QVERIFY(f.find<QTreeWidget>("databaseList")->currentItem()->text(4).contains(u"wrong-credentials"_s));
        QVERIFY(!f.page->isComplete());
        QVERIFY(!f.find<QPushButton>("dryRunButton")->isEnabled());
    }

    void vaultPasswordIsAskedAndNeverStored()
    {
        const QString created = m_scratch.create(u"PG"_s, u"ismw_page_"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        QVERIFY(insertTokens(40).isEmpty());
        Fixture f;
        QVERIFY(setUp(f, m_scratch.tomlEntry(u"identity_db"_s, u"$secret{identity_db_password}"_s)));
        auto* password = f.find<QLineEdit>("passwordEdit");
        QVERIFY(password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!connect(f));
        QVERIFY2(f.find<QLabel>("connectionResult")->text().contains(u"password"_s),
            qPrintable(f.find<QLabel>("connectionResult")->text()));
        password->setText(m_scratch.value(u"PASSWORD"_s));
        QVERIFY(connect(f));
        QVERIFY(tickOnly(f, u"token"_s));
        QVERIFY(dryRun(f));
        QCOMPARE(wouldRemove(f, u"IDN_OAUTH2_ACCESS_TOKEN"_s), 20);
        f.project.waitForWrites();
        const QByteArray secret = m_scratch.value(u"PASSWORD"_s).toUtf8();
        QVERIFY(!readFile(f.projectPath).contains(secret));
        QVERIFY(!readFile(f.projectPath + u"-wal"_s).contains(secret));
        // Another password makes the tested connection void.
        password->setText(u"x"_s);
        QVERIFY(!f.page->isComplete());
        QVERIFY2(f.page->missingReason().contains(u"Test the connection"_s), qPrintable(f.page->missingReason()));
    }

    void badKnobValueBlocks()
    {
        const QString created = m_scratch.create(u"PG"_s, u"ismw_page_"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        Fixture f;
        QVERIFY(setUp(f, m_scratch.tomlEntry()));
        QVERIFY(connect(f));
        QVERIFY(tickOnly(f, u"token"_s));
        const QString before = f.find<CodePane>("scriptView")->toPlainText();
        QVERIFY(setKnob(f, u"batchSize"_s, u"many"_s));
        QVERIFY2(f.find<QLabel>("knobResult")->text().startsWith(u"✖"_s), qPrintable(f.find<QLabel>("knobResult")->text()));
        QCOMPARE(f.find<CodePane>("scriptView")->toPlainText(), before); // the text that would run is unchanged
        QVERIFY2(f.page->missingReason().contains(u"knob"_s), qPrintable(f.page->missingReason()));
        QVERIFY(!f.page->isComplete());
    }

    void skippingNeedsAReasonAndIsJournaled()
    {
        Fixture f;
        QVERIFY(setUp(f, {}));
        auto* skip = f.find<QCheckBox>("skipCheck");
        skip->setChecked(true);
        QVERIFY(!f.page->isComplete());
        f.find<QLineEdit>("skipReasonEdit")->setText(u"short"_s);
        QVERIFY(!f.page->isComplete());
        f.find<QLineEdit>("skipReasonEdit")->setText(u"Dev database is rebuilt nightly"_s);
        QVERIFY(f.page->isComplete());
        // The run page is left out: verification comes next.
        QCOMPARE(f.page->nextId(), int(MigrationWizard::VerificationPageId));
        QCOMPARE(commitButton(f)->text(), u"S&kip Cleanup"_s);
        // Skipping has an access key of its own: no control of the page shares it.
        const QKeySequence skipKey = QKeySequence::mnemonic(commitButton(f)->text());
        QCOMPARE(skipKey, QKeySequence(Qt::ALT | Qt::Key_K));
        for (const QAbstractButton* button : f.page->findChildren<QAbstractButton*>())
            QVERIFY2(QKeySequence::mnemonic(button->text()) != skipKey, qPrintable(button->text()));
        for (const QLabel* label : f.page->findChildren<QLabel*>())
            QVERIFY2(!label->buddy() || QKeySequence::mnemonic(label->text()) != skipKey, qPrintable(label->text()));
        QVERIFY(f.page->validatePage());
        QVERIFY(journalHas(f.project, u"cleanup.skipped"_s));
        QCOMPARE(f.project.journal().constLast().details, u"Dev database is rebuilt nightly"_s);
    }

    void onlyH2NeedsNoCleanup()
    {
        Fixture f;
        QVERIFY(setUp(f, {}, SampleDatabase::H2));
        QVERIFY(f.page->isSkipping());
        QVERIFY(f.page->isComplete());
        QVERIFY2(f.find<QLabel>("statusLabel")->text().contains(u"H2"_s), qPrintable(f.find<QLabel>("statusLabel")->text()));
        QVERIFY(!f.find<QPushButton>("testConnectionButton")->isEnabled());
        QVERIFY(f.page->validatePage());
        QVERIFY(journalHas(f.project, u"cleanup.not-applicable"_s));
    }

    void brokenConfigurationIsNamed()
    {
        Fixture f;
        QVERIFY(setUp(f, u"[database.identity_db]\nurl = \"jdbc:postgresql://h/x\"\nusername = \"u\"\npassword = \n\n"_s));
        const QString reason = f.page->missingReason();
        QVERIFY2(reason.contains(u"deployment.toml"_s) && reason.contains(QRegularExpression(u"deployment\\.toml:\\d+:\\d+"_s)),
            qPrintable(reason));
        QVERIFY(!f.page->isComplete());
    }
};

QTEST_MAIN(CleanupPageTest)
#include "cleanuppage_test.moc"
