// SPDX-License-Identifier: Apache-2.0
#include "checks/ResourceChecks.h"

#include "checks/IsRelease.h"
#include "config/TomlDocument.h"
#include "database/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStorageInfo>
#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ResourceChecks)
};

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;
// Below this nothing works: the servers' logs and the wizard's own backups
// alone need about that much.
constexpr qint64 kDiskBlockerBytes = 512 * kMiB;
// Room for logs, backups and temporary files on top of what is copied.
constexpr qint64 kDiskMarginBytes = kGiB;
// WSO2 asks for 4 GB memory for an IS node; 2 GB is where the server
// itself (its default heap is up to 2 GB in 7.x) no longer fits beside the OS.
constexpr qint64 kMemoryWarningBytes = 4 * kGiB;
constexpr qint64 kMemoryBlockerBytes = 2 * kGiB;
// A repository with tenants and logs can hold very many files; the walk stops
// here so that the checks end on network mounts too.
constexpr int kMaxWalkEntries = 200000;
// How many lines of `java -version` are kept as evidence.
constexpr int kJavaOutputLines = 3;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString homePath(const IsHomeInspection& home)
{
    return native(home.canonicalPath.isEmpty() ? home.path : home.canonicalPath);
}

QString orList(const QList<int>& versions)
{
    QStringList names;
    for (int version : versions)
        names << QString::number(version);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return Text::tr("%1 or %2").arg(names.join(u", "_s), last);
}

