#!/usr/bin/env bash
# Client code for other languages from the suite's public contracts, with buf generate and a template here:
#   clients/generate/generate.sh python|go OUT_DIR [PROTO_DIR]
# PROTO_DIR is a folder holding mediazona/ (default: the repository's protos/; the Mediazona.Client package's
# protos/ folder works as well). Google's common protos (google/api, google/type) come from the restored
# Google.Api.CommonProtos NuGet package, as for buf lint; they are generated too (Python needs them).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../deploy/local/lib.sh"

language="${1:?python or go}"
out="$(mkdir -p "${2:?output folder}" && cd "$2" && pwd)"
protos="${3:-$MZ_ROOT/protos}"
template="$here/buf.gen.$language.yaml"
[[ -f $template ]] || die "no template $template"

buf="$(ensure_buf)"
work="$MZ_ROOT/.local/generate-$language"
proto_workspace "$protos" "$work" >/dev/null || exit 1
paths=()
for area in cases ingestion statistics courts collection; do paths+=(--path "mediazona/$area"); done
(cd "$work" && "$buf" generate --template "$template" --output "$out" "${paths[@]}")
log "$language code for the public contracts in $out"
