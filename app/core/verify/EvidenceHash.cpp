// SPDX-License-Identifier: Apache-2.0
#include "verify/EvidenceHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::EvidenceHash)
};

constexpr qint64 kBlockSize = 1024 * 1024;

} // namespace

std::expected<EvidenceFile, QString> hashEvidenceFile(const QString& path, const std::atomic_bool* cancel)
{
    if (path.isEmpty())
        return std::unexpected(Text::tr("No evidence file was chosen. Choose the file to attach."));
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return std::unexpected(
            Text::tr("The evidence file %1 does not exist. Choose an existing file.").arg(shown));
    if (info.isDir())
        return std::unexpected(
            Text::tr("%1 is a folder. Attach a file; to keep a folder as evidence, archive it "
                     "first.")
                .arg(shown));
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Text::tr("The evidence file %1 cannot be read: %2.").arg(shown, file.errorString()));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(kBlockSize, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        if (cancel && cancel->load())
            return std::unexpected(
                Text::tr("Hashing %1 was cancelled; the file was not attached.").arg(shown));
        const qint64 read = file.read(block.data(), kBlockSize);
        if (read < 0)
            return std::unexpected(
                Text::tr("The evidence file %1 cannot be read: %2.").arg(shown, file.errorString()));
        if (read == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), read));
        size += read;
    }
    return EvidenceFile { info.absoluteFilePath(), QString::fromLatin1(hash.result().toHex()), size,
        QDateTime::currentDateTimeUtc() };
}

} // namespace Ismw
