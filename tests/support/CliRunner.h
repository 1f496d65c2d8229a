// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs the real is-migration-cli (path in ISMW_CLI, set by CMake) as a script
// would, for the CLI tests.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <unistd.h>

namespace Ismw::Test {

struct CliRun
{
    int exitCode = -1; // -1: did not finish normally within the time limit
    QString out;
    QString err;
};

// `asNobody` drops to uid/gid 65534 in the child, to test files the tests'
// own user (root in the build root) could read.
inline CliRun runCli(const QStringList& arguments, bool asNobody = false)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("ISMW_CLI"));
    process.setArguments(arguments);
    if (asNobody)
        process.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        });
    process.start();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

// With `input` on stdin (a passphrase for --pass-stdin, a password for
// --password-stdin), then stdin closed.
inline CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input, int timeoutMs = 60'000)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("ISMW_CLI"));
    process.setArguments(arguments);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace Ismw::Test
