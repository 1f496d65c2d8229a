// SPDX-License-Identifier: Apache-2.0
#include "checks/CustomizationChecks.h"

#include "checks/IsHomeLayout.h"

#include "Logging.h"
#include "checks/IsRelease.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::CustomizationChecks)
};

using namespace IsHomeLayout;

// The same bounds as the inspector's walks: repository/conf of a real home
// is three or four levels deep and holds a few hundred files.
constexpr int kMaxConfDepth = 6;
constexpr int kMaxConfEntries = 5000;
// Larger files in repository/conf are not configuration; they count as
// different without being read.
constexpr qint64 kMaxComparedBytes = 16 * 1024 * 1024;
// The entries of a release zip carry their build times, which spread over
// minutes within one archive; an admin's change comes much later (at the
// earliest when the home is provisioned, long after the build).
constexpr qint64 kUnpackSlackSeconds = 60 * 60;

// Left by a running server or an editor, never carried over.
constexpr QLatin1StringView kGeneratedSuffixes[] = {
    ".log"_L1,
    ".tmp"_L1,
    ".swp"_L1,
    ".lck"_L1,
    ".pid"_L1,
    "~"_L1,
    ".bak"_L1,
    ".orig"_L1,
};
// "backup": the server keeps the XML files it replaced from deployment.toml there.
constexpr QLatin1StringView kGeneratedFolders[] = { "tmp"_L1, "temp"_L1, "backup"_L1 };

QString stableKey(const QString& name)
{
    QString key = name.toLower();
    key.replace(QRegularExpression(u"\\s+"_s), u"-"_s);
    return key;
}

PrerequisiteCheck customization(const QString& idPrefix, const QString& key, const QString& subject,
    const QString& action, const QString& title, const QString& message, const QString& fixHint)
{
    PrerequisiteCheck check;
    check.id = u"custom."_s + idPrefix + u'.' + stableKey(key);
    check.category = CheckCategory::Customization;
    check.status = CheckStatus::Warning;
    check.title = title;
    check.message = message;
    check.fixHint = fixHint;
    check.subject = subject;
    check.needsDecision = true;
    check.action = action;
    return check;
}

// "acme-auth-1.2.jar" and "acme-auth-1.4.0.jar" are one artifact in two
// versions; so are OSGi names like "org.example.foo_1.2.3.jar" and
// "mysql-connector-j-8.0.33.jar". Lower case, without ".jar".
QString artifactName(const QString& jarName)
{
    static const QRegularExpression versioned(u"^(.+?)[-_]v?\\d+(?:\\.\\d+)*(?:[._-][A-Za-z0-9]+)*$"_s);
    QString base = jarName.toLower();
    if (base.endsWith(".jar"_L1))
        base.chop(4);
    const QRegularExpressionMatch match = versioned.match(base);
    return match.hasMatch() ? match.captured(1) : base;
}

