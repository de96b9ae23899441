#!/usr/bin/env bash
# Whole-process benchmarks: logmetrics beside mtail on the same generated logs, in one run, on one machine.
#
#   tests/perf/run.sh [SCALE] [RUNS]     (defaults: SCALE 1, RUNS 3)
#
# One-shot workloads (lines at SCALE 1): apache_combined (mtail's example) on 1M Apache lines; the GPU-job
# program on 4M lines of its log; the nginx example on 1M Apache lines; 16 programs (16 copies of
# apache_combined, as in the performance baseline) on 200k Apache lines. For each, both tools must print the
# same metrics; then each is timed RUNS times, alternating (A B A B …), with /usr/bin/time; medians printed.
# Daemon: apache_combined on 1M appended lines (tests/perf/daemon.py: lines/s until /metrics shows them
# all, CPU per line, peak RSS); a /metrics scrape of 100k series; -compile_only start-up (median of 20).
# Ends with a Markdown table of every figure and the ratio. mtail is Debian's package (apt-get install mtail);
# without it only logmetrics is measured.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scale=${1:-1}
runs=${2:-3}
work=${LOGMETRICS_PERF_DIR:-/tmp/logmetrics-perf}
corpus="$repo/../shared/conformance"
mkdir -p "$work"
export LC_ALL=C

echo "building logmetrics (Release, ReadyToRun)..." >&2
# ReadyToRun: precompiled code starts about 80 ms sooner than JIT-only, which matters for short runs.
# Framework-dependent and not single-file (the csproj makes -r publishes single-file): what `dotnet tool` installs.
dotnet publish "$repo/src/LogMetrics.Cli" -c Release -r linux-x64 --self-contained false -p:PublishSingleFile=false -p:PublishReadyToRun=true -o "$work/bin" -nologo -v q >&2
lm="$work/bin/logmetrics"
mtail=$(command -v mtail || true)
apache_prog="$corpus/cases/example-apache-combined-apache-combined/progs/apache_combined.mtail"
if [ ! -f "$apache_prog" ]; then
  echo "needs ../shared/conformance (mtail's apache_combined example)" >&2
  exit 1
fi

# 16 copies of apache_combined: mtail's time grows with each program it runs.
rm -rf "$work/progs16" && mkdir -p "$work/progs16"
for i in $(seq -w 1 16); do cp "$apache_prog" "$work/progs16/apache_$i.mtail"; done
printf 'counter hits by uri\n/^GET (?P<uri>\\S+) / {\n  hits[$uri]++\n}\n' >"$work/uris.mtail"

log_for() { # kind lines -> path (generated once, deterministic)
  local path="$work/$1-$2.log"
  [ -f "$path" ] || python3 "$here/genlogs.py" "$1" "$2" "$path"
  echo "$path"
}
lines_at() { awk -v n="$1" -v s="$scale" 'BEGIN {printf "%d", n*s}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s |' "$@")"); }

# name kind lines program(s)
oneshot=(
  "apache_combined apache $(lines_at 1000000) $apache_prog"
  "gpu_job gpu $(lines_at 4000000) $repo/examples/gpu-job/config.mtail"
  "nginx_access apache $(lines_at 1000000) $repo/examples/nginx-access/access.mtail"
  "16_programs apache $(lines_at 200000) $work/progs16"
)
printf '%-16s %-10s %9s %9s %12s %9s\n' workload tool wall_s cpu_s lines_per_s rss_MiB >&2
for w in "${oneshot[@]}"; do
  read -r name kind n prog <<<"$w"
  log=$(log_for "$kind" "$n")
  # The performance baseline's command line for mtail (-logtostderr: its runtime errors go to stderr, as in a
  # container), the same flags for logmetrics.
  lm_cmd=("$lm" -one_shot -one_shot_format prometheus -logtostderr -logs "$log" -progs "$prog")
  mt_cmd=("$mtail" -one_shot -one_shot_format prometheus -address 127.0.0.1 -port 0 -logtostderr -logs "$log" -progs "$prog")
  if [ -n "$mtail" ] && ! diff <("${lm_cmd[@]}" 2>/dev/null | grep -v '^#' | sort) <("${mt_cmd[@]}" 2>/dev/null | grep -v '^#' | sort) >/dev/null; then
    echo "$name: logmetrics and mtail print different metrics" >&2
    exit 1
  fi
  : >"$work/lm.times"; : >"$work/mt.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -a -o "$work/lm.times" "${lm_cmd[@]}" >/dev/null 2>&1
    if [ -n "$mtail" ]; then /usr/bin/time -f '%e %U %S %M' -a -o "$work/mt.times" "${mt_cmd[@]}" >/dev/null 2>&1; fi
  done
  lm_rate=""; mt_rate=""; lm_rss=""
  for tool in lm mt; do
    [ -s "$work/$tool.times" ] || continue
    wall=$(awk '{print $1}' "$work/$tool.times" | median)
    cpu=$(awk '{print $2+$3}' "$work/$tool.times" | median)
    rss=$(awk '{print $4/1024}' "$work/$tool.times" | median)
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN {printf "%.0f", n/w}')
    printf '%-16s %-10s %9.2f %9.2f %12s %9.1f\n' "$name" "$([ $tool = lm ] && echo logmetrics || echo mtail)" "$wall" "$cpu" "$rate" "$rss" >&2
    eval "${tool}_rate=$rate; ${tool}_wall=$wall; ${tool}_rss=$rss"
  done
  ratio=$([ -n "$mt_rate" ] && awk -v a="$lm_rate" -v b="$mt_rate" 'BEGIN {printf "%.1f×", a/b}' || echo "–")
  row "one-shot $name, $n lines (lines/s)" "$lm_rate" "${mt_rate:-–}" "$ratio" "logmetrics ${lm_wall} s, peak RSS ${lm_rss} MiB; mtail ${mt_wall:-–} s"
