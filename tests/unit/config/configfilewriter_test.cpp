// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeRaw(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class ConfigFileWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileHasNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deployment.toml"_s);
        const auto written = writeConfigFile(path, "a = 1\n");
        QVERIFY(written);
        QVERIFY(written->backupPath.isEmpty());
        QCOMPARE(contentOf(path), "a = 1\n"_ba);
    }

    void replacingKeepsATimestampedBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deployment.toml"_s);
        writeRaw(path, "old = true\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QDateTime now(QDate(2026, 11, 24), QTime(21, 5, 9));

        const auto first = writeConfigFile(path, "new = 1\n", now);
        QVERIFY(first);
        QCOMPARE(first->backupPath, path + u".bak-20261124-210509"_s);
        QCOMPARE(contentOf(first->backupPath), "old = true\n"_ba);
        QCOMPARE(contentOf(path), "new = 1\n"_ba);
        // The file holds passwords: the copy must not be readable by more people.
        QCOMPARE(QFile::permissions(first->backupPath) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // Same second again: the first backup is never overwritten.
        const auto second = writeConfigFile(path, "newer = 2\n", now);
        QVERIFY(second);
        QCOMPARE(second->backupPath, path + u".bak-20261124-210509-2"_s);
        QCOMPARE(contentOf(first->backupPath), "old = true\n"_ba);
        QCOMPARE(contentOf(second->backupPath), "new = 1\n"_ba);
        QCOMPARE(contentOf(path), "newer = 2\n"_ba);
    }

    void unwritablePlaceChangesNothing()
    {
        // A parent that is a file cannot hold the temporary file, even for
        // root (the tests run as root in the build root).
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"conf"_s);
        writeRaw(blocker, "not a folder\n");
        const QString path = blocker + u"/deployment.toml"_s;
        const auto written = writeConfigFile(path, "new = 1\n");
        QVERIFY(!written);
        QCOMPARE(written.error().file, path);
        QVERIFY(written.error().hint.contains(u"Nothing"_s));
        QCOMPARE(contentOf(blocker), "not a folder\n"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"conf"_s });
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        const auto written = writeConfigFile(dir.path(), "a = 1\n");
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(u"folder"_s));
    }
};

QTEST_GUILESS_MAIN(ConfigFileWriterTest)
#include "configfilewriter_test.moc"
