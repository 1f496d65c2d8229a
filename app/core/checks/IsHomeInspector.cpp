// SPDX-License-Identifier: Apache-2.0
#include "checks/IsHomeInspector.h"

#include "Logging.h"
#include "checks/IsHomeLayout.h"
#include "checks/IsRelease.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

using namespace IsHomeLayout;

// The bundle whose version is the kernel version, so its jar name is one
// more witness of the kernel.
constexpr auto kKernelBundlePrefix = "org.wso2.carbon.core_"_L1;
constexpr auto kIdentityServerName = "WSO2 Identity Server"_L1;

// Bounds that keep every walk finite on huge, looping or slow trees. A real
// home has a few thousand plugin jars at most and dbscripts/ is four levels deep.
constexpr int kMaxEntriesPerFolder = 5000;
constexpr int kMaxScriptDepth = 6;
constexpr int kMaxScriptEntries = 20000;
constexpr int kMaxChildHomesLookedAt = 64;
constexpr int kMaxAncestorsLookedAt = 4;
constexpr qint64 kMaxTextBytes = 256 * 1024;

// Keystore files every home of a known release ships (JKS up to 7.0, PKCS12
// from 7.1). Anything else in repository/resources/security was put there by
// someone and has to be carried over.
constexpr QLatin1StringView kStockKeystores[] = {
    "wso2carbon.jks"_L1,
    "client-truststore.jks"_L1,
    "wso2carbon.p12"_L1,
    "client-truststore.p12"_L1,
};

// Web apps that come with the server. The REST APIs ship as "api#..." and
// "identity#..." wars and are matched by prefix. A themed login page deployed
// under a stock name is not found this way; the configuration diff shows the
// settings that point to it.
constexpr QLatin1StringView kStockWebApps[] = {
    "accountrecoveryendpoint"_L1,
    "authenticationendpoint"_L1,
    "console"_L1,
    "myaccount"_L1,
    "oauth2"_L1,
    "openidserver"_L1,
    "x509certificateauthenticationendpoint"_L1,
    "shindig"_L1,
    "dashboard"_L1,
    "portal"_L1,
    "wso2"_L1,
};
constexpr QLatin1StringView kStockWebAppPrefixes[] = { "api#"_L1, "identity#"_L1, "t#"_L1 };

// Every jar in dropins/ and lib/ is reported: a false alarm costs the admin a
// glance, a missed driver costs a new home that does not start. Drivers get
// named because they need a version that fits the new release's Java.
struct JdbcDriverName
{
    QLatin1StringView prefix;
    QLatin1StringView database;
};
constexpr JdbcDriverName kJdbcDrivers[] = {
    { "mysql-connector"_L1, "MySQL"_L1 },
    { "mariadb-java-client"_L1, "MariaDB"_L1 },
    { "postgresql-"_L1, "PostgreSQL"_L1 },
    { "ojdbc"_L1, "Oracle"_L1 },
    { "mssql-jdbc"_L1, "Microsoft SQL Server"_L1 },
    { "sqljdbc"_L1, "Microsoft SQL Server"_L1 },
    { "jtds-"_L1, "Microsoft SQL Server"_L1 },
    { "db2jcc"_L1, "IBM Db2"_L1 },
    { "jcc-"_L1, "IBM Db2"_L1 },
    { "h2-"_L1, "H2"_L1 },
};

// Product codes of updates/product.txt ("wso2is-7.1.0") and the names the
// other sources use for them.
struct ProductCode
{
    QLatin1StringView code;
    QLatin1StringView name;
};
constexpr ProductCode kProductCodes[] = {
    { "wso2is"_L1, kIdentityServerName },
    { "wso2is-km"_L1, "WSO2 Identity Server as Key Manager"_L1 },
    { "wso2am"_L1, "WSO2 API Manager"_L1 },
    { "wso2ei"_L1, "WSO2 Enterprise Integrator"_L1 },
    { "wso2mi"_L1, "WSO2 Micro Integrator"_L1 },
    { "wso2esb"_L1, "WSO2 Enterprise Service Bus"_L1 },
    { "wso2si"_L1, "WSO2 Streaming Integrator"_L1 },
};

constexpr QLatin1StringView kArchiveSuffixes[] = {
    ".zip"_L1,
    ".tar.gz"_L1,
    ".tgz"_L1,
    ".tar"_L1,
    ".tar.xz"_L1,
    ".tar.bz2"_L1,
    ".7z"_L1,
};

template<typename Range> bool containsName(const Range& names, QStringView name)
{
    return std::any_of(std::begin(names), std::end(names),
        [&](QLatin1StringView stock) { return name.compare(stock, Qt::CaseInsensitive) == 0; });
}

bool isIdentityServerName(const QString& name)
{
    return name.compare(kIdentityServerName, Qt::CaseInsensitive) == 0;
}

QString productNameForCode(const QString& code)
{
    for (const ProductCode& product : kProductCodes)
        if (code.compare(product.code, Qt::CaseInsensitive) == 0)
            return product.name;
    return {};
}

bool isFile(const QString& root, QLatin1StringView relative)
{
    return QFileInfo(QDir(root).filePath(relative)).isFile();
}

struct TextRead
{
    bool exists = false;
    bool readable = false;
    QString text;
    QString error;
};

// Reads at most kMaxTextBytes: the facts sit at the top of these files, and a
// release-notes.html of several megabytes must not stall the inspection.
TextRead readHead(const QString& path)
{
    TextRead result;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return result;
    result.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    result.readable = true;
    result.text = QString::fromUtf8(file.read(kMaxTextBytes));
    return result;
}

