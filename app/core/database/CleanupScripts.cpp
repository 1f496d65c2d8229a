// SPDX-License-Identifier: Apache-2.0
#include "database/CleanupScripts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::CleanupScripts)
};

constexpr auto kStoredProcedures = "dbscripts/identity/stored-procedures"_L1;
// stored-procedures/<dialect>/<version>/<kind>/<file> is four deep; the
// bounds leave room for more without letting a link farm keep us busy.
constexpr int kMaxDepth = 6;
constexpr int kMaxEntries = 5000;
// The largest WSO2 cleanup script is some tens of KB.
constexpr qint64 kMaxScriptBytes = 8 * 1024 * 1024;

// Folder name starts per dialect, longest first where one starts another.
QStringList dialectFolderPrefixes(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::MySql:
        return { u"mysql"_s, u"mariadb"_s };
    case SqlDialect::PostgreSql:
        return { u"postgresql"_s, u"postgres"_s, u"postgre"_s, u"pgsql"_s };
    case SqlDialect::SqlServer:
        return { u"mssql"_s, u"sqlserver"_s, u"sql-server"_s };
    case SqlDialect::Oracle:
        return { u"oracle"_s };
    case SqlDialect::Db2:
        return { u"db2"_s };
    }
    return {};
}

bool isDialectFolder(const QString& name, SqlDialect dialect)
{
    const QString lower = name.toLower();
    for (const QString& prefix : dialectFolderPrefixes(dialect)) {
        if (!lower.startsWith(prefix))
            continue;
        // "mysql", "mysql-5.4.x", "mysql5.7", "postgre-11x"; not "mysqlish".
        const QStringView rest = QStringView(lower).mid(prefix.size());
        if (rest.isEmpty() || rest.front() == u'-' || rest.front() == u'_' || rest.front() == u'.' || rest.front().isDigit())
            return true;
    }
    return false;
}

