// SPDX-License-Identifier: Apache-2.0
// What a change costs the GUI thread, and what durability costs the disk.
//
// 1. GUI-thread time per change: MigrationProject::journal() (memory update,
//    then the commit queued to the store thread) against calling the
//    synchronous ProjectStore directly, as a GUI without a store thread would.
// 2. Commit cost of synchronous=FULL (what the store uses) against NORMAL,
//    both in WAL mode, on the same disk.
// Prints figures and ratios; asserts nothing.
#include "project/MigrationProject.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kChanges = 400;

double syncStoreMicros(const QString& path)
{
    Ismw::ProjectStore store;
    if (!store.create(path, { u"bench"_s, QDateTime::currentDateTimeUtc(), {}, {}, {}, {} }))
        return -1;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= kChanges; ++i)
        (void)store.appendJournal({ i, QDateTime::currentDateTimeUtc(), u"bench"_s, {}, u"e"_s, u"entry %1"_s.arg(i), {} });
    return double(timer.nsecsElapsed()) / 1000.0 / kChanges;
}

std::pair<double, double> asyncProjectMicros(const QString& path)
{
    Ismw::MigrationProject project;
    QSignalSpy opened(&project, &Ismw::MigrationProject::opened);
    project.createProject(path, u"bench"_s);
    if (!opened.wait(10000))
        return { -1, -1 };
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= kChanges; ++i)
        project.journal(u"e"_s, u"entry %1"_s.arg(i));
    const double guiThread = double(timer.nsecsElapsed()) / 1000.0 / kChanges;
    project.waitForWrites();
    const double total = double(timer.nsecsElapsed()) / 1000.0 / kChanges;
    return { guiThread, total };
}

double rawInsertMicros(const QString& path, const char* synchronous)
{
    double result = -1;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA journal_mode = WAL"_s);
            q.exec(u"PRAGMA synchronous = %1"_s.arg(QLatin1StringView(synchronous)));
            q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
            QElapsedTimer timer;
            timer.start();
            for (int i = 1; i <= kChanges; ++i) {
                db.transaction();
                q.prepare(u"INSERT INTO t (id, v) VALUES (?, ?)"_s);
                q.addBindValue(i);
                q.addBindValue(u"entry %1"_s.arg(i));
                q.exec();
                db.commit();
            }
            result = double(timer.nsecsElapsed()) / 1000.0 / kChanges;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(app.arguments().value(1, QDir::tempPath()) + u"/ismw-bench-XXXXXX"_s);
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    const double sync = syncStoreMicros(dir.filePath(u"sync.ismig"_s));
    const auto [gui, total] = asyncProjectMicros(dir.filePath(u"async.ismig"_s));
    const double full = rawInsertMicros(dir.filePath(u"full.db"_s), "FULL");
    const double normal = rawInsertMicros(dir.filePath(u"normal.db"_s), "NORMAL");

    std::printf("changes per run: %d, folder: %s\n", kChanges, qPrintable(dir.path()));
    std::printf("GUI-thread time per change, synchronous store (baseline): %9.1f us\n", sync);
    std::printf("GUI-thread time per change, MigrationProject:             %9.1f us  ratio %.3f\n", gui, gui / sync);
    std::printf("commit-to-disk time per change, MigrationProject:         %9.1f us  ratio %.3f\n", total, total / sync);
    std::printf("raw commit, synchronous=NORMAL (baseline):                %9.1f us\n", normal);
    std::printf("raw commit, synchronous=FULL (what the store uses):       %9.1f us  ratio %.3f\n", full, full / normal);
    return 0;
}
