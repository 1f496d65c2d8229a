// SPDX-License-Identifier: Apache-2.0
#include "widgets/SecretMasking.h"

#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// Offsets of the starts of the lines of `text`: [0] is line 1.
QList<qsizetype> lineStarts(const QString& text)
{
    QList<qsizetype> starts { 0 };
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == u'\n')
            starts.append(i + 1);
    return starts;
}

qsizetype lineEnd(const QString& text, qsizetype from)
{
    const qsizetype end = text.indexOf(u'\n', from);
    return end < 0 ? text.size() : end;
}

// Where the TOML value starting at `start` ends (exclusive): strings of the
// four kinds, arrays and inline tables (nested, across lines), bare values.
// Comments and strings inside brackets do not close them.
qsizetype valueEnd(const QString& text, qsizetype start)
{
    const qsizetype size = text.size();
    const QStringView view(text);
    if (view.mid(start).startsWith(u"\"\"\"") || view.mid(start).startsWith(u"'''")) {
        const QStringView quote = view.mid(start, 3);
        qsizetype i = start + 3;
        while (i < size) {
            if (quote.at(0) == u'"' && text.at(i) == u'\\') {
                i += 2;
                continue;
            }
            if (view.mid(i).startsWith(quote)) {
                i += 3;
                // Up to two quotes more belong to the content ("""a"""").
                for (int extra = 0; extra < 2 && i < size && text.at(i) == quote.at(0); ++extra)
                    ++i;
                return i;
            }
            ++i;
        }
        return size;
    }
    const QChar first = start < size ? text.at(start) : QChar();
    if (first == u'"' || first == u'\'') {
        qsizetype i = start + 1;
        while (i < size && text.at(i) != u'\n') {
            if (first == u'"' && text.at(i) == u'\\') {
                i += 2;
                continue;
            }
            if (text.at(i) == first)
                return i + 1;
            ++i;
        }
        return i;
    }
    if (first == u'[' || first == u'{') {
        int depth = 0;
        qsizetype i = start;
        while (i < size) {
            const QChar c = text.at(i);
            if (c == u'"' || c == u'\'') {
                i = valueEnd(text, i);
                continue;
            }
            if (c == u'#') {
                i = lineEnd(text, i);
                continue;
            }
            if (c == u'[' || c == u'{')
                ++depth;
            else if ((c == u']' || c == u'}') && --depth == 0)
                return i + 1;
            ++i;
        }
        return size;
    }
    qsizetype i = start;
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u',' || c == u'}' || c == u']' || c == u'#')
            break;
        ++i;
    }
    return i;
}

// Where the value assigned to `key` starts on the line [from, end), or -1.
qsizetype assignedValueStart(const QString& text, qsizetype from, qsizetype end, const QString& key)
{
    const QString escaped = QRegularExpression::escape(key);
    const QRegularExpression assignment(u"(?:^|[\\s{,.])(?:%1|\"%1\"|'%1')\\s*=\\s*"_s.arg(escaped));
    const QRegularExpressionMatch match = assignment.matchView(QStringView(text).mid(from, end - from));
    return match.hasMatch() ? from + match.capturedEnd() : -1;
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

} // namespace

QString quotedSecretMask()
{
    return u"\""_s + kSecretMask.toString() + u"\""_s;
}

QString maskedTomlText(const TomlDocument& document)
{
    QString text = QString::fromUtf8(document.text());
    const QList<qsizetype> starts = lineStarts(text);
    QList<Span> spans;
    // Per line, where the next search starts: two secrets on one line (an
    // inline table) are found in turn.
    QHash<int, qsizetype> searchFrom;
    for (const TomlEntry& entry : document.entries()) {
        if (!isSecretValue(entry.path, entry.rawValue) || !entry.pos.isValid())
            continue;
        const int line = entry.pos.line;
        if (line > starts.size())
            continue;
        const qsizetype lineStart = starts.at(line - 1);
        const qsizetype end = lineEnd(text, lineStart);
        const qsizetype from = searchFrom.value(line, lineStart);
        qsizetype start = assignedValueStart(text, from, end, lastPathKey(entry.path));
        if (start < 0) {
            // Not found as `key = value` (an unusual layout): hide everything
            // after the first '=' or, failing that, the whole line. Showing
            // too little is a nuisance; showing a secret is not acceptable.
            const qsizetype equals = text.indexOf(u'=', from);
            start = equals >= 0 && equals < end ? equals + 1 : lineStart;
            while (start < end && text.at(start).isSpace())
                ++start;
        }
        const qsizetype valueStop = std::max(valueEnd(text, start), start);
        spans.append({ start, valueStop });
        searchFrom.insert(line, valueStop);
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start > b.start; });
    qsizetype previousStart = text.size() + 1;
    for (const Span& span : std::as_const(spans)) {
        if (span.end > previousStart)
            continue; // overlapping: already masked by the span after it
        // Keep the line breaks a multi-line value had, so every later line
        // stays on its number.
        const qsizetype breaks = QStringView(text).mid(span.start, span.end - span.start).count(u'\n');
        text.replace(span.start, span.end - span.start, quotedSecretMask() + QString(breaks, u'\n'));
        previousStart = span.start;
    }
    return text;
}

std::expected<QByteArray, ConfigError> unmaskedTomlText(
    const QByteArray& maskedText, const TomlDocument& maskedDocument, const TomlDocument& original)
{
    QString text = QString::fromUtf8(maskedText);
    const QList<qsizetype> starts = lineStarts(text);
    const QString mask = quotedSecretMask();
    struct Replacement
    {
        qsizetype start;
        QString value;
    };
    QList<Replacement> replacements;
    QHash<int, qsizetype> searchFrom;
    for (const TomlEntry& entry : maskedDocument.entries()) {
        if (entry.type != u"string"_s || entry.rawValue != kSecretMask)
            continue;
        const TomlEntry* real = original.find(entry.path);
        const int line = entry.pos.line;
        if (!real || line <= 0 || line > starts.size()) {
            ConfigError error;
            error.file = maskedDocument.fileName();
            error.line = line;
            error.message = QCoreApplication::translate("Ismw::SecretMasking",
                "The value of %1 is hidden and its key is new, so the real value is unknown.")
                                .arg(entry.path);
            error.hint = QCoreApplication::translate(
                "Ismw::SecretMasking", "Turn on Show secrets and type the value.");
            return std::unexpected(error);
        }
        const qsizetype lineStart = starts.at(line - 1);
        const qsizetype at = text.indexOf(mask, searchFrom.value(line, lineStart));
        if (at < 0 || at >= lineEnd(text, lineStart))
            continue;
        replacements.append({ at, real->value });
        searchFrom.insert(line, at + mask.size());
    }
    std::sort(replacements.begin(), replacements.end(),
        [](const Replacement& a, const Replacement& b) { return a.start > b.start; });
    for (const Replacement& replacement : std::as_const(replacements))
        text.replace(replacement.start, mask.size(), replacement.value);
    return text.toUtf8();
}

} // namespace Ismw
