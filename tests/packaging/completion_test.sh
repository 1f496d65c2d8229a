#!/usr/bin/env bash
# The bash completion offers exactly the commands and options the CLI's own
# help lists, and completes option values and project files.
#   completion_test.sh COMPLETION_SCRIPT CLI
set -uo pipefail
script=$1 cli=$2
# shellcheck disable=SC1090
. "$script"
complete_line() { # words...: the completions for the last word
    COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()
    case "$1" in is-migration-cli) _is_migration_cli ;; *) _is_migration_wizard ;; esac
    printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' ' | sed 's/ $//'
}
fail=0
same() { if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAILED: $1: completion offers [$2], expected [$3]"; fail=1; fi; }

# Commands: the first word of each entry under "Commands:" in --help.
help=$("$cli" --help)
commands=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }' <<<"$help" | sort -u | tr '\n' ' ' | sed 's/ $//')
[ -n "$commands" ] || { echo "FAILED: no commands found in $cli --help"; exit 1; }
offered=$(complete_line is-migration-cli "" | tr ' ' '\n' | grep -v '^-' | tr '\n' ' ' | sed 's/ $//')
same "commands" "$offered" "$commands"

# Options of each command (and the report subcommands): every -x and --xxx
# that the command's --help shows.
for command in inspect check diff migrate-config cleanup scan-log "report export" "report verify"; do
    # shellcheck disable=SC2086
    expected=$("$cli" $command --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z-]+' | tr ',' ' ' | tr -s ' ' '\n' | grep . | sort -u | tr '\n' ' ' | sed 's/ $//')
    # shellcheck disable=SC2086
    got=$(complete_line is-migration-cli $command -)
    same "options of $command" "$got" "$expected"
done

same "--format values" "$(complete_line is-migration-cli diff --format "")" "json text"
same "--only values" "$(complete_line is-migration-cli cleanup --only "")" "session token"

dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
touch "$dir/prod.ismig" "$dir/notes.txt"; mkdir "$dir/sub"
cd "$dir" || exit 1
same "project files for the wizard" "$(complete_line is-migration-wizard "")" "prod.ismig sub"
same "project files for report export" "$(complete_line is-migration-cli report export "")" "prod.ismig sub"
same "wizard options" "$(complete_line is-migration-wizard --)" "--demo --help --version"
exit $fail
