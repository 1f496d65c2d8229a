// SPDX-License-Identifier: Apache-2.0
#include "ReportCommand.h"

#include "ExitCode.h"
#include "Version.h"
#include "project/ProjectStore.h"
#include "report/ReportData.h"
#include "report/ReportExport.h"
#include "report/ReportRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)
                          : ReportCommand::tr("not recorded");
}

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

struct Failure
{
    int exitCode = ExitUsage;
    QString problem; // "usage", "io", "project", "signing"
    QString message;
};

// The format the file was written in: SQLite keeps PRAGMA user_version at
// byte 60 of its header, big-endian. 0 when unreadable.
int fileSchemaVersion(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    return header.size() == 100 ? int(qFromBigEndian<quint32>(header.constData() + 60)) : 0;
}

// Reads the project without touching it: ProjectStore::open switches the
// file to WAL and upgrades older formats in place, which a report must not
// do behind the wizard's back. So a copy is opened (with its write-ahead log,
// which holds the latest changes when the wizard did not close cleanly), and
// the wizard's lock is honoured while copying.
std::expected<ProjectSnapshot, Failure> readProject(const QString& path, QStringList& notes)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return std::unexpected(Failure { ExitUsage, u"project"_s,
            ReportCommand::tr("There is no project file %1. Check the path.").arg(native(path)) });
    QLockFile lock(absolute + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        return std::unexpected(Failure { ExitIoFailure, u"locked"_s,
            ReportCommand::tr(
                "The project %1 is open in the IS Migration Wizard (process %2 on %3). Export the "
                "report from the wizard's report page, or close the project there and run this "
                "command again.")
                .arg(native(path))
                .arg(pid)
                .arg(host) });
    }
    QTemporaryDir folder;
    const QString copy = folder.filePath(QFileInfo(absolute).fileName());
    if (!folder.isValid() || !QFile::copy(absolute, copy)
        || (QFile::exists(absolute + u"-wal"_s) && !QFile::copy(absolute + u"-wal"_s, copy + u"-wal"_s)))
        return std::unexpected(Failure { ExitIoFailure, u"io"_s,
            ReportCommand::tr("Cannot read %1 into a temporary folder (%2). Check "
                              "that the file is readable and the disk has room.")
                .arg(native(path), native(QDir::tempPath())) });
    lock.unlock();

    const int version = fileSchemaVersion(absolute);
    // The store logs the path it opened: the temporary copy, a name that
    // would only puzzle. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"ismw.store.info=false"_s);
    ProjectStore store;
    auto snapshot = store.open(copy);
    store.close();
    if (!snapshot) {
        // The store names the file it opened: the copy, which the user never saw.
        QString message = snapshot.error().message;
        message.replace(native(copy), native(absolute));
        const bool io = snapshot.error().kind == StoreError::Kind::Io;
        return std::unexpected(
            Failure { io ? ExitIoFailure : ExitUsage, io ? u"io"_s : u"project"_s, message });
    }
    if (version > 0 && version < ProjectStore::kSchemaVersion)
        notes << ReportCommand::tr(
            "%1 is in the older project format %2; it was read through an upgraded "
            "temporary copy and was not changed. Opening it in the wizard upgrades it.")
                     .arg(native(path))
                     .arg(version);
    return *std::move(snapshot);
}

// The passphrase is one line on stdin: never an argument, which other users
// of the machine can see in the process list.
std::optional<QByteArray> readPassphrase()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

void printCommands(QTextStream& out, const QString& folder, const QStringList& commands)
{
    out << ReportCommand::tr("To check it without this tool, in %1 run:").arg(native(folder)) << u'\n';
    for (const QString& command : commands)
        out << u"  "_s << command << u'\n';
}

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::synopsis() const
{
    return u"report export PROJECT.ismig --environment NAME -o report.pdf [--html F] [--json F]\n"
           "                       [--sign cert.p12 --pass-stdin] [--run ID] [--format text|json]\n"
           "  report verify report.pdf [--signature report.pdf.p7s] [--ca ca.pem] [--format text|json]"_s;
}

QString ReportCommand::summary() const
{
    return tr(
        "The migration report of one environment as PDF, HTML and JSON, signed; and the check of a signed "
        "report.");
}

int ReportCommand::failure(
    CommandIo& io, OutputFormat format, int exitCode, const QString& problem, const QString& message) const
{
    io.err << QCoreApplication::applicationName() << u": "_s << name() << u": "_s << message << u'\n';
    io.err.flush();
    if (format == OutputFormat::Json)
        writeJson(io, QJsonObject { { u"ok"_s, false }, { u"problem"_s, problem }, { u"error"_s, message } });
    return exitCode;
}

