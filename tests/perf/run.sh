#!/usr/bin/env bash
# Whole-process benchmark: logmetrics against mtail on the same generated logs, alternating runs.
#
#   tests/perf/run.sh [LINES] [RUNS]      (defaults: 1000000 lines, 3 runs of each tool)
#
# For each workload it generates a deterministic log (tests/perf/genlogs.py), checks that both tools
# print the same metrics, then times `-one_shot` runs of each, A B A B …, with /usr/bin/time, and
# prints the medians: wall seconds, CPU seconds, lines/s, peak RSS, and the lines/s ratio.
# mtail is Debian's package (apt-get install mtail); without it only logmetrics is timed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
lines=${1:-1000000}
runs=${2:-3}
work=${LOGMETRICS_PERF_DIR:-/tmp/logmetrics-perf}
corpus="$repo/../shared/conformance"
mkdir -p "$work"

echo "building logmetrics (Release)..." >&2
# ReadyToRun: precompiled code starts about 80 ms sooner than JIT-only, which matters for short runs.
dotnet publish "$repo/src/LogMetrics.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" -nologo -v q >&2
lm="$work/bin/logmetrics"
mtail=$(command -v mtail || true)

# workload name, generator kind, program
workloads=()
if [ -d "$corpus/cases/example-apache-combined-apache-combined/progs" ]; then
  workloads+=("apache_combined apache $corpus/cases/example-apache-combined-apache-combined/progs/apache_combined.mtail")
fi
workloads+=("gpu_job gpu $repo/examples/gpu-job/config.mtail")
workloads+=("nginx_access apache $repo/examples/nginx-access/access.mtail")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-16s %-10s %9s %9s %12s %9s\n' workload tool wall_s cpu_s lines_per_s rss_MiB
for w in "${workloads[@]}"; do
  read -r name kind prog <<<"$w"
  log="$work/$kind-$lines.log"
  [ -f "$log" ] || python3 "$here/genlogs.py" "$kind" "$lines" "$log"
  n=$(wc -l <"$log")
  lm_cmd=("$lm" -one_shot -one_shot_format prometheus -logs "$log" -progs "$prog")
  mt_cmd=("$mtail" -one_shot -one_shot_format prometheus -address 127.0.0.1 -port 0 -logs "$log" -progs "$prog")
  if [ -n "$mtail" ]; then
    if ! diff <("${lm_cmd[@]}" 2>/dev/null | grep -v '^#' | sort) <("${mt_cmd[@]}" 2>/dev/null | grep -v '^#' | sort) >/dev/null; then
      echo "$name: logmetrics and mtail print different metrics" >&2
      exit 1
    fi
  fi
  : >"$work/lm.times"; : >"$work/mt.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -a -o "$work/lm.times" "${lm_cmd[@]}" >/dev/null 2>&1
    [ -n "$mtail" ] && /usr/bin/time -f '%e %U %S %M' -a -o "$work/mt.times" "${mt_cmd[@]}" >/dev/null 2>&1
  done
  for tool in lm mt; do
    [ -s "$work/$tool.times" ] || continue
    wall=$(awk '{print $1}' "$work/$tool.times" | median)
    cpu=$(awk '{print $2+$3}' "$work/$tool.times" | median)
    rss=$(awk '{print $4/1024}' "$work/$tool.times" | median)
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN {printf "%.0f", n/w}')
    label=$([ $tool = lm ] && echo logmetrics || echo mtail)
    printf '%-16s %-10s %9.2f %9.2f %12s %9.1f\n' "$name" "$label" "$wall" "$cpu" "$rate" "$rss"
    eval "${tool}_rate=$rate"
  done
  if [ -s "$work/mt.times" ]; then
    awk -v a="$lm_rate" -v b="$mt_rate" -v name="$name" 'BEGIN {printf "%-16s ratio      %.1fx mtail lines/s\n", name, a/b}'
  fi
done
