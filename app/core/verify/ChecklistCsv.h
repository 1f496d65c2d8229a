// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/ChecklistTemplates.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <expected>

namespace Ismw {

// What a CSV import found: the good rows, and a translated sentence for each
// row or column that was left out ("line 7: …"), so the operator can fix the
// file and import it again (the keys keep a second import from duplicating).
struct ChecklistCsvImport
{
    QList<ChecklistCase> cases;
    QStringList problems;
};

// Larger files are refused: a checklist is hundreds of rows, not megabytes.
inline constexpr qint64 kMaxChecklistCsvBytes = 5 * 1024 * 1024;

// Reads the operator's own test cases from a CSV file (RFC 4180: quoted
// fields, "" for a quote, line breaks inside quotes, CRLF or LF; UTF-8 with
// or without BOM; ',' or ';' as the header row shows). The header names the
// columns, case-insensitive: title (required), group, kind, steps, expected,
// id. A bad row is a problem and is skipped; a file that cannot be a
// checklist (missing, a folder, empty, not UTF-8, binary, too large, no
// title column) is refused whole. Blocking I/O: call it off the GUI thread.
std::expected<ChecklistCsvImport, QString> readChecklistCsv(const QString& path);

} // namespace Ismw
