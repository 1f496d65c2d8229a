// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <expected>

namespace Ismw {

inline constexpr QStringView kReportSchema = u"ismw-report";
inline constexpr int kReportSchemaVersion = 1; // REPORT-SCHEMA.md; raise on any incompatible change

// The machine-readable twin of the PDF: "schema": "ismw-report",
// "schemaVersion": 1, every section, times in ISO 8601 UTC, counts as
// numbers, unknown values as null. Indented UTF-8.
QByteArray renderReportJson(const ReportData& report);

// One self-contained, printable HTML document (no scripts, no external
// resources), every text escaped.
QString renderReportHtml(const ReportData& report);

// The PDF bytes: a print-friendly variant of the HTML laid out by
// QTextDocument on A4 by Qt's own PDF writer. Needs a QGuiApplication.
std::expected<QByteArray, QString> renderReportPdf(const ReportData& report);
// renderReportPdf, saved atomically at `path`.
std::expected<void, QString> writeReportPdf(const ReportData& report, const QString& path);

// The commands a reader runs in the report's folder to check the files
// without this tool: `openssl cms -verify` for each signature (integrity
// only without `caPath`) and `sha256sum -c` for the manifest.
QStringList reportVerificationCommands(const ReportFileNames& names, const QString& caPath = {});

} // namespace Ismw