int ReportCommand::run(const QStringList& arguments, CommandIo& io)
{
    const QString sub = arguments.value(1);
    if (sub == "export"_L1)
        return runExport(arguments, io);
    if (sub == "verify"_L1)
        return runVerify(arguments, io);
    if (sub == "-h"_L1 || sub == "--help"_L1) {
        io.out << tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), synopsis()) << u"\n\n"_s
               << summary() << u"\n\n"_s
               << tr("Run \u201c%1 report export --help\u201d or \u201c%1 report verify --help\u201d for the "
                     "options.")
                      .arg(QCoreApplication::applicationName())
               << u'\n';
        io.out.flush();
        return ExitOk;
    }
    return usageError(io, OutputFormat::Text,
        sub.isEmpty() ? tr("name a subcommand: export or verify.")
                      : tr("unknown subcommand \u201c%1\u201d: use export or verify.").arg(sub));
}

int ReportCommand::runExport(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes the migration report of one environment: the PDF, optionally its HTML and JSON twins, a "
        "SHA-256 manifest of them (report.pdf.sha256) and, with --sign, CMS signatures of the PDF and of the "
        "manifest (.p7s). All files appear together or none does. The project file is read, never changed.\n"
        "Exit codes: 0 written (also when the verdict is \u201cnot ready\u201d: that is the report's "
        "finding, see its reasons); 2 bad input (unknown environment, unreadable project, wrong passphrase, "
        "a certificate that cannot sign); 3 I/O failure (a missing folder, the project open in the "
        "wizard)."));
    parser.addPositionalArgument(u"export"_s, tr("The subcommand."));
    parser.addPositionalArgument(u"PROJECT"_s, tr("The migration project file (*.ismig)."));
    const QCommandLineOption environment(
        { u"e"_s, u"environment"_s }, tr("The environment to report on."), u"NAME"_s);
    const QCommandLineOption output(
        { u"o"_s, u"output"_s }, tr("Where to write the PDF report."), u"report.pdf"_s);
    const QCommandLineOption html(u"html"_s, tr("Also write the report as HTML to this file."), u"FILE"_s);
    const QCommandLineOption json(
        u"json"_s, tr("Also write the report as JSON (schema ismw-report) to this file."), u"FILE"_s);
    const QCommandLineOption sign(
        u"sign"_s, tr("Sign with the certificate and key in this PKCS#12 file."), u"cert.p12"_s);
    const QCommandLineOption passStdin(
        u"pass-stdin"_s, tr("Read the PKCS#12 passphrase from the first line of stdin."));
    const QCommandLineOption runId(
        u"run"_s, tr("Report this run of the environment (default: its latest)."), u"ID"_s);
    parser.addOptions({ environment, output, html, json, sign, passStdin, runId });

    const std::expected<OutputFormat, int> format = parseArguments(parser, arguments, io);
    if (!format)
        return format.error();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(io, *format, tr("name one project file."));
    if (!parser.isSet(environment))
        return usageError(io, *format, tr("name the environment with --environment."));
    if (!parser.isSet(output))
        return usageError(io, *format, tr("name the PDF to write with -o."));
    if (parser.isSet(sign) != parser.isSet(passStdin))
        return usageError(io, *format,
            tr("--sign and --pass-stdin go together: the passphrase of the PKCS#12 file is read "
               "from stdin, never from the command line."));
    ReportOptions options;
    options.toolVersion = QString::fromUtf8(kVersion);
    if (parser.isSet(runId)) {
        bool ok = false;
        options.runId = parser.value(runId).toLongLong(&ok);
        if (!ok || options.runId <= 0)
            return usageError(
                io, *format, tr("--run \u201c%1\u201d is not a run id.").arg(parser.value(runId)));
    }

    QStringList notes;
    const auto snapshot = readProject(positional.at(1), notes);
    if (!snapshot)
        return failure(
            io, *format, snapshot.error().exitCode, snapshot.error().problem, snapshot.error().message);
    const auto report = buildReport(*snapshot, parser.value(environment), options);
    if (!report)
        return failure(io, *format, ExitUsage, u"environment"_s,
            tr("%1: %2").arg(native(positional.at(1)), report.error()));

    ReportExportRequest request { parser.value(output), parser.value(html), parser.value(json),
        parser.value(sign), {} };
    if (parser.isSet(sign)) {
        if (!QFileInfo(request.pkcs12Path).isFile())
            return failure(io, *format, ExitUsage, u"signing"_s,
                tr("There is no certificate file %1. Name the PKCS#12 (.p12 or .pfx) file with your "
                   "signing certificate and key.")
                    .arg(native(request.pkcs12Path)));
        const auto passphrase = readPassphrase();
        if (!passphrase)
            return failure(io, *format, ExitUsage, u"signing"_s,
                tr("No passphrase on stdin: --pass-stdin reads it from the first line, e.g. from a "
                   "file only you can read: --pass-stdin < pass.txt."));
        request.passphrase = *passphrase;
    }
    const auto result = exportReportDetailed(*report, request);
    request.passphrase.fill('\0');
    if (!result) {
        const ReportExportError& error = result.error();
        const bool io_ = error.kind == ReportExportError::Kind::Io;
        return failure(io, *format, io_ ? ExitIoFailure : ExitUsage,
            error.kind == ReportExportError::Kind::Signing ? u"signing"_s
                : io_                                      ? u"io"_s
                                                           : u"usage"_s,
            error.message);
    }

    const QDir folder = QFileInfo(result->files.constFirst()).absoluteDir();
    ReportFileNames names;
    names.pdf = folder.relativeFilePath(result->files.constFirst());
    names.manifest = folder.relativeFilePath(result->manifestPath);
    names.isSigned = result->signer.has_value();
    QStringList commands = reportVerificationCommands(names);
    if (!names.isSigned)
        commands = commands.mid(2); // only the manifest: there is no signature to check

    if (*format == OutputFormat::Json) {
        QJsonObject object { { u"ok"_s, true }, { u"command"_s, u"report export"_s },
            { u"environment"_s, report->environment.name }, { u"runId"_s, report->run.id },
            { u"verdict"_s, reportVerdictKey(report->verdict) },
            { u"reasons"_s, QJsonArray::fromStringList(report->reasons) },
            { u"notes"_s, QJsonArray::fromStringList(notes + report->notes) },
            { u"files"_s, QJsonArray::fromStringList(result->files) },
            { u"manifest"_s, result->manifestPath },
            { u"signatures"_s, QJsonArray::fromStringList(result->signaturePaths) },
            { u"commandFolder"_s, folder.path() }, { u"commands"_s, QJsonArray::fromStringList(commands) } };
        if (result->signer)
            object.insert(u"signer"_s,
                QJsonObject { { u"subject"_s, result->signer->signerSubject },
                    { u"issuer"_s, result->signer->signerIssuer },
                    { u"notAfter"_s, timeJson(result->signer->notAfter) } });
        writeJson(io, object);
    } else {
        io.out << tr("Verdict for %1: %2").arg(report->environment.name, reportVerdictText(report->verdict))
               << u'\n';
        for (const QString& reason : report->reasons)
            io.out << u"  - "_s << reason << u'\n';
        for (const QString& note : notes + report->notes)
            io.out << tr("Note: %1").arg(note) << u'\n';
        io.out << tr("Wrote:") << u'\n';
        for (const QString& file :
            result->files + QStringList { result->manifestPath } + result->signaturePaths)
            io.out << u"  "_s << native(file) << u'\n';
        if (result->signer)
            io.out << tr("Signed by %1, issued by %2, certificate valid until %3.")
                          .arg(result->signer->signerSubject, result->signer->signerIssuer,
                              timeText(result->signer->notAfter))
                   << u'\n';
        printCommands(io.out, folder.path(), commands);
    }
    io.out.flush();
    if (io.out.status() != QTextStream::Ok)
        return ExitIoFailure;
    return ExitOk;
}

