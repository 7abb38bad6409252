#!/usr/bin/env bash
# Stops what up.sh started: the .NET processes (by their pid files), then the "run"
# infrastructure. Safe to run when nothing is running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mz_env run
stop_recorded_apps
stop_infra "$MZ_STATE"