// `java -version` prints "1.8.0_392" for Java 8 and "17.0.9", "21" or
// "21-ea" from 9 on; the feature release is what the support tables use.
QVersionNumber parseJavaVersion(const QString& text)
{
    static const QRegularExpression quoted(u"version \"([^\"]+)\""_s);
    static const QRegularExpression bare(u"^(?:openjdk|java)\\s+(\\d+(?:\\.\\d+)*)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QString raw;
    if (const auto match = quoted.match(text); match.hasMatch())
        raw = match.captured(1);
    else if (const auto match2 = bare.match(text); match2.hasMatch())
        raw = match2.captured(1);
    if (raw.isEmpty())
        return {};
    static const QRegularExpression legacy(u"^1\\.(\\d+)(?:\\.(\\d+))?(?:_(\\d+))?"_s);
    if (const auto match = legacy.match(raw); match.hasMatch())
        return QVersionNumber(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    static const QRegularExpression modern(u"^(\\d+(?:\\.\\d+)*)"_s);
    if (const auto match = modern.match(raw); match.hasMatch())
        return QVersionNumber::fromString(match.captured(1));
    return {};
}

// The distributor, when the banner says it; the order matters because
// Temurin, Corretto & co. also print "OpenJDK".
QString javaVendor(const QString& text)
{
    static const QList<std::pair<QString, QString>> marks {
        { u"Temurin"_s, u"Temurin"_s },
        { u"AdoptOpenJDK"_s, u"AdoptOpenJDK"_s },
        { u"Corretto"_s, u"Corretto"_s },
        { u"Zulu"_s, u"Zulu"_s },
        { u"GraalVM"_s, u"GraalVM"_s },
        { u"Semeru"_s, u"IBM Semeru"_s },
        { u"OpenJ9"_s, u"IBM Semeru"_s },
        { u"SapMachine"_s, u"SapMachine"_s },
        { u"Microsoft"_s, u"Microsoft"_s },
        { u"Red_Hat"_s, u"Red Hat"_s },
        { u"Red Hat"_s, u"Red Hat"_s },
        { u"Liberica"_s, u"Liberica"_s },
        { u"BellSoft"_s, u"Liberica"_s },
        { u"Java(TM)"_s, u"Oracle"_s },
        { u"Java HotSpot"_s, u"Oracle"_s },
        { u"OpenJDK"_s, u"OpenJDK"_s },
    };
    for (const auto& [mark, vendor] : marks) {
        if (text.contains(mark, Qt::CaseInsensitive))
            return vendor;
    }
    return {};
}

QString javaExecutableName()
{
#ifdef Q_OS_WIN
    return u"java.exe"_s;
#else
    return u"java"_s;
#endif
}

struct Located
{
    QString executable;
    QString notExecutable; // a java that is there but cannot be run
};

// The first runnable java on a PATH-style list, as a shell would pick it.
Located findOnPath(const QString& path)
{
    Located located;
    const QStringList folders = path.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString& folder : folders) {
        const QFileInfo candidate(QDir(folder).filePath(javaExecutableName()));
        if (!candidate.exists() || candidate.isDir())
            continue;
        if (candidate.isExecutable()) {
            located.executable = candidate.absoluteFilePath();
            return located;
        }
        if (located.notExecutable.isEmpty())
            located.notExecutable = candidate.absoluteFilePath();
    }
    return located;
}

void runJava(JavaRuntime& runtime, int timeoutMs)
{
    QProcess process;
    // java prints its banner to stderr.
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProgram(runtime.executable);
    process.setArguments({ u"-version"_s });
    const QDeadlineTimer deadline(timeoutMs);
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 0)))) {
        runtime.error = Text::tr("%1 (%2) could not be started: %3.")
                            .arg(native(runtime.executable), runtime.source, process.errorString());
        process.kill();
        process.waitForFinished(1000);
        return;
    }
    if (!process.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        // A java that hangs (a broken network mount, a wrapper script that
        // waits for input) must not hang the checks.
        process.kill();
        process.waitForFinished(1000);
        runtime.error = Text::tr("%1 (%2) did not answer within %3 s to -version and was stopped.")
                            .arg(native(runtime.executable), runtime.source,
                                QLocale().toString(timeoutMs / 1000.0, 'g', 3));
        return;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    // "Picked up JAVA_TOOL_OPTIONS: …" comes first when such a variable is
    // set; the evidence is the version banner.
    lines.removeIf([](const QString& line) { return line.startsWith(u"Picked up "_s); });
    runtime.output = lines.mid(0, kJavaOutputLines).join(u'\n');
    runtime.version = parseJavaVersion(text);
    runtime.vendor = javaVendor(text);
    if (runtime.version.isNull()) {
        runtime.error = process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
            ? Text::tr("%1 (%2) -version failed (exit code %3): %4")
                  .arg(native(runtime.executable), runtime.source, QString::number(process.exitCode()),
                      lines.isEmpty() ? Text::tr("no output") : lines.constFirst())
            : Text::tr("%1 (%2) -version printed no Java version: %3")
                  .arg(native(runtime.executable), runtime.source,
                      lines.isEmpty() ? Text::tr("no output") : lines.constFirst());
        return;
    }
    runtime.found = true;
}

// Bytes of the regular files under `folder`, not following symbolic links (a
// link to a shared folder is not part of what is copied), at most
// kMaxWalkEntries entries; *truncated tells when the walk stopped early.
qint64 folderSize(const QString& folder, bool* truncated)
{
    qint64 bytes = 0;
    int entries = 0;
    *truncated = false;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (++entries > kMaxWalkEntries) {
            *truncated = true;
            break;
        }
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue;
        bytes += info.size();
    }
    return bytes;
}

CheckStatus diskStatus(qint64 available, qint64 needed)
{
    if (available < kDiskBlockerBytes)
        return CheckStatus::Blocker;
    if (available < needed)
        return CheckStatus::Warning;
    return CheckStatus::Pass;
}

PrerequisiteCheck resourceCheck(const QString& id, const QString& title)
{
    PrerequisiteCheck check;
    check.id = id;
    check.category = CheckCategory::Resources;
    check.title = title;
    return check;
}

// Reads the file system's free space; nullopt-like false when it cannot.
bool readStorage(const QString& path, QStorageInfo* storage)
{
    *storage = QStorageInfo(path);
    return storage->isValid() && storage->isReady() && storage->bytesAvailable() >= 0;
}

