// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <expected>
#include <memory>

namespace Ismw {

// One key with a value, in document order. Tables are flattened: inline
// tables, dotted keys and [sections] give the same paths; arrays of tables
// (`[[x]]` or `x = [{…}]`) give one path prefix per element, by identity.
// Arrays of plain values stay one entry.
struct TomlEntry
{
    QString path; // canonical, see joinConfigPath()
    QString type; // "string" "integer" "float" "boolean" "datetime" "array" "table" (an empty table)
    QString value; // the value written as TOML, canonical ("\"x\"", "true", "[1, 2]", "{}")
    QString rawValue; // strings unquoted and unescaped; otherwise as `value`
    SourcePos pos; // where the key is
    QStringList comments; // the comments toml11 attached to the key ("# …")
    int order = 0; // index in document order
};

// A parsed deployment.toml. Immutable and cheap to copy (shared data), so it
// can be built on a worker thread and handed to the GUI.
class TomlDocument
{
public:
    // Files larger than this are refused before parsing. A real deployment.toml
    // is tens of KB; toml11 needs about a second per MB, so the limit keeps a
    // wrong file from occupying a worker for minutes. 0 = no limit.
    static constexpr qint64 kDefaultMaxBytes = 8 * 1024 * 1024;

    TomlDocument(); // an empty, valid document with no file
    ~TomlDocument();
    TomlDocument(const TomlDocument&);
    TomlDocument& operator=(const TomlDocument&);
    TomlDocument(TomlDocument&&) noexcept;
    TomlDocument& operator=(TomlDocument&&) noexcept;

    // Reads and parses a file. Refuses, with the file named and what to do: a
    // missing or unreadable file, an empty file, a binary file, text that is
    // not UTF-8 (with the line of the first bad byte), a file over maxBytes,
    // a TOML syntax error or duplicate key (line, column, toml11's text).
    static std::expected<TomlDocument, ConfigError> load(const QString& path, qint64 maxBytes = kDefaultMaxBytes);
    // The same checks for text already in memory; `fileName` names it in errors.
    // An empty text is refused unless allowEmpty (an edited document may be empty).
    static std::expected<TomlDocument, ConfigError> parse(
        const QByteArray& text, const QString& fileName, bool allowEmpty = false);

    QString fileName() const;
    QByteArray text() const; // the source bytes, as read
    const QList<TomlEntry>& entries() const;
    // nullptr when absent. Paths as in TomlEntry::path.
    const TomlEntry* find(QStringView path) const;
    bool contains(QStringView path) const { return find(path) != nullptr; }
    // True when some key lies under `prefix` (a table path), or it is a key itself.
    bool containsPrefix(QStringView prefix) const;

    struct Data;
    const Data& data() const; // for the config engine only (see TomlDocument_p.h)

private:
    explicit TomlDocument(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::TomlDocument)
