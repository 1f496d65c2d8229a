// SPDX-License-Identifier: Apache-2.0
#include "database/DatabaseCredentials.h"

#include "config/TomlDocument.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::DatabaseCredentials)
};

// A password longer than this is a wrong file piped in, not a password.
constexpr qint64 kMaxPasswordBytes = 4096;

// A buffer nobody else shares, so wiping it reaches every copy we handed out
// (QSqlDatabase shares it implicitly) and never a string literal.
QString ownBuffer(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QString(text.constData(), text.size());
}

// Overwrites the characters in place. Volatile keeps the compiler from
// dropping stores to memory that is freed next. A buffer shared with someone
// else (a TomlDocument's value) is only let go: wiping it would change their
// data. Our own password buffer is wiped even while QSqlDatabase shares it.
void overwrite(QString& text, bool evenIfShared = false)
{
    if (text.isEmpty())
        return;
    if (!evenIfShared && !text.isDetached()) {
        text.clear();
        return;
    }
    auto* chars = const_cast<QChar*>(text.constData());
    volatile char16_t* p = reinterpret_cast<volatile char16_t*>(chars);
    for (qsizetype i = 0; i < text.size(); ++i)
        p[i] = 0;
    text.clear();
}

void overwrite(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    volatile char* p = const_cast<char*>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

} // namespace

DatabaseCredentials::DatabaseCredentials(const QString& userName, const QString& password)
    : m_userName(userName)
    , m_password(ownBuffer(password))
{
}

DatabaseCredentials DatabaseCredentials::clone() const
{
    DatabaseCredentials copy(m_userName, m_password);
    copy.m_fromEnvironment = m_fromEnvironment;
    return copy;
}

DatabaseCredentials::~DatabaseCredentials()
{
    wipe();
}

DatabaseCredentials::DatabaseCredentials(DatabaseCredentials&& other) noexcept
    : m_userName(std::move(other.m_userName))
    , m_password(std::move(other.m_password))
    , m_fromEnvironment(other.m_fromEnvironment)
{
    other.m_password = QString();
}

DatabaseCredentials& DatabaseCredentials::operator=(DatabaseCredentials&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_userName = std::move(other.m_userName);
        m_password = std::move(other.m_password);
        m_fromEnvironment = other.m_fromEnvironment;
        other.m_password = QString();
    }
    return *this;
}

void DatabaseCredentials::applyTo(QSqlDatabase& database) const
{
    database.setUserName(m_userName);
    database.setPassword(m_password);
}

void DatabaseCredentials::wipe()
{
    overwrite(m_password, true);
}

std::expected<DatabaseCredentials, QString> DatabaseCredentials::readPassword(
    const QString& userName, QIODevice& device)
{
    QByteArray line = device.readLine(kMaxPasswordBytes + 2);
    if (line.size() > kMaxPasswordBytes) {
        overwrite(line);
        return std::unexpected(Text::tr("The password read from standard input is longer than %1 bytes; pass only "
                                        "the password, on one line.")
                                   .arg(kMaxPasswordBytes));
    }
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == '\n' || line.at(end - 1) == '\r'))
        --end;
    QString password = QString::fromUtf8(line.constData(), end);
    overwrite(line);
    if (password.isEmpty())
        return std::unexpected(Text::tr("No password was given on standard input."));
    DatabaseCredentials credentials(userName, password);
    overwrite(password);
    return credentials;
}

std::expected<DatabaseCredentials, QString> credentialsFromConfig(
    const DatabaseTarget& target, const TomlDocument& document)
{
    switch (target.passwordSource) {
    case PasswordSource::Plain: {
        const TomlEntry* entry = document.find(QString(target.section + u".password"_s));
        if (!entry)
            break;
        QString password = resolveConfigRefs(document, entry->rawValue);
        DatabaseCredentials credentials(target.username, password);
        overwrite(password);
        return credentials;
    }
    case PasswordSource::Environment: {
        if (!target.passwordInEnvironment || !qEnvironmentVariableIsSet(qPrintable(target.passwordVariable)))
            break;
        QString password = qEnvironmentVariable(qPrintable(target.passwordVariable));
        DatabaseCredentials credentials(target.username, password);
        credentials.m_fromEnvironment = true;
        overwrite(password);
        return credentials;
    }
    case PasswordSource::InUrl: {
        const TomlEntry* entry = document.find(QString(target.section + u".url"_s));
        if (!entry)
            break;
        const QString url = resolveEnvironmentRefs(resolveConfigRefs(document, entry->rawValue));
        std::optional<QString> password = passwordInJdbcUrl(url);
        if (!password)
            break;
        DatabaseCredentials credentials(target.username, *password);
        overwrite(*password);
        return credentials;
    }
    case PasswordSource::SecureVault:
    case PasswordSource::SystemProperty:
    case PasswordSource::Missing:
    case PasswordSource::Unresolved:
        break;
    }
    //: %1 is the database entry, %2 where its password is, e.g. "written in deployment.toml".
    return std::unexpected(Text::tr("The password of %1 is %2.").arg(target.name, target.passwordDescription()));
}

} // namespace Ismw