PrerequisiteCheck oldDiskCheck(const IsHomeInspection& oldHome)
{
    PrerequisiteCheck check = resourceCheck(u"resources.disk.old"_s, Text::tr("Free space at the old home"));
    if (!oldHome.ok) {
        check.status = CheckStatus::NotApplicable;
        check.message = Text::tr("Needs the old home; see the check of the old home.");
        return check;
    }
    QStorageInfo storage;
    if (!readStorage(oldHome.canonicalPath, &storage)) {
        check.status = CheckStatus::NotApplicable;
        check.message
            = Text::tr("The free space of the file system of %1 could not be read.").arg(homePath(oldHome));
        return check;
    }
    // What lands beside the old home: its server's logs of the last runs and
    // the wizard's backups of the configuration before anything is changed.
    const qint64 available = storage.bytesAvailable();
    check.status = diskStatus(available, kDiskMarginBytes);
    check.message = Text::tr("%1 free on %2 (the file system of the old home %3); the last runs of the old "
                             "server and the backups taken before the migration want about %4 there.")
                        .arg(sizeText(available), native(storage.rootPath()), homePath(oldHome),
                            sizeText(kDiskMarginBytes));
    if (check.status != CheckStatus::Pass)
        check.fixHint
            = Text::tr("Free at least %1 on %2.").arg(sizeText(kDiskMarginBytes), native(storage.rootPath()));
    return check;
}

