// SPDX-License-Identifier: Apache-2.0
#include "project/ProjectStore.h"
#include "project/ProjectTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {
const QString kProjectType = u"application/x-is-migration-project"_s;
}

// Our MIME type as a desktop sees it: update-mime-database builds the shared
// database from the XML we install, and QMimeDatabase (what file managers
// built on Qt use) must recognise a real project file by its name and by
// its content, and must not take another SQLite file for a project.
class MimeTypeTest : public QObject
{
    Q_OBJECT
public:
    QString dataDir() const { return m_data.path(); }

private:
    QTemporaryDir m_data;
    QTemporaryDir m_files;

    QString createProject(const QString& name)
    {
        const QString path = m_files.filePath(name);
        ProjectStore store;
        ProjectInfo info;
        info.name = u"MIME"_s;
        info.createdAt = QDateTime::currentDateTimeUtc();
        if (!store.create(path, info))
            return {};
        store.close();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Only our database: the system's would hide a missing glob or magic
        // behind another type. The base types (application/vnd.sqlite3 is
        // our parent) come from freedesktop.org.xml as the system has it.
        const QString packages = m_data.filePath(u"mime/packages"_s);
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral(ISMW_MIME_XML), packages + u"/io.github.ismw.IsMigrationWizard.xml"_s));
        QVERIFY(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, packages + u"/freedesktop.org.xml"_s));
        QProcess update;
        update.start(u"update-mime-database"_s, { m_data.filePath(u"mime"_s) });
        QVERIFY(update.waitForFinished(60'000));
        QCOMPARE(update.exitCode(), 0);
        QVERIFY(QFile::exists(m_data.filePath(u"mime/mime.cache"_s)));
    }

    void projectIsRecognisedByName()
    {
        const QString path = createProject(u"production.ismig"_s);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), kProjectType);
        QVERIFY(QMimeDatabase().mimeTypeForName(kProjectType).inherits(u"application/vnd.sqlite3"_s));
        QCOMPARE(QMimeDatabase().mimeTypeForName(kProjectType).comment(), u"IS migration project"_s);
    }

    void projectIsRecognisedByContent()
    {
        // Renamed or mailed without its extension, it is still a project.
        const QString path = createProject(u"production-copy"_s);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), kProjectType);
    }

    void otherSqliteFileIsNotAProject()
    {
        const QString path = m_files.filePath(u"other.db"_s);
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
        QCOMPARE(type.name(), u"application/vnd.sqlite3"_s);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    MimeTypeTest test;
    // QMimeDatabase reads the XDG folders at its first use, which is after
    // initTestCase() has built the database there.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(test.dataDir()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(test.dataDir()));
    return QTest::qExec(&test, argc, argv);
}

#include "mimetype_test.moc"
