// SPDX-License-Identifier: Apache-2.0
#include "report/ReportExport.h"

#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ReportExport)
};

ReportExportError exportError(ReportExportError::Kind kind, QString message)
{
    return ReportExportError { kind, std::nullopt, std::move(message) };
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The files of one export under temporary names beside their final ones
// (same folder, same file system: the rename is atomic), so that an export
// that fails half-way leaves nothing and one that succeeds appears at once.
class Staging
{
public:
    Q_DISABLE_COPY_MOVE(Staging)
    Staging() = default;
    ~Staging()
    {
        // Whatever was not renamed into place is an unfinished export.
        for (const auto& file : m_files)
            if (!file.temporary.isEmpty())
                QFile::remove(file.temporary);
    }

    // Reserves a temporary name for `finalPath`; empty on failure.
    std::expected<QString, ReportExportError> reserve(const QString& finalPath)
    {
        const QFileInfo info(finalPath);
        QTemporaryFile file(info.absolutePath() + u"/."_s + info.fileName() + u".XXXXXX.part"_s);
        file.setAutoRemove(false);
        if (!file.open())
            return std::unexpected(exportError(ReportExportError::Kind::Io,
                Text::tr("Cannot write in %1: %2. Choose a folder you can write to.")
                    .arg(native(info.absolutePath()), file.errorString())));
        m_files.push_back({ file.fileName(), info.absoluteFilePath() });
        return file.fileName();
    }

    std::expected<QString, ReportExportError> write(const QString& finalPath, const QByteArray& bytes)
    {
        auto temporary = reserve(finalPath);
        if (!temporary)
            return temporary;
        QFile file(*temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
            || !file.flush())
            return std::unexpected(exportError(ReportExportError::Kind::Io,
                Text::tr("Cannot write %1: %2. Choose a folder you can write to.")
                    .arg(native(finalPath), file.errorString())));
        return temporary;
    }

    // Renames every file into place; on a failure takes back the ones
    // already renamed, so the export stays all or nothing.
    std::expected<void, ReportExportError> commit()
    {
        QStringList placed;
        for (auto& file : m_files) {
            // Temporary files are private to their owner; a report is meant
            // to be handed on.
            QFile::setPermissions(file.temporary,
                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
                    | QFile::ReadOther);
            std::error_code error;
            std::filesystem::rename(QFile::encodeName(file.temporary).toStdString(),
                QFile::encodeName(file.final).toStdString(), error);
            if (error) {
                for (const QString& path : std::as_const(placed))
                    QFile::remove(path);
                return std::unexpected(exportError(ReportExportError::Kind::Io,
                    Text::tr(
                        "Cannot put %1 in place: %2. Nothing was exported; choose a folder you can write to.")
                        .arg(native(file.final), QString::fromLocal8Bit(error.message().c_str()))));
            }
            placed << file.final;
            file.temporary.clear();
        }
        return {};
    }

private:
    struct File
    {
        QString temporary;
        QString final;
    };
    std::vector<File> m_files;
};

} // namespace

std::expected<ReportExportResult, ReportExportError> exportReportDetailed(
    const ReportData& report, const ReportExportRequest& request)
{
    using Kind = ReportExportError::Kind;
    if (request.pdfPath.isEmpty())
        return std::unexpected(exportError(Kind::Usage, Text::tr("Choose where to save the PDF report.")));
    const auto absolute
        = [](const QString& path) { return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath(); };
    const QString pdf = absolute(request.pdfPath);
    const QString html = absolute(request.htmlPath);
    const QString json = absolute(request.jsonPath);
    const QString manifest = pdf + u".sha256"_s;
    const bool signing = !request.pkcs12Path.isEmpty();
    const QString pdfSignature = pdf + u".p7s"_s;
    const QString manifestSignature = manifest + u".p7s"_s;

    QStringList outputs { pdf, manifest, pdfSignature, manifestSignature };
    for (const QString& optional : { html, json })
        if (!optional.isEmpty()) {
            if (outputs.contains(optional))
                return std::unexpected(exportError(Kind::Usage,
                    Text::tr("%1 is named for two of the exported files. Give each file its own name.")
                        .arg(native(optional))));
            outputs << optional;
        }
    for (const QString& path : std::as_const(outputs)) {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir())
            return std::unexpected(exportError(Kind::Io,
                Text::tr("The folder %1 for %2 does not exist. Create it, or choose another folder.")
                    .arg(native(folder.filePath()), native(path))));
    }

    ReportData named = report;
    const QDir manifestDir = QFileInfo(manifest).absoluteDir();
    named.files = ReportFileNames { manifestDir.relativeFilePath(pdf),
        html.isEmpty() ? QString() : manifestDir.relativeFilePath(html),
        json.isEmpty() ? QString() : manifestDir.relativeFilePath(json),
        manifestDir.relativeFilePath(manifest), manifestDir.relativeFilePath(pdfSignature),
        manifestDir.relativeFilePath(manifestSignature), signing };

    const auto pdfBytes = renderReportPdf(named);
    if (!pdfBytes)
        return std::unexpected(exportError(Kind::Io, pdfBytes.error()));
    QList<std::pair<QString, QByteArray>> reports { { pdf, *pdfBytes } };
    if (!html.isEmpty())
        reports.append({ html, renderReportHtml(named).toUtf8() });
    if (!json.isEmpty())
        reports.append({ json, renderReportJson(named) });

    Staging staging;
    QString stagedPdf;
    // The sha256sum text format ("<hex>  <name>", names relative to the
    // manifest), as writeManifest writes it, but over the bytes about to be
    // renamed into place rather than over files already there.
    QByteArray manifestText;
    for (const auto& [path, bytes] : std::as_const(reports)) {
        const auto staged = staging.write(path, bytes);
        if (!staged)
            return std::unexpected(staged.error());
        if (path == pdf)
            stagedPdf = *staged;
        manifestText += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  "
            + manifestDir.relativeFilePath(path).toUtf8() + '\n';
    }
    const auto stagedManifest = staging.write(manifest, manifestText);
    if (!stagedManifest)
        return std::unexpected(stagedManifest.error());

    ReportExportResult result;
    for (const auto& entry : std::as_const(reports))
        result.files << entry.first;
    result.manifestPath = manifest;
    if (signing) {
        for (const auto& [data, signature] :
            { std::pair { stagedPdf, pdfSignature }, std::pair { *stagedManifest, manifestSignature } }) {
            const auto stagedSignature = staging.reserve(signature);
            if (!stagedSignature)
                return std::unexpected(stagedSignature.error());
            auto signedBy = signDetached(data, request.pkcs12Path, request.passphrase, *stagedSignature);
            if (!signedBy)
                return std::unexpected(
                    ReportExportError { Kind::Signing, signedBy.error().kind, signedBy.error().message });
            signedBy->signaturePath = signature;
            result.signer = *signedBy;
            result.signaturePaths << signature;
        }
    }
    if (auto committed = staging.commit(); !committed)
        return std::unexpected(committed.error());
    if (!signing)
        for (const QString& stale : { pdfSignature, manifestSignature })
            QFile::remove(stale);
    return result;
}

