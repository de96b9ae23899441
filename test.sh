#!/usr/bin/env bash
# Runs the whole test suite (unit, golden and conformance tests). Extra arguments go to dotnet test.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test LogMetrics.sln -c Release --nologo -v q --logger "trx" --logger "console;verbosity=minimal" "$@"
