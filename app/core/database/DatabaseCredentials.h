// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/DatabaseTarget.h"

#include <QString>
#include <QtGlobal>
#include <expected>

class QDebug;
class QIODevice;
class QSqlDatabase;

namespace Ismw {

class TomlDocument;

// A user name and a password for one connection, held only in memory and
// only as long as needed. It cannot be copied (a copy would be one more
// place to wipe), shown or streamed: the only way the password leaves is
// applyTo(), into the QSqlDatabase that needs it. The buffer is overwritten
// when the credentials are wiped or destroyed.
//
// Best effort, as in any Qt program: the SQL drivers make transient copies of
// their own while connecting, which this class cannot reach.
class DatabaseCredentials final
{
public:
    DatabaseCredentials() = default;
    DatabaseCredentials(const QString& userName, const QString& password);
    ~DatabaseCredentials();
    DatabaseCredentials(DatabaseCredentials&& other) noexcept;
    DatabaseCredentials& operator=(DatabaseCredentials&& other) noexcept;
    Q_DISABLE_COPY(DatabaseCredentials)

    const QString& userName() const { return m_userName; }
    void setUserName(const QString& userName) { m_userName = userName; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // True when the password came from this process's environment (the
    // wizard says so where it shows the connection).
    bool fromEnvironment() const { return m_fromEnvironment; }

    // Sets user name and password on the connection before open().
    void applyTo(QSqlDatabase& database) const;
    // Overwrites the password in memory and forgets it.
    void wipe();
    // A second set with a buffer of its own, for a second connection (the
    // cleanup runner's cancel, one runner per script): explicit, as copies of
    // a password should be.
    DatabaseCredentials clone() const;

    // Reads one line (the password) from a device such as stdin, as
    // --password-stdin does: the line end is dropped, nothing else is
    // trimmed (a password may begin or end with spaces).
    static std::expected<DatabaseCredentials, QString> readPassword(const QString& userName, QIODevice& device);

    // Never streamed: `qDebug() << credentials` does not compile.
    friend QDebug operator<<(QDebug, const DatabaseCredentials&) = delete;

private:
    QString m_userName;
    QString m_password; // a buffer of our own, see adopt()
    bool m_fromEnvironment = false;

    friend std::expected<DatabaseCredentials, QString> credentialsFromConfig(
        const DatabaseTarget& target, const TomlDocument& document);
};

// The credentials the configuration itself gives: a plain password, a set
// environment variable (${env.X}) or a password in the URL. Otherwise the
// error says why the wizard has to ask (secure vault, $sys{}, missing, …).
std::expected<DatabaseCredentials, QString> credentialsFromConfig(
    const DatabaseTarget& target, const TomlDocument& document);

} // namespace Ismw
