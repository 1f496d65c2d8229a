// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <functional>
#include <memory>

namespace Ismw {

struct StoreError {
    enum class Kind {
        NotFound,    // no file at the path
        Exists,      // create() over an existing file
        NotSqlite,   // some other kind of file
        NotAProject, // an SQLite database of another program
        Corrupt,     // SQLite says the file is damaged
        NewerSchema, // written by a newer wizard
        Locked,      // open in another wizard
        Io,          // the disk refused a read or write
    };
    Kind kind = Kind::Io;
    QString message; // complete, translated, names the file and what to do
};

template<typename T>
using StoreResult = std::expected<T, StoreError>;

// The SQLite project file (`*.ismig`). Synchronous and single-threaded: it
// belongs to the thread that opened it (a QSqlDatabase connection must not
// cross threads). MigrationProject runs one on its own store thread; the CLI
// and the tests use it directly.
//
// Every write is one transaction with synchronous=FULL in WAL mode, so a
// change that returned is on disk and survives the process being killed at
// any moment. Nothing is ever written to a file that failed a check at open.
class ProjectStore final
{
    Q_DISABLE_COPY_MOVE(ProjectStore)
public:
    static constexpr int kSchemaVersion = 4;
    static constexpr int kApplicationId = 0x49534d57; // "ISMW": tells our files from other SQLite files

    ProjectStore();
    ~ProjectStore();

    // Creates a new project file. The file appears complete or not at all:
    // it is built under a temporary name and renamed into place.
    StoreResult<void> create(const QString& path, const ProjectInfo& info);
    // Opens, checks and (if older) upgrades a project file, then reads it whole.
    StoreResult<ProjectSnapshot> open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    StoreResult<ProjectSnapshot> load();

    // Runs `work` in one transaction: all of it lands, or none of it.
    StoreResult<void> transaction(const std::function<StoreResult<void>()>& work);

    StoreResult<void> saveInfo(const ProjectInfo& info);
    StoreResult<void> insertEnvironment(const Environment& environment);
    StoreResult<void> saveRun(const Run& run);
    StoreResult<void> insertAcknowledgement(const Acknowledgement& acknowledgement);
    StoreResult<void> saveCheck(const CheckRecord& check);
    StoreResult<void> insertConfigDecision(const ConfigDecision& decision);
    StoreResult<void> insertCleanupRun(const CleanupRunRecord& run);
    StoreResult<void> saveChecklistItem(const ChecklistItem& item);
    StoreResult<void> removeChecklistItem(qint64 id);
    // An empty value removes the setting.
    StoreResult<void> saveEnvironmentSetting(const EnvironmentSetting& setting);
    // Details are redacted of secrets before they reach the file.
    StoreResult<void> appendJournal(const JournalEntry& entry);

    // Recomputes the journal's hash chain; returns the id of the first entry
    // that does not match (an entry edited or removed outside the wizard), or 0.
    StoreResult<qint64> verifyJournal();

    // The schema as it was at `version`, for tests of the upgrade steps.
    static StoreResult<void> createAtVersion(const QString& path, int version, const ProjectInfo& info);

private:
    StoreResult<void> openConnection(const QString& path);
    StoreResult<void> checkFile(const QString& path);
    StoreResult<void> checkDatabase();
    StoreResult<void> upgrade(int fromVersion);
    StoreResult<void> exec(const QString& sql, const QVariantList& values = {});
    StoreError sqlError(const QString& what, const QString& detail) const;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    int m_transactionDepth = 0;
};

// The chain hash of a journal entry: SHA-256 over the previous entry's hash
// and this entry's fields.
QByteArray journalHash(const QByteArray& previousHash, const JournalEntry& entry);

} // namespace Ismw
