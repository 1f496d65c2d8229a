// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigTypes.h"
#include "config/TomlDocument.h"

#include <QList>
#include <QString>

namespace Ismw {

enum class ChangeKind {
    Added, // only in the new document
    Removed, // only in the old document
    Changed, // same type, other value
    TypeChanged, // e.g. "true" (string) vs true (boolean)
    Moved, // same value, other position among its siblings (only with DiffOptions::includeOrder)
    CommentChanged, // same value, other comments (only with DiffOptions::includeComments)
};

// "added" "removed" "changed" "type-changed" "moved" "comment-changed"
QString changeKindName(ChangeKind kind);

struct ConfigChange
{
    QString path;
    ChangeKind kind = ChangeKind::Changed;
    QString oldValue; // as TOML; empty when Added. NOT masked: use displayValue()
    QString newValue; // as TOML; empty when Removed
    QString oldType;
    QString newType;
    SourcePos oldPos; // invalid when Added
    SourcePos newPos; // invalid when Removed
};

struct DiffOptions
{
    bool includeComments = false; // report CommentChanged
    bool includeOrder = false; // report Moved
};

// The semantic difference: by path, never by line. Whitespace, formatting
// (inline table vs section, literal vs basic string, 0x10 vs 16), key order and
// comments do not count unless asked. Arrays of tables are matched by element
// identity, so reordering [[event_listener]] blocks is not a change. The
// result is in the order of the new document, removals placed after the key
// that preceded them in the old one.
QList<ConfigChange> diffDocuments(const TomlDocument& oldDoc, const TomlDocument& newDoc, const DiffOptions& options = {});

} // namespace Ismw