QString firstLine(const QString& text)
{
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.left(200).toString();
    }
    return {};
}

struct Listing
{
    QFileInfoList entries;
    bool truncated = false;
};

// One level only, sorted by name so reports and tests are stable.
Listing listFolder(const QString& path, QDir::Filters filters, const QStringList& nameFilters = {})
{
    Listing listing;
    QDir dir(path);
    if (!dir.exists())
        return listing;
    dir.setFilter(filters | QDir::NoDotAndDotDot);
    dir.setNameFilters(nameFilters);
    dir.setSorting(QDir::Name | QDir::IgnoreCase);
    listing.entries = dir.entryInfoList();
    if (listing.entries.size() > kMaxEntriesPerFolder) {
        listing.entries.resize(kMaxEntriesPerFolder);
        listing.truncated = true;
    }
    return listing;
}

QStringList fileNames(const QFileInfoList& entries)
{
    QStringList names;
    names.reserve(entries.size());
    for (const QFileInfo& entry : entries)
        names << entry.fileName();
    return names;
}

// Counts .sql files without following links to folders (a link back up the
// tree would never end) and with a depth and entry budget.
int countSqlFiles(const QString& root, bool* truncated)
{
    int count = 0;
    int seen = 0;
    QList<std::pair<QString, int>> pending { { root, 0 } };
    while (!pending.isEmpty()) {
        const auto [folder, depth] = pending.takeLast();
        QDir dir(folder);
        dir.setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const QFileInfoList entries = dir.entryInfoList();
        for (const QFileInfo& entry : entries) {
            if (++seen > kMaxScriptEntries) {
                *truncated = true;
                return count;
            }
            if (entry.isSymLink() && entry.isDir())
                continue;
            if (entry.isDir()) {
                if (depth + 1 < kMaxScriptDepth)
                    pending.append({ entry.filePath(), depth + 1 });
                else
                    *truncated = true;
            } else if (entry.suffix().compare(u"sql"_s, Qt::CaseInsensitive) == 0) {
                ++count;
            }
        }
    }
    return count;
}

QString keystoreType(const QString& suffix)
{
    const QString lower = suffix.toLower();
    if (lower == "jks"_L1)
        return u"JKS"_s;
    if (lower == "p12"_L1 || lower == "pfx"_L1)
        return u"PKCS12"_s;
    if (lower == "jceks"_L1)
        return u"JCEKS"_s;
    if (lower == "bks"_L1)
        return u"BKS"_s;
    return {};
}

bool isStockWebApp(const QString& name)
{
    if (containsName(kStockWebApps, name))
        return true;
    return std::any_of(std::begin(kStockWebAppPrefixes), std::end(kStockWebAppPrefixes),
        [&](QLatin1StringView prefix) { return name.startsWith(prefix, Qt::CaseInsensitive); });
}

QString jdbcDatabase(const QString& jarName)
{
    for (const JdbcDriverName& driver : kJdbcDrivers)
        if (jarName.startsWith(driver.prefix, Qt::CaseInsensitive))
            return driver.database;
    return {};
}

// Does `dir` carry any of the files by which an IS (or other Carbon) home is
// recognized? Cheap on purpose: used on every child of a parent folder.
bool hasHomeMarkers(const QString& dir)
{
    return isFile(dir, kVersionTxt) || isFile(dir, kProductTxt) || isFile(dir, kDeploymentToml)
        || isFile(dir, kCarbonXml) || isFile(dir, kCarbonVersionTxt);
}

