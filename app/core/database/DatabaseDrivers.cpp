// SPDX-License-Identifier: Apache-2.0
#include "database/DatabaseDrivers.h"

#include "database/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::DatabaseDrivers)
};

// odbcinst answers at once; a hung tool must not hold up the page.
constexpr int kToolTimeoutMs = 5000;
// An odbcinst.ini is a few KB; anything larger is not one.
constexpr qint64 kMaxIniBytes = 1024 * 1024;

bool isUnixOdbcSection(QStringView name)
{
    return name.compare(u"ODBC", Qt::CaseInsensitive) == 0 || name.compare(u"ODBC Drivers", Qt::CaseInsensitive) == 0;
}

QStringList sectionNames(QStringView text)
{
    QStringList names;
    static const QRegularExpression section(u"^\\s*\\[([^\\]]+)\\]\\s*$"_s, QRegularExpression::MultilineOption);
    auto it = section.globalMatchView(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).trimmed();
        if (!name.isEmpty() && !isUnixOdbcSection(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

// An ODBC attribute value, in braces when it holds characters the
// connection string syntax gives a meaning to.
QString odbcValue(const QString& value)
{
    static const QRegularExpression special(u"[;{}=\\s]"_s);
    if (!value.contains(special))
        return value;
    QString escaped = value;
    escaped.replace(u"}"_s, u"}}"_s);
    return u'{' + escaped + u'}';
}

enum class OdbcFlavour { MicrosoftSqlServer, FreeTds, Oracle, Db2, Other };

OdbcFlavour flavourOf(DatabaseKind kind, const QString& driverName)
{
    switch (kind) {
    case DatabaseKind::SqlServer:
        return driverName.contains(u"TDS"_s, Qt::CaseInsensitive) ? OdbcFlavour::FreeTds
                                                                   : OdbcFlavour::MicrosoftSqlServer;
    case DatabaseKind::Oracle:
        return OdbcFlavour::Oracle;
    case DatabaseKind::Db2:
        return OdbcFlavour::Db2;
    default:
        return OdbcFlavour::Other;
    }
}

QString installHint(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::SqlServer:
        return Text::tr("Install Microsoft's \"ODBC Driver 18 for SQL Server\" (the package msodbcsql18 from "
                        "Microsoft's package repository for your distribution), or FreeTDS (Debian/Ubuntu: the "
                        "package tdsodbc).");
    case DatabaseKind::Oracle:
        return Text::tr("Install the Oracle Instant Client \"Basic\" and \"ODBC\" packages (a download from Oracle; "
                        "there is no Debian package) and register the driver with the odbc_update_ini.sh script "
                        "that comes with them.");
    case DatabaseKind::Db2:
        return Text::tr("Install the \"IBM Data Server Driver for ODBC and CLI\" (a download from IBM; there is no "
                        "Debian package) and register it in /etc/odbcinst.ini.");
    default:
        return {};
    }
}

} // namespace

OdbcDriverList OdbcDriverList::fromIniText(QStringView text, const QString& location)
{
    OdbcDriverList list;
    list.source = Source::IniFile;
    list.location = location;
    list.names = sectionNames(text);
    return list;
}

OdbcDriverList OdbcDriverList::fromToolOutput(QStringView output)
{
    OdbcDriverList list;
    list.source = Source::Tool;
    list.location = u"odbcinst -q -d"_s;
    list.names = sectionNames(output);
    return list;
}

OdbcDriverList OdbcDriverList::detect()
{
    const QString tool = QStandardPaths::findExecutable(u"odbcinst"_s);
    if (!tool.isEmpty()) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(tool, { u"-q"_s, u"-d"_s });
        if (process.waitForFinished(kToolTimeoutMs) && process.exitStatus() == QProcess::NormalExit) {
            // With no drivers registered odbcinst exits 1 and says so on
            // stderr: that is still an answer (none installed).
            return fromToolOutput(QString::fromLocal8Bit(process.readAllStandardOutput()));
        }
        process.kill();
        process.waitForFinished(1000);
    }

    QStringList candidates;
    const QString sysIni = qEnvironmentVariable("ODBCSYSINI");
    const QString iniName = qEnvironmentVariable("ODBCINSTINI", u"odbcinst.ini"_s);
    if (!sysIni.isEmpty())
        candidates << QDir(sysIni).filePath(iniName);
    candidates << u"/etc/odbcinst.ini"_s << u"/usr/local/etc/odbcinst.ini"_s
               << QDir::home().filePath(u".odbcinst.ini"_s);
    OdbcDriverList list;
    QStringList read;
    for (const QString& path : std::as_const(candidates)) {
        QFile file(path);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() > kMaxIniBytes || !file.open(QIODevice::ReadOnly))
            continue;
        read << path;
        for (const QString& name : sectionNames(QString::fromUtf8(file.readAll())))
            if (!list.names.contains(name))
                list.names << name;
    }
    if (!read.isEmpty()) {
        list.source = Source::IniFile;
        list.location = read.join(u", "_s);
    }
    return list;
}

