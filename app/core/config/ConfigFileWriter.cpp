// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigFileWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// lupdate reads the context from the macro; free functions call Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ConfigFileWriter)
};

ConfigError writeError(const QString& path, const QString& message, const QString& hint)
{
    ConfigError error;
    error.problem = ConfigError::Problem::Io;
    error.file = path;
    error.message = message;
    error.hint = hint;
    return error;
}

QByteArray sha256Of(const QString& path, bool* ok)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *ok = file.open(QIODevice::ReadOnly) && hash.addData(&file);
    return hash.result();
}

} // namespace

std::expected<WrittenConfig, ConfigError> writeConfigFile(const QString& path, const QByteArray& text, const QDateTime& now)
{
    WrittenConfig written;
    written.path = path;
    const QFileInfo target(path);
    if (target.isDir())
        return std::unexpected(writeError(path, Text::tr("This is a folder, not a file."), Text::tr("Choose a file name.")));

    if (target.exists()) {
        // Timestamped, never overwritten: a second write in the same second,
        // or a clock set back, gets a new name rather than the earlier backup.
        const QString stem = path + u".bak-"_s + now.toString(u"yyyyMMdd-HHmmss"_s);
        QString backup = stem;
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = stem + u'-' + QString::number(n);
        QFile original(path);
        if (!original.copy(backup))
            return std::unexpected(writeError(path,
                Text::tr("The backup copy %1 could not be made: %2.").arg(backup, original.errorString()),
                Text::tr("Nothing was written. Check the free space and that you may write to the folder.")));
        bool originalOk = false;
        bool backupOk = false;
        const QByteArray originalHash = sha256Of(path, &originalOk);
        const QByteArray backupHash = sha256Of(backup, &backupOk);
        if (!originalOk || !backupOk || originalHash != backupHash)
            return std::unexpected(writeError(path,
                Text::tr("The backup copy %1 does not match the file it copies.").arg(backup),
                Text::tr("Nothing was written. Check the disk, then try again.")));
        written.backupPath = backup;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(path, Text::tr("The file cannot be written: %1.").arg(file.errorString()),
            Text::tr("Nothing was changed. Check that you may write to the folder.")));
    if (file.write(text) != text.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return std::unexpected(writeError(path, Text::tr("The file cannot be written: %1.").arg(reason),
            Text::tr("Nothing was changed. Check the free space.")));
    }
    if (!file.commit())
        return std::unexpected(writeError(path, Text::tr("The file cannot be written: %1.").arg(file.errorString()),
            Text::tr("Nothing was changed. Check the free space and that you may write to the folder.")));
    return written;
}

} // namespace Ismw
