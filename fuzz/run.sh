#!/usr/bin/env bash
# Fuzz AgreementDiff with SharpFuzz under AFL++.
#   fuzz/run.sh TARGET [SECONDS]     TARGET: read | compare; SECONDS defaults to 1200
# Needs afl-fuzz (Debian: apt-get install afl++) and the SharpFuzz.CommandLine tool (dotnet tool restore, from
# fuzz/dotnet-tools.json). Builds fuzz/AgreementDiff.Fuzz in Release into fuzz/out/TARGET/bin, instruments
# AgreementDiff.dll there, makes a seed corpus from seeds/*.txt and writes findings to fuzz/out/TARGET/findings.
# Replay a finding on the uninstrumented copy: dotnet fuzz/out/TARGET/replay/AgreementDiff.Fuzz.dll TARGET FILE
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: fuzz/run.sh read|compare [SECONDS]}"
seconds="${2:-1200}"
case "$target" in read|compare) ;; *) echo "unknown target: $target" >&2; exit 2 ;; esac
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

out="out/$target"
rm -rf "$out/bin" "$out/replay" "$out/corpus"
mkdir -p "$out/corpus"
dotnet tool restore >/dev/null
dotnet build AgreementDiff.Fuzz -c Release -o "$out/bin" >/dev/null
cp -r "$out/bin" "$out/replay"
dotnet tool run sharpfuzz "$out/bin/AgreementDiff.dll"

# Seed corpus: each seed whole and in slices of 40 lines (small inputs mutate faster); for compare, pairs of
# slices from different seeds joined by the 0xFF separator the compare target splits on.
python3 - "$target" "$out/corpus" ../seeds/*.txt <<'PY'
import sys, pathlib
target, corpus, seeds = sys.argv[1], pathlib.Path(sys.argv[2]), [pathlib.Path(p) for p in sys.argv[3:]]
slices = []
for seed in seeds:
    data = seed.read_bytes()
    lines = data.split(b"\n")
    slices.append(data)
    slices += [b"\n".join(lines[i:i + 40]) for i in range(0, len(lines), 40)]
if target == "read":
    inputs = slices
else:
    inputs = [a + b"\xff" + b for i, a in enumerate(slices) for b in slices[i + 7::13]][:200]
for i, data in enumerate(inputs):
    (corpus / f"{i:04}").write_bytes(data)
PY

# SharpFuzz's out-of-process runner speaks AFL's forkserver protocol itself; the dotnet host is not instrumented.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout --signal=INT "$((seconds + 60))" afl-fuzz -V "$seconds" -i "$out/corpus" -o "$out/findings" -t 10000 -m none \
  -- dotnet "$out/bin/AgreementDiff.Fuzz.dll" "$target" || true
cat "$out/findings/default/fuzzer_stats"
ls "$out/findings/default/crashes" "$out/findings/default/hangs"
