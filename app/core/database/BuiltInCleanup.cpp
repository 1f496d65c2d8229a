// SPDX-License-Identifier: Apache-2.0
#include "BuiltInCleanup.h"

#include "config/TomlDocument.h"

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::BuiltInCleanup)
};

// The switches as the reference lists them; every one of them defaults to on.
const QStringList& switchPaths()
{
    static const QStringList paths { u"oauth.token_cleanup.enable"_s,
        u"session_data.cleanup.enable_expired_data_cleanup"_s,
        u"session_data.cleanup.clean_logged_out_sessions_at_immediate_cycle"_s,
        u"session_data.cleanup.enable_pre_session_data_cleanup"_s };
    return paths;
}
} // namespace

bool BuiltInCleanupState::anyEnabled() const
{
    for (const BuiltInCleanupSwitch& s : switches)
        if (s.enabled)
            return true;
    return false;
}

QString BuiltInCleanupState::describe() const
{
    QStringList on;
    for (const BuiltInCleanupSwitch& s : switches) {
        if (!s.enabled)
            continue;
        on << (s.setInFile ? Text::tr("%1 is true (line %2)").arg(s.path).arg(s.line)
                           : Text::tr("%1 is not set, so it is on").arg(s.path));
    }
    if (on.isEmpty())
        return Text::tr("deployment.toml switches the built-in token and session cleanup off.");
    return Text::tr("deployment.toml leaves the built-in cleanup on: %1. Set these to false on the running servers "
                    "and restart them before the procedures run.")
        .arg(on.join(u"; "_s));
}

BuiltInCleanupState builtInCleanupState(const TomlDocument& document)
{
    BuiltInCleanupState state;
    for (const QString& path : switchPaths()) {
        BuiltInCleanupSwitch s;
        s.path = path;
        if (const TomlEntry* entry = document.find(path)) {
            s.setInFile = true;
            s.line = entry->pos.line;
            // Only an explicit false switches it off; "false" as a string is
            // read as false by the server's config mapper too.
            s.enabled = entry->rawValue.compare(u"false"_s, Qt::CaseInsensitive) != 0;
        }
        state.switches << s;
    }
    return state;
}

} // namespace Ismw
