#!/usr/bin/env bash
# The whole test suite from nothing: fresh test infrastructure (wiped first), Release build
# (warnings are errors), proto lint, the contract gate (buf breaking), the client package and its
# samples, Kubernetes manifest validation, then dotnet test against the
# real PostgreSQL, RabbitMQ and Redis. Extra arguments go to dotnet test, e.g.
#   deploy/local/test.sh --filter "FullyQualifiedName~Sentences"
# Ends with one line "tests: N passed, M failed[, K skipped]" and dotnet test's exit code
# (non-zero as well when no test ran at all).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

t_all="$(now)"
ensure_packages chromium # the dashboard's browser test (headless, driven by playwright-core)
mz_env test

# A previous run that was killed before its trap ran may have left processes behind.
stop_infra "$MZ_STATE"
rm -rf "$MZ_STATE"
trap 'stop_infra "$MZ_STATE"' EXIT # also when start_infra fails half-way
trap 'exit 130' INT                # make Ctrl-C and kill run the EXIT trap too
trap 'exit 143' TERM
start_infra

solution="$(mz_solution)"

t0="$(now)"
log "building $(basename "$solution") (Release)"
dotnet build "$solution" -c Release -nologo </dev/null || die "build failed"
build_time="$(elapsed "$t0")"
log "build done in $build_time"

# After the build: lint needs the restored Google.Api.CommonProtos package.
lint_protos
# The contract gate: nothing the last release's contracts hold may be removed or renumbered.
breaking_protos
# The client package as apps get it, and the samples built against it.
pack_client_and_samples
# Every kustomize render validated against the Kubernetes schemas, unknown fields rejected.
validate_k8s

results="$MZ_STATE/results"
export MZ_TEST_POSTGRES="Host=127.0.0.1;Port=$MZ_PG_PORT;Username=postgres"
export MZ_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$MZ_AMQP_PORT/"
export MZ_TEST_REDIS="127.0.0.1:$MZ_REDIS_PORT"
run_tests() {
  dotnet test "$@" -c Release --no-build \
    --logger trx --logger "console;verbosity=normal" --results-directory "$results" \
    --blame-hang-timeout "${MZ_TEST_HANG_TIMEOUT:-15m}" </dev/null
}
t0="$(now)"
test_rc=0
if (($# > 0)); then
  log "running tests ($*)"
  run_tests "$solution" "$@" || test_rc=$?
else
  # The fault tests kill services and restart PostgreSQL, RabbitMQ and Redis under load: they run last,
  # alone, so that no other test sees their outages.
  log "running tests (all but the fault tests)"
  run_tests "$solution" --filter "Category!=Fault" || test_rc=$?
  log "running the fault tests"
  run_tests "$MZ_ROOT/tests/Mediazona.EndToEnd.Tests/Mediazona.EndToEnd.Tests.csproj" --filter "Category=Fault" || test_rc=$?
fi
test_time="$(elapsed "$t0")"

# Stop the infrastructure now, so that the summary below is the last thing printed.
trap - EXIT
stop_infra "$MZ_STATE"

read -r executed passed failed skipped < <(trx_counts "$results")
log "build $build_time, tests $test_time, total $(elapsed "$t_all")"
if ((test_rc == 0 && (failed > 0 || executed == 0))); then
  ((executed > 0)) || log "no test was executed"
  test_rc=1
fi
summary="tests: $passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
echo "$summary"
exit "$test_rc"
