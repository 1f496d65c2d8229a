// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportData.h"
#include "report/ReportSigner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <expected>
#include <optional>

namespace Ismw {

struct ReportExportRequest
{
    QString pdfPath; // required; the manifest is pdfPath + ".sha256"
    QString htmlPath; // optional
    QString jsonPath; // optional
    QString pkcs12Path; // empty: not signed
    QByteArray passphrase; // of the PKCS#12; the caller owns and wipes it
};

struct ReportExportResult
{
    QStringList files; // the exported reports, absolute, PDF first
    QString manifestPath;
    QStringList signaturePaths; // the PDF's, then the manifest's; empty when not signed
    std::optional<SignatureInfo> signer;
};

// Why an export failed, for front ends that answer differently (the CLI's
// exit codes, the page asking for the passphrase again).
struct ReportExportError
{
    enum class Kind {
        Usage, // the request itself is wrong (no PDF path, two outputs on one path)
        Io, // a folder missing or not writable, a disk error
        Signing, // see `signing`
    };
    Kind kind = Kind::Io;
    std::optional<SigningError::Kind> signing;
    QString message; // translated; names the file and what to do; never the passphrase
};

// Renders the report and writes the PDF, the optional HTML and JSON, the
// manifest and (with a PKCS#12) the two signatures: all or nothing. Every
// file is written under a temporary name in its own folder first and renamed
// into place only when all of them, signatures included, are complete; a
// failure removes what this call wrote. When not signing, signatures left
// beside the files by an earlier export are removed, as they would no longer
// match. Safe on a worker thread (with a QGuiApplication in the process).
std::expected<ReportExportResult, ReportExportError> exportReportDetailed(
    const ReportData& report, const ReportExportRequest& request);
// The same, with only the message.
std::expected<ReportExportResult, QString> exportReport(
    const ReportData& report, const ReportExportRequest& request);

struct ReportVerification
{
    QString pdfPath;
    QString signaturePath;
    VerificationResult pdf; // the PDF against its signature
    bool manifestFound = false; // pdfPath + ".sha256" exists
    QString manifestPath;
    QString manifestSignaturePath;
    std::optional<VerificationResult> manifestSignature; // when the manifest's .p7s exists
    std::optional<ManifestCheck> manifest; // when the manifest was read
    QStringList problems; // translated sentences, each naming its file; empty when ok()
    // The same checks with openssl and sha256sum, for the reader, to run in
    // `commandFolder` (the PDF's folder).
    QStringList commands;
    QString commandFolder;
    bool ok() const { return problems.isEmpty(); }
};

// Checks a signed report: the PDF against `signaturePath` (empty: pdfPath +
// ".p7s"); when the manifest is next to it, the manifest against its
// signature and every file it lists against its hash; with `caPath`, that
// the signers chain to that CA. Failed checks are `problems`; an error only
// when nothing could be checked (no such PDF, no signature, not a signature).
std::expected<ReportVerification, QString> verifyReport(
    const QString& pdfPath, const QString& signaturePath, const QString& caPath);

} // namespace Ismw
