#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Throwaway database servers for the db tests (the CTest fixture `dbservers`).
#
#   bash tests/db/dbservers.sh start STATE_DIR
#   bash tests/db/dbservers.sh stop  STATE_DIR
#
# start: initialises a PostgreSQL and a MariaDB server, each in its own fresh
# temporary directory (/tmp/ismw-pg.* and /tmp/ismw-my.*), listening on
# 127.0.0.1 only, on free ports (never 5432/3306), with their Unix sockets in
# those directories. Each gets a database `ismw_test` and a user `ismw` with a
# random password (PostgreSQL: LOGIN CREATEDB CREATEROLE, owner of ismw_test;
# MariaDB: ALL PRIVILEGES ON *.* WITH GRANT OPTION), reachable over TCP with
# that password only. Durability is switched off (fsync=off,
# innodb_flush_log_at_trx_commit=0): the data dies with the run anyway.
# The connection settings go to STATE_DIR/servers.env (mode 600):
#   ISMW_PG_HOST ISMW_PG_PORT ISMW_PG_USER ISMW_PG_PASSWORD ISMW_PG_DATABASE
#   ISMW_PG_VERSION ISMW_PG_SOCKET_DIR, and the same with ISMW_MY_ (ISMW_MY_SOCKET).
# Passwords are never printed to stdout nor put on a command line.
#
# stop: stops both servers (bounded waits, then SIGKILL) and removes their
# temporary directories, copying their logs to STATE_DIR/logs/ first. It is
# idempotent and also cleans up after a start that failed half-way; start
# runs it first to clear leftovers of an earlier run in the same STATE_DIR.
#
# Runs as root (the Debian 13 build root: PostgreSQL runs as the `postgres`
# user, MariaDB with --user=root) or as a normal user (both run as that user).
# Needs PostgreSQL 17 (postgresql-17) and MariaDB 11.8 (mariadb-server);
# ISMW_PG_BINDIR overrides where initdb/pg_ctl/postgres are looked for,
# ISMW_DBSERVERS_TIMEOUT (seconds, default 60) bounds each server's start.
set -euo pipefail
umask 077

READY_TIMEOUT=${ISMW_DBSERVERS_TIMEOUT:-60}
STOP_TIMEOUT=15
DB_NAME=ismw_test
DB_USER=ismw

say() { printf '==> %s\n' "$*"; }
err() { printf 'dbservers: error: %s\n' "$*" >&2; }
warn() { printf 'dbservers: warning: %s\n' "$*" >&2; }

