#!/usr/bin/env bash
# Runs the tests and lists every skipped test with its reason at the end.
#
#   ./test.sh          the whole suite: unit, golden and conformance tests, real daemons and peers (mtail,
#                      Prometheus, carbon, ...), the reliability scenarios and the property runs (a few minutes)
#   ./test.sh --fast   unit and in-process tests only, under a minute: no daemon or peer processes, no
#                      reliability scenarios, no property runs, no conformance corpus runs
#
# Other arguments go to dotnet test (for example --filter, or --results-directory DIR, which .ci/run uses).
set -uo pipefail
cd "$(dirname "$0")"

# Namespaces whose tests start processes (logmetrics, mtail, Prometheus, carbon ...) or run for long.
fast='FullyQualifiedName!~.Integration.&FullyQualifiedName!~.Reliability.&FullyQualifiedName!~.Deployment.'
fast+='&FullyQualifiedName!~.Examples.&FullyQualifiedName!~.Conformance.&FullyQualifiedName!~.Properties.'
fast+='&FullyQualifiedName!~.Push.&FullyQualifiedName!~PromtoolTests&FullyQualifiedName!~ProcessSmokeTests'

args=()
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) args+=(--filter "$fast") ;;
    --results-directory) results="$2"; args+=("$1" "$2"); shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
if [ -z "$results" ]; then
  results=$(mktemp -d)
  args+=(--results-directory "$results")
fi

dotnet test LogMetrics.sln -c Release --nologo -v q --logger "trx" --logger "console;verbosity=minimal" "${args[@]}"
status=$?

# The console logger names skipped tests but not why: the reasons are in the TRX files.
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  awk '
    /outcome="NotExecuted"/ { if (match($0, /testName="[^"]*"/)) { name = substr($0, RSTART + 10, RLENGTH - 11); pending = 1 } }
    pending && /<Message>/ {
      reason = $0; sub(/.*<Message>/, "", reason); sub(/<\/Message>.*/, "", reason)
      text = name " -- " reason
      gsub(/&quot;/, "\"", text); gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&apos;/, "'"'"'", text); gsub(/&amp;/, "\\&", text)
      print "  skipped: " text; pending = 0; count++
    }
    END { if (count) print count " skipped (reasons above)" }
  ' "$trx"
done
exit $status
