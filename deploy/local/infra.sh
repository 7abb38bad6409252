#!/usr/bin/env bash
# Starts or stops only the infrastructure of one environment, e.g. to run tests from an IDE
# against the test ports (test.sh does this itself) or services by hand against the run ports.
#   deploy/local/infra.sh up|down|status [run|test]     (default: run)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

action="${1:-}"
mz_env "${2:-run}"
case "$action" in
  up)
    ensure_packages
    start_infra
    infra_summary
    if [[ $MZ_ENV == test ]]; then
      cat <<EOF
  For dotnet test:
    export MZ_TEST_POSTGRES="Host=127.0.0.1;Port=$MZ_PG_PORT;Username=postgres"
    export MZ_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$MZ_AMQP_PORT/"
    export MZ_TEST_REDIS="127.0.0.1:$MZ_REDIS_PORT"
EOF
    fi
    ;;
  down) stop_infra "$MZ_STATE" ;;
  status)
    status=0
    if pg_running; then echo "PostgreSQL  up    127.0.0.1:$MZ_PG_PORT"; else echo "PostgreSQL  down"; status=1; fi
    if rabbit_running; then echo "RabbitMQ    up    127.0.0.1:$MZ_AMQP_PORT ($MZ_RABBIT_NODE)"; else echo "RabbitMQ    down"; status=1; fi
    if redis_running; then echo "Redis       up    127.0.0.1:$MZ_REDIS_PORT"; else echo "Redis       down"; status=1; fi
    exit "$status"
    ;;
  *) die "usage: $0 up|down|status [run|test]" ;;
esac
