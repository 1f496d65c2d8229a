// SPDX-License-Identifier: Apache-2.0
#pragma once

// Lines in the layouts of wso2carbon.log, with our own loggers and texts, for
// the log scanner's tests, the scan-log CLI tests and the log-scan benchmark.

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace Ismw::Test {

// The 5.x/6.x layout: "TID: [tenant] [] [time] [correlation-id] LEVEL {logger} - message";
// older servers write no correlation id.
inline QByteArray tidLine(QByteArrayView time, QByteArrayView level, QByteArrayView logger,
    QByteArrayView message, QByteArrayView correlationId = {})
{
    QByteArray line;
    line.reserve(40 + time.size() + level.size() + logger.size() + message.size() + correlationId.size());
    line.append("TID: [-1234] [] [").append(time).append("]");
    if (!correlationId.isEmpty())
        line.append(" [").append(correlationId).append("]");
    return line.append("  ").append(level).append(" {").append(logger).append("} - ").append(message).append(
        '\n');
}

// The 7.x layout: "[time] [correlation-id] LEVEL {logger} - message".
inline QByteArray v7Line(
    QByteArrayView time, QByteArrayView level, QByteArrayView logger, QByteArrayView message)
{
    return QByteArray("[")
        .append(time)
        .append("] [3f2a-corr]  ")
        .append(level)
        .append(" {")
        .append(logger)
        .append("} - ")
        .append(message)
        .append('\n');
}

// A fixture that cannot be written leaves nothing to test: the test program
// stops with the path.
inline QString writeLogFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace Ismw::Test
