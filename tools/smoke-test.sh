#!/usr/bin/env bash
# Consumer smoke test: pack both packages into a temporary folder, then use them the way a stranger would.
#  1. A fresh console project outside the repository references AgreementDiff from that folder only
#     (package source mapping), compiles the example of src/AgreementDiff/PACKAGE.md with warnings as
#     errors, runs it on two seeds and checks that it prints the clauses the 2025 memorandum added.
#  2. The tool AgreementDiff.Tool is installed from the same folder; `agreement-diff --help` and the bare
#     `agreement-diff` (the default job) must run: exit 0, or 1 for "differences found", never 2 or more.
# The packages get a version no other run uses, so a package left in the NuGet cache by an earlier run is
# never restored in place of the one just packed; that version is removed from the cache afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
started=$SECONDS

work="$(mktemp -d "${TMPDIR:-/tmp}/agreementdiff-smoke.XXXXXX")"
version="0.1.0-smoke.$(date -u +%Y%m%d%H%M%S).$$"
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$work" "$cache/agreementdiff/$version"
}
trap cleanup EXIT
step() { printf '\n== smoke test: %s\n' "$*"; }
fail() { printf 'smoke test FAILED: %s\n' "$*" >&2; exit 1; }

step "pack AgreementDiff and AgreementDiff.Tool $version"
feed="$work/feed"
# Built in a folder of its own (--artifacts-path), so the repository's bin/ and obj/ are left as they are.
for project in src/AgreementDiff src/AgreementDiff.Cli; do
  dotnet pack "$root/$project" -c Release -o "$feed" --artifacts-path "$work/artifacts" \
    -p:Version="$version" -warnaserror -nologo -v:q
done
ls "$feed"
for package in "AgreementDiff.$version.nupkg" "AgreementDiff.$version.snupkg" "AgreementDiff.Tool.$version.nupkg"; do
  [ -f "$feed/$package" ] || fail "dotnet pack did not produce $package"
done

step "a fresh console project that uses the package"
consumer="$work/consumer"
mkdir -p "$consumer"
# The package sources this machine already uses, plus the folder; AgreementDiff may come from the folder only.
served="$(cd "$work" && dotnet nuget list source --format Short | awk '$1 == "E" { print $2 }')"
[ -n "$served" ] || fail "no enabled NuGet source is configured"
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo '  <packageSources>'
  echo '    <clear />'
  echo "    <add key=\"packed\" value=\"$feed\" />"
  n=0; for source in $served; do n=$((n + 1)); echo "    <add key=\"served$n\" value=\"$source\" />"; done
  echo '  </packageSources>'
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="packed"><package pattern="AgreementDiff" /></packageSource>'
  n=0; for source in $served; do n=$((n + 1)); echo "    <packageSource key=\"served$n\"><package pattern=\"*\" /></packageSource>"; done
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} >"$consumer/nuget.config"
(cd "$consumer" && dotnet new console --name Consumer --output . --framework net10.0 >/dev/null)
(cd "$consumer" && dotnet add package AgreementDiff --version "$version" >/dev/null)
# The program is the example in the package's README, taken from the block marked for this test.
awk '/<!-- smoke-test: Program.cs/ { marked = 1; next }
     marked && /^```csharp/ { inside = 1; next }
     inside && /^```/ { exit }
     inside { print }' "$root/src/AgreementDiff/PACKAGE.md" >"$consumer/Program.cs"
[ -s "$consumer/Program.cs" ] || fail "no code block marked 'smoke-test: Program.cs' in src/AgreementDiff/PACKAGE.md"
cat "$consumer/Program.cs"
dotnet build "$consumer" -c Release -warnaserror -nologo -v:q
restored="$(cd "$consumer" && dotnet list package --format json | grep -o '"resolvedVersion": *"[^"]*"' | head -n 1)"
case "$restored" in *"$version"*) ;; *) fail "the consumer did not restore AgreementDiff $version: $restored" ;; esac

step "run it on seeds 001 (2023 agreement) and 003 (2025 memorandum)"
output="$(cd "$work" && dotnet "$consumer/bin/Release/net10.0/Consumer.dll" "$root"/seeds/001_*.txt "$root"/seeds/003_*.txt)"
printf '%s\n' "$output"
head -n 1 <<<"$output" | grep -Eq '^[0-9]+ matched, [1-9][0-9]* added, [0-9]+ removed$' \
  || fail "the first line is not the counts of matched, added and removed clauses"
grep -Fxq '+ 十一: 住房安居' <<<"$output" || fail "the new section 十一 住房安居 (housing) is not among the added clauses"

step "install the tool from the folder and run it"
tools="$work/tools"
(cd "$work" && dotnet tool install AgreementDiff.Tool --version "$version" --tool-path "$tools" --add-source "$feed")
(cd "$work" && "$tools/agreement-diff" --help) >"$work/help.txt"
grep -q 'compare' "$work/help.txt" || fail "agreement-diff --help does not list the compare command"
head -n 5 "$work/help.txt"
status=0
(cd "$work" && "$tools/agreement-diff") >"$work/default.txt" 2>"$work/default.err" || status=$?
head -n 20 "$work/default.txt"
cat "$work/default.err" >&2
echo "agreement-diff (the default job) exited $status"
[ "$status" -le 1 ] || fail "the bare agreement-diff exited $status (0 or 1 expected)"

echo
echo "smoke test passed in $((SECONDS - started)) s"
