// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ismw {

class TomlDocument;

// One switch of the server's own, scheduled cleanup of tokens and sessions.
// WSO2 advises switching these off while the stored procedures run: both
// deleting the same rows at once lock each other out and make the counts lie.
struct BuiltInCleanupSwitch
{
    QString path; // "oauth.token_cleanup.enable"
    bool enabled = true; // what the server does with this file
    bool setInFile = false; // false: not written, the server's default (on) applies
    int line = 0; // where it is set, from 1; 0 when not set
};

struct BuiltInCleanupState
{
    QList<BuiltInCleanupSwitch> switches;

    bool anyEnabled() const;
    // For people: which switches are still on and what to set (translated).
    QString describe() const;
};

// Reads the built-in cleanup switches of a deployment.toml. A switch the file
// does not set counts as on, as the server's defaults have them on.
BuiltInCleanupState builtInCleanupState(const TomlDocument& document);

} // namespace Ismw