int ReportCommand::runVerify(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks a signed report: the PDF against its signature and, when the manifest report.pdf.sha256 and "
        "its signature are beside it, every file the manifest lists. With --ca, also that the signer's "
        "certificate was issued by that certificate authority.\n"
        "Exit codes: 0 verified; 1 verification failed (a changed or missing file, a signature that does "
        "not match, a signer the CA does not trust); 2 bad input (no such report or signature)."));
    parser.addPositionalArgument(u"verify"_s, tr("The subcommand."));
    parser.addPositionalArgument(u"REPORT"_s, tr("The signed PDF report."));
    const QCommandLineOption signature(
        u"signature"_s, tr("The PDF's signature (default: REPORT.p7s)."), u"FILE"_s);
    const QCommandLineOption ca(
        u"ca"_s, tr("Check that the signer chains to a CA in this PEM file."), u"ca.pem"_s);
    parser.addOptions({ signature, ca });
    const std::expected<OutputFormat, int> format = parseArguments(parser, arguments, io);
    if (!format)
        return format.error();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(io, *format, tr("name one report PDF."));
    if (parser.isSet(ca) && !QFileInfo(parser.value(ca)).isFile())
        return usageError(io, *format, tr("there is no CA file %1.").arg(native(parser.value(ca))));

    const auto verification = verifyReport(positional.at(1), parser.value(signature), parser.value(ca));
    if (!verification)
        return failure(io, *format, ExitUsage, u"input"_s, verification.error());
    const ReportVerification& v = *verification;
    const VerificationResult& pdf = v.pdf;
    const bool chainChecked = pdf.chainChecked;
    const bool trusted
        = chainChecked && pdf.chainTrusted && (!v.manifestSignature || v.manifestSignature->chainTrusted);
    const QString chain = !chainChecked ? tr("not checked: no --ca given")
        : trusted                       ? tr("trusted by %1").arg(native(parser.value(ca)))
                                        : tr("NOT trusted by %1").arg(native(parser.value(ca)));

    if (*format == OutputFormat::Json) {
        QJsonValue manifest(QJsonValue::Null);
        if (v.manifestFound)
            manifest = QJsonObject {
                { u"path"_s, v.manifestPath }, { u"signed"_s, v.manifestSignature.has_value() },
                { u"intact"_s,
                    v.manifestSignature ? QJsonValue(v.manifestSignature->intact) : QJsonValue(false) },
                { u"checked"_s,
                    QJsonArray::fromStringList(v.manifest ? v.manifest->checked : QStringList()) },
                { u"changed"_s,
                    QJsonArray::fromStringList(v.manifest ? v.manifest->changed : QStringList()) },
                { u"missing"_s, QJsonArray::fromStringList(v.manifest ? v.manifest->missing : QStringList()) }
            };
        writeJson(io,
            QJsonObject { { u"ok"_s, true }, { u"command"_s, u"report verify"_s }, { u"verified"_s, v.ok() },
                { u"pdf"_s, v.pdfPath }, { u"signature"_s, v.signaturePath }, { u"intact"_s, pdf.intact },
                { u"signer"_s,
                    QJsonObject { { u"subject"_s, pdf.signerSubject }, { u"issuer"_s, pdf.signerIssuer },
                        { u"signingTime"_s, timeJson(pdf.signingTime) },
                        { u"notAfter"_s, timeJson(pdf.notAfter) } } },
                { u"chain"_s,
                    !chainChecked ? u"not-checked"_s
                        : trusted ? u"trusted"_s
                                  : u"untrusted"_s },
                { u"manifest"_s, manifest }, { u"problems"_s, QJsonArray::fromStringList(v.problems) },
                { u"commandFolder"_s, v.commandFolder },
                { u"commands"_s, QJsonArray::fromStringList(v.commands) } });
    } else {
        io.out << tr("Report: %1").arg(native(v.pdfPath)) << u'\n'
               << tr("Signature: %1").arg(native(v.signaturePath)) << u'\n'
               << tr("Signer: %1").arg(pdf.signerSubject) << u'\n' << tr("Issuer: %1").arg(pdf.signerIssuer)
               << u'\n' << tr("Signed at: %1").arg(timeText(pdf.signingTime)) << u'\n'
               << tr("Report unchanged: %1").arg(pdf.intact ? tr("yes") : tr("NO")) << u'\n';
        if (v.manifestFound && v.manifest)
            //: %1 the manifest's path; %2 files listed, %3 changed, %4 missing (each counted in its own
            //: message); %5 the state of its signature.
            io.out << tr("Manifest %1: %2, %3, %4; signature %5.")
                          .arg(native(v.manifestPath))
                          .arg(tr("%n file(s) listed", nullptr, int(v.manifest->checked.size())))
                          .arg(tr("%n changed", nullptr, int(v.manifest->changed.size())))
                          .arg(tr("%n missing", nullptr, int(v.manifest->missing.size())))
                          .arg(!v.manifestSignature             ? tr("missing")
                                  : v.manifestSignature->intact ? tr("matches")
                                                                : tr("DOES NOT MATCH"))
                   << u'\n';
        else
            io.out << tr("Manifest: none beside the report; only the PDF was checked.") << u'\n';
        io.out << tr("Chain: %1").arg(chain) << u'\n';
        for (const QString& problem : v.problems)
            io.out << tr("Problem: %1").arg(problem) << u'\n';
        io.out << (v.ok() ? tr("Verified.") : tr("Verification FAILED.")) << u'\n';
        printCommands(io.out, v.commandFolder, v.commands);
    }
    io.out.flush();
    return v.ok() ? ExitOk : ExitFindings;
}

} // namespace Ismw
