#!/usr/bin/env bash
# Runs the whole suite locally: infrastructure (PostgreSQL, RabbitMQ, Redis) as plain processes
# on loopback, a Release build, and the four .NET processes in the background. Every listener is on
# 127.0.0.1; MZ_BIND=ADDRESS serves the gateway (only) on another address, and then needs MZ_API_KEY.
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

APPS=(ingestion classification statistics gateway)
HEALTH_TIMEOUT=90

ensure_packages
mz_env run
start_infra

# Old .NET processes go before the build: they hold the ports and would keep running old code.
stop_apps "${APPS[@]}"
((infra_only)) && { infra_summary; exit 0; }

if ((build)); then
  t0="$(now)"
  log "building $(basename "$(mz_solution)") (Release)"
  dotnet build "$(mz_solution)" -c Release -nologo -v quiet -clp:ErrorsOnly </dev/null ||
    die "build failed"
  log "build done in $(elapsed "$t0")"
fi

for port in 5101 5102 5103 5111 5112 5113 8080 8081; do
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
pg="Host=127.0.0.1;Port=$MZ_PG_PORT;Username=postgres"
common=(
  DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 # less idle spinning on 2 cores (stack-notes.md)
  ASPNETCORE_ENVIRONMENT=Production
  "ConnectionStrings__RabbitMq=amqp://guest:guest@127.0.0.1:$MZ_AMQP_PORT/"
  "ConnectionStrings__Redis=127.0.0.1:$MZ_REDIS_PORT"
  # The deployment's internal secret: the gateway adds it to every call it forwards; the services answer nothing else.
  "Internal__Secret=$(internal_secret)"
)
service=(Ports__Address=127.0.0.1)
bin=bin/Release/net10.0

# If any of them fails to come up, stop the others too (the infrastructure stays up for reuse).
trap 'log "startup failed; stopping the .NET processes"; stop_apps "${APPS[@]}"' EXIT

start_app ingestion "$MZ_ROOT/services/Mediazona.Ingestion/$bin/Mediazona.Ingestion.dll" "${common[@]}" "${service[@]}" \
  Ports__Grpc=5101 Ports__Metrics=5111 "ConnectionStrings__Postgres=$pg;Database=mz_ingestion"
start_app classification "$MZ_ROOT/services/Mediazona.Classification/$bin/Mediazona.Classification.dll" "${common[@]}" "${service[@]}" \
  Ports__Grpc=5102 Ports__Metrics=5112
start_app statistics "$MZ_ROOT/services/Mediazona.Statistics/$bin/Mediazona.Statistics.dll" "${common[@]}" "${service[@]}" \
  Ports__Grpc=5103 Ports__Metrics=5113 "ConnectionStrings__Postgres=$pg;Database=mz_statistics"
start_app gateway "$MZ_ROOT/gateway/Mediazona.Gateway/$bin/Mediazona.Gateway.dll" "${common[@]}" \
  "Ports__Address=$bind" Ports__Http=8080 Ports__Grpc=8081 \
  Services__Ingestion=http://127.0.0.1:5101 \
  Services__Classification=http://127.0.0.1:5102 \
  Services__Statistics=http://127.0.0.1:5103 \
  "Auth__AdminKey=$api_key" \
  "Auth__AnonymousStats=$anonymous_stats"

# Health answers on each service's metrics port (HTTP/1.1) without the internal credential.
wait_app ingestion http://127.0.0.1:5111/healthz "$HEALTH_TIMEOUT"
wait_app classification http://127.0.0.1:5112/healthz "$HEALTH_TIMEOUT"
wait_app statistics http://127.0.0.1:5113/healthz "$HEALTH_TIMEOUT"
gateway_host="$bind"
[[ $bind != 0.0.0.0 && $bind != :: ]] || gateway_host=127.0.0.1
[[ $gateway_host != *:* ]] || gateway_host="[$gateway_host]"
wait_app gateway "http://$gateway_host:8080/healthz" "$HEALTH_TIMEOUT"
trap - EXIT

if ((loopback_only)); then
  listening="127.0.0.1 only: nothing here is reachable from another machine (MZ_BIND=ADDRESS serves the gateway elsewhere)"
else
  listening="the gateway on $bind; the services and the infrastructure on 127.0.0.1 only"
fi

cat <<EOF

MediazonaSuite is up.
  Listening   $listening
  Gateway     JSON  http://$gateway_host:8080     gRPC (h2c)  $gateway_host:8081     API key: $key_note
  Dashboard   http://$gateway_host:8080/           (figures readable without a key: $anonymous_stats)
  Services    ingestion h2c 127.0.0.1:5101, classification 127.0.0.1:5102, statistics 127.0.0.1:5103: they answer only the
              gateway (internal secret in $MZ_STATE/internal.secret); health and /metrics on 5111, 5112, 5113
$(infra_summary)
  Try         curl -H "x-api-key: \$MZ_API_KEY" http://127.0.0.1:8080/api/v1/stats/summary   (default key: local-dev-key)
  Logs        $MZ_STATE/logs/<name>.log
  Stop        $MZ_ROOT/deploy/local/down.sh
EOF
