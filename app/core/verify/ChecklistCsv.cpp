// SPDX-License-Identifier: Apache-2.0
#include "verify/ChecklistCsv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ChecklistCsv)
};

// One record of the file, with the line it starts on (a record with a line
// break inside quotes spans several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    bool unterminated = false; // a quoted field still open at the end of the file

    bool isBlank() const
    {
        return std::ranges::all_of(fields, [](const QString& f) { return f.trimmed().isEmpty(); });
    }
};

// Spreadsheets set to a European locale write ';' because ',' is their
// decimal separator; the header row shows which one the file uses.
QChar detectDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

QList<CsvRecord> parseCsv(QStringView text, QChar delimiter)
{
    QList<CsvRecord> records;
    CsvRecord record { 1, {}, false };
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    const auto endRecord = [&] {
        record.fields << field;
        records << record;
        record = { line, {}, false };
        field.clear();
        fieldStart = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool crlf = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else if (!crlf) { // a line break inside a field is kept as '\n'
                line += c == u'\n' || c == u'\r';
                field += c == u'\r' ? u'\n' : c;
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
        } else if (c == delimiter) {
            record.fields << field;
            field.clear();
            fieldStart = true;
        } else if (c == u'\n' || (c == u'\r' && !crlf)) {
            ++line;
            endRecord();
        } else if (!crlf) {
            // A quote inside an unquoted field, or text after a closing
            // quote, is not RFC 4180; spreadsheets read it literally, so do we.
            field += c;
            fieldStart = false;
        }
    }
    if (inQuotes) {
        record.unterminated = true;
        endRecord();
    } else if (!field.isEmpty() || !record.fields.isEmpty()) {
        endRecord();
    }
    return records;
}

enum class Column { Title, Group, Kind, Steps, Expected, Id };

std::optional<Column> columnNamed(const QString& header)
{
    static const QHash<QString, Column> names {
        { u"title"_s, Column::Title },
        { u"group"_s, Column::Group },
        { u"category"_s, Column::Group },
        { u"kind"_s, Column::Kind },
        { u"steps"_s, Column::Steps },
        { u"expected"_s, Column::Expected },
        { u"expected result"_s, Column::Expected },
        { u"id"_s, Column::Id },
        { u"key"_s, Column::Id },
    };
    const auto it = names.constFind(header.simplified().toLower());
    return it == names.cend() ? std::nullopt : std::optional(*it);
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

// UTF-8 never encodes a byte of a multi-byte sequence as '\n', so a line can
// be checked on its own and the first bad one named.
int firstLineNotUtf8(const QByteArray& bytes)
{
    qsizetype start = 0;
    for (int line = 1; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
    }
    return 0;
}

QString caseKey(const QString& id, const QString& title, const QString& group)
{
    if (!id.isEmpty())
        return u"csv:"_s + id;
    // Twelve hex digits: collisions among a checklist's few hundred rows are
    // out of reach, and the key stays short enough to read in the journal.
    const QByteArray normalised
        = (title.simplified().toLower() + u'\n' + group.simplified().toLower()).toUtf8();
    return u"csv:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex().left(12));
}

QString problem(int line, const QString& message)
{
    return Text::tr("line %1: %2").arg(line).arg(message);
}

} // namespace

