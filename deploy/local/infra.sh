#!/usr/bin/env bash
# Starts or stops only the infrastructure of one environment, e.g. to run tests from an IDE
# against the test ports (test.sh does this itself) or services by hand against the run ports.
#   deploy/local/infra.sh up|down|status [run|test]     (default: run)
#   deploy/local/infra.sh stop-one|start-one pg|rabbit|redis [run|test]
#     stops or starts one component of a running environment (the fault tests restart PostgreSQL,
#     RabbitMQ and Redis under load this way).
#   deploy/local/infra.sh vhost-add|vhost-delete NAME [run|test]
#     a RabbitMQ virtual host of its own (guest may use it), so that suites running side by side do not
#     consume each other's messages (each end-to-end fixture makes one).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

action="${1:-}"
case "$action" in
  stop-one | start-one | vhost-add | vhost-delete) mz_env "${3:-run}" ;;
  *) mz_env "${2:-run}" ;;
esac
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
  stop-one | start-one)
    component="${2:-}"
    load_infra_env "$MZ_STATE" || die "the $MZ_ENV infrastructure was never started"
    case "$action:$component" in
      stop-one:pg) pg_stop ;;
      stop-one:rabbit) rabbit_stop ;;
      stop-one:redis) redis_stop ;;
      start-one:pg) pg_start ;;
      start-one:rabbit) rabbit_launch && rabbit_await ;;
      start-one:redis) redis_start ;;
      *) die "usage: $0 stop-one|start-one pg|rabbit|redis [run|test]" ;;
    esac
    ;;
  vhost-add | vhost-delete)
    vhost="${2:-}"
    [[ $vhost =~ ^[A-Za-z0-9_.-]+$ ]] || die "usage: $0 vhost-add|vhost-delete NAME [run|test]"
    load_infra_env "$MZ_STATE" || die "the $MZ_ENV infrastructure was never started"
    if [[ $action == vhost-add ]]; then
      rabbit_ctl 60 add_vhost "$vhost" >/dev/null
      rabbit_ctl 60 set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null
    else
      rabbit_ctl 60 delete_vhost "$vhost" >/dev/null
    fi
    ;;
  *) die "usage: $0 up|down|status [run|test] | stop-one|start-one pg|rabbit|redis [run|test] | vhost-add|vhost-delete NAME [run|test]" ;;
esac