// Reads the version sources in the order in which they are trusted:
// bin/version.txt is what the start-up script prints and what support asks
// for; product.txt is the update tool's own record; release notes and
// carbon.xml are copied around more often.
QList<VersionEvidence> readEvidence(const QString& root, QStringList* unreadable)
{
    QList<VersionEvidence> evidence;
    const QDir home(root);
    const auto read = [&](QLatin1StringView relative) {
        TextRead text = readHead(home.filePath(relative));
        if (text.exists && !text.readable && unreadable)
            unreadable->append(relative + u": "_s + text.error);
        return text;
    };

    // "WSO2 Identity Server v7.1.0"
    const QString namedVersion = u"^\\s*(WSO2(?:\\s+[A-Za-z][\\w-]*)+?)\\s+v?(\\d+(?:\\.\\d+)+\\S*)"_s;
    if (const TextRead text = read(kVersionTxt); text.readable) {
        VersionEvidence item { VersionEvidence::Kind::Product, kVersionTxt, firstLine(text.text), {}, {} };
        const QRegularExpressionMatch match = QRegularExpression(namedVersion).match(item.value);
        if (match.hasMatch()) {
            item.productName = match.captured(1).simplified();
            item.version = parseReleaseVersion(match.capturedView(2));
        }
        evidence << item;
    }
    // "wso2is-7.1.0"
    if (const TextRead text = read(kProductTxt); text.readable) {
        VersionEvidence item { VersionEvidence::Kind::Product, kProductTxt, firstLine(text.text), {}, {} };
        const QRegularExpressionMatch match
            = QRegularExpression(u"^\\s*(wso2[a-z0-9-]*?)-(\\d+(?:\\.\\d+)+\\S*)"_s).match(item.value);
        if (match.hasMatch()) {
            const QString code = match.captured(1);
            item.productName = productNameForCode(code);
            if (item.productName.isEmpty())
                item.productName = code;
            item.version = parseReleaseVersion(match.capturedView(2));
        }
        evidence << item;
    }
    // "<title>Welcome to WSO2 Identity Server v7.1.0!</title>"
    if (const TextRead text = read(kReleaseNotes); text.readable) {
        const QRegularExpressionMatch title = QRegularExpression(
            u"<title>\\s*([^<]*?)\\s*</title>"_s, QRegularExpression::CaseInsensitiveOption)
                                                  .match(text.text);
        if (title.hasMatch()) {
            VersionEvidence item { VersionEvidence::Kind::Product, kReleaseNotes,
                title.captured(1).simplified(), {}, {} };
            const QRegularExpressionMatch match
                = QRegularExpression(u"(WSO2(?:\\s+[A-Za-z][\\w-]*)+?)\\s+v?(\\d+(?:\\.\\d+)+)"_s)
                      .match(item.value);
            if (match.hasMatch()) {
                item.productName = match.captured(1).simplified();
                item.version = parseReleaseVersion(match.capturedView(2));
            }
            evidence << item;
        }
    }
    // <Name>WSO2 Identity Server</Name> ... <Version>7.1.0</Version>
    if (const TextRead text = read(kCarbonXml); text.readable) {
        const QRegularExpressionMatch version
            = QRegularExpression(u"<Version>\\s*([^<]*?)\\s*</Version>"_s).match(text.text);
        if (version.hasMatch()) {
            VersionEvidence item { VersionEvidence::Kind::Product, kCarbonXml, version.captured(1), {}, {} };
            const QRegularExpressionMatch name
                = QRegularExpression(u"<Name>\\s*([^<]*?)\\s*</Name>"_s).match(text.text);
            if (name.hasMatch())
                item.productName = name.captured(1).simplified();
            // Unrendered templates say "${product.version}": evidence, but no version.
            item.version = parseReleaseVersion(item.value);
            evidence << item;
        }
    }
    // "WSO2 Carbon Framework v4.10.42"
    if (const TextRead text = read(kCarbonVersionTxt); text.readable) {
        VersionEvidence item { VersionEvidence::Kind::Kernel, kCarbonVersionTxt, firstLine(text.text), {},
            {} };
        const QRegularExpressionMatch match = QRegularExpression(namedVersion).match(item.value);
        if (match.hasMatch())
            item.version = parseReleaseVersion(match.capturedView(2));
        evidence << item;
    }
    return evidence;
}

QString productNameOf(const QList<VersionEvidence>& evidence, const VersionEvidence** source = nullptr)
{
    for (const VersionEvidence& item : evidence)
        if (item.kind == VersionEvidence::Kind::Product && !item.productName.isEmpty()) {
            if (source)
                *source = &item;
            return item.productName;
        }
    return {};
}

// A child counts as an IS home when it has the markers and nothing in it
// names another product.
bool isIdentityServerHome(const QString& dir)
{
    if (!hasHomeMarkers(dir))
        return false;
    const QString product = productNameOf(readEvidence(dir, nullptr));
    return product.isEmpty() || isIdentityServerName(product);
}

class Inspector
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::IsHomeInspector)
public:
    explicit Inspector(const QString& path) { m_result.path = path; }

    IsHomeInspection run()
    {
        if (!checkFolder() || !checkHome() || !checkProduct())
            return std::move(m_result);
        determineRelease();
        collectParts();
        collectCustomizations();
        m_result.ok = true;
        qCDebug(lcChecks) << "inspected" << m_result.canonicalPath << "release" << m_result.release
                          << "warnings" << m_result.warnings.size() << "customizations"
                          << m_result.customizations.size();
        return std::move(m_result);
    }

