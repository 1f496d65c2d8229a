// SPDX-License-Identifier: Apache-2.0
#pragma once
// A Java runtime for the tests that go through the Prerequisites page: an
// executable bin/java that answers `java -version` as a JDK of a given
// version does, so the page's Java check runs a real process with a known
// answer whatever the machine has installed (the build root has no JDK).

#include "checks/PrerequisiteCheck.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace JavaForTests {

using namespace Qt::StringLiterals;

// Writes <home>/bin/java; false when it could not.
inline bool write(const QString& home, const QString& version)
{
    if (!QDir().mkpath(home + u"/bin"_s))
        return false;
    QFile java(home + u"/bin/java"_s);
    if (!java.open(QIODevice::WriteOnly))
        return false;
    java.write("#!/bin/sh\necho 'openjdk version \"" + version.toUtf8() + "\" 2024-01-16' >&2\n"
               "echo 'OpenJDK Runtime Environment Temurin' >&2\n");
    java.close();
    return java.setPermissions(java.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

// Probe options that use only that home, not this process's JAVA_HOME or PATH.
inline Ismw::JavaProbeOptions options(const QString& home)
{
    Ismw::JavaProbeOptions out;
    out.javaHome = home;
    out.useEnvironment = false;
    return out;
}

} // namespace JavaForTests
