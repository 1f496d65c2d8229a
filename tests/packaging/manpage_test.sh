#!/usr/bin/env bash
# The man pages were made from the programs' help: each names its program,
# the CLI's page has a section for every command its --help lists, and the
# version is the program's.
#   manpage_test.sh MAN_DIR CLI WIZARD
set -uo pipefail
dir=$1 cli=$2 wizard=$3
fail=0
for page in "$dir/is-migration-cli.1" "$dir/is-migration-wizard.1"; do
    [ -s "$page" ] || { echo "FAILED: $page was not built"; fail=1; continue; }
    name=$(basename "$page" .1)
    grep -q "^\.TH \"\{0,1\}${name^^}\"\{0,1\} \"\{0,1\}1" "$page" && echo "ok: $name has a title line" \
        || { echo "FAILED: $page has no .TH line for $name"; fail=1; }
    for section in NAME SYNOPSIS DESCRIPTION "SEE ALSO"; do
        grep -q "^\.SH \"\{0,1\}$section" "$page" || { echo "FAILED: $page lacks $section"; fail=1; }
    done
done
# Whatever the programs print to stderr must not end up in the page.
if grep -qE 'Detected locale|QStandardPaths|qt\.qpa' "$dir"/*.1; then
    echo "FAILED: a warning of the program was written into the man page"; fail=1
fi
version=$(QT_QPA_PLATFORM=offscreen "$cli" --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1)
grep -q "$version" "$dir/is-migration-cli.1" && echo "ok: version $version" || { echo "FAILED: version $version not in the page"; fail=1; }
for command in $("$cli" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }' | sort -u); do
    grep -q "^\.SS $command" "$dir/is-migration-cli.1" && echo "ok: section for $command" \
        || { echo "FAILED: no section for the command $command"; fail=1; }
done
grep -qF -- '\-\-demo' "$dir/is-migration-wizard.1" && echo "ok: the wizard's page has --demo" \
    || { echo "FAILED: --demo missing from the wizard's page"; fail=1; }
QT_QPA_PLATFORM= "$wizard" --version >/dev/null 2>&1 && echo "ok: the wizard prints its version without a display" \
    || { echo "FAILED: $wizard --version needs a display"; fail=1; }
exit $fail