std::expected<ChecklistCsvImport, QString> readChecklistCsv(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(Text::tr("%1 does not exist. Choose the CSV file to import.").arg(shown));
    if (info.isDir())
        return std::unexpected(Text::tr("%1 is a folder. Choose a CSV file.").arg(shown));
    const QString tooLarge
        = Text::tr("%1 is larger than %2 MB, too large for a checklist. Check that it is the "
                   "right file, or split it.")
              .arg(shown)
              .arg(kMaxChecklistCsvBytes / (1024 * 1024));
    if (info.size() > kMaxChecklistCsvBytes)
        return std::unexpected(tooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Text::tr("%1 cannot be read: %2.").arg(shown, file.errorString()));
    QByteArray bytes = file.read(kMaxChecklistCsvBytes + 1); // the file may have grown since it was measured
    if (bytes.size() > kMaxChecklistCsvBytes)
        return std::unexpected(tooLarge);
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(Text::tr("%1 cannot be read: %2.").arg(shown, file.errorString()));

    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return std::unexpected(
            Text::tr("%1 holds binary data (line %2), so it is not a CSV file. Save the checklist "
                     "as CSV text (UTF-8).")
                .arg(shown)
                .arg(lineOfOffset(bytes, nul)));
    if (const int line = firstLineNotUtf8(bytes); line > 0)
        return std::unexpected(Text::tr("%1 is not UTF-8 text (line %2). Save it again as CSV with the UTF-8 "
                                        "encoding.")
                                   .arg(shown)
                                   .arg(line));
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        return std::unexpected(
            Text::tr("%1 is empty. A checklist file needs a header row (at least a “title” "
                     "column) and one row per test case.")
                .arg(shown));

    QList<CsvRecord> records = parseCsv(text, detectDelimiter(text));
    qsizetype next = 0;
    while (next < records.size() && records[next].isBlank() && !records[next].unterminated)
        ++next;
    const CsvRecord header = records.value(next);
    ++next;

    ChecklistCsvImport result;
    QHash<Column, qsizetype> columns;
    QStringList unknown;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        if (name.isEmpty())
            continue; // a spreadsheet's trailing separator
        if (const auto column = columnNamed(name)) {
            if (columns.contains(*column))
                result.problems << problem(
                    header.line, Text::tr("the column “%1” appears twice; the first one is read.").arg(name));
            else
                columns.insert(*column, i);
        } else {
            unknown << u"“%1”"_s.arg(name);
        }
    }
    if (!columns.contains(Column::Title))
        return std::unexpected(
            Text::tr("%1, line %2: the header row has no “title” column. The first row must name "
                     "the columns: title (required), group, kind, steps, expected, id.")
                .arg(shown)
                .arg(header.line));
    if (!unknown.isEmpty())
        result.problems << problem(header.line,
            Text::tr(
                "the column(s) %1 are not known and were ignored; the columns read are title, group, kind, "
                "steps, expected and id.",
                nullptr, int(unknown.size()))
                .arg(unknown.join(u", "_s)));

    QHash<QString, int> keys; // → line of the first row with that key
    for (; next < records.size(); ++next) {
        const CsvRecord& record = records[next];
        if (record.unterminated) {
            result.problems << problem(record.line,
                Text::tr(
                    "a quoted field is not closed before the end of the file; the row is skipped. Add the "
                    "missing '\"'."));
            continue;
        }
        if (record.isBlank())
            continue;
        const bool paddedOnly = record.fields.size() > header.fields.size()
            && std::ranges::all_of(record.fields.mid(header.fields.size()),
                [](const QString& f) { return f.trimmed().isEmpty(); });
        if (record.fields.size() != header.fields.size() && !paddedOnly) {
            result.problems << problem(record.line,
                Text::tr(
                    "%1 fields where the header has %2; the row is skipped. Check the separators and quotes.")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        const auto value = [&](Column column) {
            const auto it = columns.constFind(column);
            return it == columns.cend() ? QString() : record.fields.value(*it).trimmed();
        };
        ChecklistCase c;
        c.title = value(Column::Title).simplified();
        if (c.title.isEmpty()) {
            result.problems << problem(record.line, Text::tr("the row has no title; it is skipped."));
            continue;
        }
        const QString kindText = value(Column::Kind);
        const std::optional<QString> kind = normalizedChecklistKind(kindText);
        if (!kind) {
            result.problems << problem(record.line,
                Text::tr("the kind “%1” is neither functional nor non-functional; the row is skipped.")
                    .arg(kindText));
            continue;
        }
        c.kind = *kind;
        const QString group = value(Column::Group).simplified();
        c.group = group.isEmpty() ? defaultChecklistGroup() : group;
        c.steps = value(Column::Steps);
        c.expected = value(Column::Expected);
        c.key = caseKey(value(Column::Id).simplified(), c.title, group);
        if (const auto it = keys.constFind(c.key); it != keys.cend()) {
            result.problems << problem(record.line,
                Text::tr(
                    "the same test case as line %1 (same id, or same title and group); the row is skipped.")
                    .arg(*it));
            continue;
        }
        keys.insert(c.key, record.line);
        result.cases << c;
    }
    return result;
}

} // namespace Ismw