bool containsName(const QStringList& names, const QString& name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

bool sameContent(const QString& a, const QString& b)
{
    const QFileInfo infoA(a);
    const QFileInfo infoB(b);
    if (!infoA.isFile() || !infoB.isFile() || infoA.size() != infoB.size())
        return false;
    if (infoA.size() > kMaxComparedBytes)
        return false;
    QFile fileA(a);
    QFile fileB(b);
    if (!fileA.open(QIODevice::ReadOnly) || !fileB.open(QIODevice::ReadOnly))
        return false;
    while (!fileA.atEnd()) {
        if (fileA.read(64 * 1024) != fileB.read(64 * 1024))
            return false;
    }
    return true;
}

// The time the old home was unpacked: bin/version.txt comes with the zip and
// nothing rewrites it. Without it, the oldest of the other version files the
// inspector read (a running server renders carbon.xml anew, so the oldest is
// the one nearest to the unpacking).
std::optional<QDateTime> unpackedAt(const IsHomeInspection& home)
{
    const QDir root(home.canonicalPath);
    const QFileInfo versionTxt(root.filePath(kVersionTxt));
    if (versionTxt.isFile())
        return versionTxt.lastModified();
    std::optional<QDateTime> oldest;
    for (const VersionEvidence& item : home.evidence) {
        const QFileInfo source(root.filePath(item.source));
        if (!source.isFile())
            continue;
        const QDateTime modified = source.lastModified();
        if (!oldest || modified < *oldest)
            oldest = modified;
    }
    return oldest;
}

bool changedAfterUnpacking(const QFileInfo& file, const std::optional<QDateTime>& unpacked)
{
    // Without a time to go by, a file that differs is shown: a false alarm
    // costs a glance, a lost change costs a broken new home.
    if (!unpacked)
        return true;
    return file.lastModified() > unpacked->addSecs(kUnpackSlackSeconds);
}

bool isGeneratedFile(const QString& name)
{
    return std::any_of(std::begin(kGeneratedSuffixes), std::end(kGeneratedSuffixes),
        [&](QLatin1StringView suffix) { return name.endsWith(suffix, Qt::CaseInsensitive); });
}

bool isGeneratedFolder(const QString& name)
{
    return std::any_of(std::begin(kGeneratedFolders), std::end(kGeneratedFolders),
        [&](QLatin1StringView folder) { return name.compare(folder, Qt::CaseInsensitive) == 0; });
}

// Why a folder cannot be listed; empty when it can. QDir lists an unreadable
// folder as empty, which would hide it, so the folder is opened directly.
QString folderReadError(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(path);
    DIR* dir = ::opendir(encoded.constData());
    // qt_error_string, not strerror: the checks run on worker threads.
    if (!dir)
        return qt_error_string(errno);
    ::closedir(dir);
    // Without search permission the names can be read but not the files.
    if (::access(encoded.constData(), X_OK) != 0)
        return qt_error_string(errno);
    return {};
#else
    const QFileInfo info(path);
    return info.isReadable() && info.isExecutable() ? QString() : Text::tr("permission denied");
#endif
}

class Collector
{
    Q_DISABLE_COPY_MOVE(Collector)

public:
    Collector(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
        : m_old(oldHome)
        , m_new(newHome)
        , m_oldRoot(oldHome.canonicalPath)
        , m_newRoot(newHome.canonicalPath)
        , m_newRelease(newHome.releaseString())
    {
    }

    QList<PrerequisiteCheck> run()
    {
        jars();
        userStores();
        keystores();
        webApps();
        tenants();
        confFiles();
        return std::move(m_checks);
    }

private:
    void jars()
    {
        for (const Customization& item : m_old.customizations) {
            switch (item.kind) {
            case CustomizationKind::DropinJar:
                dropinJar(item);
                break;
            case CustomizationKind::LibJar:
                libJar(item);
                break;
            case CustomizationKind::JdbcDriver:
                jdbcDriver(item);
                break;
            default:
                break;
            }
        }
    }

    // The new home's jars in `folder` that are `jar` in another version.
    static QStringList otherVersions(const QStringList& newJars, const QString& jar)
    {
        QStringList others;
        const QString artifact = artifactName(jar);
        for (const QString& candidate : newJars)
            if (artifactName(candidate) == artifact)
                others << candidate;
        return others;
    }

    void dropinJar(const Customization& item)
    {
        const QStringList& newJars = m_new.parts.dropinJars;
        if (containsName(newJars, item.name))
            return;
        const QStringList others = otherVersions(newJars, item.name);
        // Dropins are OSGi bundles compiled against the old release's
        // components, so they are rebuilt whether or not a version is there.
        const QString fix = Text::tr("Rebuild it against the dependencies of %1, test it, and put the "
                                     "rebuilt jar into %2 of the new home.")
                                .arg(m_newRelease, QString(kDropins));
        if (!others.isEmpty()) {
            m_checks << customization(u"dropin-jar"_s, item.name, item.relativePath, u"rebuild"_s,
                Text::tr("Dropin %1: the new home has %2").arg(item.name, others.join(u", "_s)),
                Text::tr("The old home has %1 in %2; the new home has another version of it: %3. Make sure "
                         "that version is the one rebuilt for %4 and carries the old one's changes.")
                    .arg(item.name, QString(kDropins), others.join(u", "_s), m_newRelease),
                fix);
            return;
        }
        m_checks << customization(u"dropin-jar"_s, item.name, item.relativePath, u"rebuild"_s,
            Text::tr("Dropin %1").arg(item.name),
            Text::tr("The old home has %1 in %2, which the new home lacks: %3.")
                .arg(item.name, QString(kDropins), item.detail),
            fix);
    }

    void libJar(const Customization& item)
    {
        const QStringList& newJars = m_new.parts.libJars;
        if (containsName(newJars, item.name))
            return;
        const QStringList others = otherVersions(newJars, item.name);
        if (!others.isEmpty()) {
            m_checks << customization(u"lib-jar"_s, item.name, item.relativePath, u"review"_s,
                Text::tr("Library %1: the new home has %2").arg(item.name, others.join(u", "_s)),
                Text::tr("The old home has %1 in %2; the new home has another version of it: %3.")
                    .arg(item.name, QString(kLib), others.join(u", "_s)),
                Text::tr("Keep one version only: the one that works with %1. Two versions of a library in "
                         "%2 load in an undefined order.")
                    .arg(m_newRelease, QString(kLib)));
            return;
        }
        m_checks << customization(u"lib-jar"_s, item.name, item.relativePath, u"copy"_s,
            Text::tr("Library %1").arg(item.name),
            Text::tr("The old home has %1 in %2, which the new home lacks.").arg(item.name, QString(kLib)),
            item.hint);
    }

    void jdbcDriver(const Customization& item)
    {
        const QStringList& newJars = m_new.parts.libJars;
        if (containsName(newJars, item.name))
            return;
        const QString database = jdbcDriverDatabase(item.name);
        // A driver under another artifact name (mysql-connector-java vs
        // mysql-connector-j) is still the same database's driver.
        QStringList others;
        for (const QString& candidate : newJars)
            if (!database.isEmpty() && jdbcDriverDatabase(candidate) == database)
                others << candidate;
        const QString newerDriver
            = Text::tr("%1 may need a newer driver version than %2: take the current %3 driver built for "
                       "the Java version %1 runs on.")
                  .arg(m_newRelease, item.name, database);
        if (!others.isEmpty()) {
            m_checks << customization(u"jdbc-driver"_s, item.name, item.relativePath, u"review"_s,
                Text::tr("%1 JDBC driver %2: the new home has %3")
                    .arg(database, item.name, others.join(u", "_s)),
                Text::tr("The old home has the %1 JDBC driver %2 in %3; the new home has %4.")
                    .arg(database, item.name, QString(kLib), others.join(u", "_s)),
                Text::tr("Keep the newer driver only, if it works with your database server. %1")
                    .arg(newerDriver));
            return;
        }
        m_checks << customization(u"jdbc-driver"_s, item.name, item.relativePath, u"copy"_s,
            Text::tr("%1 JDBC driver %2").arg(database, item.name),
            Text::tr("The old home has the %1 JDBC driver %2 in %3, which the new home lacks; without it the "
                     "new home cannot reach the database.")
                .arg(database, item.name, QString(kLib)),
            Text::tr("Copy a %1 JDBC driver to %2 of the new home. %3")
                .arg(database, QString(kLib), newerDriver));
    }

    void userStores()
    {
        for (const Customization& item : m_old.customizations) {
            if (item.kind != CustomizationKind::UserStore)
                continue;
            const QString oldFile = QDir(m_oldRoot).filePath(item.relativePath);
            const QString newFile = QDir(m_newRoot).filePath(item.relativePath);
            if (sameContent(oldFile, newFile))
                continue;
            const bool present = QFileInfo(newFile).isFile();
            // The inspector's hint carries the unique-ID note for the old
            // user store manager classes.
            m_checks << customization(u"userstore"_s, item.name, item.relativePath,
                present ? u"review"_s : u"copy"_s, Text::tr("User store %1").arg(item.name),
                present ? Text::tr("The old home's %1 differs from the one in the new home: %2.")
                              .arg(item.relativePath, item.detail)
                        : Text::tr("The old home has %1 in %3, which the new home lacks: %2.")
                              .arg(item.name, item.detail, QString(kUserStores)),
                item.hint);
        }
    }

    QString newKeystoreDefault() const
    {
        if (const std::optional<IsRelease> known = findIsRelease(m_new.release))
            return known->defaultKeystoreType;
        if (classifyRelease(m_new.release) == ReleasePosition::NewerThanKnown)
            return latestKnownRelease().defaultKeystoreType;
        return {};
    }

    void keystores()
    {
        const std::optional<QDateTime> unpacked = unpackedAt(m_old);
        const QString newDefault = newKeystoreDefault();
        for (const KeystoreFile& keystore : m_old.parts.keystores) {
            const QString oldFile = QDir(m_oldRoot).filePath(keystore.relativePath);
            const QString newFile = QDir(m_newRoot).filePath(keystore.relativePath);
            // A stock name matters only when the admin replaced the file
            // (the server's own certificate, certificates added to the truststore).
            if (keystore.stock && !changedAfterUnpacking(QFileInfo(oldFile), unpacked))
                continue;
            if (sameContent(oldFile, newFile))
                continue;

            const QString title = Text::tr("%1 keystore %2").arg(keystore.type, keystore.name);
            const QString message = keystore.stock
                ? Text::tr("The old home's %1 (%2) was changed after the home was unpacked, e.g. with the "
                           "server's own certificate or added trusted certificates.")
                      .arg(keystore.relativePath, keystore.type)
                : Text::tr("The old home has the %1 keystore %2 in %3, which the new home lacks.")
                      .arg(keystore.type, keystore.name, QString(kSecurity));

            if (newDefault == "PKCS12"_L1 && keystore.type == "JKS"_L1) {
                const QString base = QFileInfo(keystore.name).completeBaseName();
                // No passwords on the command line: keytool asks for them,
                // and they stay out of shell histories and process lists.
                const QString keytool
                    = u"keytool -importkeystore -srckeystore %1 -srcstoretype JKS "
                      u"-destkeystore %2.p12 -deststoretype PKCS12"_s.arg(keystore.name, base);
                m_checks << customization(u"keystore"_s, keystore.name, keystore.relativePath, u"convert"_s,
                    title,
                    message + u' '
                        + Text::tr("%1 uses PKCS12 keystores by default; this one is JKS.").arg(m_newRelease),
                    Text::tr(
                        "Convert it to PKCS12 (keytool asks for the passwords): %1, copy %2.p12 to %3 of "
                        "the new home and name it in deployment.toml. Or copy it as it is and keep JKS with "
                        "type = \"JKS\" in its [keystore.*] or [truststore] section.")
                        .arg(keytool, base, QString(kSecurity)));
                continue;
            }
            m_checks << customization(u"keystore"_s, keystore.name, keystore.relativePath, u"copy"_s, title,
                message,
                Text::tr("Copy it to %1 of the new home; deployment.toml names it with type = \"%2\".")
                    .arg(QString(kSecurity), keystore.type));
        }
    }

    void webApps()
    {
        for (const Customization& item : m_old.customizations) {
            if (item.kind != CustomizationKind::WebApp)
                continue;
            QString name = item.name;
            if (name.endsWith(".war"_L1, Qt::CaseInsensitive))
                name.chop(4);
            if (containsName(m_new.parts.webApps, name))
                continue;
            m_checks << customization(u"webapp"_s, item.name, item.relativePath, u"review"_s,
                Text::tr("Web app %1").arg(item.name),
                Text::tr("The old home deploys %1 in %3, which the new home lacks: %2.")
                    .arg(item.name, item.detail, QString(kWebApps)),
                Text::tr(
                    "Rebuild it against %1 (its servlet container and APIs may have changed) and deploy it "
                    "in %2 of the new home, or decide it is not needed.")
                    .arg(m_newRelease, QString(kWebApps)));
        }
    }

    void tenants()
    {
        for (const Customization& item : m_old.customizations) {
            if (item.kind != CustomizationKind::Tenant || containsName(m_new.parts.tenants, item.name))
                continue;
            m_checks << customization(u"tenant"_s, item.name, item.relativePath, u"copy"_s,
                Text::tr("Tenant %1").arg(item.name),
                Text::tr("The old home has the tenant folder %1, which the new home lacks. The tenant's data "
                         "moves with the databases; its files (user stores, keystores) do not.")
                    .arg(item.relativePath),
                Text::tr("Copy %1 to the new home.").arg(item.relativePath));
        }
    }

    void unreadable(const QString& relative, const QString& reason)
    {
        m_checks << customization(u"unreadable"_s, relative, relative, u"review"_s,
            Text::tr("%1 cannot be read").arg(relative),
            Text::tr("The folder %1 of the old home cannot be read (%2), so its files could not be compared "
                     "with the new home's.")
                .arg(QDir::toNativeSeparators(QDir(m_oldRoot).filePath(relative)), reason),
            Text::tr("Run the checks as the user that owns the old home, or grant read access to the folder "
                     "(e.g. chmod -R u+rX), and check again; or compare the folder by hand."));
    }

    // A file the server renders from deployment.toml at start-up; its
    // changes belong in deployment.toml, which the Configuration page moves.
    bool isTemplated(const QString& relative) const
    {
        return QFileInfo(QDir(m_oldRoot).filePath(kTemplates + u'/' + relative + u".j2"_s)).isFile();
    }

    void confFiles()
    {
        const QDir oldRoot(m_oldRoot);
        const QDir newRoot(m_newRoot);
        if (!QFileInfo(oldRoot.filePath(kConf)).isDir())
            return;
        const std::optional<QDateTime> unpacked = unpackedAt(m_old);

        int seen = 0;
        bool full = false; // the entry budget is spent: stop the walk
        bool truncated = false; // something was not looked at
        // Relative to the home; depth 0 is repository/conf itself.
        QList<std::pair<QString, int>> pending { { QString(kConf), 0 } };
        QList<std::pair<QString, QFileInfo>> files;
        while (!pending.isEmpty() && !full) {
            const auto [folder, depth] = pending.takeFirst();
            const QString absolute = oldRoot.filePath(folder);
            if (const QString error = folderReadError(absolute); !error.isEmpty()) {
                unreadable(folder, error);
                continue;
            }
            QDir dir(absolute);
            dir.setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
            dir.setSorting(QDir::Name);
            const QFileInfoList entries = dir.entryInfoList();
            for (const QFileInfo& entry : entries) {
                if (++seen > kMaxConfEntries) {
                    full = truncated = true;
                    break;
                }
                const QString relative = folder + u'/' + entry.fileName();
                // A link to a folder may lead back up the tree (never ending)
                // or out of the home (not the home's to carry).
                if (entry.isSymLink() && (entry.isDir() || !entry.exists()))
                    continue;
                if (entry.isDir()) {
                    if (isGeneratedFolder(entry.fileName()))
                        continue;
                    if (depth + 1 <= kMaxConfDepth)
                        pending.append({ relative, depth + 1 });
                    else
                        truncated = true;
                    continue;
                }
                if (!entry.isFile() || isGeneratedFile(entry.fileName()))
                    continue;
                // deployment.toml and its backups are the Configuration page's.
                if (folder == kConf && entry.fileName().startsWith("deployment.toml"_L1))
                    continue;
                files.append({ relative, entry });
            }
        }

        std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [relative, entry] : std::as_const(files)) {
            if (isTemplated(relative))
                continue;
            const QString key = relative.mid(kConf.size() + 1);
            const QFileInfo counterpart(newRoot.filePath(relative));
            if (!counterpart.exists()) {
                // Where the new release still has the folder, the file most
                // likely goes there as it is; a folder the new release lacks
                // means the feature moved or went.
                const bool folderThere = QFileInfo(counterpart.absolutePath()).isDir();
                m_checks << customization(u"conf"_s, key, relative, folderThere ? u"copy"_s : u"review"_s,
                    Text::tr("Configuration file %1").arg(key),
                    folderThere ? Text::tr("The old home has %1, which the new home lacks.").arg(relative)
                                : Text::tr("The old home has %1; the new home lacks it and its folder %2.")
                                      .arg(relative, QFileInfo(relative).path()),
                    folderThere
                        ? Text::tr("Copy it to %1 of the new home, and check that %2 still reads it.")
                              .arg(QFileInfo(relative).path(), m_newRelease)
                        : Text::tr("Find out where %1 configures what this file did (deployment.toml or "
                                   "another file), or decide it is not needed.")
                              .arg(m_newRelease));
                continue;
            }
            if (!changedAfterUnpacking(entry, unpacked))
                continue;
            if (sameContent(entry.filePath(), counterpart.filePath()))
                continue;
            m_checks << customization(u"conf"_s, key, relative, u"review"_s,
                Text::tr("Changed configuration file %1").arg(key),
                Text::tr("%1 of the old home was changed after the home was unpacked (%2) and differs from "
                         "the new home's.")
                    .arg(relative, entry.lastModified().toString(Qt::ISODate)),
                Text::tr(
                    "Compare the two files and carry your changes into the new home's %1; do not copy the "
                    "old file over it, it belongs to the old release.")
                    .arg(relative));
        }

        if (truncated)
            m_checks << customization(u"truncated"_s, QString(kConf), QString(kConf), u"review"_s,
                Text::tr("%1 only partly compared").arg(QString(kConf)),
                Text::tr(
                    "%1 of the old home holds more than %2 entries or is deeper than %3 levels; only the "
                    "first ones were compared with the new home.")
                    .arg(QString(kConf))
                    .arg(kMaxConfEntries)
                    .arg(kMaxConfDepth),
                Text::tr("Compare the rest of %1 by hand, or remove what does not belong there.")
                    .arg(QString(kConf)));
    }

    const IsHomeInspection& m_old;
    const IsHomeInspection& m_new;
    QString m_oldRoot;
    QString m_newRoot;
    QString m_newRelease;
    QList<PrerequisiteCheck> m_checks;
};

} // namespace

QList<PrerequisiteCheck> customizationChecks(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
{
    if (!oldHome.ok || !newHome.ok)
        return {};
    QList<PrerequisiteCheck> checks = Collector(oldHome, newHome).run();
    qCDebug(lcChecks) << "customization checks" << oldHome.canonicalPath << "->" << newHome.canonicalPath
                      << checks.size();
    return checks;
}

} // namespace Ismw
