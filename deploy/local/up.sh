#!/usr/bin/env bash
# Runs the whole suite locally: infrastructure (PostgreSQL, RabbitMQ, Redis) as plain processes
# on loopback, a Release build, and the four .NET processes in the background. Every listener is on
# 127.0.0.1; MZ_BIND=ADDRESS serves the gateway (only) on another address, and then needs MZ_API_KEY.
# The collector crawls the military courts' sites on its schedule: MZ_CRAWL=off keeps it to crawls asked for
# (mzctl crawl); MZ_SITES_FILE=FILE (CSV code,base_url) points courts at other addresses (a mirror, a local copy).
# Re-running it restarts the .NET processes and reuses the running infrastructure.
#   deploy/local/up.sh                 everything
#   deploy/local/up.sh --no-build      everything, with the Release build already there (the tests use it)
#   deploy/local/up.sh --infra-only    only the infrastructure (e.g. to run services from an IDE)
# Stop everything with deploy/local/down.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

infra_only=0 build=1
case "${1:-}" in
  "") ;;
  --infra-only) infra_only=1 ;;
  --no-build) build=0 ;;
  *) die "usage: $0 [--infra-only|--no-build]" ;;
esac

HEALTH_TIMEOUT=90

ensure_packages
mz_env run
start_infra

# Old .NET processes go before the build: they hold the ports and would keep running old code.
stop_recorded_apps
((infra_only)) && { infra_summary; exit 0; }

if ((build)); then
  t0="$(now)"
  log "building $(basename "$(mz_solution)") (Release)"
  dotnet build "$(mz_solution)" -c Release -nologo -v quiet -clp:ErrorsOnly </dev/null ||
    die "build failed"
  log "build done in $(elapsed "$t0")"
fi

# The hosts, their ports and settings come from their one description, deploy/Mediazona.Hosts/hosts.json.
mapfile -t apps < <(hosts names)
for port in $(hosts ports); do
  port_in_use "$port" && die "port $port is already taken: $(ss -Hltnp "sport = :$port")"
done

# The gateway is the only entry point: on loopback unless MZ_BIND says otherwise. The services and the
# infrastructure stay on loopback whatever MZ_BIND says (PostgreSQL trusts loopback, RabbitMQ's guest works there only).
bind="${MZ_BIND:-127.0.0.1}"
[[ $bind =~ ^[0-9a-fA-F.:]+$ ]] || die "MZ_BIND='$bind' is not an IP address"
loopback_only=0
[[ $bind == 127.* || $bind == ::1 ]] && loopback_only=1
((loopback_only)) || [[ -n ${MZ_API_KEY:-} ]] ||
  die "MZ_BIND=$bind serves the gateway beyond this machine: set MZ_API_KEY to a key of your own first"
api_key="${MZ_API_KEY:-local-dev-key}"
key_note="$api_key"
# shellcheck disable=SC2016 # literal text, on purpose: don't echo a real secret
[[ -z ${MZ_API_KEY:-} ]] || key_note='the value of $MZ_API_KEY'
# On loopback the dashboard (http://127.0.0.1:8080/) reads the figures without a key unless MZ_ANONYMOUS_STATS=false
# (then it asks for one); on any other address it asks unless MZ_ANONYMOUS_STATS=true. The admin key is hashed at
# start, never logged.
anonymous_stats="${MZ_ANONYMOUS_STATS:-$(((loopback_only)) && echo true || echo false)}"
# The deployment's internal secret: the gateway adds it to every call it forwards; the services answer nothing else.
internal_secret >/dev/null
placement=(
  --postgres "Host=127.0.0.1;Port=$MZ_PG_PORT;Username=postgres"
  --rabbitmq "amqp://guest:guest@127.0.0.1:$MZ_AMQP_PORT/"
  --redis "127.0.0.1:$MZ_REDIS_PORT"
  --secret-file "$MZ_STATE/internal.secret"
  --public-address "$bind"
)
# What only this deployment knows: the gateway's keys, and the collector's key, schedule and site overrides.
gateway_keys=("Auth__AdminKey=$api_key" "Auth__AnonymousStats=$anonymous_stats")
crawl="${MZ_CRAWL:-on}"
[[ $crawl == on || $crawl == off ]] || die "MZ_CRAWL='$crawl': on or off"
collector=("Collection__ApiKey=$api_key" "Collection__Scheduled=$([[ $crawl == on ]] && echo true || echo false)")
mapfile -t sites < <(collector_sites "${MZ_SITES_FILE:-}")
collector+=("${sites[@]}")

# If any of them fails to come up, stop the others too (the infrastructure stays up for reuse).
trap 'log "startup failed; stopping the .NET processes"; stop_recorded_apps' EXIT
for app in "${apps[@]}"; do
  mapfile -t settings < <(hosts env "$app" "${placement[@]}")
  [[ $app != gateway ]] || settings+=("${gateway_keys[@]}")
  [[ $app != collection ]] || settings+=("${collector[@]}")
  start_app "$app" "$MZ_ROOT/$(hosts dll "$app")" "${settings[@]}"
done
for app in "${apps[@]}"; do
  wait_app "$app" "$(hosts health "$app")" "$HEALTH_TIMEOUT"
done
trap - EXIT
gateway_http="$(hosts url gateway http --public-address "$bind")"
gateway_grpc="$(hosts url gateway grpc --public-address "$bind")"

if ((loopback_only)); then
  listening="127.0.0.1 only: nothing here is reachable from another machine (MZ_BIND=ADDRESS serves the gateway elsewhere)"
else
  listening="the gateway on $bind; the services and the infrastructure on 127.0.0.1 only"
fi

cat <<EOF

MediazonaSuite is up.
  Listening   $listening
  Gateway     JSON  $gateway_http     gRPC (h2c)  ${gateway_grpc#http://}     API key: $key_note
  Dashboard   $gateway_http/           (figures readable without a key: $anonymous_stats)
  Collector   scheduled crawl of the courts' sites: $crawl (MZ_CRAWL)$([[ -z ${MZ_SITES_FILE:-} ]] || echo ", sites from $MZ_SITES_FILE")
  Hosts       (grpc: h2c; the services answer only the gateway, internal secret in $MZ_STATE/internal.secret;
               metrics: /metrics and health over HTTP/1.1, open)
$(hosts table --public-address "$bind")
$(infra_summary)
  Try         curl -H "x-api-key: \$MZ_API_KEY" $gateway_http/api/v1/stats/summary   (default key: local-dev-key)
  Logs        $MZ_STATE/logs/<name>.log
  Stop        $MZ_ROOT/deploy/local/down.sh
EOF
