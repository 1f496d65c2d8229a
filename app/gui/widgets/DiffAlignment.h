// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigDiff.h"
#include "config/TomlDocument.h"
#include "widgets/CodePane.h"

#include <QList>
#include <QString>

#include <utility>

namespace Ismw {

// One row of two texts shown side by side.
struct DiffRow
{
    int left = 0; // 1-based line of the left text; 0 = a filler on that side
    int right = 0;
    LineMark leftMark = LineMark::None; // None, Removed or Changed
    LineMark rightMark = LineMark::None; // None, Added or Changed
    QList<int> changes; // indexes into the changes the rows were aligned by
};

// Lines up two TOML texts by meaning, not by text: a key present on both
// sides is one row, wherever formatting, comments or reordering put it (as
// far as the order of both files allows: keys that moved against the order
// of the rest stand on their own rows). So are the changes' oldPos/newPos,
// single [table] headers with the same name, and `pairedPaths` (a renamed
// key next to its new name). Lines between those anchors pair up in order,
// except lines of keys with no counterpart, which face a filler.
QList<DiffRow> alignTomlDocuments(const TomlDocument& left, const TomlDocument& right,
    const QList<ConfigChange>& changes, const QList<std::pair<QString, QString>>& pairedPaths = {});

// The lines of a text as the panes show them (no trailing empty line for a
// final newline, no carriage returns).
QStringList splitTextLines(const QString& text);

} // namespace Ismw