PrerequisiteCheck newDiskCheck(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
{
    PrerequisiteCheck check = resourceCheck(u"resources.disk.new"_s, Text::tr("Free space at the new home"));
    if (!newHome.ok) {
        check.status = CheckStatus::NotApplicable;
        check.message = Text::tr("Needs the new home; see the check of the new home.");
        return check;
    }
    QStorageInfo storage;
    if (!readStorage(newHome.canonicalPath, &storage)) {
        check.status = CheckStatus::NotApplicable;
        check.message
            = Text::tr("The free space of the file system of %1 could not be read.").arg(homePath(newHome));
        return check;
    }

    // The new home receives the old home's repository/ (configuration,
    // keystores, tenants, user stores, web apps, H2 files), plus room for the
    // logs and temporary files of the migration run.
    QString repositoryText;
    qint64 needed = kDiskMarginBytes;
    if (oldHome.ok) {
        const QString repository = QDir(oldHome.canonicalPath).filePath(u"repository"_s);
        bool truncated = false;
        const qint64 repositoryBytes = folderSize(repository, &truncated);
        needed += repositoryBytes;
        repositoryText = truncated
            ? Text::tr("the old home's %1 holds at least %2 (the count stopped after %3 entries)")
                  .arg(native(repository), sizeText(repositoryBytes), QLocale().toString(kMaxWalkEntries))
            : Text::tr("the old home's %1 holds %2").arg(native(repository), sizeText(repositoryBytes));
    } else {
        repositoryText
            = Text::tr("the size of the old home's repository is unknown (see the check of the old home)");
    }

    const qint64 available = storage.bytesAvailable();
    check.status = diskStatus(available, needed);
    check.message = Text::tr("%1 free on %2 (the file system of the new home %3); %4, so the migration wants "
                             "about %5 there, with %6 for logs and temporary files.")
                        .arg(sizeText(available), native(storage.rootPath()), homePath(newHome),
                            repositoryText, sizeText(needed), sizeText(kDiskMarginBytes));
    // Same device, same free space: both needs come out of it.
    if (oldHome.ok && !storage.device().isEmpty()
        && QStorageInfo(oldHome.canonicalPath).device() == storage.device())
        check.message += u' ' + Text::tr("The old home is on the same file system.");
    if (check.status != CheckStatus::Pass)
        check.fixHint
            = Text::tr("Free at least %1 on %2, or extract the new release on a larger file system.")
                  .arg(sizeText(needed - available > 0 ? needed - available : needed),
                      native(storage.rootPath()));
    return check;
}

// The files an H2 database with this path is stored in: `.mv.db` (MVStore,
// the default since 1.4) or `.h2.db` (the older page store).
QStringList h2Files(const QString& databasePath, const QString& home)
{
    QString path = databasePath;
    if (path.startsWith(u"file:"_s, Qt::CaseInsensitive))
        path = path.mid(5);
    path.replace(u"${carbon.home}"_s, home);
    path.replace(u"$CARBON_HOME"_s, home);
    if (path.startsWith(u"~/"_s))
        path = QDir::home().filePath(path.mid(2));
    // The server starts in its home: "./repository/database/X" is relative to it.
    const QString absolute = QDir::cleanPath(QDir(home).absoluteFilePath(path));
    QStringList files;
    for (const QString& suffix : { u".mv.db"_s, u".h2.db"_s }) {
        if (QFileInfo(absolute + suffix).isFile())
            files << absolute + suffix;
    }
    return files;
}

std::optional<PrerequisiteCheck> h2DiskCheck(const IsHomeInspection& oldHome, const TomlDocument* oldConfig)
{
    if (!oldHome.ok || !oldConfig)
        return std::nullopt;
    QStringList names;
    QStringList files;
    for (const DatabaseTarget& target : databasesInConfig(*oldConfig)) {
        if (!target.isH2())
            continue;
        names << target.name;
        // An H2 server (tcp:) keeps its files elsewhere: not this machine's to size.
        if (!target.jdbc || !target.jdbc->isEmbeddedH2() || target.jdbc->database.isEmpty())
            continue;
        for (const QString& file : h2Files(target.jdbc->database, oldHome.canonicalPath)) {
            if (!files.contains(file))
                files << file;
        }
    }
    if (names.isEmpty())
        return std::nullopt;

    PrerequisiteCheck check
        = resourceCheck(u"resources.disk.h2"_s, Text::tr("Space to convert the H2 databases"));
    if (files.isEmpty()) {
        check.status = CheckStatus::NotApplicable;
        check.message
            = Text::tr("The old configuration uses H2 (%1), but no H2 database files were found under %2: "
                       "there is nothing to convert (the server creates them when it first starts).")
                  .arg(names.join(u", "_s), homePath(oldHome));
        return check;
    }
    qint64 bytes = 0;
    QStringList listed;
    for (const QString& file : std::as_const(files)) {
        const qint64 size = QFileInfo(file).size();
        bytes += size;
        listed << u"%1 (%2)"_s.arg(native(file), sizeText(size));
    }
    const QString folder = QFileInfo(files.constFirst()).absolutePath();
    QStorageInfo storage;
    if (!readStorage(folder, &storage)) {
        check.status = CheckStatus::NotApplicable;
        check.message
            = Text::tr("The free space of the file system of %1 could not be read.").arg(native(folder));
        return check;
    }
    // Converting writes a new copy beside the old files, and the old ones
    // stay as the backup until the converted copy has proved itself.
    const qint64 needed = 2 * bytes;
    const qint64 available = storage.bytesAvailable();
    check.status = available < bytes ? CheckStatus::Blocker
        : available < needed         ? CheckStatus::Warning
                                     : CheckStatus::Pass;
    check.subject = QDir(oldHome.canonicalPath).relativeFilePath(folder);
    check.message = Text::tr("The H2 database files take %1: %2. Converting them needs about %3 free on %4 "
                             "(a converted copy beside a backup); %5 is free.")
                        .arg(sizeText(bytes), listed.join(u", "_s), sizeText(needed),
                            native(storage.rootPath()), sizeText(available));
    if (check.status != CheckStatus::Pass)
        check.fixHint = Text::tr("Free at least %1 on %2 before converting the H2 files.")
                            .arg(sizeText(needed), native(storage.rootPath()));
    return check;
}

PrerequisiteCheck memoryCheck()
{
    PrerequisiteCheck check = resourceCheck(u"resources.memory"_s, Text::tr("Memory"));
    const QString meminfo = u"/proc/meminfo"_s;
    qint64 total = -1;
    QFile file(meminfo);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // procfs files report size 0, so atEnd() is true at once: readAll()
        // reads on to the real end.
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (!line.startsWith("MemTotal:"))
                continue;
            const QList<QByteArray> fields = line.mid(9).simplified().split(' ');
            bool ok = false;
            const qint64 kib = fields.value(0).toLongLong(&ok);
            if (ok)
                total = kib * 1024;
            break;
        }
    }
    if (total <= 0) {
        check.status = CheckStatus::NotApplicable;
        check.message = Text::tr("The machine's memory could not be read from %1.").arg(meminfo);
        return check;
    }
    check.status = total < kMemoryBlockerBytes ? CheckStatus::Blocker
        : total < kMemoryWarningBytes          ? CheckStatus::Warning
                                               : CheckStatus::Pass;
    check.title = Text::tr("Memory: %1").arg(sizeText(total));
    check.message
        = Text::tr("This machine has %1 of memory (MemTotal in %2); a WSO2 Identity Server wants %3, "
                   "and the migration client runs inside the server.")
              .arg(sizeText(total), meminfo, sizeText(kMemoryWarningBytes));
    if (check.status != CheckStatus::Pass)
        check.fixHint = Text::tr("Run the migration on a machine with at least %1 of memory, or stop other "
                                 "services while it runs.")
                            .arg(sizeText(kMemoryWarningBytes));
    return check;
}

