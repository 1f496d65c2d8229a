#!/usr/bin/env bash
# The Flatpak manifest parses (flatpak-builder reads it and prints it back as
# JSON) and agrees with the desktop files: the same application id, the KDE 6
# runtime, the program the desktop entry starts.
#   flatpak_manifest_test.sh SOURCE_DIR
set -euo pipefail
src=$1
manifest="$src/packaging/flatpak/io.github.ismw.IsMigrationWizard.yml"
json=$(flatpak-builder --show-manifest "$manifest")
field() { grep -o "\"$1\" *: *\"[^\"]*\"" <<<"$json" | head -n1 | sed 's/.*: *"\(.*\)"/\1/'; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok: $1 = $2"; else echo "FAILED: $1 is \"$2\", expected \"$3\""; fail=1; fi; }
appid=$(field id); [ -n "$appid" ] || appid=$(field app-id)
check id "$appid" io.github.ismw.IsMigrationWizard
check runtime "$(field runtime)" org.kde.Platform
check sdk "$(field sdk)" org.kde.Sdk
case "$(field runtime-version)" in 6.*) echo "ok: runtime-version $(field runtime-version)" ;; *) echo "FAILED: runtime-version is not 6.x"; fail=1 ;; esac
exec_line=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$src/packaging/desktop/io.github.ismw.IsMigrationWizard.desktop")
check command "$(field command)" "$exec_line"
# The last module builds this source tree with tests off.
grep -q '"-DBUILD_TESTING=OFF"' <<<"$json" && echo "ok: the app module builds without tests" \
    || { echo "FAILED: the app module must configure with -DBUILD_TESTING=OFF"; fail=1; }
exit $fail