// The version a folder is for: "postgre-9x" → 9, "postgre-11.x" → 11,
// "mysql-5.4.x" → 5.4, "mysql5.7" → 5.7. Null when the name has none.
QVersionNumber folderVersion(const QString& name)
{
    // "db2" is a dialect, not version 2 of something.
    for (const SqlDialect dialect : allSqlDialects)
        if (dialectFolderPrefixes(dialect).contains(name.toLower()))
            return {};
    static const QRegularExpression pattern(u"^[A-Za-z]*[-_]?(\\d+)(?:[._](\\d+))?(?:[._]?x)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    QList<int> parts { match.captured(1).toInt() };
    if (!match.captured(2).isEmpty())
        parts << match.captured(2).toInt();
    return QVersionNumber(parts);
}

// Words that say "cleanup script" rather than what is cleaned.
bool isNoiseWord(QStringView word)
{
    static const QSet<QString> noise { u"mysql"_s, u"mariadb"_s, u"mssql"_s, u"sqlserver"_s, u"oracle"_s, u"db2"_s,
        u"postgresql"_s, u"postgres"_s, u"postgre"_s, u"pgsql"_s, u"pg"_s, u"cleanup"_s, u"clean"_s, u"clnup"_s,
        u"purge"_s, u"restore"_s, u"restoration"_s, u"resto"_s, u"data"_s, u"dt"_s, u"sp"_s, u"wso2"_s,
        u"script"_s, u"procedure"_s, u"proc"_s, u"stored"_s, u"sql"_s, u"x"_s };
    if (noise.contains(word.toString()))
        return true;
    // Version bits: 5, 11x, 9x.
    static const QRegularExpression version(u"^\\d+x?$"_s);
    return version.matchView(word).hasMatch();
}

// What a name says is cleaned: "sessiondata-cleanup" → "session",
// "WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP" → "token", "par-request-cleanup" →
// "par-request". Empty when the name says nothing.
QString kindFromName(const QString& name)
{
    QString text = name.toLower();
    for (QChar& c : text)
        if (c == u'_' || c == u' ' || c == u'.')
            c = u'-';
    QStringList words;
    for (const QString& word : text.split(u'-', Qt::SkipEmptyParts))
        if (!isNoiseWord(word))
            words << word;
    const QString kind = words.join(u'-');
    static const QHash<QString, QString> synonyms {
        { u"sessiondata"_s, u"session"_s },
        { u"session-data"_s, u"session"_s },
        { u"sessions"_s, u"session"_s },
        { u"tok"_s, u"token"_s },
        { u"tokens"_s, u"token"_s },
        { u"oauth2-token"_s, u"token"_s },
        { u"confirmationcode"_s, u"confirmation-code"_s },
        { u"confirmation"_s, u"confirmation-code"_s },
        { u"confirmation-codes"_s, u"confirmation-code"_s },
        { u"par"_s, u"par-request"_s },
    };
    return synonyms.value(kind, kind);
}

int kindRank(const QString& kind)
{
    static const QStringList order { u"token"_s, u"session"_s, u"confirmation-code"_s, u"registry"_s };
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : int(index);
}

bool isRestoreName(const QString& text)
{
    return text.contains(u"restor"_s, Qt::CaseInsensitive) || text.contains(u"_RESTO_"_s, Qt::CaseInsensitive);
}

// The script with comments and string literals blanked out (same length, so
// positions stay), for finding CREATE statements that really run.
QString withoutCommentsAndStrings(QStringView text)
{
    QString out = text.toString();
    const qsizetype n = out.size();
    qsizetype i = 0;
    const auto blank = [&out](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k)
            if (out[k] != u'\n')
                out[k] = u' ';
    };
    while (i < n) {
        const QChar c = out.at(i);
        const QChar next = i + 1 < n ? out.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            const qsizetype end = out.indexOf(u'\n', i);
            blank(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = out.indexOf(u"*/"_s, i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            blank(i, stop);
            i = stop;
        } else if (c == u'\'') {
            qsizetype j = i + 1;
            while (j < n) {
                if (out.at(j) == u'\\' && j + 1 < n) { // MySQL escapes; harmless elsewhere here
                    j += 2;
                    continue;
                }
                if (out.at(j) == u'\'') {
                    if (j + 1 < n && out.at(j + 1) == u'\'') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            blank(i, qMin(n, j + 1));
            i = j + 1;
        } else {
            ++i;
        }
    }
    return out;
}

QString unquotedName(QStringView name)
{
    QString out = name.trimmed().toString();
    if (out.size() >= 2
        && ((out.startsWith(u'"') && out.endsWith(u'"')) || (out.startsWith(u'`') && out.endsWith(u'`'))
            || (out.startsWith(u'[') && out.endsWith(u']'))))
        out = out.mid(1, out.size() - 2);
    return out;
}

struct FoundFile
{
    QString path;
    QStringList segments; // below the root
};

void walk(const QString& dir, QStringList segments, QList<FoundFile>* files, int* entries, bool* truncated)
{
    if (segments.size() > kMaxDepth) {
        *truncated = true;
        return;
    }
    const QFileInfoList list = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo& info : list) {
        if (++*entries > kMaxEntries) {
            *truncated = true;
            return;
        }
        QStringList childSegments = segments;
        childSegments << info.fileName();
        if (info.isDir())
            walk(info.filePath(), childSegments, files, entries, truncated);
        else if (info.isFile())
            files->append({ info.filePath(), childSegments });
    }
}

// The first segment that names a version ("postgre-11x", or the dialect
// folder itself in the old flat layout: "mysql-5.4.x").
QString versionFolderOf(const QStringList& segments)
{
    for (qsizetype i = 0; i + 1 < segments.size(); ++i)
        if (!folderVersion(segments.at(i)).isNull())
            return segments.mid(0, i + 1).join(u'/');
    return {};
}

} // namespace

QList<CreatedRoutine> routinesCreatedBy(QStringView scriptText)
{
    const QString text = withoutCommentsAndStrings(scriptText);
    static const QRegularExpression create(
        u"\\bCREATE\\s+(?:OR\\s+(?:REPLACE|ALTER)\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(?:(?:NON)?EDITIONABLE\\s+)?"
        u"(PROCEDURE|FUNCTION)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
        u"((?:(?:\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[\\w$#]+)\\s*\\.\\s*)*(?:\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[\\w$#]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<CreatedRoutine> routines;
    auto it = create.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        CreatedRoutine routine;
        routine.isFunction = match.captured(1).compare("FUNCTION"_L1, Qt::CaseInsensitive) == 0;
        routine.qualifiedName = match.captured(2).simplified().remove(u' ');
        static const QRegularExpression dot(u"\\.(?=(?:[^\"`\\[\\]]|\"[^\"]*\"|`[^`]*`|\\[[^\\]]*\\])*$)"_s);
        const QStringList parts = routine.qualifiedName.split(dot);
        routine.name = unquotedName(parts.constLast());
        // The parameter list, with nested parentheses (VARCHAR(100)).
        qsizetype i = match.capturedEnd(0);
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i < text.size() && text.at(i) == u'(') {
            int depth = 0;
            const qsizetype open = i;
            for (; i < text.size(); ++i) {
                if (text.at(i) == u'(')
                    ++depth;
                else if (text.at(i) == u')' && --depth == 0)
                    break;
            }
            routine.parameters = scriptText.mid(open + 1, i - open - 1).toString().simplified();
        }
        routines.append(routine);
    }
    return routines;
}