private:
    static QString native(const QString& path) { return QDir::toNativeSeparators(path); }
    static QString exampleHome() { return u"wso2is-"_s + latestKnownRelease().versionString(); }

    QString chooseHint() const
    {
        return tr("Choose the folder that contains bin/ and repository/, e.g. %1.").arg(exampleHome());
    }

    bool refuse(IsHomeProblem problem, const QString& message, const QString& suggested = {})
    {
        m_result.ok = false;
        m_result.problem = problem;
        m_result.error = message;
        m_result.suggestedPath = suggested;
        qCDebug(lcChecks) << "refused" << m_result.path << isHomeProblemId(problem);
        return false;
    }

    void warn(const QString& id, const QString& message) { m_result.warnings.append({ id, message }); }

    // "a, b and c"; QLocale::createSeparatedList drops the "and" in the C
    // locale, which is what terminals and services often run with.
    static QString listText(const QStringList& items)
    {
        if (items.size() <= 1)
            return items.value(0);
        return tr("%1 and %2").arg(items.first(items.size() - 1).join(u", "_s), items.last());
    }

    bool checkFolder()
    {
        if (m_result.path.trimmed().isEmpty())
            return refuse(IsHomeProblem::NoPath, tr("No folder was given. %1").arg(chooseHint()));

        const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(m_result.path));
        const QFileInfo info(absolute);
        if (!info.exists()) {
            // A folder whose parent may not be entered looks just like a
            // missing one; saying "does not exist" there would mislead.
            QFileInfo ancestor(info.absolutePath());
            while (!ancestor.exists() && !ancestor.isRoot()
                && ancestor.absoluteFilePath() != ancestor.absolutePath())
                ancestor.setFile(ancestor.absolutePath());
            if (ancestor.exists() && ancestor.isDir() && !ancestor.isExecutable())
                return refuse(IsHomeProblem::Unreadable,
                    tr("%1 cannot be read: the folder %2 may not be entered by this user. Run the wizard as "
                       "the "
                       "user that owns the IS home, or grant read access to it.")
                        .arg(native(absolute), native(ancestor.absoluteFilePath())));
            if (info.isSymLink())
                return refuse(IsHomeProblem::NotFound,
                    tr("%1 is a symbolic link to %2, which does not exist. %3")
                        .arg(native(absolute), native(info.symLinkTarget()), chooseHint()));
            return refuse(IsHomeProblem::NotFound,
                tr("%1 does not exist. Check the path for typing errors. %2")
                    .arg(native(absolute), chooseHint()));
        }

        m_result.canonicalPath = info.canonicalFilePath();
        if (!info.isDir()) {
            const QString name = info.fileName();
            for (QLatin1StringView suffix : kArchiveSuffixes) {
                if (!name.endsWith(suffix, Qt::CaseInsensitive))
                    continue;
                const QString folderName = name.left(name.size() - suffix.size());
                const QString extracted = QDir(info.absolutePath()).filePath(folderName);
                if (QFileInfo(extracted).isDir())
                    return refuse(IsHomeProblem::IsArchive,
                        tr("%1 is an archive, not a folder. It seems to be extracted already: choose the "
                           "folder %2.")
                            .arg(native(absolute), native(extracted)),
                        extracted);
                return refuse(IsHomeProblem::IsArchive,
                    tr("%1 is an archive, not a folder. Extract it first (e.g. unzip %2) and choose the "
                       "extracted "
                       "folder %3.")
                        .arg(native(absolute), name, folderName));
            }
            // Admins often pick deployment.toml itself: point at its home.
            QDir up(info.absolutePath());
            for (int level = 0; level < kMaxAncestorsLookedAt; ++level) {
                if (hasHomeMarkers(up.path()))
                    return refuse(IsHomeProblem::IsFile,
                        tr("%1 is a file inside the IS home %2. Choose the folder %2 itself.")
                            .arg(native(absolute), native(up.path())),
                        up.path());
                if (!up.cdUp())
                    break;
            }
            return refuse(IsHomeProblem::IsFile,
                tr("%1 is a file, not a folder. %2").arg(native(absolute), chooseHint()));
        }

        m_root = m_result.canonicalPath;
        if (!info.isReadable() || !info.isExecutable())
            return refuse(IsHomeProblem::Unreadable,
                tr("%1 cannot be read: permission denied. Run the wizard as the user that owns the IS home, "
                   "or "
                   "grant read access to it (e.g. chmod -R u+rX).")
                    .arg(native(absolute)));
        return true;
    }

    bool checkHome()
    {
        if (hasHomeMarkers(m_root))
            return true;

        // The zip of a release extracts into a folder of its own, so the
        // parent of the home is the most common wrong choice.
        QStringList homes;
        const Listing children = listFolder(m_root, QDir::Dirs);
        int lookedAt = 0;
        for (const QFileInfo& child : children.entries) {
            if (++lookedAt > kMaxChildHomesLookedAt)
                break;
            if (isIdentityServerHome(child.filePath()))
                homes << child.filePath();
        }
        const QString folder = native(m_root);
        if (homes.size() == 1)
            return refuse(IsHomeProblem::ParentOfHome,
                tr("%1 is not an IS home itself, but it contains one: %2. Choose %2.")
                    .arg(folder, native(homes.first())),
                homes.first());
        if (homes.size() > 1) {
            QStringList names;
            for (const QString& home : std::as_const(homes))
                names << QFileInfo(home).fileName();
            return refuse(IsHomeProblem::ParentOfHomes,
                tr("%1 is not an IS home itself, but it contains several: %2. Choose the one to inspect.")
                    .arg(folder, listText(names)));
        }

        QStringList missing;
        for (QLatin1StringView marker : { kVersionTxt, kProductTxt, kDeploymentToml })
            if (!isFile(m_root, marker))
                missing << QString(marker);
        return refuse(IsHomeProblem::NotAHome,
            tr("%1 is not a WSO2 Identity Server home: missing %2. %3")
                .arg(folder, listText(missing), chooseHint()));
    }

    bool checkProduct()
    {
        QStringList unreadable;
        m_result.evidence = readEvidence(m_root, &unreadable);
        for (const QString& problem : std::as_const(unreadable))
            warn(u"source.unreadable"_s, tr("Could not read %1.").arg(problem));

        const VersionEvidence* source = nullptr;
        m_result.productName = productNameOf(m_result.evidence, &source);
        if (source && !isIdentityServerName(m_result.productName))
            return refuse(IsHomeProblem::NotIdentityServer,
                tr("%1 is a home of %2 (%3 says \u201c%4\u201d), not of WSO2 Identity Server. This wizard "
                   "migrates "
                   "Identity Server only: choose an Identity Server folder, e.g. %5.")
                    .arg(native(m_root), m_result.productName, source->source, source->value, exampleHome()));
        return true;
    }

    void addPluginKernelEvidence()
    {
        const Listing plugins = listFolder(QDir(m_root).filePath(kPlugins), QDir::Files, { u"*.jar"_s });
        m_result.parts.pluginJarCount = int(plugins.entries.size());
        m_result.parts.truncated |= plugins.truncated;
        for (const QFileInfo& jar : plugins.entries) {
            const QString name = jar.fileName();
            if (!name.startsWith(kKernelBundlePrefix))
                continue;
            const QString relative = kPlugins + u'/' + name;
            // The value is the version part of the name: the jar's content says nothing.
            const QString version = name.mid(kKernelBundlePrefix.size()).chopped(4);
            m_result.evidence.append(
                { VersionEvidence::Kind::Kernel, relative, version, {}, parseReleaseVersion(version) });
            break;
        }
    }

    void determineRelease()
    {
        addPluginKernelEvidence();

        // Pointers into m_result.evidence: nothing is appended to it from here on.
        const VersionEvidence* primary = nullptr;
        const VersionEvidence* kernelSource = nullptr;
        for (const VersionEvidence& item : std::as_const(m_result.evidence)) {
            if (item.version.isNull())
                continue;
            if (item.kind == VersionEvidence::Kind::Product) {
                if (!primary)
                    primary = &item;
            } else if (!kernelSource) {
                kernelSource = &item;
            }
        }
        if (kernelSource)
            m_result.kernel = kernelSource->version;

        if (primary) {
            m_result.release = primary->version;
        } else if (kernelSource) {
            if (const auto release = findIsReleaseByKernel(kernelSource->version)) {
                m_result.release = release->version;
                warn(u"release.from-kernel"_s,
                    tr("No file names the release; %1 says kernel %2, which is the kernel of WSO2 Identity "
                       "Server %3, so this home is taken to be %3. Restore %4 from the release's "
                       "distribution "
                       "to be sure.")
                        .arg(kernelSource->source, kernelSource->version.toString(), release->versionString(),
                            QString(kVersionTxt)));
            }
        }
        if (m_result.productName.isEmpty() && !m_result.release.isNull())
            m_result.productName = kIdentityServerName;

        if (m_result.release.isNull()) {
            warn(u"release.undetected"_s,
                tr("None of %1 names a release, so the wizard cannot tell which rules apply to this home. "
                   "Restore %2 from the release's distribution.")
                    .arg(listText({ kVersionTxt, kProductTxt, kReleaseNotes, kCarbonXml, kCarbonVersionTxt }),
                        QString(kVersionTxt)));
        }

        const std::optional<IsRelease> known = findIsRelease(m_result.release);
        m_result.knownRelease = known.has_value();
        if (known && m_result.kernel.isNull())
            m_result.kernel = known->kernel;

        warnAboutConflicts(primary, known);
        warnAboutUnknownRelease();

        if (!isFile(m_root, kDeploymentToml)) {
            if (!m_result.release.isNull() && compareReleases(m_result.release, QVersionNumber(5, 9)) < 0)
                warn(u"config.xml-only"_s,
                    tr("WSO2 Identity Server %1 predates deployment.toml (introduced in 5.9.0): its "
                       "configuration "
                       "lives in the XML files under repository/conf/, which the wizard cannot carry over. "
                       "Move "
                       "your changes by hand.")
                        .arg(m_result.releaseString()));
            else
                warn(u"config.missing"_s,
                    tr("%1 is missing, so there is no configuration to carry over. Restore it from a backup "
                       "of "
                       "this home.")
                        .arg(QString(kDeploymentToml)));
        }
    }

    void warnAboutConflicts(const VersionEvidence* primary, const std::optional<IsRelease>& known)
    {
        QStringList productSays;
        QSet<QString> distinct;
        for (const VersionEvidence& item : std::as_const(m_result.evidence))
            if (item.kind == VersionEvidence::Kind::Product && !item.version.isNull()) {
                productSays << tr("%1 says %2").arg(item.source, item.version.toString());
                distinct.insert(item.version.normalized().toString());
            }

        // With a known release every kernel source must match its kernel; without
        // one, the kernel sources can only be held against each other.
        QStringList kernelSays;
        QSet<QString> distinctKernels;
        for (const VersionEvidence& item : std::as_const(m_result.evidence)) {
            if (item.kind != VersionEvidence::Kind::Kernel || item.version.isNull())
                continue;
            distinctKernels.insert(item.version.normalized().toString());
            if (!known) {
                kernelSays << tr("%1 says kernel %2").arg(item.source, item.version.toString());
                continue;
            }
            if (compareReleases(item.version, known->kernel) == 0)
                continue;
            const auto owner = findIsReleaseByKernel(item.version);
            kernelSays << (owner ? tr("%1 says kernel %2, which belongs to %3, not to %4 (kernel %5)")
                                       .arg(item.source, item.version.toString(), owner->versionString(),
                                           known->versionString(), known->kernelString())
                                 : tr("%1 says kernel %2, not %3 as %4 has")
                                       .arg(item.source, item.version.toString(), known->kernelString(),
                                           known->versionString()));
        }
        if (!known && distinctKernels.size() <= 1)
            kernelSays.clear();

        if (distinct.size() <= 1 && kernelSays.isEmpty())
            return;
        QStringList parts;
        if (distinct.size() > 1)
            parts << productSays.join(u"; "_s);
        parts << kernelSays;
        const QString basis = primary
            ? tr("The wizard goes by %1 (%2).").arg(primary->version.toString(), primary->source)
            : QString();
        warn(u"version.conflict"_s,
            tr("The version sources disagree: %1. %2 Make sure which release this home really is: a partly "
               "applied update or a file copied from another home leaves such traces.")
                .arg(parts.join(u"; "_s), basis)
                .simplified());
    }

    void warnAboutUnknownRelease()
    {
        if (m_result.release.isNull())
            return;
        const QString release = m_result.releaseString();
        switch (classifyRelease(m_result.release)) {
        case ReleasePosition::Known:
            return;
        case ReleasePosition::NewerThanKnown:
            warn(u"release.newer-than-known"_s,
                tr("WSO2 Identity Server %1 is newer than the newest release this wizard knows (%2). Its "
                   "checks "
                   "and configuration rules may not cover it: look for a newer version of the wizard.")
                    .arg(release, latestKnownRelease().versionString()));
            return;
        case ReleasePosition::OlderThanKnown:
            warn(u"release.older-than-known"_s,
                tr("WSO2 Identity Server %1 is older than the oldest release this wizard knows (%2). Its "
                   "checks "
                   "and configuration rules do not cover it.")
                    .arg(release, oldestKnownRelease().versionString()));
            return;
        case ReleasePosition::Unknown:
            warn(u"release.unknown"_s,
                tr("%1 is not a WSO2 Identity Server release this wizard knows (it knows %2 to %3). Check "
                   "the "
                   "version files of this home.")
                    .arg(
                        release, oldestKnownRelease().versionString(), latestKnownRelease().versionString()));
            return;
        }
    }

    void collectParts()
    {
        const QDir home(m_root);
        IsHomeParts& parts = m_result.parts;
        parts.deploymentToml = isFile(m_root, kDeploymentToml);

        const auto jars = [&](QLatin1StringView folder) {
            const Listing listing = listFolder(home.filePath(folder), QDir::Files, { u"*.jar"_s });
            parts.truncated |= listing.truncated;
            return fileNames(listing.entries);
        };
        parts.dropinJars = jars(kDropins);
        parts.libJars = jars(kLib);

        const Listing security = listFolder(home.filePath(kSecurity), QDir::Files);
        parts.truncated |= security.truncated;
        for (const QFileInfo& file : security.entries) {
            const QString type = keystoreType(file.suffix());
            if (type.isEmpty())
                continue;
            parts.keystores.append({ file.fileName(), kSecurity + u'/' + file.fileName(), type,
                containsName(kStockKeystores, file.fileName()) });
        }

        const Listing userStores = listFolder(home.filePath(kUserStores), QDir::Files, { u"*.xml"_s });
        parts.truncated |= userStores.truncated;
        parts.userStores = fileNames(userStores.entries);

        const Listing webApps = listFolder(home.filePath(kWebApps), QDir::Files | QDir::Dirs);
        parts.truncated |= webApps.truncated;
        QSet<QString> seenWebApps;
        for (const QFileInfo& entry : webApps.entries) {
            QString name = entry.fileName();
            if (entry.isFile()) {
                if (entry.suffix().compare(u"war"_s, Qt::CaseInsensitive) != 0)
                    continue;
                name.chop(4);
            }
            if (!seenWebApps.contains(name)) {
                seenWebApps.insert(name);
                parts.webApps << name;
            }
        }
        parts.webApps.sort(Qt::CaseInsensitive);

        // Tenant folders are named by the numeric tenant id.
        const Listing tenants = listFolder(home.filePath(kTenants), QDir::Dirs);
        parts.truncated |= tenants.truncated;
        for (const QFileInfo& entry : tenants.entries) {
            bool numeric = false;
            entry.fileName().toLongLong(&numeric);
            if (numeric)
                parts.tenants << entry.fileName();
        }

        bool truncated = false;
        if (QFileInfo(home.filePath(kDbScripts)).isDir())
            parts.dbScriptCount = countSqlFiles(home.filePath(kDbScripts), &truncated);
        parts.truncated |= truncated;
        parts.cleanupScriptDialects
            = fileNames(listFolder(home.filePath(kStoredProcedures), QDir::Dirs).entries);

        if (parts.truncated)
            warn(u"parts.truncated"_s,
                tr("Some folders of this home hold more than %1 entries; only the first ones were looked at.")
                    .arg(kMaxEntriesPerFolder));
    }

    // The user store manager class tells whether the store supports unique
    // user IDs, which the newer releases expect.
    static QString userStoreManagerClass(const QString& file)
    {
        const TextRead text = readHead(file);
        const QRegularExpressionMatch match
            = QRegularExpression(u"<UserStoreManager[^>]*\\bclass\\s*=\\s*\"([^\"]+)\""_s).match(text.text);
        return match.hasMatch() ? match.captured(1).trimmed() : QString();
    }

    void collectCustomizations()
    {
        const IsHomeParts& parts = m_result.parts;
        QList<Customization>& found = m_result.customizations;
        const QString newRelease = latestKnownRelease().versionString();

        for (const QString& jar : parts.dropinJars)
            found.append({ CustomizationKind::DropinJar, jar, kDropins + u'/' + jar,
                tr("OSGi bundle added to dropins"),
                tr("Copy it to %1 of the new home once it is rebuilt or confirmed for the APIs of %2.")
                    .arg(QString(kDropins), newRelease) });

        for (const QString& jar : parts.libJars) {
            const QString database = jdbcDatabase(jar);
            if (!database.isEmpty())
                found.append({ CustomizationKind::JdbcDriver, jar, kLib + u'/' + jar,
                    tr("%1 JDBC driver").arg(database),
                    tr("Copy a %1 JDBC driver to %2 of the new home; prefer the current driver release, "
                       "built for "
                       "the Java version the new release runs on.")
                        .arg(database, QString(kLib)) });
            else
                found.append({ CustomizationKind::LibJar, jar, kLib + u'/' + jar, tr("library added to lib"),
                    tr("Copy it to %1 of the new home unless the new release already ships it (or a newer "
                       "version of it).")
                        .arg(QString(kLib)) });
        }

        for (const KeystoreFile& keystore : parts.keystores) {
            if (keystore.stock)
                continue;
            found.append({ CustomizationKind::Keystore, keystore.name, keystore.relativePath,
                tr("%1 keystore").arg(keystore.type),
                tr("Copy it to %1 of the new home. From 7.1.0 keystores default to PKCS12: a %2 file keeps "
                   "working only where deployment.toml says type = \"%2\".")
                    .arg(QString(kSecurity), keystore.type) });
        }

        for (const QString& store : parts.userStores) {
            const QString relative = kUserStores + u'/' + store;
            const QString managerClass = userStoreManagerClass(QDir(m_root).filePath(relative));
            const QString shortClass = managerClass.section(u'.', -1);
            const bool uniqueId = shortClass.contains(u"UniqueID"_s, Qt::CaseInsensitive);
            QString detail = shortClass.isEmpty() ? tr("secondary user store")
                                                  : tr("secondary user store (%1)").arg(shortClass);
            QString hint = tr("Copy it to %1 of the new home.").arg(QString(kUserStores));
            if (!shortClass.isEmpty() && !uniqueId)
                hint += u' '
                    + tr("Its user store manager does not support unique user IDs; the newer releases keep "
                         "such "
                         "managers for backward compatibility only, so plan the switch to the UniqueID "
                         "variant.");
            found.append({ CustomizationKind::UserStore, store, relative, detail, hint });
        }

        const QDir webApps(QDir(m_root).filePath(kWebApps));
        for (const QString& webApp : parts.webApps) {
            if (isStockWebApp(webApp))
                continue;
            const bool exploded = QFileInfo(webApps.filePath(webApp)).isDir();
            const QString name = exploded ? webApp : webApp + u".war"_s;
            found.append({ CustomizationKind::WebApp, name, kWebApps + u'/' + name,
                exploded ? tr("web app (folder)") : tr("web app (war)"),
                tr("Rebuild it against %1 and deploy it in %2 of the new home.")
                    .arg(newRelease, QString(kWebApps)) });
        }

        for (const QString& tenant : parts.tenants)
            found.append({ CustomizationKind::Tenant, tenant, kTenants + u'/' + tenant,
                tr("tenant %1").arg(tenant),
                tr("The tenant's data moves with the databases; copy %1 to the new home for its files (user "
                   "stores, keystores).")
                    .arg(kTenants + u'/' + tenant) });
    }

    IsHomeInspection m_result;
    QString m_root;
};

