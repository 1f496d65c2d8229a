// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigTypes.h"

#include "secrets/SecretRedactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ismw {

QString ConfigError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where.isEmpty() ? message : where + u": "_s + message;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Blocker:
        return u"blocker"_s;
    }
    return u"info"_s;
}

bool parseSeverity(QStringView name, Severity* severity)
{
    for (Severity s : { Severity::Info, Severity::Warning, Severity::Blocker }) {
        if (name == severityName(s)) {
            *severity = s;
            return true;
        }
    }
    return false;
}

QString joinConfigPath(const QStringList& segments)
{
    QString path;
    for (const QString& segment : segments) {
        if (!path.isEmpty())
            path += u'.';
        path += segment;
    }
    return path;
}

QStringList splitConfigPath(QStringView path)
{
    // Dots inside quotes or inside an element identity ([id="a.b"]) do not
    // split; everything else is a key boundary.
    QStringList segments;
    QString current;
    bool quoted = false;
    bool escaped = false;
    int bracket = 0;
    for (QChar c : path) {
        if (quoted) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                quoted = false;
            current += c;
            continue;
        }
        if (c == u'"') {
            quoted = true;
            current += c;
        } else if (c == u'[') {
            ++bracket;
            current += c;
        } else if (c == u']') {
            --bracket;
            current += c;
        } else if (c == u'.' && bracket == 0) {
            segments.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty() || !segments.isEmpty())
        segments.append(current);
    return segments;
}

QString lastPathKey(QStringView path)
{
    const QStringList segments = splitConfigPath(path);
    if (segments.isEmpty())
        return {};
    QString key = segments.constLast();
    // An element identity is not part of the key name.
    if (const qsizetype bracket = key.indexOf(u'['); bracket > 0 && !key.startsWith(u'"'))
        key.truncate(bracket);
    if (key.size() >= 2 && key.startsWith(u'"') && key.endsWith(u'"'))
        key = key.mid(1, key.size() - 2);
    return key;
}

bool isSecretValue(QStringView path, QStringView value)
{
    if (value.contains(u"$secret{"))
        return true;
    if (isSecretKey(lastPathKey(path)))
        return true;
    // Every value of a [secrets] table is an encrypted secret, whatever its key.
    return path.startsWith(u"secrets.");
}

QString displayValue(QStringView path, const QString& value, bool reveal)
{
    if (reveal || !isSecretValue(path, value))
        return value;
    return kSecretMask.toString();
}


} // namespace Ismw
