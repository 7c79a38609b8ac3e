#!/usr/bin/env bash
# A real WordPress for Latchkey's integration tests, on loopback, without Docker or system
# services: a private MariaDB (socket only, no TCP) and two sites served by `php -S`.
#
#   wp-testbed.sh start  STATE_DIR   # start (or verify a running) test bed; writes STATE_DIR/env
#   wp-testbed.sh stop   STATE_DIR   # stop everything started for STATE_DIR
#   wp-testbed.sh status STATE_DIR   # exit 0 when everything runs and answers
#
# Sites:  "pretty" (permalinks /%postname%/, REST root URL/wp-json/)
#         "plain"  (plain permalinks,       REST root URL/?rest_route=/)
# Users on both: admin (administrator), author1 (author), contrib1 (contributor).
# Every cold start recreates both databases, the users, the seed application passwords and
# empties the sites' mu-plugins folders, so each run begins from the same known state. The
# MariaDB data directory and the copied WordPress trees are reused.
#
# Environment: LATCHKEY_WP_PORT_BASE=N serves "pretty" on N and "plain" on N+1 (default: two
# free ports picked at start).
set -euo pipefail

TESTBED_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly TESTBED_DIR
readonly WP_SOURCE=/usr/share/wordpress
readonly SITES=(pretty plain)
readonly DEADLINE_SECONDS=30

usage() {
    echo "usage: $(basename "$0") start|stop|status STATE_DIR" >&2
    exit 2
}