QString qtSqlDriverPackage(QStringView qtDriver)
{
    if (qtDriver == u"QMYSQL")
        return u"libqt6sql6-mysql"_s;
    if (qtDriver == u"QPSQL")
        return u"libqt6sql6-psql"_s;
    if (qtDriver == u"QODBC")
        return u"libqt6sql6-odbc"_s;
    if (qtDriver == u"QSQLITE")
        return u"libqt6sql6-sqlite"_s;
    return {};
}

QString defaultOdbcDriverName(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::SqlServer:
        return u"ODBC Driver 18 for SQL Server"_s;
    case DatabaseKind::Oracle:
        return u"Oracle 21 ODBC driver"_s;
    case DatabaseKind::Db2:
        return u"IBM DB2 ODBC DRIVER"_s;
    default:
        return {};
    }
}

QString pickOdbcDriver(DatabaseKind kind, const QStringList& installed)
{
    switch (kind) {
    case DatabaseKind::SqlServer: {
        static const QRegularExpression microsoft(u"^ODBC Driver (\\d+) for SQL Server$"_s,
            QRegularExpression::CaseInsensitiveOption);
        QString best;
        int bestVersion = -1;
        for (const QString& name : installed) {
            const QRegularExpressionMatch match = microsoft.match(name);
            if (match.hasMatch() && match.captured(1).toInt() > bestVersion) {
                bestVersion = match.captured(1).toInt();
                best = name;
            }
        }
        if (!best.isEmpty())
            return best;
        for (const QString& name : installed)
            if (name.contains(u"SQL Server"_s, Qt::CaseInsensitive) || name.contains(u"TDS"_s, Qt::CaseInsensitive))
                return name;
        return {};
    }
    case DatabaseKind::Oracle:
        for (const QString& name : installed)
            if (name.contains(u"Oracle"_s, Qt::CaseInsensitive))
                return name;
        return {};
    case DatabaseKind::Db2:
        for (const QString& name : installed)
            if (name.contains(u"DB2"_s, Qt::CaseInsensitive) || name.contains(u"IBM Data Server"_s, Qt::CaseInsensitive))
                return name;
        return {};
    default:
        return {};
    }
}