PrerequisiteCheck javaCheck(const IsHomeInspection& home, bool old, const JavaRuntime& java)
{
    PrerequisiteCheck check;
    check.id = old ? u"java.old-home"_s : u"java.new-home"_s;
    check.category = CheckCategory::Java;
    // The new server must run for the migration; the old one only for a last
    // look, so a missing or wrong Java there is a warning.
    const CheckStatus failure = old ? CheckStatus::Warning : CheckStatus::Blocker;
    const QString which = old ? Text::tr("old home") : Text::tr("new home");

    if (!home.ok || home.release.isNull()) {
        check.status = CheckStatus::NotApplicable;
        check.title = old ? Text::tr("Java for the old home") : Text::tr("Java for the new home");
        check.message = Text::tr("Needs the %1 with a known release; see the check of the %1.").arg(which);
        return check;
    }
    const QString release = home.releaseString();
    const QList<int> supported = supportedJavaVersions(home.release);

    if (!java.found) {
        check.status = failure;
        check.title = Text::tr("No Java for IS %1").arg(release);
        check.message = java.error.isEmpty() ? Text::tr("No Java runtime was found.") : java.error;
        check.fixHint = supported.isEmpty()
            ? Text::tr("Install the Java runtime IS %1 needs and set JAVA_HOME to it.").arg(release)
            : Text::tr("Install Java %1 and set JAVA_HOME to it.").arg(orList(supported));
        return check;
    }

    const QString version = java.version.toString();
    const QString vendor = java.vendor.isEmpty() ? QString() : java.vendor + u' ';
    const QString firstLine = java.output.section(u'\n', 0, 0);
    const QString evidence
        = Text::tr("%1 (%2) says “%3”.").arg(native(java.executable), java.source, firstLine);
    check.title = Text::tr("Java %1 for IS %2").arg(version, release);

    if (supported.isEmpty()) {
        check.status = CheckStatus::Warning;
        check.message
            = Text::tr("The wizard does not know which Java versions IS %1 supports; found %2%3. %4")
                  .arg(release, vendor, version, evidence);
        check.fixHint = Text::tr("Check the installation prerequisites of IS %1.").arg(release);
        return check;
    }
    if (supported.contains(java.version.majorVersion())) {
        check.status = CheckStatus::Pass;
        check.message = Text::tr("IS %1 supports Java %2; found %3%4. %5")
                            .arg(release, orList(supported), vendor, version, evidence);
        return check;
    }
    check.status = failure;
    check.message
        = Text::tr("IS %1 needs Java %2; found %3 at %4 (%5). It says “%6”.")
              .arg(release, orList(supported), version, native(java.executable), java.source, firstLine);
    if (old)
        check.message += u' '
            + Text::tr("The old server may not start with it; the migration itself runs on the "
                       "new home.");
    check.fixHint = Text::tr("Install Java %1 and point JAVA_HOME to it before starting the %2.")
                        .arg(orList(supported), which);
    return check;
}

} // namespace

