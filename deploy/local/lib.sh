# shellcheck shell=bash
# Shared functions for deploy/local/{up,down,test}.sh and .ci/run. Source it; don't run it.
#
# PostgreSQL, RabbitMQ and Redis run as plain processes on 127.0.0.1, each environment with its
# own ports and all of its state under one folder (.local/<env>), so the "run" and "test"
# environments can run side by side and never touch the system services of the Debian packages.
# No systemd or service commands are used: the machines this runs on have no init system.

MZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MZ_TOOLS="$MZ_ROOT/.local/tools"
BUF_VERSION=1.75.0

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

# Prints seconds since the epoch with milliseconds, for timing phases.
now() { date +%s.%3N; }
# elapsed START -> "12.3s"
elapsed() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1fs", e - s }'; }

# ---------------------------------------------------------------------------------------------
# Environments
# ---------------------------------------------------------------------------------------------

# mz_env run|test: sets the state folder and the ports of one environment. MZ_PORT_OFFSET=N shifts the
# infrastructure's ports by N, so that a second checkout's tests can run beside the first's.
mz_env() {
  MZ_ENV="$1"
  case "$MZ_ENV" in
    run) MZ_PG_PORT=55432 MZ_AMQP_PORT=55672 MZ_DIST_PORT=55673 MZ_EPMD_PORT=54369 MZ_REDIS_PORT=56379 ;;
    test) MZ_PG_PORT=45432 MZ_AMQP_PORT=45672 MZ_DIST_PORT=45673 MZ_EPMD_PORT=44369 MZ_REDIS_PORT=46379 ;;
    *) die "unknown environment '$MZ_ENV' (run or test)" ;;
  esac
  local offset="${MZ_PORT_OFFSET:-0}"
  [[ $offset =~ ^[0-9]+$ ]] || die "MZ_PORT_OFFSET='$offset' is not a number"
  MZ_PG_PORT=$((MZ_PG_PORT + offset)) MZ_AMQP_PORT=$((MZ_AMQP_PORT + offset)) MZ_DIST_PORT=$((MZ_DIST_PORT + offset))
  MZ_EPMD_PORT=$((MZ_EPMD_PORT + offset)) MZ_REDIS_PORT=$((MZ_REDIS_PORT + offset))
  MZ_STATE="$MZ_ROOT/.local/$MZ_ENV"
  MZ_RABBIT_NODE="mz-$MZ_ENV@localhost"
}

# Writes the environment's settings into <state>/infra.env, so that stop_infra <state> needs
# nothing but the folder.
write_infra_env() {
  cat >"$MZ_STATE/infra.env" <<EOF
MZ_ENV=$MZ_ENV
MZ_STATE=$MZ_STATE
MZ_PG_PORT=$MZ_PG_PORT
MZ_AMQP_PORT=$MZ_AMQP_PORT
MZ_DIST_PORT=$MZ_DIST_PORT
MZ_EPMD_PORT=$MZ_EPMD_PORT
MZ_REDIS_PORT=$MZ_REDIS_PORT
MZ_RABBIT_NODE=$MZ_RABBIT_NODE
EOF
}

load_infra_env() {
  local state="$1"
  [[ -f $state/infra.env ]] || return 1
  # shellcheck disable=SC1091
  source "$state/infra.env"
  MZ_STATE="$state" # the folder may have moved since the file was written
}

# ---------------------------------------------------------------------------------------------
# Small process helpers
# ---------------------------------------------------------------------------------------------

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.25 s until it succeeds.
wait_until() {
  local timeout="$1" what="$2"
  shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || {
      log "timed out after ${timeout}s waiting for $what"
      return 1
    }
    sleep 0.25
  done
}

# pid_gone PID: no such process at all (not even a zombie).
pid_gone() { ! kill -0 "$1" 2>/dev/null; }

# pid_alive PID: the process exists and is not a zombie (a killed process whose parent died
# lingers as one until init reaps it).
pid_alive() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null || return 1
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }" # the state letter follows the command name in parentheses
  [[ ${stat:0:1} != Z ]]
}

# pid_runs PID TEXT: the process is alive and TEXT is in its command line or environment, i.e.
# it is still the process we started: after a reboot a stale pid file may name someone else.
pid_runs() {
  pid_alive "$1" || return 1
  { tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$2"; } 2>/dev/null ||
    { tr '\0' '\n' <"/proc/$1/environ" | grep -qF -- "$2"; } 2>/dev/null
}

# Reads a pid file; prints nothing if the file is missing or empty.
read_pid() { if [[ -s $1 ]]; then tr -dc '0-9' <"$1"; fi; }

# stop_pid PID NAME TEXT [GRACE]: if PID still runs what TEXT identifies (see pid_runs):
# SIGTERM, up to GRACE seconds (default 15) to exit, then SIGKILL.
stop_pid() {
  local pid="$1" name="$2" text="$3" grace="${4:-15}"
  pid_runs "$pid" "$text" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while pid_alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if pid_alive "$pid"; then
    log "$name (pid $pid) ignored SIGTERM for ${grace}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
}

# port_in_use PORT: true when something listens on 127.0.0.1/any address at PORT.
port_in_use() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }

# ---------------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------------

# Installs the Debian packages the local infrastructure needs, plus any named as arguments (test.sh adds
# chromium for the dashboard's browser test), only those that are missing: on a machine that has them all this
# does no apt work at all.
ensure_packages() {
  local missing=() pkg
  for pkg in postgresql rabbitmq-server redis-server curl "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ! command -v curl >/dev/null 2>&1 && [[ " ${missing[*]} " != *" curl "* ]]; then
    missing+=(curl)
  fi
  # The gateway's build bundles the dashboard with npm: Debian's Node.js only where none is on PATH already
  # (a newer one installed otherwise is kept).
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  ((${#missing[@]} > 0)) || return 0

  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)

  # The packages' maintainer scripts would start the system-wide services (RabbitMQ on 5672
  # with epmd on 4369, Redis on 6379) where an init system exists. We never use those, so
  # forbid it: invoke-rc.d asks policy-rc.d, and exit code 101 means "action forbidden".
  # An existing policy-rc.d is left alone; only one we created is removed.
  local policy=/usr/sbin/policy-rc.d created_policy=0 rc=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# temporary, from deploy/local/lib.sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    created_policy=1
  fi
  {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
  } </dev/null || rc=$?
  ((created_policy == 0)) || "${sudo[@]}" rm -f "$policy"
  ((rc == 0)) || die "apt-get install of ${missing[*]} failed (exit $rc)"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------

pg_bindir() {
  local version
  # shellcheck disable=SC2012 # version folder names only: "15", "16"
  version="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)"
  [[ -n $version && -x /usr/lib/postgresql/$version/bin/initdb ]] ||
    die "no PostgreSQL server binaries under /usr/lib/postgresql (is the postgresql package installed?)"
  echo "/usr/lib/postgresql/$version/bin"
}

# initdb and postgres refuse to run as root, so as root they run as the 'postgres' user (from
# the Debian package); a non-root developer runs them as themself.
as_pg_user() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# The postgres user must be able to reach <state>/pg. A checkout under a private folder (mode
# 700, as mktemp -d makes) would stop it, so grant search (x, not read) on such parents.
pg_grant_traverse() {
  ((EUID == 0)) || return 0
  local dir="$1" parents=() i
  while [[ $dir != / ]]; do
    parents=("$dir" "${parents[@]}")
    dir="$(dirname "$dir")"
  done
  # From the top down: a folder below an unreachable one looks unreachable too.
  for i in "${parents[@]}"; do
    if ! runuser -u postgres -- test -x "$i"; then
      log "granting o+x on $i so that the postgres user can reach its data folder"
      chmod o+x "$i"
    fi
  done
}

pg_running() {
  local data="$MZ_STATE/pg/data"
  [[ -f $data/postmaster.pid ]] &&
    pid_runs "$(head -1 "$data/postmaster.pid" | tr -dc '0-9')" "$data" &&
    "$(pg_bindir)/pg_isready" -q -h 127.0.0.1 -p "$MZ_PG_PORT" -t 5
}

pg_start() {
  local bin pg="$MZ_STATE/pg"
  bin="$(pg_bindir)"
  if pg_running; then
    log "PostgreSQL already running on 127.0.0.1:$MZ_PG_PORT"
    return 0
  fi
  port_in_use "$MZ_PG_PORT" && die "port $MZ_PG_PORT is taken by another process: $(ss -Hltnp "sport = :$MZ_PG_PORT")"
  # A postmaster killed outright may linger as a zombie until init reaps it, and PostgreSQL
  # refuses to start while the pid in its lock file exists.
  local old_pid
  old_pid="$(head -1 "$pg/data/postmaster.pid" 2>/dev/null | tr -dc '0-9')" || true
  if [[ -n $old_pid ]] && ! pid_gone "$old_pid" && ! pid_alive "$old_pid"; then
    wait_until 30 "the old postmaster (zombie pid $old_pid) to be reaped" pid_gone "$old_pid" || true
  fi
  mkdir -p "$pg"
  pg_grant_traverse "$MZ_STATE"
  ((EUID != 0)) || chown postgres:postgres "$pg"
  chmod 700 "$pg"

  if [[ ! -f $pg/data/PG_VERSION ]]; then
    as_pg_user "$bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg/initdb.log" 2>&1 ||
      { tail -20 "$pg/initdb.log" >&2; die "initdb failed (log: $pg/initdb.log)"; }
    as_pg_user mkdir -p "$pg/socket"
    # The Unix socket path (dir + "/.s.PGSQL.<port>") must fit in 107 bytes; in a deeply nested
    # checkout, serve TCP only (everything here connects over TCP anyway).
    local sockdir="$pg/socket"
    ((${#sockdir} + 16 < 100)) || sockdir=""
    as_pg_user tee -a "$pg/data/postgresql.conf" >/dev/null <<EOF

# ---- MediazonaSuite local ($MZ_ENV) ----
listen_addresses = '127.0.0.1'
port = $MZ_PG_PORT
unix_socket_directories = '$sockdir'
max_connections = 200
shared_buffers = 256MB
effective_cache_size = 1GB
work_mem = 8MB
maintenance_work_mem = 128MB
wal_buffers = 16MB
max_wal_size = 2GB
checkpoint_completion_target = 0.9
max_worker_processes = 4
max_parallel_workers = 2
max_parallel_workers_per_gather = 1
log_line_prefix = '%m [%p] %q%u@%d '
log_timezone = 'UTC'
timezone = 'UTC'
EOF
    # Trust only on loopback and the private socket; there is nothing else to listen to.
    as_pg_user tee "$pg/data/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
host    all       all   ::1/128       trust
local   replication all               trust
host    replication all 127.0.0.1/32  trust
EOF
  fi

  as_pg_user "$bin/pg_ctl" start -D "$pg/data" -l "$pg/postgres.log" -w -t 60 >/dev/null ||
    { tail -20 "$pg/postgres.log" >&2; die "PostgreSQL did not start (log: $pg/postgres.log)"; }
  log "PostgreSQL up on 127.0.0.1:$MZ_PG_PORT"
}

pg_stop() {
  local data="$MZ_STATE/pg/data"
  [[ -f $data/postmaster.pid ]] || return 0
  local pid
  pid="$(head -1 "$data/postmaster.pid" | tr -dc '0-9')"
  if ! as_pg_user "$(pg_bindir)/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null 2>&1; then
    # e.g. a stale postmaster.pid after a machine restart, or a server that won't stop
    stop_pid "$pid" "PostgreSQL" "$data" 10
  fi
}

# ---------------------------------------------------------------------------------------------
# RabbitMQ
# ---------------------------------------------------------------------------------------------

# The /usr/sbin/rabbitmq* commands are Debian wrappers that, run as root, 'su' to the rabbitmq
# user and cd to /var/lib/rabbitmq, dropping our environment. Call the real scripts instead.
RABBIT_BIN=/usr/lib/rabbitmq/bin

# The environment every rabbitmq-server / rabbitmqctl call of this environment needs. All files
# live in <state>/rabbit; HOME points there too because Erlang keeps its cookie in
# $HOME/.erlang.cookie and the CLI must read the same cookie as the node.
rabbit_env() {
  local r="$MZ_STATE/rabbit"
  echo HOME="$r/home" \
    RABBITMQ_NODENAME="$MZ_RABBIT_NODE" \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT="$MZ_AMQP_PORT" \
    RABBITMQ_DIST_PORT="$MZ_DIST_PORT" \
    RABBITMQ_CTL_DIST_PORT_MIN=$((MZ_DIST_PORT + 1)) \
    RABBITMQ_CTL_DIST_PORT_MAX=$((MZ_DIST_PORT + 10)) \
    ERL_EPMD_PORT="$MZ_EPMD_PORT" \
    ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_CONF_ENV_FILE="$r/rabbitmq-env.conf" \
    RABBITMQ_CONFIG_FILE="$r/rabbitmq.conf" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$r/advanced.config" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$r/enabled_plugins" \
    RABBITMQ_MNESIA_BASE="$r/mnesia" \
    RABBITMQ_LOG_BASE="$r/log" \
    RABBITMQ_PID_FILE="$r/rabbit.pid"
}

# rabbit_ctl SECONDS ARGS...: rabbitmqctl against this environment's node, bounded in time.
rabbit_ctl() {
  local limit="$1"
  shift
  # The CLI is a short-lived Erlang node: its distribution listener stays on loopback too.
  # shellcheck disable=SC2046 # rabbit_env prints NAME=value words with no spaces in them
  timeout "$limit" env $(rabbit_env) RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    "$RABBIT_BIN/rabbitmqctl" -n "$MZ_RABBIT_NODE" "$@"
}

rabbit_running() {
  pid_runs "$(read_pid "$MZ_STATE/rabbit/rabbit.pid")" "$MZ_STATE/rabbit/home" && rabbit_ctl 20 ping >/dev/null 2>&1
}

# Quorum queues (which the services declare) arrived in RabbitMQ 3.8.
rabbit_check_version() {
  local v
  v="$(dpkg-query -W -f='${Version}' rabbitmq-server 2>/dev/null)" || die "rabbitmq-server is not installed"
  v="${v#*:}"
  if [[ "$(printf '%s\n3.8\n' "${v%%-*}" | sort -V | head -1)" != 3.8 ]]; then
    die "rabbitmq-server $v is too old: quorum queues need 3.8 or newer"
  fi
}

# A private epmd (Erlang's port mapper) on this environment's port, started by us so that we
# know its pid and can stop it; the Erlang VM finds it through ERL_EPMD_PORT and does not start
# its own. epmd would otherwise stay behind on the machine after RabbitMQ stops.
epmd_start() {
  local r="$MZ_STATE/rabbit"
  if pid_runs "$(read_pid "$r/epmd.pid")" "epmd -port $MZ_EPMD_PORT"; then return 0; fi
  port_in_use "$MZ_EPMD_PORT" && die "port $MZ_EPMD_PORT (epmd) is taken: $(ss -Hltnp "sport = :$MZ_EPMD_PORT")"
  ERL_EPMD_ADDRESS=127.0.0.1 setsid epmd -port "$MZ_EPMD_PORT" </dev/null >>"$r/log/epmd.log" 2>&1 &
  echo $! >"$r/epmd.pid"
  wait_until 10 "epmd on port $MZ_EPMD_PORT" epmd -port "$MZ_EPMD_PORT" -names ||
    die "epmd did not start (log: $r/log/epmd.log)"
}

# Starts the node in the background; rabbit_await waits for it. Split in two so that
# PostgreSQL and Redis start while the Erlang VM boots.
rabbit_launch() {
  local r="$MZ_STATE/rabbit"
  RABBIT_LAUNCHED=0
  if rabbit_running; then
    log "RabbitMQ already running on 127.0.0.1:$MZ_AMQP_PORT (node $MZ_RABBIT_NODE)"
    return 0
  fi
  rabbit_check_version
  local port
  for port in "$MZ_AMQP_PORT" "$MZ_DIST_PORT"; do
    port_in_use "$port" && die "port $port is taken by another process: $(ss -Hltnp "sport = :$port")"
  done
  mkdir -p "$r/home" "$r/mnesia" "$r/log"
  # Write the cookie before anything Erlang runs: otherwise the node and a CLI call racing it
  # could each create a different one and the CLI would be refused.
  if [[ ! -s $r/home/.erlang.cookie ]]; then
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -dc 'a-f0-9' | tr a-f A-F >"$r/home/.erlang.cookie")
  fi
  chmod 400 "$r/home/.erlang.cookie"
  # Empty on purpose: keeps /etc/rabbitmq/rabbitmq-env.conf from overriding our variables.
  : >"$r/rabbitmq-env.conf"
  echo '[].' >"$r/enabled_plugins"
  cat >"$r/rabbitmq.conf" <<'EOF'
# MediazonaSuite local node: ports and paths come from environment variables (lib.sh).
# guest/guest is allowed from loopback only, which is all this node listens on.
loopback_users.guest = true
log.console = false
log.file.level = info
disk_free_limit.absolute = 200MB
vm_memory_high_watermark.relative = 0.3
EOF

  epmd_start
  # Keep the Erlang distribution listener on loopback too (it defaults to every interface).
  # setsid: the node must not get the terminal's Ctrl-C or hang-up after the script exits.
  # shellcheck disable=SC2046
  env $(rabbit_env) RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    setsid "$RABBIT_BIN/rabbitmq-server" </dev/null >>"$r/log/server-stdout.log" 2>&1 &
  echo $! >"$r/server.pid"
  RABBIT_LAUNCHED=1
}

rabbit_await() {
  local r="$MZ_STATE/rabbit"
  ((RABBIT_LAUNCHED)) || return 0
  # await_startup fails at once ("node not running at all") until the Erlang VM has registered
  # with epmd, which takes a second or two: wait for that first, then for RabbitMQ to boot.
  local deadline=$((SECONDS + 60)) wrapper_pid
  wrapper_pid="$(read_pid "$r/server.pid")"
  until epmd -port "$MZ_EPMD_PORT" -names 2>/dev/null | grep -q "^name ${MZ_RABBIT_NODE%@*} "; do
    if ! pid_alive "$wrapper_pid" || ((SECONDS >= deadline)); then
      rabbit_fail "the Erlang VM did not come up"
    fi
    sleep 0.25
  done
  rabbit_ctl 120 await_startup --timeout 90 >/dev/null 2>&1 || rabbit_fail "RabbitMQ did not finish booting"
  log "RabbitMQ up on 127.0.0.1:$MZ_AMQP_PORT (node $MZ_RABBIT_NODE)"
}

rabbit_fail() {
  local r="$MZ_STATE/rabbit"
  tail -n 30 "$r/log/server-stdout.log" "$r/log/$MZ_RABBIT_NODE.log" >&2 2>/dev/null || true
  die "$1 (logs: $r/log)"
}

rabbit_stop() {
  local r="$MZ_STATE/rabbit"
  [[ -d $r ]] || return 0
  local node_pid wrapper_pid
  node_pid="$(read_pid "$r/rabbit.pid")"
  wrapper_pid="$(read_pid "$r/server.pid")"
  # Both have HOME=<state>/rabbit/home in their environment; the node also on its command line.
  if pid_runs "$node_pid" "$r/home" || pid_runs "$wrapper_pid" "$r/home"; then
    # 'shutdown' stops the node and waits until its OS process has exited.
    rabbit_ctl 60 shutdown >/dev/null 2>&1 || log "rabbitmqctl shutdown failed; killing the node"
    stop_pid "$node_pid" "RabbitMQ node" "$r/home" 10
    stop_pid "$wrapper_pid" "rabbitmq-server script" "$r/home" 5
  fi
  rm -f "$r/rabbit.pid" "$r/server.pid"
  epmd_stop
}

epmd_stop() {
  local r="$MZ_STATE/rabbit" pid
  pid="$(read_pid "$r/epmd.pid")"
  if pid_runs "$pid" "epmd -port $MZ_EPMD_PORT"; then
    # A polite kill first; epmd refuses it while a node is still registered.
    timeout 5 epmd -port "$MZ_EPMD_PORT" -kill >/dev/null 2>&1 || true
    stop_pid "$pid" "epmd" "epmd -port $MZ_EPMD_PORT" 5
  fi
  rm -f "$r/epmd.pid"
}

# ---------------------------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------------------------

redis_running() { timeout 5 redis-cli -h 127.0.0.1 -p "$MZ_REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

redis_start() {
  local d="$MZ_STATE/redis"
  if pid_runs "$(read_pid "$d/redis.pid")" "127.0.0.1:$MZ_REDIS_PORT" && redis_running; then
    log "Redis already running on 127.0.0.1:$MZ_REDIS_PORT"
    return 0
  fi
  port_in_use "$MZ_REDIS_PORT" && die "port $MZ_REDIS_PORT is taken by another process: $(ss -Hltnp "sport = :$MZ_REDIS_PORT")"
  mkdir -p "$d"
  # No persistence: dev/test caches only. --daemonize detaches it from this shell's session.
  redis-server --port "$MZ_REDIS_PORT" --bind 127.0.0.1 --dir "$d" \
    --daemonize yes --pidfile "$d/redis.pid" --logfile "$d/redis.log" \
    --save "" --appendonly no </dev/null >/dev/null ||
    die "redis-server failed to start (log: $d/redis.log)"
  wait_until 20 "Redis on port $MZ_REDIS_PORT" redis_running ||
    { tail -20 "$d/redis.log" >&2; die "Redis did not start (log: $d/redis.log)"; }
  log "Redis up on 127.0.0.1:$MZ_REDIS_PORT"
}

redis_stop() {
  local d="$MZ_STATE/redis" pid
  [[ -d $d ]] || return 0
  pid="$(read_pid "$d/redis.pid")"
  # Redis renames its process to "redis-server 127.0.0.1:<port>".
  pid_runs "$pid" "127.0.0.1:$MZ_REDIS_PORT" || { rm -f "$d/redis.pid"; return 0; }
  timeout 10 redis-cli -h 127.0.0.1 -p "$MZ_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  local deadline=$((SECONDS + 10))
  while pid_alive "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
  stop_pid "$pid" "Redis" "127.0.0.1:$MZ_REDIS_PORT" 5
  rm -f "$d/redis.pid"
}

# ---------------------------------------------------------------------------------------------
# All infrastructure
# ---------------------------------------------------------------------------------------------

# start_infra: starts (or reuses) the infrastructure of the environment chosen by mz_env.
start_infra() {
  local t0
  t0="$(now)"
  mkdir -p "$MZ_STATE"
  write_infra_env
  rabbit_launch # slowest (Erlang VM boot): let it boot while the others start
  pg_start
  redis_start
  rabbit_await
  log "infrastructure ($MZ_ENV) ready in $(elapsed "$t0")"
}

# stop_infra STATE: stops whatever of the environment in STATE is running. Safe to call twice.
# Runs in a subshell so that the environment it loads does not leak into the caller.
stop_infra() (
  local state="$1"
  load_infra_env "$state" || return 0
  local t0
  t0="$(now)"
  # Each stop runs in a subshell so that a failure in one (die) still lets the others stop.
  (rabbit_stop) || true &
  local rabbit_job=$!
  (pg_stop) || true
  (redis_stop) || true
  wait "$rabbit_job" || true
  log "infrastructure ($MZ_ENV) stopped in $(elapsed "$t0")"
)

infra_summary() {
  cat <<EOF
  PostgreSQL  Host=127.0.0.1;Port=$MZ_PG_PORT;Username=postgres   (log: $MZ_STATE/pg/postgres.log)
  RabbitMQ    amqp://guest:guest@127.0.0.1:$MZ_AMQP_PORT/   node $MZ_RABBIT_NODE   (logs: $MZ_STATE/rabbit/log)
  Redis       127.0.0.1:$MZ_REDIS_PORT   (log: $MZ_STATE/redis/redis.log)
EOF
}

# ---------------------------------------------------------------------------------------------
# .NET processes
# ---------------------------------------------------------------------------------------------

# hosts ARGS...: the suite's host description (deploy/Mediazona.Hosts/hosts.json) through its Release build:
# names, ports, dll NAME, health NAME, env NAME OPTIONS (see deploy/Mediazona.Hosts/Cli.cs).
hosts() {
  local dll="$MZ_ROOT/deploy/Mediazona.Hosts/bin/Release/net10.0/Mediazona.Hosts.dll"
  [[ -f $dll ]] || die "$dll not found (did the build succeed?)"
  dotnet "$dll" "$@" || die "Mediazona.Hosts $1 failed"
}

# collector_sites FILE: Collection__Sites__N__Code=... and __BaseUrl=... lines from a CSV of code,base_url (a header
# line and blank lines are skipped); nothing for an empty FILE.
collector_sites() {
  local file="$1" code url n=0
  [[ -n $file ]] || return 0
  [[ -f $file ]] || die "MZ_SITES_FILE=$file does not exist"
  while IFS=, read -r code url; do
    code="${code//[[:space:]]/}" url="${url//[[:space:]]/}"
    [[ -n $code && $code != code ]] || continue
    [[ $url =~ ^https?:// ]] || die "$file: '$url' (court $code) is not an http(s) URL"
    echo "Collection__Sites__${n}__Code=$code"
    echo "Collection__Sites__${n}__BaseUrl=$url"
    n=$((n + 1))
  done <"$file"
}

# internal_secret: prints this environment's internal secret (the credential the gateway adds to every call it
# forwards and the services require), made once from 32 random bytes into <state>/internal.secret (mode 600).
internal_secret() {
  local file="$MZ_STATE/internal.secret"
  if [[ ! -s $file ]]; then
    mkdir -p "$MZ_STATE"
    (umask 077 && head -c 32 /dev/urandom | base64 -w0 >"$file")
  fi
  cat "$file"
}

# The solution file: MediazonaSuite.sln, or the .slnx format that .NET 10 creates by default.
mz_solution() {
  local f
  for f in "$MZ_ROOT/MediazonaSuite.sln" "$MZ_ROOT/MediazonaSuite.slnx"; do
    [[ -f $f ]] && { echo "$f"; return 0; }
  done
  die "no MediazonaSuite.sln or MediazonaSuite.slnx in $MZ_ROOT"
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# start_app NAME DLL [NAME=value...]: runs `dotnet DLL` in the background from the dll's folder
# (so appsettings.json is found), logging to <state>/logs/NAME.log, pid in <state>/pids/NAME.pid.
start_app() {
  local name="$1" dll="$2"
  shift 2
  [[ -f $dll ]] || die "$dll not found (did the build succeed?)"
  mkdir -p "$MZ_STATE/logs" "$MZ_STATE/pids"
  # exec + setsid (which does not fork here: a background job is no process-group leader) keep
  # the recorded pid that of dotnet itself, in a session of its own.
  (cd "$(dirname "$dll")" && exec setsid env "$@" dotnet "$dll") </dev/null >"$MZ_STATE/logs/$name.log" 2>&1 &
  echo $! >"$MZ_STATE/pids/$name.pid"
  echo "$dll" >"$MZ_STATE/pids/$name.dll"
}

# stop_app NAME: stops the process recorded in <state>/pids/NAME.pid (if it still runs its dll).
stop_app() {
  local name="$1" pidfile="$MZ_STATE/pids/$1.pid" pid dll
  [[ -f $pidfile ]] || return 0
  pid="$(read_pid "$pidfile")"
  dll="$(cat "$MZ_STATE/pids/$name.dll" 2>/dev/null || echo "$name")"
  if pid_runs "$pid" "$dll"; then
    log "stopping $name (pid $pid)"
    stop_pid "$pid" "$name" "$dll" 20
  fi
  rm -f "$pidfile" "$MZ_STATE/pids/$name.dll"
}

# stop_recorded_apps: stop_apps for every .NET process this environment recorded (<state>/pids/*.pid).
stop_recorded_apps() {
  local names=() file
  for file in "$MZ_STATE"/pids/*.pid; do
    [[ -f $file ]] && names+=("$(basename "$file" .pid)")
  done
  ((${#names[@]} == 0)) || stop_apps "${names[@]}"
}

# stop_apps NAME...: stop_app for each, in parallel (an ASP.NET host takes ~2 s to shut down).
stop_apps() {
  local name jobs=()
  for name in "$@"; do
    stop_app "$name" &
    jobs+=($!)
  done
  # Only our own jobs: a bare `wait` would also wait for the services start_app launched.
  ((${#jobs[@]} == 0)) || wait "${jobs[@]}"
}

# wait_app NAME URL TIMEOUT [CURL ARGS...]: waits until URL answers 2xx; on failure (or if the
# process dies first) prints the tail of its log and exits non-zero.
wait_app() {
  local name="$1" url="$2" timeout="$3"
  shift 3
  local pid deadline=$((SECONDS + timeout)) log_file="$MZ_STATE/logs/$name.log"
  pid="$(read_pid "$MZ_STATE/pids/$name.pid")"
  until curl -sf -o /dev/null --max-time 2 "$@" "$url"; do
    if ! pid_alive "$pid"; then
      log "$name exited before it became healthy; last lines of $log_file:"
      tail -40 "$log_file" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      log "$name did not answer $url within ${timeout}s; last lines of $log_file:"
      tail -40 "$log_file" >&2
      exit 1
    fi
    sleep 0.5
  done
  log "$name healthy ($url)"
}

# ---------------------------------------------------------------------------------------------
# Proto lint and the contract gate (buf)
# ---------------------------------------------------------------------------------------------

# ensure_buf: buf from npm into .local/tools (the npm package ships the binary; no global
# install). Prints the path of the binary.
ensure_buf() {
  local buf="$MZ_TOOLS/node_modules/.bin/buf"
  if [[ ! -x $buf ]] || [[ "$("$buf" --version 2>/dev/null)" != "$BUF_VERSION" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to install buf"
    log "installing buf $BUF_VERSION into $MZ_TOOLS"
    mkdir -p "$MZ_TOOLS"
    npm install --prefix "$MZ_TOOLS" --no-save --no-audit --no-fund --loglevel=error \
      "@bufbuild/buf@$BUF_VERSION" </dev/null >&2 || die "npm install of @bufbuild/buf@$BUF_VERSION failed"
    [[ -x $buf ]] || die "buf not found at $buf after npm install"
  fi
  echo "$buf"
}

# The google/api, google/type and google/rpc protos, from the restored NuGet package
# Google.Api.CommonProtos (the version pinned in Directory.Packages.props). buf cannot fetch
# them here, and this way lint sees exactly what protoc compiles against.
google_protos_dir() {
  local version packages dir
  version="$(grep -o 'Include="Google.Api.CommonProtos" *Version="[^"]*"' "$MZ_ROOT/Directory.Packages.props" 2>/dev/null |
    sed 's/.*Version="\([^"]*\)"/\1/')" || true
  version="${version:-2.17.0}"
  packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
  dir="$packages/google.api.commonprotos/$version/content/protos"
  [[ -f $dir/google/api/annotations.proto ]] ||
    die "Google.Api.CommonProtos $version is not restored under $packages (run dotnet restore or build first)"
  echo "$dir"
}

# proto_workspace SRC WORK: a scratch buf workspace in WORK with the .proto files of SRC (a folder holding
# mediazona/ or any other top-level proto folders), Google's next to them and the config of protos/buf.yaml.
# Prints how many of SRC's .proto files it holds.
proto_workspace() {
  local src="$1" work="$2" google n
  # Callers run this in $(...), where set -e does not hold: every step checks its own failure.
  google="$(google_protos_dir)" || exit 1
  [[ -f $MZ_ROOT/protos/buf.yaml ]] || die "protos/buf.yaml is missing"
  [[ -d $src ]] || die "no proto folder at $src"
  rm -rf "$work" && mkdir -p "$work" || die "cannot make $work"
  (cd "$src" && find . -name '*.proto' -print0 | xargs -0 -r cp --parents -t "$work") || die "cannot copy the protos of $src"
  cp -r "$google/google" "$work/" && cp "$MZ_ROOT/protos/buf.yaml" "$work/buf.yaml" || die "cannot fill $work"
  n="$(find "$work" -name '*.proto' -not -path "$work/google/*" | wc -l)"
  ((n > 0)) || die "no .proto files found under $src"
  echo "$n"
}

# lint_protos: buf lint of protos/mediazona (or $PROTO_SRC) in a scratch workspace .local/buf, with the
# config of protos/buf.yaml. Fails on any finding.
lint_protos() {
  local src="${PROTO_SRC:-$MZ_ROOT/protos}" work="$MZ_ROOT/.local/buf" buf n t0
  t0="$(now)"
  buf="$(ensure_buf)"
  n="$(proto_workspace "$src" "$work")" || exit 1
  log "buf lint: $n proto file(s) from $src"
  if ! (cd "$work" && "$buf" lint); then
    die "buf lint found problems (files above are relative to $src)"
  fi
  log "buf lint clean in $(elapsed "$t0")"
}

# The contracts of the last release, which apps built against Mediazona.Client rely on (.ci/contracts/README.md).
MZ_CONTRACT_BASELINE="$MZ_ROOT/.ci/contracts/1.0.0"

# breaking_protos: the contract gate. buf breaking of protos/ (or $PROTO_SRC) against the released contracts
# ($PROTO_BASELINE, default $MZ_CONTRACT_BASELINE) with the FILE rules of protos/buf.yaml, in a scratch folder
# ($PROTO_WORK, default .local/buf-breaking). Fails on any breaking change: a field removed or renumbered, a type
# renamed, an RPC dropped.
breaking_protos() {
  local src="${PROTO_SRC:-$MZ_ROOT/protos}" against="${PROTO_BASELINE:-$MZ_CONTRACT_BASELINE}"
  local work="${PROTO_WORK:-$MZ_ROOT/.local/buf-breaking}" buf t0
  t0="$(now)"
  buf="$(ensure_buf)"
  proto_workspace "$src" "$work/current" >/dev/null || exit 1
  proto_workspace "$against" "$work/baseline" >/dev/null || exit 1
  log "buf breaking: $src against $against"
  if ! (cd "$work" && "$buf" breaking current --against baseline); then
    die "buf breaking: the contracts break the released ones (current/ above is $src, baseline/ is $against); a breaking change goes into a new version package (v2)"
  fi
  log "no breaking change against $(basename "$against") in $(elapsed "$t0")"
}

# ---------------------------------------------------------------------------------------------
# The client package and its samples
# ---------------------------------------------------------------------------------------------

# pack_client_and_samples: Mediazona.Client packed from the Release build into .local/packages (package
# validation against clients/Mediazona.Client/PackageBaseline runs in the pack), then samples/ restored from
# that folder (samples/nuget.config), as any app outside the repository would, and built; warnings are errors.
pack_client_and_samples() {
  local t0 out="$MZ_ROOT/.local/packages" project
  t0="$(now)"
  rm -f "$out"/Mediazona.Client.*
  dotnet pack "$MZ_ROOT/clients/Mediazona.Client/Mediazona.Client.csproj" -c Release --no-build -o "$out" -nologo </dev/null ||
    die "dotnet pack of Mediazona.Client failed"
  # The samples' own packages folder: drop the previous pack of the same version.
  rm -rf "$MZ_ROOT/.local/samples/packages/mediazona.client"
  for project in "$MZ_ROOT"/samples/*/*.csproj; do
    dotnet build "$project" -c Release -nologo </dev/null || die "the sample $(basename "$project") does not build against the package"
  done
  log "Mediazona.Client packed ($(du -k "$out"/Mediazona.Client.*.nupkg | cut -f1) KiB) and the samples built against it in $(elapsed "$t0")"
}

# ---------------------------------------------------------------------------------------------
# Kubernetes manifests (kustomize render + schema validation)
# ---------------------------------------------------------------------------------------------

# The validator's npm packages (k8s/validate/validate.mjs says what each is for), pinned.
K8S_VALIDATE_PACKAGES=(kubernetes-models@5.1.0 @kubernetes/client-node@1.4.0 ajv@8.20.0 yaml@2.9.1)

# ensure_k8s_validator: the packages into .local/tools/k8s-validate (a prefix of its own: an npm install
# into buf's prefix would prune buf). Prints the node_modules folder.
ensure_k8s_validator() {
  local prefix="$MZ_TOOLS/k8s-validate" stamp
  stamp="$prefix/installed.txt"
  if [[ ! -f $stamp || "$(cat "$stamp")" != "${K8S_VALIDATE_PACKAGES[*]}" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to install the Kubernetes schema validator"
    log "installing the Kubernetes manifest validator (${K8S_VALIDATE_PACKAGES[*]}) into $prefix"
    rm -rf "$prefix"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error \
      "${K8S_VALIDATE_PACKAGES[@]}" </dev/null >&2 || die "npm install of the Kubernetes validator packages failed"
    echo "${K8S_VALIDATE_PACKAGES[*]}" >"$stamp"
  fi
  echo "$prefix/node_modules"
}

# validate_k8s: renders k8s/base and every k8s/overlays/* with kubectl kustomize and validates every
# object against the Kubernetes schemas (and the RabbitmqCluster's) with unknown fields rejected; the
# validator first proves on known-bad objects that it rejects them. Fails on any finding.
validate_k8s() {
  local t0 modules out="$MZ_ROOT/.local/k8s" dir name rendered=()
  t0="$(now)"
  command -v kubectl >/dev/null 2>&1 || die "kubectl is needed to render the manifests (kubectl kustomize)"
  command -v node >/dev/null 2>&1 || die "node is needed to validate the manifests"
  modules="$(ensure_k8s_validator)"
  rm -rf "$out"
  mkdir -p "$out"
  for dir in "$MZ_ROOT/k8s/base" "$MZ_ROOT"/k8s/overlays/*/; do
    dir="${dir%/}"
    name="$(basename "$dir")"
    [[ $dir == */overlays/* ]] && name="overlay-$name"
    kubectl kustomize "$dir" >"$out/$name.yaml" || die "kubectl kustomize $dir failed"
    rendered+=("$out/$name.yaml")
  done
  ((${#rendered[@]} > 1)) || die "no overlays under k8s/overlays"
  node "$MZ_ROOT/k8s/validate/validate.mjs" --modules "$modules" --self-test "${rendered[@]}" ||
    die "Kubernetes manifests failed validation (rendered into $out)"
  log "Kubernetes manifests valid (${#rendered[@]} renders) in $(elapsed "$t0")"
}

# ---------------------------------------------------------------------------------------------
# Test results
# ---------------------------------------------------------------------------------------------

# trx_counts DIR: sums the <Counters> of every .trx file under DIR and prints
# "EXECUTED PASSED FAILED SKIPPED". Failed includes errors, time-outs and aborts. Skipped tests
# are counted in total but not in executed (the trx logger leaves notExecuted at 0 for them).
trx_counts() {
  local dir="$1"
  find "$dir" -name '*.trx' -print0 2>/dev/null | xargs -0 -r cat | tr '\n' ' ' |
    grep -o '<Counters [^>]*>' |
    awk '
      function attr(s, name,   m) {
        if (match(s, " " name "=\"[0-9]+\"")) { m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 }
        return 0
      }
      { executed += attr($0, "executed"); passed += attr($0, "passed")
        failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
        skipped += attr($0, "total") - attr($0, "executed") }
      END { printf "%d %d %d %d\n", executed, passed, failed, skipped }'
}