class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::IsHomeInspector)
public:
    static QString render(const IsHomeInspection& inspection)
    {
        if (!inspection.ok)
            return inspection.error + u'\n';

        QString out;
        int width = 24;
        const auto line = [&out, &width](const QString& label, const QString& value) {
            out += u"  "_s + label.leftJustified(width) + u' ' + value + u'\n';
        };
        out += tr("IS home: %1").arg(QDir::toNativeSeparators(inspection.canonicalPath)) + u'\n';
        const QString release = inspection.release.isNull() ? tr("unknown") : inspection.releaseString();
        const QString kernel = inspection.kernel.isNull() ? tr("unknown") : inspection.kernel.toString();
        out += tr("Release: %1 %2 (kernel %3)")
                   .arg(inspection.productName.isEmpty() ? QString(kIdentityServerName)
                                                         : inspection.productName,
                       release, kernel)
            + u'\n';

        out += u'\n' + tr("Version sources:") + u'\n';
        for (const VersionEvidence& item : inspection.evidence)
            width = std::max(width, int(item.source.size()));
        for (const VersionEvidence& item : inspection.evidence)
            line(item.source, item.value);
        width = 24;

        if (!inspection.warnings.isEmpty()) {
            out += u'\n' + tr("Warnings:") + u'\n';
            for (const IsHomeWarning& warning : inspection.warnings)
                out += u"  ! "_s + warning.message + u'\n';
        }

        const IsHomeParts& parts = inspection.parts;
        const auto names = [](const QStringList& list) {
            return list.isEmpty() ? tr("none") : tr("%1: %2").arg(list.size()).arg(list.join(u", "_s));
        };
        QStringList keystores;
        for (const KeystoreFile& keystore : parts.keystores)
            keystores << tr("%1 (%2)").arg(keystore.name, keystore.type);
        out += u'\n' + tr("Parts:") + u'\n';
        line(tr("deployment.toml"), parts.deploymentToml ? tr("present") : tr("missing"));
        line(tr("Plugin jars"), QString::number(parts.pluginJarCount));
        line(tr("Dropin jars"), names(parts.dropinJars));
        line(tr("Lib jars"), names(parts.libJars));
        line(tr("Keystores"), names(keystores));
        line(tr("Secondary user stores"), names(parts.userStores));
        line(tr("Web apps"), names(parts.webApps));
        line(tr("Tenants"), names(parts.tenants));
        line(tr("Database scripts"),
            tr("%1 .sql files; cleanup scripts for %2")
                .arg(parts.dbScriptCount)
                .arg(parts.cleanupScriptDialects.isEmpty() ? tr("no database")
                                                           : parts.cleanupScriptDialects.join(u", "_s)));

        out += u'\n';
        if (inspection.customizations.isEmpty()) {
            out += tr("Customizations: none found.") + u'\n';
            return out;
        }
        out += tr("Customizations to carry over (%1):").arg(inspection.customizations.size()) + u'\n';
        for (const Customization& item : inspection.customizations) {
            QString detail = item.detail;
            if (!detail.isEmpty())
                detail[0] = detail.at(0).toUpper();
            out += u"  - "_s + customizationKindName(item.kind) + u": "_s + item.relativePath + u'\n';
            out += u"      "_s + tr("%1. %2").arg(detail, item.hint) + u'\n';
        }
        return out;
    }
};

} // namespace