JavaRuntime probeJava(const JavaProbeOptions& options)
{
    JavaRuntime runtime;
    QString javaHome = options.javaHome;
    if (javaHome.isEmpty() && options.useEnvironment)
        javaHome = qEnvironmentVariable("JAVA_HOME");
    QString path = options.path;
    if (path.isEmpty() && options.useEnvironment)
        path = qEnvironmentVariable("PATH");

    if (!javaHome.isEmpty()) {
        // The IS start scripts take JAVA_HOME when it is set and do not fall
        // back to PATH, so a broken JAVA_HOME is the finding, not PATH's java.
        runtime.source = u"JAVA_HOME"_s;
        const QFileInfo java(QDir(javaHome).filePath(u"bin/"_s + javaExecutableName()));
        if (!java.exists() || java.isDir()) {
            const Located onPath = findOnPath(path);
            runtime.error = Text::tr("JAVA_HOME is %1, but it has no bin/%2.")
                                .arg(native(javaHome), javaExecutableName());
            if (!onPath.executable.isEmpty())
                runtime.error += u' '
                    + Text::tr("PATH has %1, but the IS scripts use JAVA_HOME when it is set.")
                          .arg(native(onPath.executable));
            return runtime;
        }
        runtime.executable = java.absoluteFilePath();
        if (!java.isExecutable()) {
            runtime.error = Text::tr("%1 (JAVA_HOME) is not executable.").arg(native(runtime.executable));
            return runtime;
        }
    } else {
        runtime.source = u"PATH"_s;
        const Located onPath = findOnPath(path);
        if (onPath.executable.isEmpty()) {
            runtime.error = onPath.notExecutable.isEmpty()
                ? Text::tr("No Java runtime found: JAVA_HOME is not set and no folder on PATH has %1.")
                      .arg(javaExecutableName())
                : Text::tr("%1 (PATH) is not executable, and JAVA_HOME is not set.")
                      .arg(native(onPath.notExecutable));
            return runtime;
        }
        runtime.executable = onPath.executable;
    }
    runJava(runtime, options.timeoutMs);
    return runtime;
}

QList<int> supportedJavaVersions(const QVersionNumber& isRelease)
{
    // From WSO2's installation prerequisites of each release; IS 7.3 is built
    // for Java 21 and no longer runs on 17.
    static const QList<std::pair<QVersionNumber, QList<int>>> table {
        { QVersionNumber(5, 9, 0), { 8, 11 } },
        { QVersionNumber(5, 10, 0), { 8, 11 } },
        { QVersionNumber(5, 11, 0), { 8, 11 } },
        { QVersionNumber(6, 0, 0), { 8, 11 } },
        { QVersionNumber(6, 1, 0), { 11, 17 } },
        { QVersionNumber(7, 0, 0), { 11, 17, 21 } },
        { QVersionNumber(7, 1, 0), { 11, 17, 21 } },
        { QVersionNumber(7, 2, 0), { 11, 17, 21 } },
        { QVersionNumber(7, 3, 0), { 21 } },
    };
    for (const auto& [release, versions] : table) {
        if (compareReleases(release, isRelease) == 0)
            return versions;
    }
    return {};
}

QList<PrerequisiteCheck> resourceChecks(const IsHomeInspection& oldHome, const IsHomeInspection& newHome,
    const TomlDocument* oldConfig, const JavaRuntime& java)
{
    QList<PrerequisiteCheck> checks;
    checks << oldDiskCheck(oldHome);
    checks << newDiskCheck(oldHome, newHome);
    if (auto h2 = h2DiskCheck(oldHome, oldConfig))
        checks << *h2;
    checks << memoryCheck();
    checks << javaCheck(oldHome, true, java);
    checks << javaCheck(newHome, false, java);
    return checks;
}

} // namespace Ismw
