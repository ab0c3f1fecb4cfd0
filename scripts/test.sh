#!/usr/bin/env bash
# Install xlate with its test dependencies (and the argos extra, so the Argos engine is tested for
# real on a tiny model the tests build) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh "test,argos"
exec .venv/bin/python -m pytest "$@"
