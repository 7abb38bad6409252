#!/usr/bin/env bash
# Runs the whole suite locally: infrastructure (PostgreSQL, RabbitMQ, Redis) as plain processes
# on loopback, a Release build, and the four .NET processes in the background.
# Re-running it restarts the .NET processes and reuses the running infrastructure.
#   deploy/local/up.sh                 everything
#   deploy/local/up.sh --infra-only    only the infrastructure (e.g. to run services from an IDE)
# Stop everything with deploy/local/down.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

infra_only=0
case "${1:-}" in
  "") ;;
  --infra-only) infra_only=1 ;;
  *) die "usage: $0 [--infra-only]" ;;
esac

APPS=(ingestion classification statistics gateway)
HEALTH_TIMEOUT=90

ensure_packages
mz_env run
start_infra

# Old .NET processes go before the build: they hold the ports and would keep running old code.
stop_apps "${APPS[@]}"
((infra_only)) && { infra_summary; exit 0; }

t0="$(now)"
log "building $(basename "$(mz_solution)") (Release)"
dotnet build "$(mz_solution)" -c Release -nologo -v quiet -clp:ErrorsOnly </dev/null ||
  die "build failed"
log "build done in $(elapsed "$t0")"

for port in 5101 5102 5103 8080 8081; do
  port_in_use "$port" && die "port $port is already taken: $(ss -Hltnp "sport = :$port")"
done

api_key="${MZ_API_KEY:-local-dev-key}"
key_note="$api_key"
# shellcheck disable=SC2016 # literal text, on purpose: don't echo a real secret
[[ -z ${MZ_API_KEY:-} ]] || key_note='the value of $MZ_API_KEY'
# The gateway listens on loopback only here: the dashboard (http://127.0.0.1:8080/) reads the figures without a
# key unless MZ_ANONYMOUS_STATS=false (then it asks for one). The admin key is hashed at start, never logged.
anonymous_stats="${MZ_ANONYMOUS_STATS:-true}"
pg="Host=127.0.0.1;Port=$MZ_PG_PORT;Username=postgres"
common=(
  DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 # less idle spinning on 2 cores (stack-notes.md)
  ASPNETCORE_ENVIRONMENT=Production
  "ConnectionStrings__RabbitMq=amqp://guest:guest@127.0.0.1:$MZ_AMQP_PORT/"
  "ConnectionStrings__Redis=127.0.0.1:$MZ_REDIS_PORT"
)
bin=bin/Release/net10.0

# If any of them fails to come up, stop the others too (the infrastructure stays up for reuse).
trap 'log "startup failed; stopping the .NET processes"; stop_apps "${APPS[@]}"' EXIT

start_app ingestion "$MZ_ROOT/services/Mediazona.Ingestion/$bin/Mediazona.Ingestion.dll" "${common[@]}" \
  Ports__Grpc=5101 "ConnectionStrings__Postgres=$pg;Database=mz_ingestion"
start_app classification "$MZ_ROOT/services/Mediazona.Classification/$bin/Mediazona.Classification.dll" "${common[@]}" \
  Ports__Grpc=5102
start_app statistics "$MZ_ROOT/services/Mediazona.Statistics/$bin/Mediazona.Statistics.dll" "${common[@]}" \
  Ports__Grpc=5103 "ConnectionStrings__Postgres=$pg;Database=mz_statistics"
start_app gateway "$MZ_ROOT/gateway/Mediazona.Gateway/$bin/Mediazona.Gateway.dll" "${common[@]}" \
  Ports__Http=8080 Ports__Grpc=8081 \
  Services__Ingestion=http://127.0.0.1:5101 \
  Services__Classification=http://127.0.0.1:5102 \
  Services__Statistics=http://127.0.0.1:5103 \
  "Auth__AdminKey=$api_key" \
  "Auth__AnonymousStats=$anonymous_stats"

# Services speak HTTP/2 cleartext only, hence --http2-prior-knowledge; the gateway's 8080 is HTTP/1.1.
wait_app ingestion http://127.0.0.1:5101/healthz "$HEALTH_TIMEOUT" --http2-prior-knowledge
wait_app classification http://127.0.0.1:5102/healthz "$HEALTH_TIMEOUT" --http2-prior-knowledge
wait_app statistics http://127.0.0.1:5103/healthz "$HEALTH_TIMEOUT" --http2-prior-knowledge
wait_app gateway http://127.0.0.1:8080/healthz "$HEALTH_TIMEOUT"
trap - EXIT

cat <<EOF

MediazonaSuite is up.
  Gateway     JSON  http://127.0.0.1:8080     gRPC (h2c)  127.0.0.1:8081     API key: $key_note
  Dashboard   http://127.0.0.1:8080/           (figures readable without a key: $anonymous_stats)
  Services    ingestion h2c 127.0.0.1:5101, classification 127.0.0.1:5102, statistics 127.0.0.1:5103
$(infra_summary)
  Try         curl -H "x-api-key: \$MZ_API_KEY" http://127.0.0.1:8080/api/v1/stats/summary   (default key: local-dev-key)
  Logs        $MZ_STATE/logs/<name>.log
  Stop        $MZ_ROOT/deploy/local/down.sh
EOF
