#!/usr/bin/env bash
# Install xlate with its test dependencies (with Debian's Neovim, which the language server's
# end-to-end test drives), the lsp extra (the language server) and the argos extra (so the Argos
# engine is tested for real on a tiny model the tests build), and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh "test,argos,lsp"
exec .venv/bin/python -m pytest "$@"