done

# Daemon throughput: lines appended to a tailed file until /metrics shows them all; the sustained rate is
# the 10%–90% slope, free of the first poll's delay.
n=$(lines_at 1000000)
log=$(log_for apache "$n")
lm_out=$(python3 "$here/daemon.py" "$lm" "$apache_prog" "$log" apache_http_requests_total)
echo "daemon logmetrics: $lm_out" >&2
mt_out=""
if [ -n "$mtail" ]; then
  mt_out=$(python3 "$here/daemon.py" "$mtail" "$apache_prog" "$log" apache_http_requests_total)
  echo "daemon mtail: $mt_out" >&2
fi
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k {print $2}'; }
lm_rate=$(field "$lm_out" sustained_lines_per_s); mt_rate=$(field "$mt_out" sustained_lines_per_s)
ratio=$([ -n "$mt_rate" ] && awk -v a="$lm_rate" -v b="$mt_rate" 'BEGIN {printf "%.1f×", a/b}' || echo "–")
row "daemon apache_combined, $n appended lines (sustained lines/s)" "$lm_rate" "${mt_rate:-–}" "$ratio" \
  "all lines visible after $(field "$lm_out" seconds) s / $(field "$mt_out" seconds) s; CPU per line $(field "$lm_out" cpu_us_per_line) / $(field "$mt_out" cpu_us_per_line) µs; peak RSS $(field "$lm_out" peak_rss_mib) / $(field "$mt_out" peak_rss_mib) MiB"

# A /metrics scrape of 100k series (counter … by uri), median of 5 after one warm-up.
log=$(log_for uris 100000)
lm_out=$(python3 "$here/daemon.py" "$lm" "$work/uris.mtail" "$log" hits --scrapes 5)
echo "scrape logmetrics: $lm_out" >&2
mt_out=""
if [ -n "$mtail" ]; then
  mt_out=$(python3 "$here/daemon.py" "$mtail" "$work/uris.mtail" "$log" hits --scrapes 5)
  echo "scrape mtail: $mt_out" >&2
fi
lm_ms=$(field "$lm_out" scrape_ms); mt_ms=$(field "$mt_out" scrape_ms)
ratio=$([ -n "$mt_ms" ] && awk -v a="$lm_ms" -v b="$mt_ms" 'BEGIN {printf "%.1f× faster", b/a}' || echo "–")
row "/metrics scrape, 100k series (ms)" "$lm_ms" "${mt_ms:-–}" "$ratio" "body $(field "$lm_out" scrape_bytes) bytes"

# -compile_only start-up on a small program: median wall time of 20 runs after 3 warm-ups.
startup() { # command... -> median ms
  local t=()
  for i in $(seq 23); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    [ "$i" -gt 3 ] && t+=($(( (e - s) / 1000 )))
  done
  printf '%s\n' "${t[@]}" | median | awk '{printf "%.1f", $1/1000}'
}
lm_ms=$(startup "$lm" -compile_only -progs "$repo/examples/gpu-job/config.mtail")
mt_ms=$([ -n "$mtail" ] && startup "$mtail" -compile_only -address 127.0.0.1 -port 0 -progs "$repo/examples/gpu-job/config.mtail" || true)
ratio=$([ -n "$mt_ms" ] && awk -v a="$lm_ms" -v b="$mt_ms" 'BEGIN {printf "%.1f× mtail'"'"'s time", a/b}' || echo "–")
row "-compile_only start-up, one small program (ms)" "$lm_ms" "${mt_ms:-–}" "$ratio" "median of 20"

echo
echo "| measure | logmetrics | mtail | ratio | notes |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
