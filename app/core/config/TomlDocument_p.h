// SPDX-License-Identifier: Apache-2.0
#pragma once

// The toml11 side of TomlDocument, for the config engine's own .cpp files
// only: toml11 is a private dependency of core, so no public header includes it.

#include "config/TomlDocument.h"

#include <QHash>
#include <toml.hpp>

namespace Ismw {

using TomlValue = toml::ordered_value; // keeps key order, comments and formats
using TomlTable = TomlValue::table_type;
using TomlArray = TomlValue::array_type;

struct TomlDocument::Data
{
    QString fileName;
    QByteArray text;
    TomlValue root; // a table; empty table for an empty document
    QList<TomlEntry> entries;
    QHash<QString, qsizetype> index; // path → entries index
};

// The canonical TOML text of a value as TomlEntry::value shows it.
QString tomlValueText(const TomlValue& value);
// TomlEntry::type for a value.
QString tomlTypeName(const TomlValue& value);
// A key segment as it must appear in a path (quoted when not bare).
QString tomlKeySegment(const std::string& key);

// The identity of each element of an array of tables, as paths show it:
// id="x" / type="t",name="n" / name="n" / context="c",http_method="m" /
// context="c", else #position; a repeated identity gets #2, #3, ….
QStringList tomlElementIdentities(const TomlArray& array);

// Builds a document from a toml11 value (e.g. after the migrator edited it):
// serializes it with toml11 (keeping formats and comments) and parses that
// text again, so positions refer to the new text. An error means the tree
// cannot be written as valid TOML.
std::expected<TomlDocument, ConfigError> makeTomlDocument(const TomlValue& root, const QString& fileName);

} // namespace Ismw
