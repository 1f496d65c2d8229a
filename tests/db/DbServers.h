// SPDX-License-Identifier: Apache-2.0
#pragma once
// The throwaway servers of the `dbservers` fixture, as database targets: reads
// ISMW_DBSERVERS_ENV (see dbservers.sh) and writes deployment.toml entries
// that point at the servers, so the tests go the way the wizard goes: from a
// configuration file to a DatabaseTarget to a DatabaseConnection.

#include "config/TomlDocument.h"
#include "database/DatabaseTarget.h"

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

namespace DbServers {

using namespace Qt::StringLiterals;

struct Settings
{
    QHash<QString, QString> values;
    QString error; // empty when the file was read and is complete

    // setting("PG", "PORT") → ISMW_PG_PORT
    QString value(const QString& prefix, const QString& key) const
    {
        return values.value(u"ISMW_"_s + prefix + u'_' + key);
    }
};

inline Settings read()
{
    Settings settings;
    const QString path = qEnvironmentVariable("ISMW_DBSERVERS_ENV");
    if (path.isEmpty()) {
        settings.error = u"ISMW_DBSERVERS_ENV is not set: run the db tests through ctest (ctest -L db), whose "
                         u"dbservers fixture starts the servers."_s;
        return settings;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        settings.error = u"Cannot read %1 (%2): did the dbservers_start test fail?"_s.arg(path, file.errorString());
        return settings;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.isEmpty() || line.startsWith(u'#') || eq <= 0)
            continue;
        settings.values.insert(line.left(eq), line.mid(eq + 1));
    }
    for (const QString& prefix : { u"PG"_s, u"MY"_s })
        for (const QString& key : { u"HOST"_s, u"PORT"_s, u"USER"_s, u"PASSWORD"_s, u"DATABASE"_s, u"VERSION"_s })
            if (settings.value(prefix, key).isEmpty())
                settings.error += u"%1 lacks ISMW_%2_%3. "_s.arg(path, prefix, key);
    return settings;
}

// "PG" → "jdbc:postgresql://127.0.0.1:PORT/DATABASE", "MY" → jdbc:mariadb://….
inline QString url(const Settings& settings, const QString& prefix, const QString& database = {},
    const QString& params = {})
{
    const QString scheme = prefix == "PG"_L1 ? u"postgresql"_s : u"mariadb"_s;
    QString out = u"jdbc:%1://%2:%3/%4"_s.arg(scheme, settings.value(prefix, u"HOST"_s), settings.value(prefix, u"PORT"_s),
        database.isEmpty() ? settings.value(prefix, u"DATABASE"_s) : database);
    if (!params.isEmpty())
        out += u'?' + params;
    return out;
}

// One [database.<name>] entry as deployment.toml writes it (the URL's & as &amp;).
inline QString tomlEntry(const QString& name, const QString& jdbcUrl, const QString& user, const QString& password)
{
    QString escaped = jdbcUrl;
    escaped.replace(u"&"_s, u"&amp;"_s);
    return u"[database.%1]\nurl = \"%2\"\nusername = \"%3\"\npassword = \"%4\"\n\n"_s.arg(name, escaped, user, password);
}

// The targets of a deployment.toml text, and the document (for credentials).
struct Config
{
    Ismw::TomlDocument document;
    QList<Ismw::DatabaseTarget> targets;
    QString error;

    const Ismw::DatabaseTarget* target(const QString& name) const
    {
        for (const Ismw::DatabaseTarget& t : targets)
            if (t.name == name)
                return &t;
        return nullptr;
    }
};

inline Config config(const QString& tomlText)
{
    Config out;
    const auto parsed = Ismw::TomlDocument::parse(tomlText.toUtf8(), u"deployment.toml"_s);
    if (!parsed) {
        out.error = parsed.error().toString();
        return out;
    }
    out.document = *parsed;
    out.targets = Ismw::databasesInConfig(out.document);
    return out;
}

} // namespace DbServers
