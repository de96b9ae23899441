#!/usr/bin/env bash
# Fuzzes one target of the SharpFuzz harness with AFL++ for a bounded time, then prints how many inputs were
# tried and what was found. Exit 1 when AFL++ saved a crash or a hang (the inputs are kept and their paths
# printed; replay one with: dotnet <publish dir>/LogMetrics.Fuzz.dll TARGET FILE).
#   usage: tests/LogMetrics.Fuzz/fuzz.sh {parser|splitter} [SECONDS=60]
# Needs afl-fuzz (Debian package afl++) and the sharpfuzz dotnet tool (installed into .tools if missing).
set -euo pipefail
target=${1:?usage: fuzz.sh parser|splitter [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

if ! command -v afl-fuzz >/dev/null; then
  echo "fuzz $target: skipped: afl-fuzz is not installed (Debian package afl++)"
  exit 0
fi
export PATH="$PATH:$HOME/.dotnet/tools:$here/.tools"
if ! command -v sharpfuzz >/dev/null; then
  dotnet tool install --tool-path "$here/.tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

work=$(mktemp -d /tmp/logmetrics-fuzz-XXXXXX)
dotnet publish "$here/LogMetrics.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v q >/dev/null
# Only our own assemblies are instrumented: coverage of the BCL would drown the signal.
case $target in
  parser) sharpfuzz "$work/bin/LogMetrics.Language.dll" >/dev/null ;;
  splitter) sharpfuzz "$work/bin/LogMetrics.Tailing.dll" >/dev/null ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

seeds="$work/seeds"
mkdir -p "$seeds"
if [ "$target" = parser ]; then
  # The example programs, plus small ones; AFL++ prefers seeds under a few KiB.
  find "$repo/examples" -name '*.mtail' -size -8k -exec cp {} "$seeds/" \;
  printf 'counter a\n/x(?P<n>\\d+)/ {\n  a += $n\n}\n' > "$seeds/small.mtail"
else
  cp "$here"/corpus/splitter/* "$seeds/"
fi

# No UI, no CPU-governor check, no core_pattern requirement (CI containers cannot set them); .NET's start-up
# takes longer than AFL's default timeout, and its memory use is not a finding.
export AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_SKIP_BIN_CHECK=1
afl-fuzz -V "$seconds" -t 10000 -m none -i "$seeds" -o "$work/findings" -- dotnet "$work/bin/LogMetrics.Fuzz.dll" "$target" >"$work/afl.log" 2>&1 || {
  echo "fuzz $target: afl-fuzz failed; its log:"; tail -30 "$work/afl.log"; exit 1; }

stats="$work/findings/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
execs=$(value execs_done); crashes=$(value saved_crashes); hangs=$(value saved_hangs); paths=$(value corpus_count)
echo "fuzz $target: ${execs} inputs tried in ${seconds} s, ${paths} in the corpus, ${crashes} crashes, ${hangs} hangs"
if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
  echo "findings kept in $work/findings/default/{crashes,hangs}"
  exit 1
fi
rm -rf "$work"
