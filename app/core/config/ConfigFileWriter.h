// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <expected>

namespace Ismw {

struct WrittenConfig
{
    QString path;
    QString backupPath; // empty when there was no file to replace
};

// Writes `text` to `path` through QSaveFile, so the file is either the old one
// or the complete new one, never half-written. When `path` exists it is first
// copied to "<path>.bak-YYYYMMDD-HHMMSS" (a new name each time: an earlier
// backup is never overwritten), and the copy is verified before the write.
std::expected<WrittenConfig, ConfigError> writeConfigFile(
    const QString& path, const QByteArray& text, const QDateTime& now = QDateTime::currentDateTime());

} // namespace Ismw
