#!/usr/bin/env bash
# The AppStream metadata validates (as software centres read it), names the
# screenshots we ship, and its newest release is the version being built.
#   appstream_test.sh SOURCE_DIR VERSION
set -euo pipefail
src=$1 version=$2
metainfo="$src/packaging/desktop/io.github.ismw.IsMigrationWizard.metainfo.xml"
appstreamcli validate --no-net --explain "$metainfo"
fail=0
for shot in $(grep -o 'packaging/screenshots/[^<]*\.png' "$metainfo"); do
    if [ -s "$src/$shot" ]; then echo "ok: $shot"; else echo "FAILED: $shot is named in the metainfo but missing"; fail=1; fi
done
[ "$(grep -c '<screenshot' "$metainfo")" -ge 3 ] || { echo "FAILED: fewer than three screenshots"; fail=1; }
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$newest" = "$version" ] && echo "ok: newest release $newest" \
    || { echo "FAILED: the newest <release> is $newest, the project is $version: add a release entry"; fail=1; }
# The desktop entry it launches is the one we install.
grep -q '<launchable type="desktop-id">io.github.ismw.IsMigrationWizard.desktop</launchable>' "$metainfo" \
    && [ -f "$src/packaging/desktop/io.github.ismw.IsMigrationWizard.desktop" ] || { echo "FAILED: launchable"; fail=1; }
exit $fail
