// SPDX-License-Identifier: Apache-2.0
#include "ChecklistTestSupport.h"
#include "project/MigrationProject.h"
#include "verify/ChecklistModel.h"
#include "verify/EvidenceHash.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

bool waitOpened(MigrationProject& project)
{
    QSignalSpy opened(&project, &MigrationProject::opened);
    return opened.wait(10000);
}

ChecklistCase testCase(const char* key, const char* group, const char* title, const char* kind = "functional")
{
    return { QString::fromLatin1(key), QString::fromLatin1(group), QString::fromLatin1(kind),
        QString::fromLatin1(title), u"Do it."_s, u"It works."_s };
}

const QList<ChecklistCase> kCases {
    testCase("login.basic", "Login flows", "Basic login"),
    testCase("tokens.refresh", "Tokens", "Token refresh"),
    testCase("login.mfa", "Login flows", "MFA login"),
    testCase("perf.latency", "Performance", "Login latency", "non-functional"),
};

QStringList journalEvents(const MigrationProject& project)
{
    QStringList events;
    for (const JournalEntry& entry : project.journal())
        events << entry.event;
    return events;
}

} // namespace

class ChecklistModelTest : public QObject
{
    Q_OBJECT

    // A real project file in a temporary folder, with a dev run started.
    std::unique_ptr<MigrationProject> openProject(const QString& path, bool startDevRun = true)
    {
        auto project = std::make_unique<MigrationProject>();
        if (QFile::exists(path))
            project->openProject(path);
        else
            project->createProject(path, u"Checklist"_s);
        if (!waitOpened(*project))
            qFatal("project %s did not open", qPrintable(path));
        if (startDevRun && project->startRun(Tier::Development, {}, u"Ana"_s) == 0)
            qFatal("no run");
        return project;
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        return ChecklistTestSupport::writeTestFile(m_dir, name, content);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyWithoutARun()
    {
        auto project = openProject(m_dir.filePath(u"norun.ismig"_s), false);
        ChecklistModel model(project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.addCase(kCases[0], u"manual"_s), 0);
        QVERIFY(!model.carryOverSource());
        QCOMPARE(model.tally().total, 0);

        QVERIFY(project->startRun(Tier::Development, {}, u"Ana"_s) > 0);
        QVERIFY(model.runId() > 0);
        QVERIFY(model.addCase(kCases[0], u"template"_s) > 0);
        QCOMPARE(model.rowCount(), 1);
    }

    // Each status reads without colour: its own symbol and word in the
    // status column, and the model gives no colour a view would show as the
    // only sign of it (no foreground, background or decoration role).
    void statusesReadWithoutColour()
    {
        auto project = openProject(m_dir.filePath(u"colour.ismig"_s));
        ChecklistModel model(project.get());
        QCOMPARE(model.addCases(kCases, u"template"_s), 4);
        const qint64 id = model.index(0, 0, model.index(0, 0)).data(ChecklistModel::ItemIdRole).toLongLong();
        QSet<QString> symbols, words;
        for (const ChecklistStatus status : { ChecklistStatus::NotRun, ChecklistStatus::Passed,
                 ChecklistStatus::Failed, ChecklistStatus::Blocked, ChecklistStatus::NotApplicable }) {
            if (status != ChecklistStatus::NotRun)
                QVERIFY(model.setStatus(id, status, u"Seen on the login page"_s));
            const QModelIndex cell = model.indexOf(id).siblingAtColumn(ChecklistModel::StatusColumn);
            const QString text = cell.data().toString();
            QCOMPARE(text, ChecklistModel::statusText(status));
            QVERIFY2(text.size() > 2 && !text.at(0).isLetterOrNumber() && text.at(1).isSpace(), qPrintable(text));
            symbols << text.left(1);
            words << text.mid(2);
            for (const int role : { Qt::ForegroundRole, Qt::BackgroundRole, Qt::DecorationRole }) {
                QVERIFY(!cell.data(role).isValid());
                QVERIFY(!model.index(0, ChecklistModel::StatusColumn).data(role).isValid());
            }
        }
        QCOMPARE(symbols.size(), 5);
        QCOMPARE(words.size(), 5);
    }

    void treeStructureAndRoles()
    {
        auto project = openProject(m_dir.filePath(u"tree.ismig"_s));
        ChecklistModel model(project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy tallyChanged(&model, &ChecklistModel::tallyChanged);

        QCOMPARE(model.addCases(kCases, u"template"_s), 4);
        QCOMPARE(model.addCases(kCases, u"template"_s), 0); // same keys: nothing new
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(tallyChanged.size(), 1); // one batch, one change
        QCOMPARE(model.columnCount(), int(ChecklistModel::ColumnCount));

        // Groups in the order of their first case; cases in position order.
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex login = model.index(0, 0);
        QCOMPARE(login.data().toString(), u"Login flows"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"Tokens"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"Performance"_s);
        QCOMPARE(model.rowCount(login), 2);
        QVERIFY(login.data(ChecklistModel::IsGroupRole).toBool());
        QCOMPARE(login.data(ChecklistModel::ItemIdRole).toLongLong(), 0);
        QCOMPARE(model.index(0, ChecklistModel::StatusColumn).data().toString(), u"0 of 2 passed"_s);

        const QModelIndex mfa = model.index(1, 0, login);
        QCOMPARE(mfa.data().toString(), u"MFA login"_s);
        QCOMPARE(mfa.parent(), login);
        QCOMPARE(model.rowCount(mfa), 0);
        QVERIFY(!mfa.data(ChecklistModel::IsGroupRole).toBool());
        QCOMPARE(mfa.data(ChecklistModel::KeyRole).toString(), u"login.mfa"_s);
        QCOMPARE(mfa.data(ChecklistModel::StatusRole).toInt(), int(ChecklistStatus::NotRun));
        const qint64 mfaId = mfa.data(ChecklistModel::ItemIdRole).toLongLong();
        QVERIFY(mfaId > 0);
        QCOMPARE(model.indexOf(mfaId), mfa);
        QCOMPARE(model.itemAt(mfa)->key, u"login.mfa"_s);
        QVERIFY(!model.itemAt(login));
        QCOMPARE(model.item(mfaId)->source, u"template"_s);
        QCOMPARE(model.index(1, ChecklistModel::StatusColumn, login).data().toString(), u"○ Not run"_s);
        QCOMPARE(model.index(1, ChecklistModel::KindColumn, login).data().toString(), u"Functional"_s);
        QCOMPARE(model.index(0, ChecklistModel::KindColumn, model.index(2, 0)).data().toString(),
            u"Non-functional"_s);
        QCOMPARE(model.index(1, ChecklistModel::EvidenceColumn, login).data().toInt(), 0);
        QVERIFY(
            model.index(1, ChecklistModel::ChangedColumn, login).data().toString().startsWith(u"Ana · "_s));
        const QString tip = mfa.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Do it."_s) && tip.contains(u"It works."_s), qPrintable(tip));
        QCOMPARE(model.headerData(ChecklistModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);

        // Manual cases: a generated key, the default group, the kind checked.
        const qint64 own = model.addCase({ {}, {}, {}, u"  Partner  portal "_s, {}, {} }, u"manual"_s);
        QVERIFY(own > 0);
        static const QRegularExpression uuidKey(u"^custom:[0-9a-f-]{36}$"_s);
        QVERIFY2(uuidKey.match(model.item(own)->key).hasMatch(), qPrintable(model.item(own)->key));
        QCOMPARE(model.item(own)->title, u"Partner portal"_s);
        QCOMPARE(model.item(own)->category, u"Own cases"_s);
        QCOMPARE(model.item(own)->kind, u"functional"_s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.addCase(testCase("login.mfa", "Elsewhere", "Again"), u"csv"_s), mfaId); // key present
        QCOMPARE(model.addCase({ {}, {}, u"sometimes"_s, u"Bad kind"_s, {}, {} }, u"manual"_s), 0);
        QCOMPARE(model.addCase({ {}, {}, {}, u"  "_s, {}, {} }, u"manual"_s), 0);
        QCOMPARE(model.tally().total, 5);

        QVERIFY(model.removeCase(own));
        QVERIFY(!model.removeCase(own));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.item(own));
        QCOMPARE(journalEvents(*project).filter(u"checklist."_s),
            (QStringList {
                u"checklist.cases-added"_s, u"checklist.case-added"_s, u"checklist.case-removed"_s }));
        QVERIFY(project->journal().constLast().details.contains(u"“Partner portal”"_s));
    }

    void statusNeedsNotesForFailures()
    {
        auto project = openProject(m_dir.filePath(u"status.ismig"_s));
        ChecklistModel model(project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCases(kCases, u"template"_s);
        const qint64 refresh
            = model.index(0, 0, model.index(1, 0)).data(ChecklistModel::ItemIdRole).toLongLong();
        const qint64 basic
            = model.index(0, 0, model.index(0, 0)).data(ChecklistModel::ItemIdRole).toLongLong();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy tallyChanged(&model, &ChecklistModel::tallyChanged);

        QVERIFY(!model.setStatus(refresh, ChecklistStatus::Failed, u"  "_s));
        QVERIFY(!model.setStatus(refresh, ChecklistStatus::Blocked, {}));
        QCOMPARE(model.item(refresh)->status, ChecklistStatus::NotRun);
        QVERIFY(changed.isEmpty());
        QVERIFY(!model.setStatus(999999, ChecklistStatus::Passed, {}));

        QVERIFY(model.setStatus(basic, ChecklistStatus::Passed, {}));
        QVERIFY(
            model.setStatus(refresh, ChecklistStatus::Failed, u"invalid_grant for every refresh token"_s));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(tallyChanged.size(), 2);
        // The case row (all columns) and its group row's tally, per change.
        QCOMPARE(changed.size(), 4);
        const QModelIndex refreshIndex = model.indexOf(refresh);
        const auto caseChange = std::ranges::find_if(
            changed, [&](const QList<QVariant>& args) { return args[0].toModelIndex() == refreshIndex; });
        QVERIFY(caseChange != changed.end());
        QCOMPARE((*caseChange)[1].toModelIndex().column(), ChecklistModel::ColumnCount - 1);

        const ChecklistItem item = *model.item(refresh);
        QCOMPARE(item.status, ChecklistStatus::Failed);
        QCOMPARE(item.notes, u"invalid_grant for every refresh token"_s);
        QCOMPARE(item.updatedBy, u"Ana"_s);
        QCOMPARE(refreshIndex.data(ChecklistModel::StatusRole).toInt(), int(ChecklistStatus::Failed));
        QCOMPARE(model.index(refreshIndex.row(), ChecklistModel::StatusColumn, refreshIndex.parent())
                     .data()
                     .toString(),
            u"✘ Failed"_s);
        QVERIFY(refreshIndex.data(Qt::ToolTipRole).toString().contains(u"invalid_grant"_s));
        QCOMPARE(
            refreshIndex.parent().data(ChecklistModel::StatusRole).toInt(), int(ChecklistStatus::Failed));
        QCOMPARE(
            model.index(1, ChecklistModel::StatusColumn).data().toString(), u"0 of 1 passed, 1 failed"_s);
        QCOMPARE(model.index(0, ChecklistModel::StatusColumn).data().toString(), u"1 of 2 passed"_s);

        const JournalEntry& entry = project->journal().constLast();
        QCOMPARE(entry.event, u"checklist.status"_s);
        QCOMPARE(entry.details,
            u"“Token refresh” (tokens.refresh): not-run → failed. Notes: invalid_grant for every refresh token"_s);

        ChecklistModel::Tally tally = model.tally();
        QCOMPARE(tally.total, 4);
        QCOMPARE(tally.passed, 1);
        QCOMPARE(tally.failed, 1);
        QCOMPARE(tally.notRun, 2);
        QVERIFY(tally.needsRollbackGuidance());

        // Notes of a failed case cannot be emptied; passing keeps them.
        QVERIFY(!model.setNotes(refresh, {}));
        QVERIFY(model.setNotes(refresh, u"Fixed the key store alias"_s));
        QCOMPARE(project->journal().constLast().event, u"checklist.notes"_s);
        const qsizetype journalSize = project->journal().size();
        QVERIFY(model.setStatus(refresh, ChecklistStatus::Failed, {}) == false);
        QVERIFY(model.setNotes(refresh, u"Fixed the key store alias"_s)); // unchanged: nothing journaled
        QCOMPARE(project->journal().size(), journalSize);
        QVERIFY(model.setStatus(refresh, ChecklistStatus::Passed, {}));
        QCOMPARE(model.item(refresh)->notes, u"Fixed the key store alias"_s);
        QVERIFY(!model.tally().needsRollbackGuidance());
        QVERIFY(model.setStatus(basic, ChecklistStatus::Blocked, u"IdP down"_s));
        QVERIFY(model.tally().needsRollbackGuidance());
        QCOMPARE(model.tally().blocked, 1);
        QVERIFY(model.setStatus(basic, ChecklistStatus::NotApplicable, {}));
        QCOMPARE(model.tally().notApplicable, 1);
        QCOMPARE(reset.size(), 0);
    }

    void changesMadeElsewhereShow()
    {
        auto project = openProject(m_dir.filePath(u"elsewhere.ismig"_s));
        ChecklistModel model(project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCases(kCases, u"template"_s);
        ChecklistItem item = *model.itemAt(model.index(0, 0, model.index(1, 0)));
        item.status = ChecklistStatus::Passed;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(project->saveChecklistItem(item) > 0);
        QCOMPARE(model.item(item.id)->status, ChecklistStatus::Passed);
        QCOMPARE(reset.size(), 0);
        QVERIFY(project->removeChecklistItem(item.id));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2); // the Tokens group went with its only case
        // A new run starts with an empty checklist.
        project->finishRun(RunStatus::Completed);
        QVERIFY(project->startRun(Tier::Development, {}, u"Ben"_s) > 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.tally().total, 0);
    }

    void evidenceFiles()
    {
        auto project = openProject(m_dir.filePath(u"evidence.ismig"_s));
        ChecklistModel model(project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = model.addCase(kCases[0], u"template"_s);

        // More than one 1 MiB block, and not a whole number of them.
        QByteArray content(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char& c : content)
            c = char(generator.bounded(256));
        const QString path = writeFile(u"har capture.har"_s, content);
        const auto hashed = hashEvidenceFile(path);
        QVERIFY2(hashed.has_value(), qPrintable(hashed.error()));

        QProcess sha256sum;
        sha256sum.start(u"sha256sum"_s, { path });
        QVERIFY(sha256sum.waitForFinished(30000));
        QCOMPARE(sha256sum.exitCode(), 0);
        const QString expected = QString::fromLatin1(sha256sum.readAllStandardOutput().left(64));
        QCOMPARE(hashed->sha256, expected);
        QCOMPARE(hashed->size, content.size());
        QCOMPARE(hashed->path, QFileInfo(path).absoluteFilePath());
        QVERIFY(qAbs(hashed->addedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(hashed->addedAt.timeSpec(), Qt::UTC);

        QVERIFY(model.addEvidence(id, *hashed));
        QVERIFY(!model.addEvidence(id, *hashed)); // already attached
        EvidenceFile bad = *hashed;
        bad.sha256 = u"not a hash"_s;
        QVERIFY(!model.addEvidence(id, bad));
        QVERIFY(!model.addEvidence(999999, *hashed));
        const auto second = hashEvidenceFile(writeFile(u"screenshot.png"_s, "png bytes"));
        QVERIFY(second);
        QVERIFY(model.addEvidence(id, *second));
        const QModelIndex index = model.indexOf(id);
        QCOMPARE(model.index(index.row(), ChecklistModel::EvidenceColumn, index.parent()).data().toInt(), 2);
        QVERIFY(model.index(index.row(), ChecklistModel::EvidenceColumn, index.parent())
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"screenshot.png"_s));
        QVERIFY(project->journal().constLast().details.contains(second->sha256));
        QCOMPARE(project->journal().constLast().event, u"checklist.evidence-added"_s);

        QVERIFY(!model.removeEvidence(id, 2));
        QVERIFY(model.removeEvidence(id, 0));
        QCOMPARE(model.item(id)->evidence, (QList<EvidenceFile> { *second }));
        QCOMPARE(project->journal().constLast().event, u"checklist.evidence-removed"_s);
    }

    void hashingRefusesWhatIsNotAFile()
    {
        auto missing = hashEvidenceFile(m_dir.filePath(u"gone.png"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"does not exist"_s) && missing.error().contains(u"gone.png"_s),
            qPrintable(missing.error()));
        auto folder = hashEvidenceFile(m_dir.path());
        QVERIFY(!folder);
        QVERIFY2(folder.error().contains(u"is a folder"_s), qPrintable(folder.error()));
        const std::atomic_bool cancel { true };
        auto cancelled = hashEvidenceFile(writeFile(u"big.log"_s, QByteArray(1024, 'x')), &cancel);
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().contains(u"cancelled"_s), qPrintable(cancelled.error()));
    }

    void hashingReportsReadFailures()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs /proc/self/mem, which opens but cannot be read from offset 0");
#else
        // Opens, but reading fails (EIO at address 0): the read error path
        // even for root, whom permissions do not stop.
        auto failing = hashEvidenceFile(u"/proc/self/mem"_s);
        QVERIFY(!failing);
        QVERIFY2(failing.error().contains(u"cannot be read"_s), qPrintable(failing.error()));
#endif
    }

    void hashingRefusesUnreadableFiles()
    {
        const QString locked = writeFile(u"locked.png"_s, "x");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        if (QFile probe(locked); probe.open(QIODevice::ReadOnly))
            QSKIP("this user (root) reads files whatever their permissions say");
        auto unreadable = hashEvidenceFile(locked);
        QVERIFY(!unreadable);
        QVERIFY2(unreadable.error().contains(u"cannot be read"_s), qPrintable(unreadable.error()));
    }

    void carryOverFromDevToTest()
    {
        auto project = openProject(m_dir.filePath(u"carry.ismig"_s));
        ChecklistModel model(project.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCases(kCases, u"template"_s);
        const qint64 own = model.addCase({ {}, u"Partners"_s, {}, u"Partner portal"_s, {}, {} }, u"manual"_s);
        const qint64 basic
            = model.index(0, 0, model.index(0, 0)).data(ChecklistModel::ItemIdRole).toLongLong();
        QVERIFY(model.setStatus(basic, ChecklistStatus::Failed, u"broken"_s));
        QVERIFY(model.addEvidence(own, *hashEvidenceFile(writeFile(u"carry.png"_s, "x"))));
        const qint64 devRun = model.runId();
        const QList<ChecklistItem> devItems = project->checklistOf(devRun);
        QVERIFY(!model.carryOverSource()); // only the current run has cases
        project->finishRun(RunStatus::Completed);

        // A production run with cases of its own: a higher tier, never a source for test.
        QVERIFY(project->startRun(Tier::Production, {}, u"Ana"_s, u"pilot approved without pre-prod"_s) > 0);
        model.addCase(testCase("prod.only", "Production", "Only in prod"), u"manual"_s);
        project->finishRun(RunStatus::Completed);

        QVERIFY(project->startRun(Tier::Test, {}, u"Ben"_s) > 0);
        QCOMPARE(model.rowCount(), 0);
        const std::optional<Run> source = model.carryOverSource();
        QVERIFY(source);
        QCOMPARE(source->id, devRun);

        QSignalSpy tallyChanged(&model, &ChecklistModel::tallyChanged);
        QCOMPARE(model.carryOver(), 5);
        QCOMPARE(tallyChanged.size(), 1);
        const QList<ChecklistItem> testItems = project->checklistOf(model.runId());
        QCOMPARE(testItems.size(), devItems.size());
        for (qsizetype i = 0; i < testItems.size(); ++i) {
            const ChecklistItem& copy = testItems[i];
            const ChecklistItem& original = devItems[i];
            QVERIFY(copy.id != original.id);
            QCOMPARE(copy.runId, model.runId());
            QCOMPARE(copy.key, original.key);
            QCOMPARE(copy.title, original.title);
            QCOMPARE(copy.category, original.category);
            QCOMPARE(copy.kind, original.kind);
            QCOMPARE(copy.steps, original.steps);
            QCOMPARE(copy.expected, original.expected);
            QCOMPARE(copy.source, original.source);
            QCOMPARE(copy.position, original.position);
            QCOMPARE(copy.status, ChecklistStatus::NotRun);
            QVERIFY(copy.notes.isEmpty());
            QVERIFY(copy.evidence.isEmpty());
            QCOMPARE(copy.updatedBy, u"Ben"_s);
        }
        QCOMPARE(model.tally().notRun, 5);
        QVERIFY(!model.tally().needsRollbackGuidance());
        const JournalEntry& entry = project->journal().constLast();
        QCOMPARE(entry.event, u"checklist.carried-over"_s);
        QVERIFY2(entry.details.contains(u"from dev (run %1"_s.arg(devRun)), qPrintable(entry.details));

        // Again: every key is there already.
        const qsizetype journalSize = project->journal().size();
        QCOMPARE(model.carryOver(), 0);
        QCOMPARE(project->checklistOf(model.runId()).size(), 5);
        QCOMPARE(project->journal().size(), journalSize);
        // Nor do the same templates added again.
        QCOMPARE(model.addCases(kCases, u"template"_s), 0);
    }

    void persistedAcrossReopen()
    {
        const QString path = m_dir.filePath(u"persist.ismig"_s);
        const QString evidencePath = writeFile(u"report.pdf"_s, "%PDF-1.7 load test");
        const auto evidence = hashEvidenceFile(evidencePath);
        QVERIFY(evidence);
        qint64 runId = 0;
        QDateTime changedAt;
        {
            auto project = openProject(path);
            ChecklistModel model(project.get());
            model.addCases(kCases, u"template"_s);
            const qint64 id
                = model.index(0, 0, model.index(2, 0)).data(ChecklistModel::ItemIdRole).toLongLong();
            QVERIFY(model.setStatus(id, ChecklistStatus::Blocked, u"load generator missing"_s));
            QVERIFY(model.addEvidence(id, *evidence));
            runId = model.runId();
            changedAt = model.item(id)->at;
            project->waitForWrites();
        }
        auto project = openProject(path, false);
        const QList<ChecklistItem> items = project->checklistOf(runId);
        QCOMPARE(items.size(), 4);
        QStringList keys;
        for (const ChecklistItem& item : items)
            keys << item.key;
        QCOMPARE(
            keys, (QStringList { u"login.basic"_s, u"tokens.refresh"_s, u"login.mfa"_s, u"perf.latency"_s }));
        const ChecklistItem& perf = items[3];
        QCOMPARE(perf.status, ChecklistStatus::Blocked);
        QCOMPARE(perf.notes, u"load generator missing"_s);
        QCOMPARE(perf.kind, u"non-functional"_s);
        QCOMPARE(perf.steps, u"Do it."_s);
        QCOMPARE(perf.expected, u"It works."_s);
        QCOMPARE(perf.source, u"template"_s);
        QCOMPARE(perf.updatedBy, u"Ana"_s);
        QCOMPARE(perf.at, changedAt);
        QCOMPARE(perf.evidence, (QList<EvidenceFile> { *evidence }));
        QVERIFY(journalEvents(*project).contains(u"checklist.evidence-added"_s));

        // A later run of the same environment takes the cases over.
        QVERIFY(project->startRun(Tier::Development, {}, u"Ana"_s) > 0);
        ChecklistModel model(project.get());
        QCOMPARE(model.carryOverSource()->id, runId);
        QCOMPARE(model.carryOver(), 4);
    }
};

QTEST_GUILESS_MAIN(ChecklistModelTest)
#include "checklistmodel_test.moc"