now_us() {
    local t=${EPOCHREALTIME//[.,]/}
    printf '%s' "$((10#$t))"
}

# elapsed START_US -> "1.2 s"
elapsed() {
    local d=$(($(now_us) - $1))
    printf '%d.%d s' $((d / 1000000)) $(((d / 100000) % 10))
}

# 36 hex characters from the kernel's CSPRNG: no quoting issues in SQL,
# option files or KEY=VALUE lines.
gen_password() {
    od -An -N18 -tx1 /dev/urandom | tr -d ' \n'
}

is_root() { [ "$(id -u)" = 0 ]; }

# ---------------------------------------------------------------- binaries

find_pg_bindir() {
    local d p
    local candidates=("${ISMW_PG_BINDIR:-}" /usr/lib/postgresql/17/bin /usr/pgsql-17/bin)
    # Other Debian-style versions, newest first.
    while IFS= read -r d; do candidates+=("$d"); done < <(
        for d in /usr/lib/postgresql/*/bin; do [ -d "$d" ] && printf '%s\n' "$d"; done | sort -rV)
    if p=$(command -v pg_ctl 2>/dev/null); then candidates+=("$(dirname "$p")"); fi
    for d in "${candidates[@]}"; do
        if [ -n "$d" ] && [ -f "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
            printf '%s\n' "$d"
            return 0
        fi
    done
    return 1
}

# find_program NAME... : the first of the names found in PATH or the usual
# server directories (mariadbd lives in /usr/sbin, /usr/libexec or /usr/bin).
find_program() {
    local name d p
    for name in "$@"; do
        # command -v also reports a non-executable file when nothing better is found.
        if p=$(command -v "$name" 2>/dev/null) && [ -f "$p" ] && [ -x "$p" ]; then
            printf '%s\n' "$p"
            return 0
        fi
        for d in /usr/sbin /usr/libexec /usr/bin /usr/local/bin /usr/local/sbin; do
            if [ -f "$d/$name" ] && [ -x "$d/$name" ]; then
                printf '%s\n' "$d/$name"
                return 0
            fi
        done
    done
    return 1
}

PG_BINDIR='' PSQL='' MARIADBD='' MARIADB_INSTALL_DB='' MARIADB=''

locate_binaries() {
    local ok=0
    if PG_BINDIR=$(find_pg_bindir); then
        if [ -x "$PG_BINDIR/psql" ]; then
            PSQL=$PG_BINDIR/psql
        elif ! PSQL=$(find_program psql); then
            err "PostgreSQL client psql not found: install postgresql-client-17 (Debian/Ubuntu; Fedora: postgresql, Arch: postgresql-libs)"
            ok=1
        fi
    else
        err "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: install the package postgresql-17 (Debian/Ubuntu; Fedora: postgresql-server, Arch: postgresql), or point ISMW_PG_BINDIR at their directory"
        ok=1
    fi
    if ! MARIADBD=$(find_program mariadbd) || ! MARIADB_INSTALL_DB=$(find_program mariadb-install-db); then
        err "MariaDB server binaries (mariadbd, mariadb-install-db) not found: install the package mariadb-server (Debian/Ubuntu/Fedora; Arch: mariadb)"
        ok=1
    elif ! MARIADB=$(find_program mariadb); then
        err "MariaDB client mariadb not found: install the package mariadb-client (Fedora: mariadb, Arch: mariadb-clients)"
        ok=1
    fi
    return $ok
}

# The db tests check for the releases the product targets; say early when
# another one was found (ISMW_PG_BINDIR, Fedora, Arch...).
check_versions() {
    local v
    v=$("$PG_BINDIR/postgres" --version 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\)\..*/\1/p')
    if [ "$v" != 17 ]; then
        warn "$PG_BINDIR/postgres is PostgreSQL ${v:-of unknown version}; the db tests expect 17 (package postgresql-17)"
    fi
    v=$("$MARIADBD" --version 2>/dev/null | sed -n 's/.*Ver \([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p')
    if [ "$v" != 11.8 ]; then
        warn "$MARIADBD is MariaDB ${v:-of unknown version}; the db tests expect 11.8 (package mariadb-server)"
    fi
}

# ---------------------------------------------------------------- helpers

# as_pg CMD...: run CMD as the user PostgreSQL runs as (it refuses root).
as_pg() {
    if ! is_root; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u postgres -- "$@"
    else
        setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
    fi
}

port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        [ -n "$(ss -Htan "( sport = :$port )" 2>/dev/null)" ] && return 0
    fi
    # Something answers on the port (also catches listeners ss could not see).
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    return 1
}

# pick_port [EXCLUDED...]: a free port in 15000-31999 (below the Linux
# ephemeral range, so outgoing connections do not take it meanwhile).
pick_port() {
    local port x
    for _ in $(seq 1 100); do
        port=$((15000 + (RANDOM * 32768 + RANDOM) % 17000))
        for x in 5432 3306 "$@"; do [ "$port" = "$x" ] && continue 2; done
        if ! port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    err "no free TCP port found on 127.0.0.1 in 15000-31999 after 100 tries"
    return 1
}

# fail MESSAGE [LOG]: in a server's start job: report, show the log's errors
# and tail (the logs are copied to STATE_DIR/logs when the temp dir goes), exit.
fail() {
    local msg=$1 log=${2:-}
    err "$msg"
    if [ -n "$log" ] && [ -s "$log" ]; then
        printf '  from %s (kept as %s/logs/%s-%s):\n' "$log" "$STATE" "$LOG_PREFIX" "$(basename "$log")" >&2
        { grep -E 'ERROR|FATAL|PANIC|[Ee]rror:' "$log" | head -n 10 | sed 's/^/  ! /'
          tail -n 15 "$log" | sed 's/^/  | /'; } >&2 || true
    fi
    exit 1
}

pid_alive() {
    local pid=$1 state
    kill -0 "$pid" 2>/dev/null || return 1
    # A zombie is as good as gone.
    state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$pid/status" 2>/dev/null) || return 1
    [ "$state" != Z ]
}

# wait_gone PID SECONDS
wait_gone() {
    local pid=$1 deadline=$(($(now_us) + $2 * 1000000))
    while pid_alive "$pid"; do
        [ "$(now_us)" -lt "$deadline" ] || return 1
        sleep 0.05
    done
    return 0
}

# ours PID COMM TMPDIR: PID is still the server we started (guards against a
# recycled PID after a crash or reboot).
ours() {
    local pid=$1 comm=$2 tmp=$3
    [[ "$pid" =~ ^[0-9]+$ ]] && [ "$pid" -gt 1 ] || return 1
    pid_alive "$pid" || return 1
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$comm" ] || return 1
    if [ -n "$tmp" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$tmp/" || return 1
    fi
    return 0
}

# kill_group PID: SIGKILL PID and, if it leads a process group (setsid), the group.
kill_group() {
    local pid=$1 pgrp
    pgrp=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f3) || pgrp=''
    if [ "$pgrp" = "$pid" ]; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    kill -KILL "$pid" 2>/dev/null || true
}

# procs_using TMPDIR: PIDs of processes whose command line mentions TMPDIR/
# (initdb, pg_ctl, mariadb-install-db, the servers...). No forks: /proc is big.
procs_using() {
    local tmp=$1 f pid args
    for f in /proc/[0-9]*/cmdline; do
        pid=${f#/proc/}
        pid=${pid%/cmdline}
        [ "$pid" != "$$" ] || continue
        mapfile -d '' args 2>/dev/null <"$f" || continue
        if [[ " ${args[*]} " == *"$tmp/"* ]]; then printf '%s\n' "$pid"; fi
    done
}

# sweep TMPDIR LABEL: end whatever still runs from TMPDIR (a start killed
# half-way, a server that never wrote its pid file).
sweep() {
    local tmp=$1 label=$2 pid pids
    [ -n "$tmp" ] || return 0
    mapfile -t pids < <(procs_using "$tmp")
    [ "${#pids[@]}" -gt 0 ] || return 0
    warn "$label: ending leftover processes ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for pid in "${pids[@]}"; do
        if ! wait_gone "$pid" 5; then kill_group "$pid"; fi
    done
    for pid in "${pids[@]}"; do
        wait_gone "$pid" 5 || { err "$label: process $pid survived SIGKILL"; return 1; }
    done
}

# stop_job NAME: end the start job of a server (a process group of its own:
# initdb or mariadb-install-db and their bootstrap backends), if still running.
stop_job() {
    local name=$1 pid
    [ -f "$STATE/$name.job" ] || return 0
    pid=$(cat "$STATE/$name.job")
    rm -f "$STATE/$name.job"
    [[ "$pid" =~ ^[0-9]+$ ]] && [ "$pid" -gt 1 ] && pid_alive "$pid" || return 0
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "_start_$name" || return 0
    kill -TERM -- "-$pid" 2>/dev/null || true
    if ! wait_group_gone "$pid" 5; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    wait_group_gone "$pid" 5 || true
}

# wait_group_gone PGID SECONDS: no process left in the group (zombies aside).
wait_group_gone() {
    local pgid=$1 deadline=$(($(now_us) + $2 * 1000000)) f stat live state pgrp
    while :; do
        live=0
        for f in /proc/[0-9]*/stat; do
            { read -r stat <"$f"; } 2>/dev/null || continue
            stat=${stat##*) }
            read -r state _ pgrp _ <<<"$stat"
            if [ "$pgrp" = "$pgid" ] && [ "$state" != Z ]; then live=1 && break; fi
        done
        [ "$live" = 1 ] || return 0
        [ "$(now_us)" -lt "$deadline" ] || return 1
        sleep 0.05
    done
}

valid_tmp() {
    [[ "$1" =~ ^/tmp/ismw-(pg|my)\.[A-Za-z0-9]{6,}$ ]]
}

# ---------------------------------------------------------------- PostgreSQL

pg_start() {
    local port=$1 t0 tmp pw version attempt
    t0=$(now_us)
    LOG_PREFIX=postgresql
    tmp=$(mktemp -d /tmp/ismw-pg.XXXXXXXX)
    printf '%s\n' "$tmp" >"$STATE/postgresql.tmpdir"
    if is_root; then
        id -u postgres >/dev/null 2>&1 ||
            fail "running as root, but there is no 'postgres' user to run PostgreSQL as (it refuses to run as root): install postgresql-17, which creates it, or run as a normal user"
        chown postgres: "$tmp"
    fi
    cd "$tmp" # the postgres user may not be allowed into the caller's directory
    pw=$(gen_password)

    as_pg "$PG_BINDIR/initdb" -D "$tmp/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --no-locale --no-sync --no-instructions \
        -c listen_addresses=127.0.0.1 -c "unix_socket_directories=$tmp" \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
        >"$tmp/initdb.log" 2>&1 ||
        fail "PostgreSQL: initdb failed" "$tmp/initdb.log"

    for attempt in 1 2 3; do
        if as_pg "$PG_BINDIR/pg_ctl" start -D "$tmp/data" -l "$tmp/server.log" -w -t "$READY_TIMEOUT" -s \
            -o "-p $port" >>"$tmp/pg_ctl.log" 2>&1; then
            break
        fi
        if [ "$attempt" -lt 3 ] && grep -qE 'could not bind|Address already in use' "$tmp/server.log" 2>/dev/null; then
            port=$(pick_port "$port") || exit 1
            continue
        fi
        cat "$tmp/pg_ctl.log" >>"$tmp/server.log" 2>/dev/null || true
        fail "PostgreSQL did not start on 127.0.0.1:$port within $READY_TIMEOUT s" "$tmp/server.log"
    done
    head -n 1 "$tmp/data/postmaster.pid" >"$STATE/postgresql.pid"

    # As the bootstrap superuser over the Unix socket (trust, socket dir 0700).
    # The password travels on stdin; the server must not log the statement.
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres -d postgres \
        >"$tmp/setup.log" 2>&1 <<SQL ||
SET log_min_error_statement = panic;
CREATE ROLE $DB_USER LOGIN CREATEDB CREATEROLE PASSWORD '$pw';
CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8';
SQL
        fail "PostgreSQL: creating the user $DB_USER and the database $DB_NAME failed" "$tmp/setup.log"

    # What the tests will do: TCP, password.
    printf '127.0.0.1:%s:%s:%s:%s\n' "$port" "$DB_NAME" "$DB_USER" "$pw" >"$tmp/pgpass"
    version=$(PGPASSFILE="$tmp/pgpass" PGCONNECT_TIMEOUT=10 "$PSQL" -X -A -t -h 127.0.0.1 -p "$port" \
        -U "$DB_USER" -d "$DB_NAME" -c "SELECT split_part(current_setting('server_version'), ' ', 1)" \
        2>>"$tmp/setup.log") ||
        fail "PostgreSQL: cannot log in as $DB_USER with its password over 127.0.0.1:$port" "$tmp/setup.log"

    {
        printf 'ISMW_PG_HOST=127.0.0.1\n'
        printf 'ISMW_PG_PORT=%s\n' "$port"
        printf 'ISMW_PG_USER=%s\n' "$DB_USER"
        printf 'ISMW_PG_PASSWORD=%s\n' "$pw"
        printf 'ISMW_PG_DATABASE=%s\n' "$DB_NAME"
        printf 'ISMW_PG_VERSION=%s\n' "$version"
        printf 'ISMW_PG_SOCKET_DIR=%s\n' "$tmp"
    } >"$STATE/.postgresql.env"
    say "PostgreSQL $version on 127.0.0.1:$port ready ($(elapsed "$t0"))"
}

pg_stop() {
    local t0=$1 tmp='' pid='' pids=() stopped=0 owner
    stop_job postgresql
    if [ -f "$STATE/postgresql.tmpdir" ]; then tmp=$(cat "$STATE/postgresql.tmpdir"); fi
    if [ -n "$tmp" ] && ! valid_tmp "$tmp"; then
        warn "ignoring unexpected PostgreSQL directory '$tmp' in $STATE/postgresql.tmpdir"
        tmp=''
    fi
    if [ -n "$tmp" ] && [ -f "$tmp/data/postmaster.pid" ]; then pids+=("$(head -n 1 "$tmp/data/postmaster.pid")"); fi
    if [ -f "$STATE/postgresql.pid" ]; then pids+=("$(cat "$STATE/postgresql.pid")"); fi

    for pid in "${pids[@]}"; do
        ours "$pid" postgres "$tmp" || continue
        stopped=1
        if [ -n "$tmp" ] && [ -d "$tmp/data" ]; then
            owner=$(stat -c %U "$tmp/data")
            if ! is_root; then
                (cd / && "$PG_BINDIR/pg_ctl" stop -D "$tmp/data" -m fast -w -t "$STOP_TIMEOUT" -s) >/dev/null 2>&1 || true
            elif [ "$owner" != root ]; then
                (cd / && runuser -u "$owner" -- "$PG_BINDIR/pg_ctl" stop -D "$tmp/data" -m fast -w -t "$STOP_TIMEOUT" -s) >/dev/null 2>&1 || true
            fi
        fi
        # pg_ctl missing or failed: a fast shutdown is SIGINT.
        if pid_alive "$pid"; then
            kill -INT "$pid" 2>/dev/null || true
            wait_gone "$pid" "$STOP_TIMEOUT" || true
        fi
        if pid_alive "$pid"; then
            warn "PostgreSQL (pid $pid) did not shut down within $STOP_TIMEOUT s: killing it"
            # pg_ctl made the postmaster a session leader: its group holds the backends.
            kill_group "$pid"
            wait_gone "$pid" 5 || { err "PostgreSQL (pid $pid) survived SIGKILL; leaving $tmp"; return 1; }
        fi
    done
    sweep "$tmp" PostgreSQL || { err "leaving $tmp"; return 1; }
    finish_stop postgresql "$tmp" PostgreSQL "$stopped" "$t0"
}

# ---------------------------------------------------------------- MariaDB

my_start() {
    local port=$1 t0 tmp pw version attempt pid deadline
    local user_opt=() ssl_opt=() tune
    t0=$(now_us)
    LOG_PREFIX=mariadb
    tmp=$(mktemp -d /tmp/ismw-my.XXXXXXXX)
    printf '%s\n' "$tmp" >"$STATE/mariadb.tmpdir"
    cd "$tmp"
    pw=$(gen_password)
    if is_root; then user_opt=(--user=root); fi
    # Small, fast and not durable; the same InnoDB layout for install and server.
    tune=(--skip-name-resolve --character-set-server=utf8mb4
        --innodb-buffer-pool-size=64M --innodb-log-file-size=8M --loose-innodb-undo-tablespaces=0
        --innodb-flush-log-at-trx-commit=0 --loose-innodb-doublewrite=0
        --loose-innodb-buffer-pool-dump-at-shutdown=0 --loose-innodb-buffer-pool-load-at-startup=0)

    "$MARIADB_INSTALL_DB" --no-defaults "${user_opt[@]}" --datadir="$tmp/data" --skip-test-db \
        --auth-root-authentication-method=socket "${tune[@]}" >"$tmp/install.log" 2>&1 ||
        fail "MariaDB: mariadb-install-db failed" "$tmp/install.log"

    # Bootstrapping runs without grant tables, so the user is made by an init
    # file, run with full privileges before the server takes connections.
    cat >"$tmp/setup.sql" <<SQL
CREATE DATABASE IF NOT EXISTS $DB_NAME;
CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$pw';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$pw';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'%' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost' WITH GRANT OPTION;
SQL

    # TLS as the clients expect it (Connector/C 3.4 wants TLS by default). An EC
    # certificate takes milliseconds; the server's own RSA one takes seconds.
    if command -v openssl >/dev/null 2>&1 &&
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 \
            -subj /CN=127.0.0.1 -keyout "$tmp/server-key.pem" -out "$tmp/server-cert.pem" >/dev/null 2>&1; then
        ssl_opt=(--ssl-cert="$tmp/server-cert.pem" --ssl-key="$tmp/server-key.pem")
    fi

    printf '[client]\nuser=%s\npassword=%s\nhost=127.0.0.1\nprotocol=TCP\ndatabase=%s\nconnect-timeout=5\n' \
        "$DB_USER" "$pw" "$DB_NAME" >"$tmp/client.cnf"

    for attempt in 1 2 3; do
        # setsid: the server must outlive this script and not hold CTest's pipes.
        setsid "$MARIADBD" --no-defaults "${user_opt[@]}" --datadir="$tmp/data" --tmpdir="$tmp" \
            --socket="$tmp/mariadb.sock" --port="$port" --bind-address=127.0.0.1 \
            --pid-file="$tmp/mariadb.pid" --log-error="$tmp/server.log" --init-file="$tmp/setup.sql" \
            "${tune[@]}" "${ssl_opt[@]}" \
            </dev/null >>"$tmp/server.log" 2>&1 &
        pid=$!
        printf '%s\n' "$pid" >"$STATE/mariadb.pid"
        deadline=$(($(now_us) + READY_TIMEOUT * 1000000))
        while :; do
            if version=$("$MARIADB" --defaults-file="$tmp/client.cnf" --port="$port" -N -B \
                -e 'SELECT VERSION()' 2>"$tmp/client.log"); then
                break 2
            fi
            if ! pid_alive "$pid"; then
                if [ "$attempt" -lt 3 ] && grep -qE 'Address already in use|Bind on TCP/IP port' "$tmp/server.log"; then
                    port=$(pick_port "$port") || exit 1
                    continue 2
                fi
                fail "MariaDB exited while starting on 127.0.0.1:$port" "$tmp/server.log"
            fi
            if [ "$(now_us)" -ge "$deadline" ]; then
                sed 's/^/(client) /' "$tmp/client.log" >>"$tmp/server.log"
                fail "MariaDB did not accept $DB_USER on 127.0.0.1:$port within $READY_TIMEOUT s" "$tmp/server.log"
            fi
            sleep 0.05
        done
    done
    rm -f "$tmp/setup.sql"
    version=${version%%-*}

    {
        printf 'ISMW_MY_HOST=127.0.0.1\n'
        printf 'ISMW_MY_PORT=%s\n' "$port"
        printf 'ISMW_MY_USER=%s\n' "$DB_USER"
        printf 'ISMW_MY_PASSWORD=%s\n' "$pw"
        printf 'ISMW_MY_DATABASE=%s\n' "$DB_NAME"
        printf 'ISMW_MY_VERSION=%s\n' "$version"
        printf 'ISMW_MY_SOCKET=%s\n' "$tmp/mariadb.sock"
    } >"$STATE/.mariadb.env"
    say "MariaDB $version on 127.0.0.1:$port ready ($(elapsed "$t0"))"
}

my_stop() {
    local t0=$1 tmp='' pid='' pids=() stopped=0
    stop_job mariadb
    if [ -f "$STATE/mariadb.tmpdir" ]; then tmp=$(cat "$STATE/mariadb.tmpdir"); fi
    if [ -n "$tmp" ] && ! valid_tmp "$tmp"; then
        warn "ignoring unexpected MariaDB directory '$tmp' in $STATE/mariadb.tmpdir"
        tmp=''
    fi
    if [ -n "$tmp" ] && [ -f "$tmp/mariadb.pid" ]; then pids+=("$(cat "$tmp/mariadb.pid")"); fi
    if [ -f "$STATE/mariadb.pid" ]; then pids+=("$(cat "$STATE/mariadb.pid")"); fi

    for pid in "${pids[@]}"; do
        ours "$pid" mariadbd "$tmp" || continue
        stopped=1
        # SIGTERM is mariadbd's normal shutdown (what mariadb-admin shutdown does,
        # without needing an account).
        kill -TERM "$pid" 2>/dev/null || true
        if ! wait_gone "$pid" "$STOP_TIMEOUT"; then
            warn "MariaDB (pid $pid) did not shut down within $STOP_TIMEOUT s: killing it"
            kill_group "$pid"
            wait_gone "$pid" 5 || { err "MariaDB (pid $pid) survived SIGKILL; leaving $tmp"; return 1; }
        fi
    done
    sweep "$tmp" MariaDB || { err "leaving $tmp"; return 1; }
    finish_stop mariadb "$tmp" MariaDB "$stopped" "$t0"
}

# finish_stop NAME TMPDIR LABEL STOPPED: keep the logs, remove the rest.
finish_stop() {
    local name=$1 tmp=$2 label=$3 stopped=$4 t0=$5 f
    if [ -n "$tmp" ] && [ -d "$tmp" ]; then
        mkdir -p "$STATE/logs"
        for f in "$tmp"/*.log; do
            if [ -f "$f" ]; then cp -f "$f" "$STATE/logs/$name-$(basename "$f")"; fi
        done
        rm -rf -- "$tmp"
    fi
    rm -f "$STATE/$name.tmpdir" "$STATE/$name.pid" "$STATE/.$name.env"
    if [ "$stopped" = 1 ]; then
        say "$label stopped ($(elapsed "$t0"))"
    elif [ -n "$tmp" ]; then
        say "$label was not running; removed $tmp"
    fi
}

# ---------------------------------------------------------------- commands

do_stop() {
    local rc=0
    [ -d "$STATE" ] || return 0
    pg_stop "$(now_us)" || rc=1
    my_stop "$(now_us)" || rc=1
    rm -f "$STATE/servers.env" "$STATE/servers.env.tmp"
    return $rc
}

cmd_stop() {
    # Stopping must work even where the binaries are gone: pg_ctl is optional.
    PG_BINDIR=$(find_pg_bindir) || PG_BINDIR=/nonexistent
    do_stop
}

on_signal() {
    trap - INT TERM
    err "interrupted: stopping what was started"
    do_stop || true
    exit 130
}

cmd_start() {
    local t0 pg_port my_port pg_job my_job pg_rc=0 my_rc=0 self
    t0=$(now_us)
    locate_binaries || exit 1
    check_versions
    mkdir -p "$STATE"
    if [ -e "$STATE/postgresql.tmpdir" ] || [ -e "$STATE/mariadb.tmpdir" ] ||
        [ -e "$STATE/postgresql.job" ] || [ -e "$STATE/mariadb.job" ]; then
        say "cleaning up servers left by an earlier run in $STATE"
        do_stop || true
    fi
    rm -f "$STATE/servers.env" "$STATE/.postgresql.env" "$STATE/.mariadb.env"
    rm -rf "$STATE/logs"

    pg_port=$(pick_port)
    my_port=$(pick_port "$pg_port")
    trap on_signal INT TERM
    # Both at once: each takes 1-2 s, mostly waiting on its own bootstrap.
    # Each job is a session of its own so that stop can end it with all its
    # children, also when this script was killed (CTest's timeout).
    self=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
    setsid bash "$self" _start_postgresql "$STATE" "$pg_port" &
    pg_job=$!
    printf '%s\n' "$pg_job" >"$STATE/postgresql.job"
    setsid bash "$self" _start_mariadb "$STATE" "$my_port" &
    my_job=$!
    printf '%s\n' "$my_job" >"$STATE/mariadb.job"
    wait "$pg_job" || pg_rc=$?
    wait "$my_job" || my_rc=$?
    rm -f "$STATE/postgresql.job" "$STATE/mariadb.job"
    trap - INT TERM

    if [ "$pg_rc" != 0 ] || [ "$my_rc" != 0 ]; then
        err "starting the database servers failed: stopping what was started"
        do_stop || true
        exit 1
    fi
    cat "$STATE/.postgresql.env" "$STATE/.mariadb.env" >"$STATE/servers.env.tmp"
    mv -f "$STATE/servers.env.tmp" "$STATE/servers.env"
    say "database servers ready in $(elapsed "$t0"); settings in $STATE/servers.env"
}

main() {
    if [ $# -eq 3 ] && [[ "$1" == _start_* ]]; then
        :
    elif [ $# -ne 2 ] || { [ "$1" != start ] && [ "$1" != stop ]; }; then
        printf 'usage: %s start|stop STATE_DIR\n' "${0##*/}" >&2
        exit 2
    fi
    [ -n "$2" ] || { err "STATE_DIR is empty"; exit 2; }
    # Settings of the caller's own servers must not leak into ours.
    unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSERVICEFILE \
        PGOPTIONS PGSSLMODE PGDATA MYSQL_PWD MYSQL_HOST MYSQL_TCP_PORT MYSQL_UNIX_PORT MARIADB_HOST
    LOG_PREFIX=''
    case "$1" in
    _start_postgresql | _start_mariadb) # the jobs of start, in their own sessions
        STATE=$2
        locate_binaries >/dev/null 2>&1 || exit 1
        if [ "$1" = _start_postgresql ]; then pg_start "$3"; else my_start "$3"; fi
        exit 0
        ;;
    start)
        mkdir -p "$2"
        STATE=$(cd "$2" && pwd)
        cmd_start
        ;;
    stop)
        [ -d "$2" ] || exit 0 # never started here: nothing to stop
        STATE=$(cd "$2" && pwd)
        cmd_stop
        ;;
    esac
}

main "$@"
