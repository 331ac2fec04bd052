#!/usr/bin/env bash
# Makes the reader's format fixtures from the seeds: for each seeds/NAME.txt,
#   tests/AgreementDiff.Tests/Reading/Fixtures/NAME.docx  (tools/FixtureGenerator: Word automatic numbering, headings,
#                                                          a running header and a page-number footer)
#   tests/AgreementDiff.Tests/Reading/Fixtures/NAME.html  (tools/FixtureGenerator: the article inside navigation,
#                                                          scripts, styles and a footer)
#   tests/AgreementDiff.Tests/Reading/Fixtures/NAME.pdf   (LibreOffice headless, from the DOCX, with Noto CJK fonts)
# The fixtures are committed, so tests need none of these tools. Installs LibreOffice Writer and the fonts from
# Debian packages when they are missing (about 2 minutes).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$REPO/tests/AgreementDiff.Tests/Reading/Fixtures"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -q "Noto Serif CJK TC" || missing+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "Liberation Serif" || missing+=(fonts-liberation)
if [ "${#missing[@]}" -gt 0 ]; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

mkdir -p "$OUT"
dotnet run --project "$REPO/tools/FixtureGenerator" -c Release -- "$REPO/seeds" "$OUT"

# A private LibreOffice profile, so a running LibreOffice or another user's settings do not interfere.
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
soffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$OUT"/*.docx >/dev/null
ls -l "$OUT"
