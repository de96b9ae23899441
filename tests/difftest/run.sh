#!/usr/bin/env bash
# The differential fuzzer: generated mtail programs and logs, run through the installed mtail and
# through logmetrics, compared, and every disagreement shrunk to a minimal program and log.
#   tests/difftest/run.sh --cases 2000            a long run with a fresh seed (printed)
#   tests/difftest/run.sh --seed 42 --case 17     one case again
# Other options: --seconds T (budget), --batch K, --jobs J, --keep DIR (write findings), --verbose.
# Exit 0: no disagreement, or skipped because mtail is not installed (it says so); 1: disagreements.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/LogMetrics.Cli -c Release --nologo -v q >/dev/null
dotnet build tests/LogMetrics.DiffTest -c Release --nologo -v q >/dev/null
exec tests/LogMetrics.DiffTest/bin/Release/net10.0/difftest \
  --logmetrics src/LogMetrics.Cli/bin/Release/net10.0/logmetrics "$@"
