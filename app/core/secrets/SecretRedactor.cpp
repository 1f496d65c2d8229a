// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretRedactor.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ismw {

bool isSecretKey(QStringView key)
{
    const qsizetype dot = key.lastIndexOf(u'.');
    const QString last = key.mid(dot + 1).toString().toLower().remove(u'"').remove(u'\'');
    static const QRegularExpression secretName(
        u"(^|_|-)(password|passwd|pwd|secret|passphrase|hash|private_key)s?$"_s);
    // Anchored at the end: `password_java_regex` is a rule about passwords,
    // not one.
    return secretName.match(last).hasMatch();
}

QString redactSecrets(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    const QString mask = kSecretMask.toString();

    // key = "value", key = 'value', key=value, key: value (TOML, properties,
    // YAML, JDBC-ish fragments). The key keeps its name; the value goes.
    static const QRegularExpression pair(
        uR"re(([A-Za-z0-9_.\-"]+)(\s*[=:]\s*)("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^\s,;&"'}\]]+))re"_s);
    QString result;
    qsizetype last = 0;
    // Not globalMatch(): a pair whose key is harmless may hold a secret pair
    // in its value ("line 12: password=x", "url=…?password=x"), so the
    // search goes on from the start of that value, not from its end.
    for (qsizetype from = 0;;) {
        const auto m = pair.match(out, from);
        if (!m.hasMatch())
            break;
        if (!isSecretKey(m.capturedView(1))) {
            from = m.capturedStart(3);
            continue;
        }
        from = m.capturedEnd(3);
        const QStringView value = m.capturedView(3);
        QString masked = mask;
        if (value.startsWith(u'"'))
            masked = u"\""_s + mask + u"\""_s;
        else if (value.startsWith(u'\''))
            masked = u"'"_s + mask + u"'"_s;
        result += QStringView(out).mid(last, m.capturedStart(3) - last);
        result += masked;
        last = m.capturedEnd(3);
    }
    result += QStringView(out).mid(last);
    out = result;

    // $secret{alias}: the alias names an encrypted value; it is not itself
    // the secret, but admins treat the whole reference as sensitive.
    static const QRegularExpression secretRef(uR"(\$secret\{[^}\n]*\})"_s);
    out.replace(secretRef, u"$secret{"_s + mask + u"}"_s);

    // Every value of a [secrets] table is a secret, whatever its key.
    static const QRegularExpression secretsTable(uR"((^|\n)\s*\[secrets\][^\n]*((\n(?!\s*\[)[^\n]*)*))"_s);
    auto tables = secretsTable.globalMatch(out);
    QList<std::pair<qsizetype, qsizetype>> spans;
    while (tables.hasNext()) {
        const auto m = tables.next();
        spans.append({ m.capturedStart(2), m.capturedLength(2) });
    }
    static const QRegularExpression anyValue(uR"re(^(\s*[^#\s=][^=\n]*=\s*)(.*)$)re"_s,
        QRegularExpression::MultilineOption);
    for (auto span = spans.crbegin(); span != spans.crend(); ++span) {
        QString body = out.mid(span->first, span->second);
        body.replace(anyValue, u"\\1\""_s + mask + u"\""_s);
        out.replace(span->first, span->second, body);
    }
    return out;
}

} // namespace Ismw
