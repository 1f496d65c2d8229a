// SPDX-License-Identifier: Apache-2.0
#include "LocalHttpsServer.h"
#include "MigrationWizard.h"
#include "TestPki.h"
#include "VerificationPage.h"
#include "project/MigrationProject.h"
#include "verify/ChecklistModel.h"
#include "verify/ChecklistTemplates.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Ismw;
using namespace Qt::StringLiterals;

class VerificationPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Fixture {
        MigrationProject project;
        MigrationWizard wizard { &project };
        VerificationPage* page = nullptr;
    };
    bool open(Fixture& f, const QString& projectPath, bool create = true)
    {
        QSignalSpy opened(&f.project, &MigrationProject::opened);
        if (create)
            f.project.createProject(projectPath, {});
        else
            f.project.openProject(projectPath);
        return opened.wait(10000);
    }
    bool show(Fixture& f)
    {
        f.wizard.show();
        f.wizard.setStartId(MigrationWizard::VerificationPageId);
        f.wizard.restart();
        f.page = qobject_cast<VerificationPage*>(f.wizard.currentPage());
        return f.page != nullptr;
    }
    bool setUp(Fixture& f, const QString& projectPath)
    {
        return open(f, projectPath) && f.project.startRun(Tier::Development, {}, u"Ana"_s) != 0 && show(f);
    }
    template <typename T> static T* child(QWidget* page, const char* name)
    {
        return page->findChild<T*>(QString::fromLatin1(name));
    }
    static QModelIndex firstCase(const QAbstractItemModel* model)
    {
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            if (model->rowCount(group) > 0)
                return model->index(0, 0, group);
        }
        return {};
    }
    static void select(VerificationPage* page, const QModelIndex& index)
    {
        child<QTreeView>(page, "caseTree")->setCurrentIndex(index);
    }
    static void setStatus(VerificationPage* page, ChecklistStatus status)
    {
        auto* combo = child<QComboBox>(page, "statusCombo");
        combo->setCurrentIndex(combo->findData(int(status)));
    }
    static QString openMessage(QWidget* parent)
    {
        auto* box = parent->findChild<QMessageBox*>(u"verificationMessage"_s);
        return box ? box->text() + u'\n' + box->detailedText() : QString();
    }
    static std::optional<CheckRecord> check(const MigrationProject& project, const QString& id)
    {
        std::optional<CheckRecord> found;
        for (const CheckRecord& c : project.checks())
            if (c.checkId == id && project.currentRun() && c.runId == project.currentRun()->id)
                found = c;
        return found;
    }
    QString writeLog(const QString& name, const QStringList& lines)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(lines.join(u'\n').toUtf8() + "\n");
        return path;
    }
    static QString line(const QDateTime& at, const QString& level, const QString& logger, const QString& message)
    {
        return u"TID: [-1234] [] [%1] [] %2 {%3} - %4"_s.arg(at.toString(u"yyyy-MM-dd HH:mm:ss,zzz"_s), level,
            logger, message);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void templatesThenResultsWithTheNotesRule()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"a.ismig"_s)));
        ChecklistModel* model = f.page->checklistModel();
        QCOMPARE(model->tally().total, 0);
        QVERIFY(!f.page->rollbackGuidanceShown());
        child<QPushButton>(f.page, "templatesButton")->click();
        const int total = model->tally().total;
        QVERIFY2(total >= 20, qPrintable(QString::number(total)));
        // A second click adds nothing: the keys are already there.
        child<QPushButton>(f.page, "templatesButton")->click();
        QCOMPARE(model->tally().total, total);

        const QModelIndex first = firstCase(model);
        QVERIFY(first.isValid());
        const qint64 id = first.data(ChecklistModel::ItemIdRole).toLongLong();
        select(f.page, first);
        auto* record = child<QPushButton>(f.page, "recordButton");
        setStatus(f.page, ChecklistStatus::Failed);
        QVERIFY(!record->isEnabled()); // failed needs notes
        child<QPlainTextEdit>(f.page, "notesEdit")->setPlainText(u"Login page returns 500 after the upgrade."_s);
        QVERIFY(record->isEnabled());
        record->click();
        QCOMPARE(model->item(id)->status, ChecklistStatus::Failed);
        QCOMPARE(model->item(id)->updatedBy.isEmpty(), false);
        QCOMPARE(model->tally().failed, 1);
        QVERIFY(f.page->rollbackGuidanceShown());
        QVERIFY(child<QLabel>(f.page, "rollbackLabel")->text().contains(u"old environment"_s));
        // The selection moved on to the next case without a result.
        QVERIFY(child<QTreeView>(f.page, "caseTree")->currentIndex().data(ChecklistModel::ItemIdRole).toLongLong() != id);

        select(f.page, model->indexOf(id));
        setStatus(f.page, ChecklistStatus::Passed);
        child<QPushButton>(f.page, "recordButton")->click();
        QCOMPARE(model->tally().failed, 0);
        QVERIFY(!f.page->rollbackGuidanceShown());
        f.project.waitForWrites();
        bool journaled = false;
        for (const JournalEntry& entry : f.project.journal())
            journaled = journaled || entry.event == u"checklist.status"_s;
        QVERIFY(journaled);
    }

    // The Add Case form: OK only with a title; the group falls back to the
    // default one; the new case is selected.
    void addCaseAsksForATitle()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"g.ismig"_s)));
        bool okWithoutTitle = true;
        QTimer::singleShot(0, this, [&okWithoutTitle] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"addCaseDialog"_s)
                return;
            auto* ok = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
            okWithoutTitle = ok->isEnabled();
            dialog->findChild<QLineEdit*>(u"titleEdit"_s)->setText(u"  Partner SSO  "_s);
            dialog->findChild<QLineEdit*>(u"groupEdit"_s)->clear();
            auto* kind = dialog->findChild<QComboBox*>(u"kindCombo"_s);
            kind->setCurrentIndex(kind->findData(u"non-functional"_s));
            dialog->findChild<QPlainTextEdit*>(u"stepsEdit"_s)->setPlainText(u"Log in through the partner."_s);
            ok->click();
        });
        child<QPushButton>(f.page, "addButton")->click();
        QVERIFY(!okWithoutTitle);
        ChecklistModel* model = f.page->checklistModel();
        QCOMPARE(model->tally().total, 1);
        const qint64 id = child<QTreeView>(f.page, "caseTree")->currentIndex().data(ChecklistModel::ItemIdRole).toLongLong();
        const auto item = model->item(id);
        QVERIFY(item);
        QCOMPARE(item->title, u"Partner SSO"_s);
        QCOMPARE(item->category, defaultChecklistGroup());
        QCOMPARE(item->kind, u"non-functional"_s);
        QCOMPARE(item->steps, u"Log in through the partner."_s);
        QCOMPARE(item->source, u"manual"_s);
    }

    void evidenceIsKeptByPathAndHash()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"b.ismig"_s)));
        child<QPushButton>(f.page, "templatesButton")->click();
        const QModelIndex first = firstCase(f.page->checklistModel());
        select(f.page, first);
        const qint64 id = first.data(ChecklistModel::ItemIdRole).toLongLong();
        const QString evidence = m_dir.filePath(u"login.har"_s);
        QFile file(evidence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray(300'000, 'h') + "end";
        file.write(content);
        file.close();
        QSignalSpy hashed(f.page, &VerificationPage::hashFinished);
        f.page->attachEvidenceFile(evidence);
        QVERIFY(hashed.wait(10000));
        const auto item = f.page->checklistModel()->item(id);
        QCOMPARE(item->evidence.size(), 1);
        QCOMPARE(item->evidence[0].sha256,
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(item->evidence[0].size, content.size());
        QCOMPARE(child<QListWidget>(f.page, "evidenceList")->count(), 1);

        // A file that is gone is refused with its name; nothing is attached.
        f.page->attachEvidenceFile(m_dir.filePath(u"missing.png"_s));
        QVERIFY(hashed.wait(10000));
        QVERIFY2(openMessage(f.page).contains(u"missing.png"_s), qPrintable(openMessage(f.page)));
        QCOMPARE(f.page->checklistModel()->item(id)->evidence.size(), 1);
    }

    void csvImportReportsBadRowsAndKeepsGoodOnes()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"c.ismig"_s)));
        const QString csv = m_dir.filePath(u"cases.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,group,kind\n"
                   "Partner SSO,Federation,functional\n"
                   ",Federation,functional\n"
                   "Bulk user import,User stores,non-functional\n");
        file.close();
        QSignalSpy imported(f.page, &VerificationPage::importFinished);
        f.page->importCsvFile(csv);
        QVERIFY(imported.wait(10000));
        QCOMPARE(f.page->checklistModel()->tally().total, 2);
        const QString message = openMessage(f.page);
        QVERIFY2(message.contains(u"3"_s), qPrintable(message)); // the line of the row without a title
    }

    void casesCarryOverToTheNextEnvironment()
    {
        const QString path = m_dir.filePath(u"d.ismig"_s);
        qint64 failedKeyCount = 0;
        {
            Fixture f;
            QVERIFY(setUp(f, path));
            child<QPushButton>(f.page, "templatesButton")->click();
            const QModelIndex first = firstCase(f.page->checklistModel());
            QVERIFY(f.page->checklistModel()->setStatus(first.data(ChecklistModel::ItemIdRole).toLongLong(),
                ChecklistStatus::Passed, {}));
            failedKeyCount = f.page->checklistModel()->tally().total;
            f.project.finishRun(RunStatus::Completed);
            f.project.waitForWrites();
        }
        Fixture f;
        QVERIFY(open(f, path, false));
        QVERIFY(f.project.startRun(Tier::Test, {}, u"Ben"_s) != 0);
        QVERIFY(show(f));
        auto* carry = child<QPushButton>(f.page, "carryOverButton");
        QVERIFY(carry->isEnabled());
        QVERIFY2(carry->text().contains(u"dev"_s), qPrintable(carry->text()));
        carry->click();
        const ChecklistModel::Tally tally = f.page->checklistModel()->tally();
        QCOMPARE(tally.total, failedKeyCount);
        QCOMPARE(tally.notRun, tally.total); // every case back to not run
    }

    // The first probe shows the certificate and asks; nothing is sent until
    // the operator trusts it, and then only to a server presenting it.
    void healthProbeAsksBeforeTrustingTheCertificate()
    {
        const QString certs = m_dir.filePath(u"tls"_s);
        QVERIFY(QDir().mkpath(certs));
        QVERIFY(TestPki::openssl(certs,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s,
                u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s }));
        TestSupport::HttpsServer server(certs + u"/server.pem"_s, certs + u"/server.key"_s);
        server.response = TestSupport::httpResponse(200, "OK", R"({"health":[{"key":"jdbc/WSO2CarbonDB","value":"UP"}]})");
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"h.ismig"_s)));
        child<QLineEdit>(f.page, "addressEdit")->setText(u"127.0.0.1:%1"_s.arg(server.port()));

        QString asked;
        const auto answer = [&asked](bool trust) {
            auto* timer = new QTimer;
            QObject::connect(timer, &QTimer::timeout, timer, [timer, trust, &asked] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                for (QAbstractButton* button : box->buttons())
                    if ((box->buttonRole(button) == QMessageBox::AcceptRole) == trust) {
                        button->click();
                        break;
                    }
                timer->deleteLater();
            });
            timer->start(20);
        };
        QSignalSpy probed(f.page, &VerificationPage::probeFinished);
        answer(false);
        f.page->probeHealth();
        QVERIFY(probed.wait(15000));
        QVERIFY2(asked.contains(u"SHA-256"_s), qPrintable(asked));
        QCOMPARE(server.requests, 0);
        QVERIFY(!check(f.project, QString(VerificationPage::kHealthCheckId)));
        QVERIFY(child<QLabel>(f.page, "healthResult")->text().contains(u"not confirmed"_s));

        answer(true);
        f.page->probeHealth();
        QVERIFY(QTest::qWaitFor([&] { return check(f.project, QString(VerificationPage::kHealthCheckId)).has_value(); },
            15000));
        QCOMPARE(server.requests, 1);
        const auto health = check(f.project, QString(VerificationPage::kHealthCheckId));
        QCOMPARE(health->status, CheckStatus::Pass);
        QVERIFY(health->data.contains(u"jdbc/WSO2CarbonDB"_s));
        QVERIFY(child<QPushButton>(f.page, "forgetButton")->isEnabled());
        // The next probe goes straight through: the pin is kept for the environment.
        asked.clear();
        f.page->probeHealth();
        QVERIFY(QTest::qWaitFor([&] { return server.requests == 2; }, 15000));
        QVERIFY(asked.isEmpty());
    }

    void logScanRecordsStartupAndErrors()
    {
        Fixture f;
        QVERIFY(setUp(f, m_dir.filePath(u"e.ismig"_s)));
        const QDateTime started = f.project.currentRun()->startedAt.toLocalTime();
        const QString log = writeLog(u"wso2carbon.log"_s,
            { line(started.addSecs(-3600), u"ERROR"_s, u"org.old.Before"_s, u"before the migration"_s),
                line(started.addSecs(60), u"INFO"_s, u"org.wso2.carbon.core.internal.StartupFinalizerServiceComponent"_s,
                    u"WSO2 Carbon started in 41 sec"_s),
                line(started.addSecs(120), u"ERROR"_s, u"org.wso2.carbon.identity.Foo"_s, u"it broke"_s),
                u"java.lang.IllegalStateException: broken"_s, u"\tat org.wso2.Foo.bar(Foo.java:12)"_s,
                line(started.addSecs(180), u"ERROR"_s, u"org.wso2.carbon.identity.Foo"_s, u"it broke again"_s),
                u"java.lang.IllegalStateException: broken"_s, u"\tat org.wso2.Foo.bar(Foo.java:12)"_s });
        child<QLineEdit>(f.page, "logFilesEdit")->setText(log);
        child<QDateTimeEdit>(f.page, "sinceEdit")->setDateTime(started.addSecs(-1));
        QSignalSpy scanned(f.page, &VerificationPage::scanFinished);
        f.page->scanLog();
        QVERIFY(scanned.wait(10000));
        const auto startup = check(f.project, QString(VerificationPage::kStartupCheckId));
        QVERIFY(startup);
        QCOMPARE(startup->status, CheckStatus::Pass);
        const auto errors = check(f.project, QString(VerificationPage::kLogCheckId));
        QVERIFY(errors);
        QCOMPARE(errors->status, CheckStatus::Warning);
        QVERIFY2(errors->summary.contains(u"2 ERROR"_s), qPrintable(errors->summary));
        QVERIFY(errors->data.contains(u"IllegalStateException"_s));
        auto* groups = child<QTreeWidget>(f.page, "logGroups");
        QCOMPARE(groups->topLevelItemCount(), 1); // the entry before the run is not counted
        QCOMPARE(groups->topLevelItem(0)->text(0), u"2"_s);
        QVERIFY(child<QPlainTextEdit>(f.page, "stackView")->toPlainText().contains(u"Foo.java:12"_s));

        // Accepting needs a reason; the record keeps it.
        auto* accept = child<QPushButton>(f.page, "acceptButton");
        QVERIFY(accept->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setTextValue(u"Known noisy logger, ticket IAM-42"_s);
            dialog->accept();
        });
        accept->click();
        QCOMPARE(check(f.project, QString(VerificationPage::kLogCheckId))->acceptedReason,
            u"Known noisy logger, ticket IAM-42"_s);
        QVERIFY(!accept->isEnabled());

        // A log without the start-up line is a blocker: the server did not come up.
        const QString noStart = writeLog(u"other.log"_s,
            { line(started.addSecs(60), u"INFO"_s, u"org.x"_s, u"nothing to see"_s) });
        child<QLineEdit>(f.page, "logFilesEdit")->setText(noStart);
        f.page->scanLog();
        QVERIFY(scanned.wait(10000));
        QCOMPARE(check(f.project, QString(VerificationPage::kStartupCheckId))->status, CheckStatus::Blocker);
        QVERIFY(f.page->rollbackGuidanceShown());

        // A missing file is named.
        child<QLineEdit>(f.page, "logFilesEdit")->setText(m_dir.filePath(u"gone.log"_s));
        f.page->scanLog();
        QVERIFY(scanned.wait(10000));
        QVERIFY2(child<QLabel>(f.page, "logResult")->text().contains(u"gone.log"_s),
            qPrintable(child<QLabel>(f.page, "logResult")->text()));
    }
};

QTEST_MAIN(VerificationPageTest)
#include "verificationpage_test.moc"