QString odbcConnectionString(const JdbcUrl& url, const QString& odbcDriverName)
{
    QStringList parts { u"DRIVER="_s + u'{' + odbcDriverName + u'}' };
    const QString host = url.host();
    const int port = url.port();
    const bool tls = url.tlsWanted();
    switch (flavourOf(url.kind, odbcDriverName)) {
    case OdbcFlavour::MicrosoftSqlServer: {
        // A named instance without a port is found by the SQL Browser service.
        const QString server = !url.instanceName.isEmpty() && port == 0
            ? host + u'\\' + url.instanceName
            : u"tcp:%1,%2"_s.arg(host).arg(port);
        parts << u"SERVER="_s + odbcValue(server);
        if (!url.database.isEmpty())
            parts << u"DATABASE="_s + odbcValue(url.database);
        switch (url.tls) {
        case TlsMode::Unspecified: // the driver's default (Driver 18: encrypted and verified)
            break;
        case TlsMode::Disabled:
        case TlsMode::Preferred:
            parts << u"Encrypt=no"_s;
            break;
        case TlsMode::Required:
            parts << u"Encrypt=yes"_s << u"TrustServerCertificate=yes"_s;
            break;
        case TlsMode::VerifyCa:
        case TlsMode::VerifyFull:
            parts << u"Encrypt=yes"_s << u"TrustServerCertificate=no"_s;
            break;
        }
        break;
    }
    case OdbcFlavour::FreeTds:
        if (!url.instanceName.isEmpty() && port == 0) {
            parts << u"SERVER="_s + odbcValue(host + u'\\' + url.instanceName);
        } else {
            parts << u"SERVER="_s + odbcValue(host) << u"PORT="_s + QString::number(port);
        }
        if (!url.database.isEmpty())
            parts << u"DATABASE="_s + odbcValue(url.database);
        parts << u"TDS_Version=7.4"_s;
        if (tls)
            parts << u"Encryption=require"_s;
        else if (url.tls == TlsMode::Disabled)
            parts << u"Encryption=off"_s;
        break;
    case OdbcFlavour::Oracle: {
        QString dbq;
        if (!url.oracleDescriptor.isEmpty()) {
            dbq = url.oracleDescriptor;
        } else if (!url.oracleTnsAlias.isEmpty()) {
            dbq = url.oracleTnsAlias;
        } else {
            // A full descriptor works for services and SIDs alike, with TCPS when wanted.
            const QString connectData = url.oracleService.isEmpty() ? u"(SID=%1)"_s.arg(url.oracleSid)
                                                                   : u"(SERVICE_NAME=%1)"_s.arg(url.oracleService);
            dbq = u"(DESCRIPTION=(ADDRESS=(PROTOCOL=%1)(HOST=%2)(PORT=%3))(CONNECT_DATA=%4))"_s.arg(
                tls ? u"TCPS"_s : u"TCP"_s, host, QString::number(port), connectData);
        }
        parts << u"DBQ="_s + odbcValue(dbq);
        break;
    }
    case OdbcFlavour::Db2:
        parts << u"DATABASE="_s + odbcValue(url.database);
        if (!host.isEmpty())
            parts << u"HOSTNAME="_s + odbcValue(host) << u"PORT="_s + QString::number(port) << u"PROTOCOL=TCPIP"_s;
        if (tls)
            parts << u"SECURITY=SSL"_s;
        break;
    case OdbcFlavour::Other:
        break;
    }
    return parts.join(u';') + u';';
}

DriverAvailability checkDriverAvailability(
    const DatabaseTarget& target, const QStringList& qtDrivers, const OdbcDriverList& odbc)
{
    DriverAvailability result;
    result.qtDriver = target.qtDriver;
    if (target.isH2()) {
        result.message = DatabaseTarget::h2Explanation();
        return result;
    }
    if (!target.jdbc) {
        result.message = target.urlError ? target.urlError->toString() : Text::tr("The database has no usable URL.");
        return result;
    }
    const DatabaseKind kind = target.jdbc->kind;
    const QString product = databaseKindName(kind);
    if (!qtDrivers.contains(target.qtDriver)) {
        result.message = Text::tr("The Qt SQL driver %1, which the wizard needs for %2, is not installed. "
                                  "Install it (Debian/Ubuntu: sudo apt install %3) and start the wizard again.")
                             .arg(target.qtDriver, product, qtSqlDriverPackage(target.qtDriver));
        return result;
    }
    if (target.qtDriver != "QODBC"_L1) {
        result.available = true;
        return result;
    }

    if (odbc.source == OdbcDriverList::Source::None) {
        result.message = Text::tr("%1 is reached through ODBC, but unixODBC is not set up on this machine: neither the "
                                  "odbcinst tool nor an odbcinst.ini file exists. Install unixODBC (Debian/Ubuntu: sudo "
                                  "apt install unixodbc) and an ODBC driver for %1. %2")
                             .arg(product, installHint(kind));
        return result;
    }
    result.odbcDriver = pickOdbcDriver(kind, odbc.names);
    if (result.odbcDriver.isEmpty()) {
        const QString known = odbc.names.isEmpty() ? Text::tr("none") : odbc.names.join(u", "_s);
        result.message = Text::tr("No ODBC driver for %1 is installed (ODBC drivers found by %2: %3). %4")
                             .arg(product, odbc.location, known, installHint(kind));
        return result;
    }
    result.connectionString = odbcConnectionString(*target.jdbc, result.odbcDriver);
    result.available = true;
    return result;
}

DriverAvailability checkDriverAvailability(const DatabaseTarget& target)
{
    const bool needsOdbc = target.qtDriver == "QODBC"_L1;
    return checkDriverAvailability(target, QSqlDatabase::drivers(), needsOdbc ? OdbcDriverList::detect() : OdbcDriverList {});
}

} // namespace Ismw