bool IsHomeInspection::hasWarning(const QString& id) const
{
    return std::any_of(
        warnings.cbegin(), warnings.cend(), [&](const IsHomeWarning& warning) { return warning.id == id; });
}

IsHomeInspection inspectIsHome(const QString& path)
{
    return Inspector(path).run();
}

QString customizationKindId(CustomizationKind kind)
{
    switch (kind) {
    case CustomizationKind::DropinJar:
        return u"dropin-jar"_s;
    case CustomizationKind::LibJar:
        return u"lib-jar"_s;
    case CustomizationKind::JdbcDriver:
        return u"jdbc-driver"_s;
    case CustomizationKind::UserStore:
        return u"userstore"_s;
    case CustomizationKind::Keystore:
        return u"keystore"_s;
    case CustomizationKind::WebApp:
        return u"webapp"_s;
    case CustomizationKind::Tenant:
        return u"tenant"_s;
    }
    return {};
}

QString customizationKindName(CustomizationKind kind)
{
    switch (kind) {
    case CustomizationKind::DropinJar:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "Dropin jar");
    case CustomizationKind::LibJar:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "Lib jar");
    case CustomizationKind::JdbcDriver:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "JDBC driver");
    case CustomizationKind::UserStore:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "User store");
    case CustomizationKind::Keystore:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "Keystore");
    case CustomizationKind::WebApp:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "Web app");
    case CustomizationKind::Tenant:
        return QCoreApplication::translate("Ismw::IsHomeInspector", "Tenant");
    }
    return {};
}

