// SPDX-License-Identifier: Apache-2.0
// `report export` and `report verify` driven as an admin and an auditor
// would: the real binary, a project written by the real store, a PKI made
// with the openssl command, and the printed openssl and sha256sum commands
// run as printed.
#include "../unit/report/SampleReportProject.h"
#include "CliRunner.h"
#include "TestPki.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Ismw::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassphrase = "Corr3ct-Horse-Passphrase";

int runShell(const QString& command, const QString& folder, QByteArray* output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"sh"_s, { u"-c"_s, command });
    if (!process.waitForFinished(60'000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Flips one byte in the middle of a file; returns the original content.
QByteArray flipByte(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    const QByteArray original = file.readAll();
    QByteArray changed = original;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    file.seek(0);
    file.write(changed);
    return original;
}

void restore(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class CliReportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The sample project, written record by record through the real store.
    void writeProject(const QString& file)
    {
        const ProjectSnapshot s = sampleReportProject();
        ProjectStore store;
        QVERIFY(store.create(file, s.info));
        for (const Environment& environment : s.environments)
            QVERIFY(store.insertEnvironment(environment));
        for (const Run& run : s.runs)
            QVERIFY(store.saveRun(run));
        for (const Acknowledgement& ack : s.acknowledgements)
            QVERIFY(store.insertAcknowledgement(ack));
        for (const CheckRecord& check : s.checks)
            QVERIFY(store.saveCheck(check));
        for (const ConfigDecision& decision : s.configDecisions)
            QVERIFY(store.insertConfigDecision(decision));
        for (const CleanupRunRecord& cleanup : s.cleanupRuns)
            QVERIFY(store.insertCleanupRun(cleanup));
        for (const ChecklistItem& item : s.checklist)
            QVERIFY(store.saveChecklistItem(item));
        for (const JournalEntry& entry : s.journal)
            QVERIFY(store.appendJournal(entry));
        store.close();
    }

    CliRun exportTo(const QString& folder, bool sign, const QByteArray& passphrase = kPassphrase)
    {
        QDir().mkpath(path(folder));
        QStringList arguments { u"report"_s, u"export"_s, m_project, u"--environment"_s, u"pre-prod"_s,
            u"-o"_s, path(folder + u"/report.pdf"_s), u"--html"_s, path(folder + u"/report.html"_s),
            u"--json"_s, path(folder + u"/report.json"_s) };
        if (!sign)
            return runCli(arguments);
        arguments << u"--sign"_s << path(u"signer.p12"_s) << u"--pass-stdin"_s;
        return Test::runCliWithInput(arguments, passphrase + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("ISMW_CLI")).isExecutable(),
            "ISMW_CLI must name is-migration-cli");
        QVERIFY(m_dir.isValid());
        QVERIFY(TestPki::makeSigner(m_dir.path(), u"Report Signer"_s, kPassphrase));
        QVERIFY(TestPki::makeCa(m_dir.path(), u"other"_s, u"Some Other CA"_s));
        m_project = path(u"acme.ismig"_s);
        writeProject(m_project);
    }

    void exportWithoutSigning()
    {
        const QByteArray before = sha256(m_project);
        const CliRun run = exportTo(u"plain"_s, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // "Not ready" is the report's finding, not a failure of the command.
        QVERIFY2(run.out.contains(u"Not ready"_s), qPrintable(run.out));
        for (const QString& name :
            { u"report.pdf"_s, u"report.html"_s, u"report.json"_s, u"report.pdf.sha256"_s })
            QVERIFY2(QFileInfo::exists(path(u"plain/"_s + name)), qPrintable(name));
        QVERIFY(!QFileInfo::exists(path(u"plain/report.pdf.p7s"_s)));
        // Readable by others, unlike the temporaries they were written as.
        QVERIFY(QFileInfo(path(u"plain/report.pdf"_s)).permissions().testFlag(QFileDevice::ReadOther));
        QCOMPARE(
            QDir(path(u"plain"_s)).entryList(QDir::Files | QDir::Hidden).size(), 4); // no temporaries left
        QByteArray output;
        QCOMPARE(runShell(u"sha256sum -c report.pdf.sha256"_s, path(u"plain"_s), &output), 0);
        QVERIFY(output.contains("report.html: OK"));
        const QJsonObject json = QJsonDocument::fromJson([&] {
            QFile file(path(u"plain/report.json"_s));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }())
                                     .object();
        QCOMPARE(json.value(u"schema"_s).toString(), u"ismw-report"_s);
        QCOMPARE(json[u"verdict"_s][u"result"_s].toString(), u"not-ready"_s);
        QCOMPARE(json[u"verification"_s][u"html"_s].toString(), u"report.html"_s);
        // Read, never written: not even switched to WAL or upgraded.
        QCOMPARE(sha256(m_project), before);
        QVERIFY(!QFileInfo::exists(m_project + u".lock"_s));
    }

    void exportSignedThenVerify()
    {
        const CliRun run = exportTo(u"signed"_s, true);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"CN=Report Signer"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(QString::fromLatin1(kPassphrase))
            && !run.err.contains(QString::fromLatin1(kPassphrase)));
        for (const QString& name : { u"report.pdf.p7s"_s, u"report.pdf.sha256.p7s"_s })
            QVERIFY2(QFileInfo::exists(path(u"signed/"_s + name)), qPrintable(name));

        // Every command the tool prints succeeds, as printed.
        int commands = 0;
        for (const QString& line : run.out.split(u'\n')) {
            const QString command = line.trimmed();
            if (!command.startsWith(u"openssl "_s) && !command.startsWith(u"sha256sum "_s))
                continue;
            QByteArray output;
            QVERIFY2(runShell(command, path(u"signed"_s), &output) == 0,
                qPrintable(command + u": "_s + QString::fromUtf8(output)));
            ++commands;
        }
        QCOMPARE(commands, 3);

        const CliRun verify = runCli({ u"report"_s, u"verify"_s, path(u"signed/report.pdf"_s) });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QVERIFY(verify.out.contains(u"Signer: "_s) && verify.out.contains(u"CN=Report Signer"_s));
        QVERIFY(verify.out.contains(u"Issuer: CN=Report Test CA"_s));
        QVERIFY2(verify.out.contains(u"Signed at: 20"_s), qPrintable(verify.out));
        QVERIFY(verify.out.contains(u"not checked: no --ca given"_s));
        QVERIFY(verify.out.contains(u"Verified."_s));

        const CliRun trusted = runCli({ u"report"_s, u"verify"_s, path(u"signed/report.pdf"_s), u"--ca"_s,
            path(u"ca.pem"_s), u"--format"_s, u"json"_s });
        QCOMPARE(trusted.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(trusted.out.toUtf8()).object();
        QCOMPARE(object.value(u"verified"_s).toBool(), true);
        QCOMPARE(object.value(u"chain"_s).toString(), u"trusted"_s);
        QCOMPARE(object[u"manifest"_s][u"checked"_s].toArray().size(), 3);

        const CliRun untrusted = runCli(
            { u"report"_s, u"verify"_s, path(u"signed/report.pdf"_s), u"--ca"_s, path(u"other.pem"_s) });
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.out.contains(u"NOT trusted"_s), qPrintable(untrusted.out));
    }

    void aChangedFileFailsVerification_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("html") << u"report.html"_s;
        QTest::newRow("json") << u"report.json"_s;
        QTest::newRow("pdf") << u"report.pdf"_s;
    }

    void aChangedFileFailsVerification()
    {
        QFETCH(QString, name);
        const QString file = path(u"signed/"_s + name);
        QVERIFY(QFileInfo::exists(file));
        const QByteArray original = flipByte(file);
        QVERIFY(!original.isEmpty());
        const CliRun verify = runCli({ u"report"_s, u"verify"_s, path(u"signed/report.pdf"_s) });
        restore(file, original);
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(u"Problem: "_s) && verify.out.contains(name), qPrintable(verify.out));
        QVERIFY(verify.out.contains(u"Verification FAILED."_s));
        // Restored, it verifies again: the failure was the changed byte.
        QCOMPARE(runCli({ u"report"_s, u"verify"_s, path(u"signed/report.pdf"_s) }).exitCode, 0);
    }

    void aMissingFileFailsVerification()
    {
        const QString html = path(u"signed/report.html"_s);
        QVERIFY(QFile::rename(html, html + u".away"_s));
        const CliRun verify = runCli({ u"report"_s, u"verify"_s, path(u"signed/report.pdf"_s) });
        QVERIFY(QFile::rename(html + u".away"_s, html));
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(u"report.html, listed in the manifest"_s), qPrintable(verify.out));
    }

    void anUnsignedExportRemovesStaleSignatures()
    {
        QVERIFY(exportTo(u"resigned"_s, true).exitCode == 0);
        QVERIFY(QFileInfo::exists(path(u"resigned/report.pdf.p7s"_s)));
        const CliRun run = exportTo(u"resigned"_s, false);
        QCOMPARE(run.exitCode, 0);
        // They would no longer match the new files and fail every check.
        QVERIFY(!QFileInfo::exists(path(u"resigned/report.pdf.p7s"_s)));
        QVERIFY(!QFileInfo::exists(path(u"resigned/report.pdf.sha256.p7s"_s)));
        QCOMPARE(runShell(u"sha256sum -c report.pdf.sha256"_s, path(u"resigned"_s)), 0);
    }

    void wrongPassphraseLeavesNothing()
    {
        const CliRun run = exportTo(u"wrong"_s, true, "Wr0ng-Guess");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"passphrase"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"Wr0ng-Guess"_s));
        QVERIFY2(QDir(path(u"wrong"_s))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .isEmpty(),
            qPrintable(QDir(path(u"wrong"_s)).entryList(QDir::AllEntries | QDir::Hidden).join(u' ')));
    }

    void signingNeedsThePassphraseOnStdin()
    {
        const CliRun run = runCli({ u"report"_s, u"export"_s, m_project, u"--environment"_s, u"dev"_s,
            u"-o"_s, path(u"x.pdf"_s), u"--sign"_s, path(u"signer.p12"_s) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--pass-stdin"_s));
        QVERIFY(!QFileInfo::exists(path(u"x.pdf"_s)));
    }

    void unknownEnvironmentNamesTheKnownOnes()
    {
        const CliRun run = runCli({ u"report"_s, u"export"_s, m_project, u"--environment"_s, u"prod"_s,
            u"-o"_s, path(u"prod.pdf"_s) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"\u201cprod\u201d"_s) && run.err.contains(u"dev, pre-prod"_s),
            qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path(u"prod.pdf"_s)));
    }

    void corruptProjectIsRefusedClearly()
    {
        const QString corrupt = path(u"corrupt.ismig"_s);
        restore(corrupt, "this is no project, just text\n");
        const CliRun run = runCli({ u"report"_s, u"export"_s, corrupt, u"--environment"_s, u"dev"_s, u"-o"_s,
            path(u"c.pdf"_s), u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(corrupt) && run.err.contains(u"not a migration project"_s), qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"ok"_s).toBool(true), false);
    }

    void anOlderProjectIsReadWithoutUpgradingIt()
    {
        const QString older = path(u"older.ismig"_s);
        QVERIFY(ProjectStore::createAtVersion(older, 3, sampleReportProject().info));
        const QByteArray before = sha256(older);
        const CliRun run = runCli(
            { u"report"_s, u"export"_s, older, u"--environment"_s, u"dev"_s, u"-o"_s, path(u"older.pdf"_s) });
        // Read through an upgraded copy: it has no environment yet, and says so.
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no environments at all"_s), qPrintable(run.err));
        QCOMPARE(sha256(older), before);
        QVERIFY(!QFileInfo::exists(older + u".schema-3.bak"_s));
    }

    void outputInAMissingFolderIsAnIoFailure()
    {
        const QString missing = path(u"no-such-folder/report.pdf"_s);
        const CliRun run
            = runCli({ u"report"_s, u"export"_s, m_project, u"--environment"_s, u"dev"_s, u"-o"_s, missing });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(path(u"no-such-folder"_s)), qPrintable(run.err));
    }

    void projectOpenInTheWizardIsSaid()
    {
        QLockFile lock(m_project + u".lock"_s);
        QVERIFY(lock.tryLock(0));
        const CliRun run = runCli({ u"report"_s, u"export"_s, m_project, u"--environment"_s, u"dev"_s,
            u"-o"_s, path(u"locked.pdf"_s) });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"open in the IS Migration Wizard"_s), qPrintable(run.err));
    }

    void verifyWithoutSignatureIsBadInput()
    {
        const CliRun run = runCli({ u"report"_s, u"verify"_s, path(u"plain/report.pdf"_s) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"report.pdf.p7s"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliReportTest)
#include "cli_report_test.moc"
