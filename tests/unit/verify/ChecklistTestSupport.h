// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the checklist tests share: files they write themselves.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace ChecklistTestSupport {

// Writes `content` to `name` in `dir` and returns the path; a test that
// cannot write its own input stops at once rather than test nothing.
inline QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace ChecklistTestSupport
