# bash completion for is-migration-cli and is-migration-wizard.
# Commands and options are the ones `is-migration-cli COMMAND --help` lists;
# tests/packaging/completion_test.sh checks that they agree.

_ismw_cli_commands="inspect check diff migrate-config cleanup scan-log report"

_ismw_cli_options() {
    case "$1" in
    inspect)        echo "--format --help -h" ;;
    check)          echo "--format --help -h" ;;
    diff)           echo "--from --to --show-comments --show-order --format --help -h" ;;
    migrate-config) echo "--to --from --new-default --reject -o --output --format --help -h" ;;
    cleanup)        echo "--config --database --scripts --only --dry-run --execute --password-stdin --set --format --help -h" ;;
    scan-log)       echo "--since --format --help -h" ;;
    "report export") echo "--environment -e -o --output --html --json --sign --pass-stdin --run --format --help -h" ;;
    "report verify") echo "--signature --ca --format --help -h" ;;
    esac
}

_is_migration_cli() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local command=${COMP_WORDS[1]:-}
    COMPREPLY=()
    if [ "$COMP_CWORD" -eq 1 ]; then
        mapfile -t COMPREPLY < <(compgen -W "$_ismw_cli_commands --help --version" -- "$cur")
        return
    fi
    if [ "$command" = report ]; then
        if [ "$COMP_CWORD" -eq 2 ]; then
            mapfile -t COMPREPLY < <(compgen -W "export verify" -- "$cur")
            return
        fi
        command="report ${COMP_WORDS[2]}"
    fi
    # Values of options that take a fixed set or a file of a known kind.
    case "$prev" in
    --format) mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur"); return ;;
    --only)   mapfile -t COMPREPLY < <(compgen -W "token session" -- "$cur"); return ;;
    --config|--new-default)
        mapfile -t COMPREPLY < <(compgen -f -X '!*.toml' -- "$cur"; compgen -d -- "$cur"); return ;;
    --sign)
        mapfile -t COMPREPLY < <(compgen -f -X '!*.@(p12|pfx)' -- "$cur"; compgen -d -- "$cur"); return ;;
    --scripts)
        mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --database|--environment|--run|--from|--to|--since|--set|--reject)
        return ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_ismw_cli_options "$command")" -- "$cur")
        return
    fi
    case "$command" in
    inspect|check) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    "report export") mapfile -t COMPREPLY < <(compgen -f -X '!*.ismig' -- "$cur"; compgen -d -- "$cur") ;;
    *) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    esac
}

_is_migration_wizard() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    COMPREPLY=()
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "--demo --help --version" -- "$cur")
        return
    fi
    mapfile -t COMPREPLY < <(compgen -f -X '!*.ismig' -- "$cur"; compgen -d -- "$cur")
}

# -o filenames: quote and mark folders as file names are; extglob for the patterns above.
shopt -s extglob
complete -o filenames -F _is_migration_cli is-migration-cli
complete -o filenames -F _is_migration_wizard is-migration-wizard
