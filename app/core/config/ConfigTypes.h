// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Ismw {

// A place in a TOML file: 1-based line and column, 0 when unknown (e.g. a key
// that exists only in the other document).
struct SourcePos
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

// Why a configuration file could not be used. Travels as a value to the UI or
// CLI boundary, where it becomes the message; the file is never touched.
struct ConfigError
{
    // Input: the file is wrong (the user fixes it). Io: it could not be read or
    // written (disk, permissions). The CLI maps them to exit codes 2 and 3.
    enum class Problem { Input, Io };

    Problem problem = Problem::Input;
    QString file; // as the user named it
    int line = 0; // 0 when the problem is the whole file (empty, binary, too large)
    int column = 0;
    QString message; // what is wrong, one sentence
    QString hint; // what to do about it, may be empty
    QString detail; // toml11's own explanation with the source excerpt, may be empty

    // "file:line:column: message" (line/column left out when unknown).
    QString toString() const;
};

enum class Severity { Info, Warning, Blocker };

// "info" / "warning" / "blocker", as in the rule files and the JSON output.
QString severityName(Severity severity);
// nullopt-like: returns false for an unknown name.
bool parseSeverity(QStringView name, Severity* severity);

// What a release rule found in a configuration.
struct ConfigFinding
{
    QString ruleId; // stable, e.g. "5.10.0/keystore-primary-name"
    Severity severity = Severity::Info;
    QString path; // the dotted key path concerned
    SourcePos pos; // in the old (analysed) document; invalid when the key is absent
    QString step; // "5.9.0→5.10.0"
    QString message; // translated or rule text, secrets already masked
    QString remediation; // what to do; may describe the edit below
    QString editId; // the ProposedEdit that fixes it, empty when the fix is manual
};

// A canonical dotted path: segments joined by '.', a segment quoted as TOML
// does when it is not a bare key ("a.b" → "\"a.b\""). Elements of arrays of
// tables carry their identity: event_listener[id="x"].enable, or [#2] by
// position when the element has no identity key.
QString joinConfigPath(const QStringList& segments);
// The inverse of joinConfigPath: segments as they appear in the path (quoted
// ones keep their quotes, identities stay part of their segment), so
// joinConfigPath(splitConfigPath(p)) == p. lastPathKey() gives a bare key name.
QStringList splitConfigPath(QStringView path);
// The last key of a path ("keystore.primary.password" → "password").
QString lastPathKey(QStringView path);

// What a view, log, report or JSON output may show of a value at `path`: the
// value itself, or kSecretMask for secret keys (password, secret, hash, …)
// and $secret{} references. `reveal` is for on-screen display the user asked for.
QString displayValue(QStringView path, const QString& value, bool reveal = false);
bool isSecretValue(QStringView path, QStringView value);

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::ConfigError)
Q_DECLARE_METATYPE(Ismw::ConfigFinding)
