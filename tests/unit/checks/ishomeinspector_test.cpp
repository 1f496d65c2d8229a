// SPDX-License-Identifier: Apache-2.0
#include "checks/IsHomeInspector.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <sys/wait.h>
#include <unistd.h>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::SampleDatabase)

namespace {

QString writeHome(const QString& dir, const QString& release, const SampleHomeOptions& options = {})
{
    QString error;
    if (!writeSampleIsHome(dir, release, options, &error)) {
        qWarning() << "writeSampleIsHome failed:" << error;
        return {};
    }
    return dir;
}

bool writeText(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// Rewrites every file that names the release, as an update or a hand edit would.
void relabelHome(const QString& home, const QString& release)
{
    writeText(home + u"/bin/version.txt"_s, u"WSO2 Identity Server v%1\n"_s.arg(release));
    writeText(home + u"/updates/product.txt"_s, u"wso2is-%1\n"_s.arg(release));
    writeText(home + u"/release-notes.html"_s,
        u"<html><head><title>Welcome to WSO2 Identity Server v%1!</title>"_s.arg(release));
    writeText(home + u"/repository/conf/carbon.xml"_s,
        u"<Server><Name>WSO2 Identity Server</Name><Version>%1</Version></Server>"_s.arg(release));
}

QStringList kinds(const IsHomeInspection& inspection)
{
    QStringList list;
    for (const Customization& item : inspection.customizations)
        list << customizationKindId(item.kind);
    return list;
}

const Customization* findCustomization(const IsHomeInspection& inspection, CustomizationKind kind)
{
    for (const Customization& item : inspection.customizations)
        if (item.kind == kind)
            return &item;
    return nullptr;
}

const IsHomeWarning* findWarning(const IsHomeInspection& inspection, const QString& id)
{
    for (const IsHomeWarning& warning : inspection.warnings)
        if (warning.id == id)
            return &warning;
    return nullptr;
}

struct ChildInspection
{
    bool ran = false;
    IsHomeProblem problem = IsHomeProblem::None;
    QString error;
};

// Root reads every folder whatever its mode, so the unreadable cases run the
// inspection in a child process that has become "nobody".
ChildInspection inspectAsNobody(const QString& path)
{
    ChildInspection result;
    int fds[2];
    if (pipe(fds) != 0)
        return result;
    const pid_t pid = fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(3);
        const IsHomeInspection inspection = inspectIsHome(path);
        const QByteArray payload
            = QByteArray::number(int(inspection.problem)) + '\n' + inspection.error.toUtf8();
        const bool written = ::write(fds[1], payload.constData(), size_t(payload.size())) == payload.size();
        _exit(written ? 0 : 4);
    }
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        return result;
    }
    QByteArray data;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        data.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return result;
    const qsizetype newline = data.indexOf('\n');
    result.ran = true;
    result.problem = IsHomeProblem(data.left(newline).toInt());
    result.error = QString::fromUtf8(data.mid(newline + 1));
    return result;
}

ChildInspection inspectWithoutPermission(const QString& path)
{
    if (geteuid() == 0)
        return inspectAsNobody(path);
    const IsHomeInspection inspection = inspectIsHome(path);
    return { true, inspection.problem, inspection.error };
}

} // namespace

class IsHomeInspectorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detectsRelease_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("keystoreType");
        QTest::addColumn<bool>("customized");
        QTest::newRow("5.9.0") << u"5.9.0"_s << u"4.5.1"_s << u"JKS"_s << false;
        QTest::newRow("5.11.0") << u"5.11.0"_s << u"4.6.1"_s << u"JKS"_s << false;
        QTest::newRow("5.11.0 customized") << u"5.11.0"_s << u"4.6.1"_s << u"JKS"_s << true;
        QTest::newRow("6.1.0") << u"6.1.0"_s << u"4.9.0"_s << u"JKS"_s << false;
        QTest::newRow("7.0.0") << u"7.0.0"_s << u"4.10.9"_s << u"JKS"_s << true;
        QTest::newRow("7.1.0") << u"7.1.0"_s << u"4.10.42"_s << u"PKCS12"_s << false;
        QTest::newRow("7.1.0 customized") << u"7.1.0"_s << u"4.10.42"_s << u"PKCS12"_s << true;
        QTest::newRow("7.3.0") << u"7.3.0"_s << u"4.12.34"_s << u"PKCS12"_s << false;
    }
    void detectsRelease()
    {
        QFETCH(QString, release);
        QFETCH(QString, kernel);
        QFETCH(QString, keystoreType);
        QFETCH(bool, customized);
        QTemporaryDir dir;
        SampleHomeOptions options;
        options.customizations = customized;
        const QString home = writeHome(dir.filePath(u"wso2is-"_s + release), release, options);
        QVERIFY(!home.isEmpty());

        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY2(inspection.ok, qPrintable(inspection.error));
        QCOMPARE(inspection.problem, IsHomeProblem::None);
        QCOMPARE(inspection.canonicalPath, QFileInfo(home).canonicalFilePath());
        QCOMPARE(inspection.releaseString(), release);
        QCOMPARE(inspection.kernel.toString(), kernel);
        QVERIFY(inspection.knownRelease);
        QCOMPARE(inspection.productName, u"WSO2 Identity Server"_s);
        QVERIFY2(inspection.warnings.isEmpty(), qPrintable(inspection.warnings.value(0).message));

        // Every source was read and agrees.
        QStringList sources;
        for (const VersionEvidence& item : inspection.evidence) {
            sources << item.source;
            QCOMPARE(item.version.toString(), item.kind == VersionEvidence::Kind::Product ? release : kernel);
        }
        for (const QString& expected : { u"bin/version.txt"_s, u"updates/product.txt"_s,
                 u"release-notes.html"_s, u"repository/conf/carbon.xml"_s, u"bin/wso2carbon-version.txt"_s })
            QVERIFY2(sources.contains(expected), qPrintable(expected));
        QVERIFY(sources.contains(u"repository/components/plugins/org.wso2.carbon.core_%1.jar"_s.arg(kernel)));

        const IsHomeParts& parts = inspection.parts;
        QVERIFY(parts.deploymentToml);
        QVERIFY(parts.pluginJarCount >= 5);
        QCOMPARE(parts.cleanupScriptDialects, (QStringList { u"mysql"_s, u"postgresql"_s }));
        QCOMPARE(parts.dbScriptCount, 6);
        QVERIFY(parts.webApps.contains(u"authenticationendpoint"_s));
        QVERIFY(parts.webApps.contains(u"oauth2"_s));
        QVERIFY(!parts.truncated);
        QVERIFY(parts.keystores.size() >= 2);
        for (const KeystoreFile& keystore : parts.keystores)
            if (keystore.stock)
                QCOMPARE(keystore.type, keystoreType);
        QCOMPARE(inspection.customizations.isEmpty(), !customized);
    }

    void release580IsConfiguredByXml()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"wso2is-5.8.0"_s), u"5.8.0"_s);
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY2(inspection.ok, qPrintable(inspection.error));
        QCOMPARE(inspection.releaseString(), u"5.8.0"_s);
        QCOMPARE(inspection.kernel.toString(), u"4.4.35"_s);
        QVERIFY(!inspection.parts.deploymentToml);
        const IsHomeWarning* warning = findWarning(inspection, u"config.xml-only"_s);
        QVERIFY(warning);
        QVERIFY(warning->message.contains(u"5.9.0"_s));
    }

    void customizationsFound_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<SampleDatabase>("database");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("keystore");
        QTest::addColumn<bool>("uniqueIdUserStore");
        QTest::newRow("5.9.0 mysql") << u"5.9.0"_s << SampleDatabase::MySql << u"MySQL"_s
                                     << u"partner-signing.jks"_s << false;
        QTest::newRow("5.11.0 mysql")
            << u"5.11.0"_s << SampleDatabase::MySql << u"MySQL"_s << u"partner-signing.jks"_s << true;
        QTest::newRow("7.1.0 postgresql") << u"7.1.0"_s << SampleDatabase::PostgreSql << u"PostgreSQL"_s
                                          << u"partner-signing.p12"_s << true;
    }
    void customizationsFound()
    {
        QFETCH(QString, release);
        QFETCH(SampleDatabase, database);
        QFETCH(QString, driver);
        QFETCH(QString, keystore);
        QFETCH(bool, uniqueIdUserStore);
        QTemporaryDir dir;
        SampleHomeOptions options;
        options.customizations = true;
        options.database = database;
        const IsHomeInspection inspection
            = inspectIsHome(writeHome(dir.filePath(u"home"_s), release, options));
        QVERIFY2(inspection.ok, qPrintable(inspection.error));

        const QStringList found = kinds(inspection);
        for (const QString& kind : { u"dropin-jar"_s, u"lib-jar"_s, u"jdbc-driver"_s, u"userstore"_s,
                 u"keystore"_s, u"webapp"_s, u"tenant"_s })
            QVERIFY2(found.contains(kind), qPrintable(kind + u" missing in "_s + found.join(u", "_s)));

        const Customization* jdbc = findCustomization(inspection, CustomizationKind::JdbcDriver);
        QVERIFY(jdbc->detail.contains(driver));
        QVERIFY(jdbc->relativePath.startsWith(u"repository/components/lib/"_s));
        QVERIFY(!jdbc->hint.isEmpty());
        // The driver is named as a driver, not once more as a plain lib jar.
        QCOMPARE(found.count(u"jdbc-driver"_s), 1);
        QCOMPARE(found.count(u"lib-jar"_s), 1);

        // Only the extra keystore is a customization; the stock ones are not.
        QCOMPARE(found.count(u"keystore"_s), 1);
        QCOMPARE(findCustomization(inspection, CustomizationKind::Keystore)->name, keystore);
        QCOMPARE(
            findCustomization(inspection, CustomizationKind::WebApp)->name, u"example-selfservice.war"_s);
        QCOMPARE(findCustomization(inspection, CustomizationKind::Tenant)->name, u"1"_s);
        QCOMPARE(inspection.parts.userStores, QStringList { u"CORP.xml"_s });

        const Customization* userStore = findCustomization(inspection, CustomizationKind::UserStore);
        QCOMPARE(userStore->detail.contains(u"UniqueID"_s), uniqueIdUserStore);
        QCOMPARE(userStore->hint.contains(u"unique user IDs"_s), !uniqueIdUserStore);
    }

    void customWebAppsOnlyWhenNotStock()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.3.0"_s);
        const QString webapps = home + u"/repository/deployment/server/webapps/"_s;
        QVERIFY(writeText(webapps + u"api#identity#custom#v1.0.war"_s, {}));
        QVERIFY(writeText(webapps + u"branding/index.html"_s, {}));
        QVERIFY(writeText(webapps + u"branding.war"_s, {}));
        QVERIFY(writeText(webapps + u"readme.txt"_s, {}));
        const IsHomeInspection inspection = inspectIsHome(home);
        // The war and its exploded folder are one web app; the api# war is stock.
        QCOMPARE(kinds(inspection), QStringList { u"webapp"_s });
        QCOMPARE(inspection.parts.webApps.count(u"branding"_s), 1);
        QVERIFY(!inspection.parts.webApps.contains(u"readme"_s));
    }

    // ---- refusals: each with its own message ----

    void refusesEmptyPath()
    {
        const IsHomeInspection inspection = inspectIsHome(QString());
        QVERIFY(!inspection.ok);
        QCOMPARE(inspection.problem, IsHomeProblem::NoPath);
        QVERIFY(inspection.error.contains(u"No folder"_s));
    }

    void refusesMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wso2is-7.1.0"_s);
        const IsHomeInspection inspection = inspectIsHome(path);
        QVERIFY(!inspection.ok);
        QCOMPARE(inspection.problem, IsHomeProblem::NotFound);
        QVERIFY(inspection.canonicalPath.isEmpty());
        QVERIFY(inspection.error.contains(QDir::toNativeSeparators(path)));
        QVERIFY(inspection.error.contains(u"does not exist"_s));
    }

    void refusesBrokenLink()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(u"current"_s);
        QVERIFY(QFile::link(dir.filePath(u"gone"_s), link));
        const IsHomeInspection inspection = inspectIsHome(link);
        QCOMPARE(inspection.problem, IsHomeProblem::NotFound);
        QVERIFY(inspection.error.contains(u"symbolic link"_s));
        QVERIFY(inspection.error.contains(dir.filePath(u"gone"_s)));
    }

    void refusesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_s);
        QVERIFY(writeText(path, u"hello"_s));
        const IsHomeInspection inspection = inspectIsHome(path);
        QCOMPARE(inspection.problem, IsHomeProblem::IsFile);
        QVERIFY(inspection.error.contains(path));
        QVERIFY(inspection.error.contains(u"is a file, not a folder"_s));
        QVERIFY(inspection.error.contains(u"bin/ and repository/"_s));
        QVERIFY(inspection.suggestedPath.isEmpty());
    }

    void refusesFileInsideHomeAndNamesTheHome()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"wso2is-7.1.0"_s), u"7.1.0"_s);
        const IsHomeInspection inspection = inspectIsHome(home + u"/repository/conf/deployment.toml"_s);
        QCOMPARE(inspection.problem, IsHomeProblem::IsFile);
        QCOMPARE(
            QFileInfo(inspection.suggestedPath).canonicalFilePath(), QFileInfo(home).canonicalFilePath());
        QVERIFY(inspection.error.contains(u"inside the IS home"_s));
    }

    void refusesArchive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folder");
        QTest::newRow("zip") << u"wso2is-7.1.0.zip"_s << u"wso2is-7.1.0"_s;
        QTest::newRow("tar.gz") << u"wso2is-6.1.0.tar.gz"_s << u"wso2is-6.1.0"_s;
    }
    void refusesArchive()
    {
        QFETCH(QString, name);
        QFETCH(QString, folder);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeText(path, u"PK"_s));
        const IsHomeInspection inspection = inspectIsHome(path);
        QCOMPARE(inspection.problem, IsHomeProblem::IsArchive);
        QVERIFY(inspection.error.contains(path));
        QVERIFY(inspection.error.contains(u"Extract it first"_s));
        QVERIFY(inspection.error.contains(u"unzip "_s + name));
        QVERIFY(inspection.error.contains(u"folder "_s + folder));
    }

    void refusesArchiveButPointsToExtractedFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(u"wso2is-7.1.0.zip"_s), u"PK"_s));
        QVERIFY(!writeHome(dir.filePath(u"wso2is-7.1.0"_s), u"7.1.0"_s).isEmpty());
        const IsHomeInspection inspection = inspectIsHome(dir.filePath(u"wso2is-7.1.0.zip"_s));
        QCOMPARE(inspection.problem, IsHomeProblem::IsArchive);
        QCOMPARE(inspection.suggestedPath, dir.filePath(u"wso2is-7.1.0"_s));
        QVERIFY(inspection.error.contains(u"extracted already"_s));
    }

    void refusesUnreadable_data()
    {
        QTest::addColumn<bool>("blockParent");
        QTest::newRow("folder itself") << false;
        QTest::newRow("parent folder") << true;
    }
    void refusesUnreadable()
    {
        QFETCH(bool, blockParent);
        QTemporaryDir dir;
        // "nobody" must reach the temporary folder to meet the blocked one.
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther));
        const QString parent = dir.filePath(u"locked"_s);
        const QString home = writeHome(parent + u"/wso2is-7.1.0"_s, u"7.1.0"_s);
        QVERIFY(!home.isEmpty());
        const QString blocked = blockParent ? parent : home;
        if (!blockParent)
            QVERIFY(QFile::setPermissions(parent,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                    | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(blocked, QFileDevice::Permissions()));

        const ChildInspection inspection = inspectWithoutPermission(home);
        QFile::setPermissions(
            blocked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(inspection.ran);
        QCOMPARE(inspection.problem, IsHomeProblem::Unreadable);
        QVERIFY2(inspection.error.contains(u"cannot be read"_s), qPrintable(inspection.error));
        QVERIFY(inspection.error.contains(home));
        QVERIFY(inspection.error.contains(u"read access"_s));
        if (blockParent)
            QVERIFY(inspection.error.contains(parent));
    }

    void refusesFolderThatIsNotAHome()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"downloads"_s);
        QVERIFY(writeText(folder + u"/bin/start.sh"_s, u"#!/bin/sh\n"_s));
        QVERIFY(QDir().mkpath(folder + u"/repository/logs"_s));
        const IsHomeInspection inspection = inspectIsHome(folder);
        QVERIFY(!inspection.ok);
        QCOMPARE(inspection.problem, IsHomeProblem::NotAHome);
        QVERIFY(inspection.error.contains(folder));
        QVERIFY2(inspection.error.contains(
                     u"missing bin/version.txt, updates/product.txt and repository/conf/deployment.toml"_s),
            qPrintable(inspection.error));
        QVERIFY(inspection.error.contains(
            u"Choose the folder that contains bin/ and repository/, e.g. wso2is-"_s));
    }

    void refusesParentAndSuggestsTheHome()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"wso2is-7.1.0"_s), u"7.1.0"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"backups"_s)));
        // Another product beside it does not count as a second IS home.
        QVERIFY(writeText(dir.filePath(u"wso2am-4.2.0/bin/version.txt"_s), u"WSO2 API Manager v4.2.0\n"_s));
        const IsHomeInspection inspection = inspectIsHome(dir.path());
        QVERIFY(!inspection.ok);
        QCOMPARE(inspection.problem, IsHomeProblem::ParentOfHome);
        QCOMPARE(inspection.suggestedPath, QFileInfo(home).canonicalFilePath());
        QVERIFY(inspection.error.contains(u"contains one"_s));
        QVERIFY(inspection.error.contains(u"Choose "_s + inspection.suggestedPath));
    }

    void refusesParentOfSeveralHomes()
    {
        QTemporaryDir dir;
        QVERIFY(!writeHome(dir.filePath(u"wso2is-5.11.0"_s), u"5.11.0"_s).isEmpty());
        QVERIFY(!writeHome(dir.filePath(u"wso2is-7.3.0"_s), u"7.3.0"_s).isEmpty());
        const IsHomeInspection inspection = inspectIsHome(dir.path());
        QCOMPARE(inspection.problem, IsHomeProblem::ParentOfHomes);
        QVERIFY(inspection.suggestedPath.isEmpty());
        QVERIFY(inspection.error.contains(u"wso2is-5.11.0 and wso2is-7.3.0"_s));
    }

    void refusesOtherWso2Product_data()
    {
        QTest::addColumn<QString>("versionTxt");
        QTest::addColumn<QString>("productTxt");
        QTest::addColumn<QString>("product");
        QTest::newRow("API Manager") << u"WSO2 API Manager v4.2.0"_s << u"wso2am-4.2.0"_s
                                     << u"WSO2 API Manager"_s;
        QTest::newRow("only product.txt") << QString() << u"wso2mi-4.2.0"_s << u"WSO2 Micro Integrator"_s;
        QTest::newRow("IS as key manager") << u"WSO2 Identity Server as Key Manager v5.10.0"_s << QString()
                                           << u"WSO2 Identity Server as Key Manager"_s;
    }
    void refusesOtherWso2Product()
    {
        QFETCH(QString, versionTxt);
        QFETCH(QString, productTxt);
        QFETCH(QString, product);
        QTemporaryDir dir;
        const QString home = dir.filePath(u"product"_s);
        if (!versionTxt.isEmpty())
            QVERIFY(writeText(home + u"/bin/version.txt"_s, versionTxt + u'\n'));
        if (!productTxt.isEmpty())
            QVERIFY(writeText(home + u"/updates/product.txt"_s, productTxt + u'\n'));
        QVERIFY(writeText(home + u"/repository/conf/deployment.toml"_s, u"[server]\n"_s));
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY(!inspection.ok);
        QCOMPARE(inspection.problem, IsHomeProblem::NotIdentityServer);
        QCOMPARE(inspection.productName, product);
        QVERIFY(inspection.error.contains(home));
        QVERIFY(inspection.error.contains(u"is a home of "_s + product));
        QVERIFY(inspection.error.contains(
            versionTxt.isEmpty() ? u"updates/product.txt"_s : u"bin/version.txt"_s));
        QVERIFY(inspection.error.contains(u"Identity Server only"_s));
    }

    // ---- warnings ----

    void warnsAboutUnknownRelease_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("says");
        QTest::newRow("newer") << u"7.4.0"_s << u"release.newer-than-known"_s << u"newer than the newest"_s;
        QTest::newRow("next major") << u"8.0.0"_s << u"release.newer-than-known"_s << u"7.3.0"_s;
        QTest::newRow("older") << u"5.7.0"_s << u"release.older-than-known"_s << u"older than the oldest"_s;
        QTest::newRow("gap") << u"6.2.0"_s << u"release.unknown"_s << u"not a WSO2 Identity Server release"_s;
    }
    void warnsAboutUnknownRelease()
    {
        QFETCH(QString, release);
        QFETCH(QString, id);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.3.0"_s);
        relabelHome(home, release);
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY2(inspection.ok, qPrintable(inspection.error));
        QCOMPARE(inspection.releaseString(), release);
        QVERIFY(!inspection.knownRelease);
        const IsHomeWarning* warning = findWarning(inspection, id);
        QVERIFY(warning);
        QVERIFY2(warning->message.contains(release), qPrintable(warning->message));
        QVERIFY2(warning->message.contains(says), qPrintable(warning->message));
        // Only the release is unknown; the (single) kernel is not a conflict.
        QVERIFY(!inspection.hasWarning(u"version.conflict"_s));
    }

    void warnsWhenSourcesDisagree()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.1.0"_s);
        QVERIFY(writeText(home + u"/updates/product.txt"_s, u"wso2is-7.0.0\n"_s));
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY(inspection.ok);
        QCOMPARE(inspection.releaseString(), u"7.1.0"_s);
        const IsHomeWarning* warning = findWarning(inspection, u"version.conflict"_s);
        QVERIFY(warning);
        QVERIFY2(warning->message.contains(u"bin/version.txt says 7.1.0"_s), qPrintable(warning->message));
        QVERIFY(warning->message.contains(u"updates/product.txt says 7.0.0"_s));
        QVERIFY(warning->message.contains(u"release-notes.html says 7.1.0"_s));
        QVERIFY(warning->message.contains(u"goes by 7.1.0 (bin/version.txt)"_s));
    }

    void warnsWhenKernelBelongsToAnotherRelease()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.1.0"_s);
        QVERIFY(writeText(home + u"/bin/wso2carbon-version.txt"_s, u"WSO2 Carbon Framework v4.10.9\n"_s));
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY(inspection.ok);
        const IsHomeWarning* warning = findWarning(inspection, u"version.conflict"_s);
        QVERIFY(warning);
        QVERIFY2(
            warning->message.contains(
                u"bin/wso2carbon-version.txt says kernel 4.10.9, which belongs to 7.0.0, not to 7.1.0"_s),
            qPrintable(warning->message));
    }

    void fallsBackToKernel()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"6.1.0"_s);
        for (const QString& file : { u"bin/version.txt"_s, u"updates/product.txt"_s, u"release-notes.html"_s,
                 u"repository/conf/carbon.xml"_s })
            QVERIFY(QFile::remove(home + u'/' + file));
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY2(inspection.ok, qPrintable(inspection.error));
        QCOMPARE(inspection.releaseString(), u"6.1.0"_s);
        QCOMPARE(inspection.kernel.toString(), u"4.9.0"_s);
        QVERIFY(inspection.hasWarning(u"release.from-kernel"_s));
    }

    void warnsWhenNothingNamesTheRelease()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(writeText(home + u"/repository/conf/deployment.toml"_s, u"[server]\nhostname = \"x\"\n"_s));
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY(inspection.ok);
        QVERIFY(inspection.release.isNull());
        QVERIFY(inspection.kernel.isNull());
        QVERIFY(inspection.hasWarning(u"release.undetected"_s));
    }

    void warnsWhenDeploymentTomlIsMissing()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.1.0"_s);
        QVERIFY(QFile::remove(home + u"/repository/conf/deployment.toml"_s));
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY(inspection.ok);
        QVERIFY(!inspection.parts.deploymentToml);
        const IsHomeWarning* warning = findWarning(inspection, u"config.missing"_s);
        QVERIFY(warning);
        QVERIFY(warning->message.contains(u"repository/conf/deployment.toml"_s));
    }

    // ---- bounded walks ----

    void symlinkLoopsAndDeepTreesEnd()
    {
        QTemporaryDir dir;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.3.0"_s);
        QVERIFY(QFile::link(home, home + u"/dbscripts/identity/loop"_s));
        QVERIFY(QFile::link(home + u"/repository"_s, home + u"/repository/deployment/server/webapps/loop"_s));
        QString deep = home + u"/dbscripts/deep"_s;
        for (int i = 0; i < 40; ++i)
            deep += u"/d"_s;
        QVERIFY(writeText(deep + u"/buried.sql"_s, u"SELECT 1;"_s));

        QElapsedTimer timer;
        timer.start();
        const IsHomeInspection inspection = inspectIsHome(home);
        QVERIFY(timer.elapsed() < 10'000);
        QVERIFY(inspection.ok);
        QCOMPARE(inspection.parts.dbScriptCount, 6);
        QVERIFY(inspection.parts.truncated);
        QVERIFY(inspection.hasWarning(u"parts.truncated"_s));
    }

    void threadSafe()
    {
        QTemporaryDir dir;
        QStringList homes;
        int n = 0;
        for (const QString& release :
            { u"5.9.0"_s, u"5.11.0"_s, u"6.1.0"_s, u"7.0.0"_s, u"7.1.0"_s, u"7.3.0"_s }) {
            SampleHomeOptions options;
            options.customizations = (n++ % 2) == 0;
            homes << writeHome(dir.filePath(release), release, options);
        }
        QList<QJsonObject> serial;
        for (const QString& home : std::as_const(homes))
            serial << toJson(inspectIsHome(home));

        QStringList many;
        for (int round = 0; round < 8; ++round)
            many << homes;
        const QList<QJsonObject> parallel = QtConcurrent::blockingMapped(
            many, [](const QString& home) { return toJson(inspectIsHome(home)); });
        QCOMPARE(parallel.size(), many.size());
        for (qsizetype i = 0; i < parallel.size(); ++i)
            QCOMPARE(parallel.at(i), serial.at(i % homes.size()));
    }

    // ---- renderings ----

    void jsonHasTheFacts()
    {
        QTemporaryDir dir;
        SampleHomeOptions options;
        options.customizations = true;
        const QJsonObject json
            = toJson(inspectIsHome(writeHome(dir.filePath(u"home"_s), u"5.11.0"_s, options)));
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        QCOMPARE(json.value(u"release"_s).toString(), u"5.11.0"_s);
        QCOMPARE(json.value(u"kernel"_s).toString(), u"4.6.1"_s);
        QCOMPARE(json.value(u"product"_s).toString(), u"WSO2 Identity Server"_s);
        QCOMPARE(json.value(u"evidence"_s).toArray().size(), 6);
        QCOMPARE(json.value(u"warnings"_s).toArray().size(), 0);
        const QJsonObject parts = json.value(u"parts"_s).toObject();
        QCOMPARE(parts.value(u"userStores"_s).toArray().first().toString(), u"CORP.xml"_s);
        QCOMPARE(parts.value(u"keystores"_s).toArray().size(), 3);
        QStringList kindsFound;
        for (const QJsonValue& item : json.value(u"customizations"_s).toArray())
            kindsFound << item.toObject().value(u"kind"_s).toString();
        QVERIFY(kindsFound.contains(u"jdbc-driver"_s));
        QVERIFY(kindsFound.contains(u"tenant"_s));

        const QJsonObject refused = toJson(inspectIsHome(dir.filePath(u"nothing-here"_s)));
        QCOMPARE(refused.value(u"ok"_s).toBool(), false);
        QCOMPARE(refused.value(u"problem"_s).toString(), u"not-found"_s);
        QVERIFY(refused.value(u"error"_s).toString().contains(u"does not exist"_s));
        QVERIFY(!refused.contains(u"release"_s));
    }

    void textIsReadable()
    {
        QTemporaryDir dir;
        SampleHomeOptions options;
        options.customizations = true;
        const QString home = writeHome(dir.filePath(u"home"_s), u"7.1.0"_s, options);
        QVERIFY(writeText(home + u"/updates/product.txt"_s, u"wso2is-7.0.0\n"_s));
        const QString text = toText(inspectIsHome(home));
        QVERIFY(text.contains(u"Release: WSO2 Identity Server 7.1.0 (kernel 4.10.42)"_s));
        QVERIFY(text.contains(u"Warnings:"_s));
        QVERIFY(text.contains(u"JDBC driver: repository/components/lib/mysql-connector-j-8.4.0.jar"_s));
        QVERIFY(text.contains(u"CORP.xml"_s));

        const QString refused = toText(inspectIsHome(dir.filePath(u"nothing-here"_s)));
        QVERIFY(refused.contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(IsHomeInspectorTest)
#include "ishomeinspector_test.moc"
