// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/JdbcUrl.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Ismw {

struct DatabaseTarget;

// The ODBC drivers unixODBC knows on this machine. QODBC reaches SQL Server,
// Oracle and Db2 only through one of them.
struct OdbcDriverList
{
    enum class Source {
        Tool, // `odbcinst -q -d` answered
        IniFile, // no tool, but odbcinst.ini was read
        None, // neither the tool nor an odbcinst.ini exists
    };
    Source source = Source::None;
    QString location; // "odbcinst -q -d" or the ini file(s) read
    QStringList names; // the driver names, as registered ("ODBC Driver 18 for SQL Server")

    // The [sections] of an odbcinst.ini, without unixODBC's own [ODBC] section.
    static OdbcDriverList fromIniText(QStringView text, const QString& location);
    // The output of `odbcinst -q -d`: one [name] per line.
    static OdbcDriverList fromToolOutput(QStringView output);
    // Asks `odbcinst -q -d` (at most a few seconds); without the tool, reads
    // $ODBCSYSINI/odbcinst.ini, /etc/odbcinst.ini and ~/.odbcinst.ini.
    static OdbcDriverList detect();
};

// Whether the wizard can talk to a database on this machine.
struct DriverAvailability
{
    bool available = false;
    QString qtDriver; // "QMYSQL", "QPSQL", "QODBC"
    QString odbcDriver; // QODBC: the installed ODBC driver chosen
    QString connectionString; // QODBC: what QSqlDatabase::setDatabaseName() takes
    QString message; // when not available: what is missing and how to install it (translated)
};

// For H2 and bad URLs `available` is false and the message says why.
DriverAvailability checkDriverAvailability(
    const DatabaseTarget& target, const QStringList& qtDrivers, const OdbcDriverList& odbc);
// The same with QSqlDatabase::drivers() and OdbcDriverList::detect().
DriverAvailability checkDriverAvailability(const DatabaseTarget& target);

// The Debian package that carries a QtSql driver plugin ("libqt6sql6-psql").
QString qtSqlDriverPackage(QStringView qtDriver);

// The ODBC driver name the vendor's installer registers, used until the real
// one is known: "ODBC Driver 18 for SQL Server", "Oracle 21 ODBC driver",
// "IBM DB2 ODBC DRIVER". Empty for databases QODBC is not used for.
QString defaultOdbcDriverName(DatabaseKind kind);

// The installed ODBC driver that fits the database, best first (a newer
// Microsoft driver before an older one, Microsoft's before FreeTDS); empty when none fits.
QString pickOdbcDriver(DatabaseKind kind, const QStringList& installed);

// An ODBC connection string for the URL and driver, without UID/PWD (QODBC
// adds those from the user name and password). TLS as the URL asks.
QString odbcConnectionString(const JdbcUrl& url, const QString& odbcDriverName);

} // namespace Ismw