QString isHomeProblemId(IsHomeProblem problem)
{
    switch (problem) {
    case IsHomeProblem::None:
        return {};
    case IsHomeProblem::NoPath:
        return u"no-path"_s;
    case IsHomeProblem::NotFound:
        return u"not-found"_s;
    case IsHomeProblem::IsFile:
        return u"is-file"_s;
    case IsHomeProblem::IsArchive:
        return u"is-archive"_s;
    case IsHomeProblem::Unreadable:
        return u"unreadable"_s;
    case IsHomeProblem::NotAHome:
        return u"not-a-home"_s;
    case IsHomeProblem::ParentOfHome:
        return u"parent-of-home"_s;
    case IsHomeProblem::ParentOfHomes:
        return u"parent-of-homes"_s;
    case IsHomeProblem::NotIdentityServer:
        return u"not-identity-server"_s;
    }
    return {};
}

QString jdbcDriverDatabase(const QString& jarName)
{
    return jdbcDatabase(jarName);
}

QJsonObject toJson(const IsHomeInspection& inspection)
{
    const auto versionValue = [](const QVersionNumber& version) {
        return version.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(version.toString());
    };
    QJsonObject object {
        { u"ok"_s, inspection.ok },
        { u"path"_s, inspection.path },
        { u"canonicalPath"_s, inspection.canonicalPath },
    };
    if (!inspection.ok) {
        object.insert(u"problem"_s, isHomeProblemId(inspection.problem));
        object.insert(u"error"_s, inspection.error);
        if (!inspection.suggestedPath.isEmpty())
            object.insert(u"suggestedPath"_s, inspection.suggestedPath);
        if (!inspection.productName.isEmpty())
            object.insert(u"product"_s, inspection.productName);
        return object;
    }

    object.insert(u"product"_s, inspection.productName);
    object.insert(u"release"_s, versionValue(inspection.release));
    object.insert(u"kernel"_s, versionValue(inspection.kernel));
    object.insert(u"knownRelease"_s, inspection.knownRelease);

    QJsonArray evidence;
    for (const VersionEvidence& item : inspection.evidence)
        evidence.append(QJsonObject {
            { u"kind"_s, item.kind == VersionEvidence::Kind::Product ? u"product"_s : u"kernel"_s },
            { u"source"_s, item.source },
            { u"value"_s, item.value },
            { u"product"_s, item.productName },
            { u"version"_s, versionValue(item.version) },
        });
    object.insert(u"evidence"_s, evidence);

    QJsonArray warnings;
    for (const IsHomeWarning& warning : inspection.warnings)
        warnings.append(QJsonObject { { u"id"_s, warning.id }, { u"message"_s, warning.message } });
    object.insert(u"warnings"_s, warnings);

    const IsHomeParts& parts = inspection.parts;
    QJsonArray keystores;
    for (const KeystoreFile& keystore : parts.keystores)
        keystores.append(QJsonObject {
            { u"name"_s, keystore.name },
            { u"path"_s, keystore.relativePath },
            { u"type"_s, keystore.type },
            { u"stock"_s, keystore.stock },
        });
    object.insert(u"parts"_s,
        QJsonObject {
            { u"deploymentToml"_s, parts.deploymentToml },
            { u"pluginJarCount"_s, parts.pluginJarCount },
            { u"dropinJars"_s, QJsonArray::fromStringList(parts.dropinJars) },
            { u"libJars"_s, QJsonArray::fromStringList(parts.libJars) },
            { u"keystores"_s, keystores },
            { u"userStores"_s, QJsonArray::fromStringList(parts.userStores) },
            { u"webApps"_s, QJsonArray::fromStringList(parts.webApps) },
            { u"tenants"_s, QJsonArray::fromStringList(parts.tenants) },
            { u"dbScriptCount"_s, parts.dbScriptCount },
            { u"cleanupScriptDialects"_s, QJsonArray::fromStringList(parts.cleanupScriptDialects) },
            { u"truncated"_s, parts.truncated },
        });

    QJsonArray customizations;
    for (const Customization& item : inspection.customizations)
        customizations.append(QJsonObject {
            { u"kind"_s, customizationKindId(item.kind) },
            { u"name"_s, item.name },
            { u"path"_s, item.relativePath },
            { u"detail"_s, item.detail },
            { u"hint"_s, item.hint },
        });
    object.insert(u"customizations"_s, customizations);
    return object;
}

QString toText(const IsHomeInspection& inspection)
{
    return TextReport::render(inspection);
}

} // namespace Ismw