std::expected<ReportExportResult, QString> exportReport(
    const ReportData& report, const ReportExportRequest& request)
{
    auto result = exportReportDetailed(report, request);
    if (!result)
        return std::unexpected(result.error().message);
    return *std::move(result);
}

std::expected<ReportVerification, QString> verifyReport(
    const QString& pdfPath, const QString& signaturePath, const QString& caPath)
{
    ReportVerification verification;
    verification.pdfPath = QFileInfo(pdfPath).absoluteFilePath();
    verification.signaturePath
        = QFileInfo(signaturePath.isEmpty() ? pdfPath + u".p7s"_s : signaturePath).absoluteFilePath();
    if (!QFileInfo(verification.pdfPath).isFile())
        return std::unexpected(Text::tr("There is no report %1. Check the path.").arg(native(pdfPath)));
    if (!QFileInfo(verification.signaturePath).isFile())
        return std::unexpected(
            Text::tr("There is no signature %1 for the report %2. Name the signature file "
                     "(report.pdf.p7s) that came with the report, or export the report again "
                     "with a certificate.")
                .arg(native(verification.signaturePath), native(pdfPath)));
    const auto pdf = verifyDetached(verification.pdfPath, verification.signaturePath, caPath);
    if (!pdf)
        return std::unexpected(pdf.error());
    verification.pdf = *pdf;
    if (!pdf->error.isEmpty())
        verification.problems << pdf->error;

    verification.manifestPath = verification.pdfPath + u".sha256"_s;
    verification.manifestSignaturePath = verification.manifestPath + u".p7s"_s;
    verification.manifestFound = QFileInfo(verification.manifestPath).isFile();
    if (verification.manifestFound) {
        if (QFileInfo(verification.manifestSignaturePath).isFile()) {
            const auto signature
                = verifyDetached(verification.manifestPath, verification.manifestSignaturePath, caPath);
            if (!signature)
                verification.problems << signature.error();
            else {
                verification.manifestSignature = *signature;
                if (!signature->error.isEmpty())
                    verification.problems << signature->error;
            }
        } else {
            verification.problems << Text::tr(
                "The manifest %1 has no signature %2, so the files it lists are "
                "not covered by a signature. Use the files as exported, with both "
                "signatures.")
                                         .arg(native(verification.manifestPath),
                                             native(verification.manifestSignaturePath));
        }
        const auto check = verifyManifest(verification.manifestPath);
        if (!check)
            verification.problems << check.error();
        else {
            verification.manifest = *check;
            for (const QString& name : check->changed)
                verification.problems
                    << Text::tr("%1 was changed after the report was exported: its SHA-256 no "
                                "longer matches the manifest %2. Do not rely on it.")
                           .arg(name, native(verification.manifestPath));
            for (const QString& name : check->missing)
                verification.problems
                    << Text::tr("%1, listed in the manifest %2, is missing. Keep the exported "
                                "files together.")
                           .arg(name, native(verification.manifestPath));
        }
    }

    const QDir folder = QFileInfo(verification.pdfPath).absoluteDir();
    verification.commandFolder = folder.path();
    ReportFileNames names;
    names.pdf = folder.relativeFilePath(verification.pdfPath);
    names.pdfSignature = folder.relativeFilePath(verification.signaturePath);
    names.manifest = folder.relativeFilePath(verification.manifestPath);
    names.isSigned = true;
    verification.commands = reportVerificationCommands(
        names, caPath.isEmpty() ? QString() : QFileInfo(caPath).absoluteFilePath());
    if (!verification.manifestFound)
        verification.commands = verification.commands.mid(0, 1);
    return verification;
}

} // namespace Ismw