QStringList CleanupScriptDiscovery::kinds() const
{
    QStringList out;
    for (const CleanupScript& script : scripts)
        if (!out.contains(script.kind))
            out << script.kind;
    return out;
}

std::expected<CleanupScriptDiscovery, QString> discoverCleanupScripts(
    const QString& isHome, SqlDialect dialect, const QVersionNumber& serverVersion)
{
    CleanupScriptDiscovery discovery;
    discovery.dialect = dialect;
    discovery.serverVersion = serverVersion;
    discovery.root = QDir(isHome).filePath(kStoredProcedures);
    if (!QFileInfo(discovery.root).isDir())
        return std::unexpected(Text::tr("%1 has no %2 folder, so there are no cleanup scripts to run. Point the "
                                        "wizard at the IS home the database belongs to.")
                                   .arg(QDir::toNativeSeparators(isHome), kStoredProcedures));

    // The dialect's folders directly below the root.
    const QFileInfoList top = QDir(discovery.root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
        QDir::Name | QDir::IgnoreCase);
    QList<FoundFile> files;
    int entries = 0;
    for (const QFileInfo& folder : top) {
        if (!isDialectFolder(folder.fileName(), dialect))
            continue;
        discovery.dialectFolders << folder.fileName();
        walk(folder.filePath(), { folder.fileName() }, &files, &entries, &discovery.truncated);
    }
    if (discovery.truncated)
        discovery.warnings << Text::tr("The folder %1 holds more than the wizard looks at (%2 entries, %3 levels); "
                                       "some scripts may be missing from the list.")
                                  .arg(QDir::toNativeSeparators(discovery.root))
                                  .arg(kMaxEntries)
                                  .arg(kMaxDepth);
    if (discovery.dialectFolders.isEmpty()) {
        discovery.warnings << Text::tr("This IS home has no cleanup scripts for %1 in %2.")
                                  .arg(sqlDialectDisplayName(dialect), QDir::toNativeSeparators(discovery.root));
        return discovery;
    }

    // Version folders: PostgreSQL 9 and 11+ scripts differ (functions vs
    // procedures), so the server version decides; elsewhere the newest.
    QMap<QVersionNumber, QString> versions;
    for (const FoundFile& file : std::as_const(files)) {
        const QString folder = versionFolderOf(file.segments);
        if (!folder.isEmpty())
            versions.insert(folderVersion(folder.section(u'/', -1)), folder);
    }
    if (!versions.isEmpty()) {
        QString chosen;
        if (dialect == SqlDialect::PostgreSql && !serverVersion.isNull()) {
            for (auto it = versions.cbegin(); it != versions.cend(); ++it)
                if (it.key().majorVersion() <= serverVersion.majorVersion())
                    chosen = it.value();
            if (chosen.isEmpty())
                discovery.warnings << Text::tr("The scripts in this home are for %1 %2 and later; the server is %3. "
                                               "None of them is chosen.")
                                          .arg(sqlDialectDisplayName(dialect), versions.firstKey().toString(),
                                              serverVersion.toString());
        } else {
            chosen = versions.last();
            if (versions.size() > 1 && serverVersion.isNull())
                discovery.warnings << Text::tr("The server version is not known yet: the scripts in %1 were chosen.")
                                          .arg(chosen);
        }
        discovery.versionFolder = chosen;
        for (const QString& folder : std::as_const(versions))
            if (folder != chosen)
                discovery.skippedFolders << folder;
    }

    QList<CleanupScript> cleanups;
    QList<CleanupScript> restores;
    for (const FoundFile& file : std::as_const(files)) {
        const QString versionFolder = versionFolderOf(file.segments);
        if (!versionFolder.isEmpty() && versionFolder != discovery.versionFolder)
            continue;
        const QString relative = file.segments.join(u'/');
        const QFileInfo info(file.path);
        const QString suffix = info.suffix().toLower();
        if (suffix != "sql"_L1) {
            CleanupScriptNote note;
            note.path = file.path;
            note.relativePath = relative;
            const QString base = info.fileName().toLower();
            if (base.startsWith(u"readme"_s) || suffix == "md"_L1 || suffix == "txt"_L1)
                note.kind = CleanupScriptNote::Kind::Readme;
            else if (suffix == "sh"_L1 || suffix == "bat"_L1 || suffix == "cmd"_L1 || suffix == "ps1"_L1)
                note.kind = CleanupScriptNote::Kind::Runner;
            discovery.notes << note;
            continue;
        }

        CleanupScript script;
        script.path = file.path;
        script.relativePath = relative;
        script.dialect = dialect;
        script.versionFolder = versionFolder;
        if (info.size() > kMaxScriptBytes) {
            discovery.warnings << Text::tr("%1 is larger than %2 MB and was left out: it is not a cleanup script.")
                                      .arg(relative)
                                      .arg(kMaxScriptBytes / (1024 * 1024));
            continue;
        }
        QFile in(file.path);
        if (!in.open(QIODevice::ReadOnly)) {
            discovery.warnings << Text::tr("%1 cannot be read: %2").arg(relative, in.errorString());
            continue;
        }
        const QByteArray bytes = in.readAll();
        script.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);

        const QList<CreatedRoutine> routines = routinesCreatedBy(text);
        for (const CreatedRoutine& routine : routines)
            script.procedureNames << routine.name;
        // The main routine: the one named like a cleanup or restore, else the first.
        const CreatedRoutine* main = nullptr;
        for (const CreatedRoutine& routine : routines)
            if (!main
                && (routine.name.contains(u"CLEAN"_s, Qt::CaseInsensitive) || routine.name.contains(u"CLNUP"_s, Qt::CaseInsensitive)
                    || isRestoreName(routine.name)))
                main = &routine;
        if (!main && !routines.isEmpty())
            main = &routines.first();
        if (main) {
            script.procedureName = main->name;
            script.isFunction = main->isFunction;
            script.parameters = main->parameters;
        } else {
            script.warnings << Text::tr("No CREATE PROCEDURE or CREATE FUNCTION was found in this script.");
        }

        // Kind: the folder that holds it, the file name, the procedure name.
        const QString folder = file.segments.size() >= 2 ? file.segments.at(file.segments.size() - 2) : QString();
        const bool folderIsLayout = file.segments.size() < 3 || folder == versionFolder.section(u'/', -1)
            || isDialectFolder(folder, dialect);
        if (!folderIsLayout)
            script.kind = kindFromName(folder);
        if (script.kind.isEmpty())
            script.kind = kindFromName(info.completeBaseName());
        if (script.kind.isEmpty() && !script.procedureName.isEmpty())
            script.kind = kindFromName(script.procedureName);
        if (script.kind.isEmpty())
            script.kind = u"other"_s;

        if (dialect == SqlDialect::PostgreSql && main && !main->isFunction && !serverVersion.isNull()
            && serverVersion.majorVersion() < 11)
            script.warnings << Text::tr("This script creates a procedure, which PostgreSQL has only from version 11; "
                                        "the server is %1.")
                                   .arg(serverVersion.toString());

        const bool restore = isRestoreName(info.completeBaseName()) || (main && isRestoreName(main->name));
        (restore ? restores : cleanups).append(script);
    }

    // Each restore script goes with the cleanup script of its kind in the
    // same folder, else of its kind anywhere in the chosen scripts.
    for (const CleanupScript& restore : std::as_const(restores)) {
        const QString restoreDir = QFileInfo(restore.path).path();
        CleanupScript* pair = nullptr;
        for (CleanupScript& cleanup : cleanups)
            if (!pair && cleanup.restorePath.isEmpty() && cleanup.kind == restore.kind
                && QFileInfo(cleanup.path).path() == restoreDir)
                pair = &cleanup;
        for (CleanupScript& cleanup : cleanups)
            if (!pair && cleanup.restorePath.isEmpty() && cleanup.kind == restore.kind)
                pair = &cleanup;
        if (pair) {
            pair->restorePath = restore.path;
            pair->restoreProcedureName = restore.procedureName;
        } else {
            discovery.unpairedRestores << restore;
            discovery.warnings << Text::tr("%1 restores data, but no cleanup script of its kind (%2) was found.")
                                      .arg(restore.relativePath, restore.kind);
        }
    }

    std::stable_sort(cleanups.begin(), cleanups.end(), [](const CleanupScript& a, const CleanupScript& b) {
        const int ra = kindRank(a.kind);
        const int rb = kindRank(b.kind);
        if (ra != rb)
            return ra < rb;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.relativePath < b.relativePath;
    });
    discovery.scripts = cleanups;
    return discovery;
}

} // namespace Ismw
