// SPDX-License-Identifier: Apache-2.0
#include "config/TomlDocument_p.h"

#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cmath>
#include <sstream>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// lupdate reads the context from the macro; free functions call Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::TomlDocument)
};

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Offset of the first byte that does not belong to a well-formed UTF-8
// sequence (overlongs, surrogates and code points above U+10FFFF included),
// or -1. QStringDecoder would say *that* the text is bad, not *where*.
qsizetype firstInvalidUtf8(const QByteArray& text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

SourcePos positionOf(const QByteArray& text, qsizetype offset)
{
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const int line = int(QByteArrayView(text).first(offset).count('\n')) + 1;
    return { line, int(offset - lineStart) + 1 };
}

QByteArray lineOf(const QByteArray& text, int line)
{
    qsizetype start = 0;
    for (int i = 1; i < line && start >= 0; ++i) {
        start = text.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf('\n', start);
    return text.mid(start, end < 0 ? -1 : end - start);
}

// toml11's explanation quotes the offending lines. A syntax error on a
// password line must not put the password into a dialog, log or report, even
// when the line is too broken for redactSecrets() to see a key/value pair.
QString maskSecretExcerpts(const QString& detail)
{
    static const QRegularExpression assignment(uR"re(^(.*?\|\s*)?("?[A-Za-z0-9_.\-]+"?)(\s*=)(.*)$)re"_s);
    QStringList lines = redactSecrets(detail).split(u'\n');
    for (QString& line : lines) {
        const auto m = assignment.match(line);
        if (m.hasMatch() && isSecretKey(m.capturedView(2)) && !m.capturedView(4).contains(kSecretMask))
            line = m.captured(1) + m.captured(2) + m.captured(3) + u" "_s + kSecretMask.toString();
    }
    return lines.join(u'\n');
}

void appendQuoted(QString& out, QStringView text)
{
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
}

template<typename T> QString streamed(const T& value)
{
    std::ostringstream stream;
    stream << value;
    return fromStd(stream.str());
}

void appendValue(QString& out, const TomlValue& value)
{
    switch (value.type()) {
    case toml::value_t::boolean:
        out += value.as_boolean() ? u"true"_s : u"false"_s;
        break;
    case toml::value_t::integer:
        out += QString::number(value.as_integer());
        break;
    case toml::value_t::floating: {
        const double f = value.as_floating();
        if (std::isnan(f)) {
            out += u"nan"_s;
        } else if (std::isinf(f)) {
            out += f < 0 ? u"-inf"_s : u"inf"_s;
        } else {
            char buffer[64];
            const auto result = std::to_chars(std::begin(buffer), std::end(buffer), f);
            QString number = QString::fromLatin1(buffer, result.ptr - buffer);
            if (!number.contains(u'.') && !number.contains(u'e'))
                number += u".0"_s;
            out += number;
        }
        break;
    }
    case toml::value_t::string:
        appendQuoted(out, fromStd(value.as_string()));
        break;
    case toml::value_t::offset_datetime:
        out += streamed(value.as_offset_datetime());
        break;
    case toml::value_t::local_datetime:
        out += streamed(value.as_local_datetime());
        break;
    case toml::value_t::local_date:
        out += streamed(value.as_local_date());
        break;
    case toml::value_t::local_time:
        out += streamed(value.as_local_time());
        break;
    case toml::value_t::array: {
        out += u'[';
        bool first = true;
        for (const TomlValue& element : value.as_array()) {
            if (!first)
                out += u", "_s;
            first = false;
            appendValue(out, element);
        }
        out += u']';
        break;
    }
    case toml::value_t::table: {
        out += u'{';
        bool first = true;
        for (const auto& [key, element] : value.as_table()) {
            out += first ? u" "_s : u", "_s;
            first = false;
            out += tomlKeySegment(key) + u" = "_s;
            appendValue(out, element);
        }
        out += first ? u"}"_s : u" }"_s;
        break;
    }
    case toml::value_t::empty:
        break;
    }
}

bool isArrayOfTables(const TomlValue& value)
{
    if (!value.is_array() || value.as_array().empty())
        return false;
    for (const TomlValue& element : value.as_array())
        if (!element.is_table())
            return false;
    return true;
}

class Flattener
{
public:
    explicit Flattener(TomlDocument::Data& data)
        : m_data(data)
    {
    }

    void table(const TomlValue& value, const QString& prefix)
    {
        for (const auto& [key, child] : value.as_table()) {
            const QString path = prefix.isEmpty() ? tomlKeySegment(key) : prefix + u'.' + tomlKeySegment(key);
            if (child.is_table()) {
                if (child.as_table().empty())
                    leaf(child, path);
                else
                    table(child, path);
            } else if (isArrayOfTables(child)) {
                arrayOfTables(child, path);
            } else {
                leaf(child, path);
            }
        }
    }

private:
    void arrayOfTables(const TomlValue& value, const QString& path)
    {
        const QStringList identities = tomlElementIdentities(value.as_array());
        qsizetype index = 0;
        for (const TomlValue& element : value.as_array()) {
            const QString elementPath = path + u'[' + identities.at(index++) + u']';
            if (element.as_table().empty())
                leaf(element, elementPath);
            else
                table(element, elementPath);
        }
    }

    void leaf(const TomlValue& value, const QString& path)
    {
        TomlEntry entry;
        entry.path = path;
        entry.type = tomlTypeName(value);
        entry.value = tomlValueText(value);
        entry.rawValue = value.is_string() ? fromStd(value.as_string()) : entry.value;
        const toml::source_location location = value.location();
        if (location.is_ok())
            entry.pos = { int(location.first_line_number()), int(location.first_column_number()) };
        for (const std::string& comment : value.comments())
            entry.comments.append(fromStd(comment).trimmed());
        entry.order = int(m_data.entries.size());
        m_data.index.insert(entry.path, m_data.entries.size());
        m_data.entries.append(std::move(entry));
    }

    TomlDocument::Data& m_data;
};

ConfigError makeError(const QString& fileName, SourcePos pos, const QString& message, const QString& hint,
    ConfigError::Problem problem = ConfigError::Problem::Input)
{
    ConfigError error;
    error.problem = problem;
    error.file = fileName;
    error.line = pos.line;
    error.column = pos.column;
    error.message = message;
    error.hint = hint;
    return error;
}

ConfigError syntaxError(const QString& fileName, const QByteArray& text, const std::vector<toml::error_info>& errors)
{
    ConfigError error;
    error.file = fileName;
    error.hint = Text::tr("Correct the file at that place and load it again; the wizard has not changed it.");
    std::string detail;
    for (const toml::error_info& info : errors)
        detail += toml::format_error(info);
    error.detail = maskSecretExcerpts(fromStd(detail).trimmed());
    if (errors.empty()) {
        error.message = Text::tr("The file is not valid TOML.");
        return error;
    }
    const toml::error_info& first = errors.front();
    if (!first.locations().empty()) {
        const toml::source_location& where = first.locations().front().first;
        error.line = int(where.first_line_number());
        error.column = int(where.first_column_number());
    }
    const QString title = fromStd(first.title());
    // toml11 says "failed to insert a value, value already exists"; an
    // administrator needs the key and where it was set first.
    if (title.contains(u"already exists"_s) || title.contains(u"already defined"_s)) {
        int firstLine = 0;
        if (first.locations().size() > 1)
            firstLine = int(first.locations().at(1).first.first_line_number());
        QString what = QString::fromUtf8(lineOf(text, error.line)).trimmed();
        if (!what.startsWith(u'['))
            what = what.section(u'=', 0, 0).trimmed();
        error.message = firstLine > 0
            ? Text::tr("“%1” is defined twice; it was first defined on line %2.").arg(what).arg(firstLine)
            : Text::tr("“%1” is defined twice.").arg(what);
        error.hint = Text::tr("Keep one of the two definitions and load the file again; the wizard has not changed it.");
        return error;
    }
    QString reason = title;
    reason.remove(QRegularExpression(u"^toml::[a-z_:]+: "_s));
    error.message = Text::tr("TOML syntax error: %1.").arg(reason);
    return error;
}

} // namespace

QStringList tomlElementIdentities(const TomlArray& array)
{
    // The keys that name an element, most specific first. An element keeps
    // its identity when others are inserted or reordered, so [[event_listener]]
    // blocks match by what they are, not where they are.
    static const QList<QList<std::string>> keySets {
        { "id" },
        { "type", "name" },
        { "name" },
        { "context", "http_method" },
        { "context" },
    };
    QStringList identities;
    QSet<QString> seen;
    int position = 0;
    for (const TomlValue& element : array) {
        ++position;
        QString identity = u"#"_s + QString::number(position);
        if (element.is_table()) {
            const TomlTable& table = element.as_table();
            for (const QList<std::string>& keys : keySets) {
                QStringList parts;
                for (const std::string& key : keys) {
                    const auto it = table.find(key);
                    if (it == table.end() || it->second.is_table() || it->second.is_array())
                        break;
                    parts.append(tomlKeySegment(key) + u'=' + tomlValueText(it->second));
                }
                if (parts.size() == keys.size()) {
                    identity = parts.join(u',');
                    break;
                }
            }
        }
        // Two elements with the same identity (a copy-pasted listener) stay
        // apart by occurrence.
        if (seen.contains(identity)) {
            int occurrence = 2;
            while (seen.contains(identity + u'#' + QString::number(occurrence)))
                ++occurrence;
            identity += u'#' + QString::number(occurrence);
        }
        seen.insert(identity);
        identities.append(identity);
    }
    return identities;
}

QString tomlKeySegment(const std::string& key)
{
    bool bare = !key.empty();
    for (const char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-';
        if (!ok) {
            bare = false;
            break;
        }
    }
    if (bare)
        return QString::fromLatin1(key.data(), qsizetype(key.size()));
    QString quoted;
    appendQuoted(quoted, fromStd(key));
    return quoted;
}

QString tomlValueText(const TomlValue& value)
{
    QString text;
    appendValue(text, value);
    return text;
}

QString tomlTypeName(const TomlValue& value)
{
    switch (value.type()) {
    case toml::value_t::boolean:
        return u"boolean"_s;
    case toml::value_t::integer:
        return u"integer"_s;
    case toml::value_t::floating:
        return u"float"_s;
    case toml::value_t::string:
        return u"string"_s;
    case toml::value_t::offset_datetime:
    case toml::value_t::local_datetime:
    case toml::value_t::local_date:
    case toml::value_t::local_time:
        return u"datetime"_s;
    case toml::value_t::array:
        return u"array"_s;
    case toml::value_t::table:
        return u"table"_s;
    case toml::value_t::empty:
        break;
    }
    return u"empty"_s;
}

TomlDocument::TomlDocument()
    : d(std::make_shared<Data>(Data { {}, {}, TomlValue(TomlTable {}), {}, {} }))
{
}

TomlDocument::TomlDocument(std::shared_ptr<const Data> data)
    : d(std::move(data))
{
}

TomlDocument::~TomlDocument() = default;
TomlDocument::TomlDocument(const TomlDocument&) = default;
TomlDocument& TomlDocument::operator=(const TomlDocument&) = default;
TomlDocument::TomlDocument(TomlDocument&&) noexcept = default;
TomlDocument& TomlDocument::operator=(TomlDocument&&) noexcept = default;

std::expected<TomlDocument, ConfigError> TomlDocument::load(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(makeError(path, {}, Text::tr("The file does not exist."),
            Text::tr("Check the path; an IS home keeps it in repository/conf/deployment.toml.")));
    if (info.isDir())
        return std::unexpected(makeError(path, {}, Text::tr("This is a folder, not a deployment.toml file."),
            Text::tr("Choose the file itself, e.g. repository/conf/deployment.toml in the IS home.")));
    if (maxBytes > 0 && info.size() > maxBytes)
        return std::unexpected(makeError(path, {},
            Text::tr("The file is %1, more than the %2 a deployment.toml can sensibly be.")
                .arg(QLocale::c().formattedDataSize(info.size()), QLocale::c().formattedDataSize(maxBytes)),
            Text::tr("Check that this is the right file: a deployment.toml is normally a few kilobytes.")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(makeError(path, {}, Text::tr("The file cannot be read: %1.").arg(file.errorString()),
            Text::tr("Check that your user may read it."), ConfigError::Problem::Io));
    QByteArray text = file.read(maxBytes > 0 ? maxBytes + 1 : info.size() + 1);
    // A file that grew while we looked at it is still held to the limit.
    if (maxBytes > 0 && text.size() > maxBytes)
        return std::unexpected(makeError(path, {}, Text::tr("The file grew past the size limit while it was read."),
            Text::tr("Wait until nothing writes to it and load it again."), ConfigError::Problem::Io));
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(makeError(path, {}, Text::tr("The file cannot be read: %1.").arg(file.errorString()),
            Text::tr("Check the disk and load it again."), ConfigError::Problem::Io));
    return parse(text, path);
}

std::expected<TomlDocument, ConfigError> TomlDocument::parse(
    const QByteArray& text, const QString& fileName, bool allowEmpty)
{
    if (!allowEmpty && text.trimmed().isEmpty())
        return std::unexpected(makeError(fileName, {}, Text::tr("The file is empty."),
            Text::tr("An IS home always ships a deployment.toml with content: restore it from your backup or the "
               "release package.")));
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return std::unexpected(makeError(fileName, positionOf(text, nul),
            Text::tr("This is a binary file, not a TOML text file."),
            Text::tr("Choose the deployment.toml text file.")));
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0)
        return std::unexpected(makeError(fileName, positionOf(text, bad),
            Text::tr("The file is not UTF-8 text (byte 0x%1).").arg(uint(uchar(text.at(bad))), 2, 16, QChar(u'0')),
            Text::tr("TOML files must be UTF-8: convert it, e.g. with iconv -f LATIN1 -t UTF-8, and check the "
               "characters at that place.")));

    std::vector<unsigned char> bytes(text.begin(), text.end());
    auto result = toml::try_parse<toml::ordered_type_config>(std::move(bytes), fileName.toStdString());
    if (result.is_err())
        return std::unexpected(syntaxError(fileName, text, result.unwrap_err()));

    auto data = std::make_shared<Data>();
    data->fileName = fileName;
    data->text = text;
    data->root = std::move(result.unwrap());
    Flattener(*data).table(data->root, {});
    return TomlDocument(std::move(data));
}

std::expected<TomlDocument, ConfigError> makeTomlDocument(const TomlValue& root, const QString& fileName)
{
    std::string text;
    try {
        text = toml::format(root);
    } catch (const std::exception& e) {
        return std::unexpected(makeError(fileName, {},
            Text::tr("The configuration cannot be written as TOML: %1.").arg(fromStd(e.what())), {}));
    }
    if (!text.empty() && text.back() != '\n')
        text += '\n';
    return TomlDocument::parse(QByteArray::fromStdString(text), fileName, true);
}

QString TomlDocument::fileName() const
{
    return d->fileName;
}

QByteArray TomlDocument::text() const
{
    return d->text;
}

const QList<TomlEntry>& TomlDocument::entries() const
{
    return d->entries;
}

const TomlEntry* TomlDocument::find(QStringView path) const
{
    const auto it = d->index.constFind(path.toString());
    return it == d->index.cend() ? nullptr : &d->entries.at(*it);
}

bool TomlDocument::containsPrefix(QStringView prefix) const
{
    if (contains(prefix))
        return true;
    for (const TomlEntry& entry : d->entries) {
        if (entry.path.size() > prefix.size() && entry.path.startsWith(prefix)
            && (entry.path.at(prefix.size()) == u'.' || entry.path.at(prefix.size()) == u'['))
            return true;
    }
    return false;
}

const TomlDocument::Data& TomlDocument::data() const
{
    return *d;
}

} // namespace Ismw