(($# == 2)) || usage
readonly ACTION=$1
case $ACTION in start | stop | status) ;; *) usage ;; esac
mkdir -p "$2"
STATE_DIR=$(cd "$2" && pwd)
readonly STATE_DIR
# The env file promises values without spaces or quotes; paths are among its values.
if [[ $STATE_DIR =~ [[:space:]\'\"\\] ]]; then
    echo "wp-testbed: STATE_DIR must not contain spaces, quotes or backslashes: $STATE_DIR" >&2
    exit 2
fi
readonly LOG_DIR=$STATE_DIR/logs
readonly DATA_DIR=$STATE_DIR/mysql
readonly ENV_FILE=$STATE_DIR/env
readonly MARIADB_PID=$STATE_DIR/mariadbd.pid
USER_NAME=$(id -un)
readonly USER_NAME

# A Unix socket path must fit in 108 bytes; a deep build directory may not.
if ((${#STATE_DIR} < 90)); then
    SOCKET=$STATE_DIR/mysqld.sock
else
    SOCKET=/tmp/latchkey-wp-$(printf %s "$STATE_DIR" | md5sum | cut -c1-16).sock
fi
readonly SOCKET

# Server options shared by mariadb-install-db (which passes them on) and mariadbd.
readonly MARIADB_OPTIONS=(
    --datadir="$DATA_DIR" --socket="$SOCKET" --skip-networking --user="$USER_NAME"
    --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M
)

site_dir() { echo "$STATE_DIR/sites/$1"; }
site_pid() { echo "$STATE_DIR/php-$1.pid"; }

log() { echo "wp-testbed: $*"; }

# Prints the last lines of the given logs to stderr.
show_logs() {
    local file
    for file in "$@"; do
        if [[ -s $file ]]; then
            echo "----- tail of $file -----" >&2
            tail -n 25 "$file" >&2
        fi
    done
}

die() {
    local message=$1
    shift
    echo "wp-testbed: ERROR: $message" >&2
    show_logs "$@"
    exit 1
}

# random_alnum N: N random letters and digits (safe in shell, URLs and the env file).
random_alnum() {
    local raw
    raw=$(openssl rand -base64 $(($1 * 2)))
    raw=${raw//[^A-Za-z0-9]/}
    echo "${raw:0:$1}"
}

# pid_is_ours PID: true when PID is a live process started for this STATE_DIR (its command
# line holds the path), so a recycled pid is never mistaken for ours.
pid_is_ours() {
    local cmdline
    cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || return 1
    [[ $cmdline == *"$STATE_DIR"* ]]
}

# pidfile_pid PIDFILE: the pid recorded in PIDFILE, or nothing.
pidfile_pid() {
    local pid=""
    [[ -s $1 ]] && pid=$(<"$1")
    [[ $pid =~ ^[0-9]+$ ]] && echo "$pid"
    return 0
}

# is_ours PIDFILE: the process named by PIDFILE is alive and ours.
is_ours() {
    local pid
    pid=$(pidfile_pid "$1")
    [[ -n $pid ]] && pid_is_ours "$pid"
}

# group_members PGID: our live processes in that process group. The servers are group
# leaders; php -S workers stay behind in the group when only their parent dies.
group_members() {
    local pid
    for pid in $(pgrep -g "$1" || true); do
        pid_is_ours "$pid" && echo "$pid"
    done
    return 0
}

# spawn PIDFILE LOG CMD...: runs CMD in the background in its own session (so its process
# group can be signalled as a whole, and it survives the calling shell or ctest) with no
# inherited descriptors: ctest waits for every holder of a test's stdout to exit.
spawn() {
    local pidfile=$1 logfile=$2
    shift 2
    # setsid does not fork here (a background job of a script is not a group leader), so $!
    # is the server's own pid and also its process group id.
    setsid "$@" </dev/null >>"$logfile" 2>&1 9>&- &
    echo $! >"$pidfile"
}

# stop_processes PIDFILE...: SIGTERM to each recorded process group at once, wait up to
# 20 s for all of them, then SIGKILL what is left.
stop_processes() {
    local pidfile groups=() pgid i left
    for pidfile in "$@"; do
        pgid=$(pidfile_pid "$pidfile")
        if [[ -n $pgid && -n $(group_members "$pgid") ]]; then
            groups+=("$pgid")
            kill -TERM -- "-$pgid" 2>/dev/null || true
        fi
    done
    for ((i = 0; i <= 200; i++)); do
        left=()
        for pgid in "${groups[@]}"; do
            [[ -n $(group_members "$pgid") ]] && left+=("$pgid")
        done
        ((${#left[@]} == 0)) && break
        sleep 0.1
    done
    for pgid in "${left[@]}"; do
        log "process group $pgid ignored SIGTERM for 20 s, killing it"
        kill -KILL -- "-$pgid" 2>/dev/null || true
    done
    rm -f "$@"
}

stop_all() {
    local site pidfiles=("$MARIADB_PID")
    for site in "${SITES[@]}"; do
        pidfiles+=("$(site_pid "$site")")
    done
    stop_processes "${pidfiles[@]}"
    rm -f "$ENV_FILE" "$SOCKET"
}

# The REST index of each site: what tests discover and what readiness checks fetch.
rest_root() {
    case $1 in
    pretty) echo "$2/wp-json/" ;;
    plain) echo "$2/?rest_route=/" ;;
    esac
}

# http_status URL: the HTTP status code, 000 when nothing answers. Never through a proxy.
http_status() {
    curl --noproxy '*' --silent --output /dev/null --max-time 5 --write-out '%{http_code}' "$1" || true
}

mariadb_ping() {
    mariadb-admin --no-defaults --socket="$SOCKET" --user=root --connect-timeout=2 ping >/dev/null 2>&1
}

sql() {
    mariadb --no-defaults --socket="$SOCKET" --user=root --batch -e "$1"
}

# pick_ports: two distinct free loopback ports (both held open while asking, so they differ).
pick_ports() {
    # shellcheck disable=SC2016 # PHP code, not shell
    php -r '
        $a = stream_socket_server("tcp://127.0.0.1:0");
        $b = stream_socket_server("tcp://127.0.0.1:0");
        if (!$a || !$b) exit(1);
        $port = fn($s) => substr(strrchr(stream_socket_get_name($s, false), ":"), 1);
        echo $port($a), " ", $port($b), "\n";'
}

port_is_free() {
    # shellcheck disable=SC2016 # PHP code, not shell
    php -r 'exit(@stream_socket_server("tcp://127.0.0.1:" . $argv[1]) ? 0 : 1);' "$1"
}

# site_url SITE: the site's URL from the env file, or nothing.
site_url() {
    [[ -s $ENV_FILE ]] && sed -n "s/^WP_${1^^}_URL=//p" "$ENV_FILE"
    return 0
}

# site_alive SITE: the site's server answers. Asks wp-login.php, which no fault switch
# touches: a test may have a switch in place that breaks or delays the REST API.
site_alive() {
    local url
    url=$(site_url "$1")
    [[ -n $url && $(http_status "$url/wp-login.php") == 200 ]]
}

# All processes alive and both sites answering.
running_and_answering() {
    local site
    is_ours "$MARIADB_PID" && mariadb_ping || return 1
    for site in "${SITES[@]}"; do
        is_ours "$(site_pid "$site")" && site_alive "$site" || return 1
    done
}

start_mariadb() {
    local i
    spawn "$MARIADB_PID" "$LOG_DIR/mariadbd.out" \
        mariadbd --no-defaults "${MARIADB_OPTIONS[@]}" \
        --pid-file="$STATE_DIR/mariadbd.own.pid" --log-error="$LOG_DIR/mariadbd.err"
    for ((i = 0; i < DEADLINE_SECONDS * 10; i++)); do
        mariadb_ping && return 0
        is_ours "$MARIADB_PID" || return 1
        sleep 0.1
    done
    return 1
}

init_datadir() {
    rm -rf "$DATA_DIR"
    log "initialising MariaDB in $DATA_DIR"
    mariadb-install-db --no-defaults "${MARIADB_OPTIONS[@]}" \
        --auth-root-authentication-method=normal --skip-test-db \
        >"$LOG_DIR/mariadb-install-db.log" 2>&1 ||
        die "mariadb-install-db failed" "$LOG_DIR/mariadb-install-db.log"
    touch "$DATA_DIR/.testbed-initialised"
}

# copy_wordpress SITE: a private copy of WordPress core (once; the marker says it completed).
# cp -rL, not cp -a: Debian's tree holds relative links to shared JS and PHP libraries.
copy_wordpress() {
    local dir
    dir=$(site_dir "$1")
    if [[ ! -e $dir/.testbed-copied ]]; then
        rm -rf "$dir"
        mkdir -p "$(dirname "$dir")"
        cp -rL "$WP_SOURCE" "$dir"
        rm -f "$dir/.htaccess" # Apache rules from /etc/wordpress; php -S ignores them
        touch "$dir/.testbed-copied"
    fi
    # Fault switches from an earlier run must not leak into this one.
    rm -rf "$dir/wp-content/mu-plugins"
    mkdir -p "$dir/wp-content/mu-plugins" "$dir/wp-content/uploads"
}

# write_wp_config SITE DB_NAME
write_wp_config() {
    local dir salts="" key
    dir=$(site_dir "$1")
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT \
        LOGGED_IN_SALT NONCE_SALT; do
        salts+="define('$key', '$(random_alnum 64)');"$'\n'
    done
    cat >"$dir/wp-config.php" <<EOF
<?php
// Written by tests/testbed/wp-testbed.sh; rewritten at every cold start.
define('DB_NAME', '$2');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$salts
\$table_prefix = 'wp_';

// Application passwords over plain HTTP need the "local" environment type.
define('WP_ENVIRONMENT_TYPE', 'local');

// Nothing may leave loopback: no update checks, no cron spawning, no outgoing HTTP except
// to the site itself.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);

define('WP_DEBUG', false);
define('FS_METHOD', 'direct');

if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
EOF
}

# start_site SITE PORT: serve the site and wait until its REST index answers 200.
start_site() {
    local site=$1 port=$2 dir url i status
    dir=$(site_dir "$site")
    url=http://127.0.0.1:$port
    spawn "$(site_pid "$site")" "$LOG_DIR/php-$site.log" \
        env PHP_CLI_SERVER_WORKERS=4 \
        php -d display_errors=0 -d log_errors=1 -d memory_limit=256M \
        -S "127.0.0.1:$port" -t "$dir"
    for ((i = 0; i < DEADLINE_SECONDS * 10; i++)); do
        status=$(http_status "$(rest_root "$site" "$url")")
        [[ $status == 200 ]] && return 0
        is_ours "$(site_pid "$site")" || break
        sleep 0.1
    done
    die "site $site on $url did not answer (last HTTP status $status)" \
        "$LOG_DIR/php-$site.log" "$LOG_DIR/mariadbd.err"
}

cmd_start() {
    local started=$SECONDS ports port_pretty port_plain site install_pids=()

    if running_and_answering; then
        log "already running ($STATE_DIR)"
        return 0
    fi

    # Anything left from an earlier run (half started, or partly dead) goes first.
    stop_all
    # From here on, a failure stops whatever this run started.
    trap 'rc=$?; if ((rc != 0)); then stop_all >/dev/null 2>&1 || true; fi' EXIT

    mkdir -p "$LOG_DIR"
    for f in "$LOG_DIR"/*; do [[ -f $f ]] && : >"$f"; done

    # Ports first, so a clash fails before any work.
    if [[ -n ${LATCHKEY_WP_PORT_BASE:-} ]]; then
        port_pretty=$LATCHKEY_WP_PORT_BASE
        port_plain=$((LATCHKEY_WP_PORT_BASE + 1))
        port_is_free "$port_pretty" || die "port $port_pretty (LATCHKEY_WP_PORT_BASE) is in use"
        port_is_free "$port_plain" || die "port $port_plain (LATCHKEY_WP_PORT_BASE + 1) is in use"
    else
        ports=$(pick_ports) || die "cannot find free ports"
        read -r port_pretty port_plain <<<"$ports"
    fi
    local -A url=([pretty]=http://127.0.0.1:$port_pretty [plain]=http://127.0.0.1:$port_plain)

    # MariaDB: reuse the data directory when it starts; otherwise start over once.
    if [[ ! -e $DATA_DIR/.testbed-initialised ]]; then
        init_datadir
    fi
    if ! start_mariadb; then
        log "MariaDB did not start on the existing data directory; reinitialising"
        show_logs "$LOG_DIR/mariadbd.err"
        stop_processes "$MARIADB_PID"
        init_datadir
        start_mariadb || die "MariaDB did not start" "$LOG_DIR/mariadbd.err" "$LOG_DIR/mariadbd.out"
    fi

    # Fresh databases, fresh configs, fresh users: every cold start is the same known state.
    sql "DROP DATABASE IF EXISTS wp_pretty; CREATE DATABASE wp_pretty;
         DROP DATABASE IF EXISTS wp_plain; CREATE DATABASE wp_plain;" ||
        die "cannot create the databases" "$LOG_DIR/mariadbd.err"
    for site in "${SITES[@]}"; do
        copy_wordpress "$site"
        write_wp_config "$site" "wp_$site"
    done

    # Login passwords, shared by both sites.
    local admin_pw author_pw contrib_pw
    admin_pw=$(random_alnum 20)
    author_pw=$(random_alnum 20)
    contrib_pw=$(random_alnum 20)

    # Both installs at once (two cores); each prints its env lines.
    for site in "${SITES[@]}"; do
        local prefix=WP_ mint=ADMIN,AUTHOR,CONTRIB
        if [[ $site == plain ]]; then
            prefix=WP_PLAIN_
            mint=ADMIN
        fi
        local permalink=""
        [[ $site == pretty ]] && permalink=/%postname%/
        WP_TESTBED_ADMIN_PASSWORD=$admin_pw WP_TESTBED_AUTHOR_PASSWORD=$author_pw \
            WP_TESTBED_CONTRIB_PASSWORD=$contrib_pw \
            php -d display_errors=0 -d log_errors=1 "$TESTBED_DIR/wp-install-site.php" "$(site_dir "$site")" \
            "${url[$site]}" "$permalink" "$prefix" "$mint" "Latchkey test bed ($site)" \
            >"$STATE_DIR/install-$site.env" 2>"$LOG_DIR/install-$site.log" 9>&- &
        install_pids+=($!)
    done
    # Wait for both before judging, so no installer outlives a failed start.
    local failed=() failed_logs=()
    for i in "${!SITES[@]}"; do
        if ! wait "${install_pids[$i]}"; then
            failed+=("${SITES[$i]}")
            failed_logs+=("$LOG_DIR/install-${SITES[$i]}.log")
        fi
    done
    if ((${#failed[@]} > 0)); then
        die "installing WordPress failed for: ${failed[*]}" "${failed_logs[@]}" "$LOG_DIR/mariadbd.err"
    fi

    for site in "${SITES[@]}"; do
        start_site "$site" "${url[$site]#http://127.0.0.1:}"
    done

    # Written last and renamed into place: a complete env file means a ready test bed.
    {
        echo "WP_PRETTY_URL=${url[pretty]}"
        echo "WP_PLAIN_URL=${url[plain]}"
        echo "WP_PRETTY_REST_ROOT=$(rest_root pretty "${url[pretty]}")"
        echo "WP_PLAIN_REST_ROOT=$(rest_root plain "${url[plain]}")"
        echo "WP_PRETTY_DIR=$(site_dir pretty)"
        echo "WP_PLAIN_DIR=$(site_dir plain)"
        echo "WP_PRETTY_MU_PLUGINS=$(site_dir pretty)/wp-content/mu-plugins"
        echo "WP_PLAIN_MU_PLUGINS=$(site_dir plain)/wp-content/mu-plugins"
        echo "WP_FAULT_SWITCHES=$TESTBED_DIR/mu-plugins"
        echo "WP_ADMIN_USER=admin"
        echo "WP_ADMIN_PASSWORD=$admin_pw"
        echo "WP_AUTHOR_USER=author1"
        echo "WP_AUTHOR_PASSWORD=$author_pw"
        echo "WP_CONTRIB_USER=contrib1"
        echo "WP_CONTRIB_PASSWORD=$contrib_pw"
        cat "$STATE_DIR/install-pretty.env" "$STATE_DIR/install-plain.env"
    } >"$ENV_FILE.tmp"
    rm -f "$STATE_DIR/install-pretty.env" "$STATE_DIR/install-plain.env"
    mv "$ENV_FILE.tmp" "$ENV_FILE"

    trap - EXIT
    log "ready in $((SECONDS - started)) s: pretty ${url[pretty]}, plain ${url[plain]}; env in $ENV_FILE"
}

cmd_stop() {
    stop_all
    log "stopped ($STATE_DIR)"
}

cmd_status() {
    local site ok=0 url
    if is_ours "$MARIADB_PID" && mariadb_ping; then
        echo "mariadb: running (pid $(<"$MARIADB_PID"), socket $SOCKET)"
    else
        echo "mariadb: not running"
        ok=1
    fi
    for site in "${SITES[@]}"; do
        url=$(site_url "$site")
        if ! is_ours "$(site_pid "$site")"; then
            echo "$site: not running"
            ok=1
        elif [[ -z $url ]]; then
            echo "$site: running (pid $(<"$(site_pid "$site")")) but no env file"
            ok=1
        elif ! site_alive "$site"; then
            echo "$site: running at $url but wp-login.php does not answer 200"
            ok=1
        else
            echo "$site: running at $url (pid $(<"$(site_pid "$site")")," \
                "REST index HTTP $(http_status "$(rest_root "$site" "$url")"))"
        fi
    done
    return $ok
}

# One action at a time per STATE_DIR. Descriptor 9 holds the lock; spawned servers close it.
exec 9>"$STATE_DIR/.lock"
flock --timeout 120 9 || die "another wp-testbed.sh holds $STATE_DIR/.lock"

case $ACTION in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
esac
