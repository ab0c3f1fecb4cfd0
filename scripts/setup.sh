#!/usr/bin/env bash
# Set up xlate in ./.venv. Usage: scripts/setup.sh [EXTRAS]  (e.g. "test,argos")
# Installs Debian's Apertium (the offline translation engine) where it can: as root or with sudo
# on Debian/Ubuntu. Elsewhere it says what to do and xlate runs without an engine.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

install_apertium() {
  if command -v apertium >/dev/null 2>&1 && [ -d /usr/share/apertium/apertium-eng-spa ] ; then
    return
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no apt-get here; install Apertium with the eng-spa pair yourself (see README) or use --engine none" >&2
    return
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "setup: not root and no passwordless sudo; run: sudo apt-get install apertium apertium-eng-spa" >&2
      return
    fi
  fi
  echo "setup: installing apertium apertium-eng-spa" >&2
  $sudo apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq apertium apertium-eng-spa >/dev/null
}

install_apertium

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
case ",$extras," in
  *,argos,*) .venv/bin/python -m pip install -q "torch==2.13.0" ;;   # the CPU wheel; never a CUDA download
esac
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[${extras}]"
else
  .venv/bin/python -m pip install -q -e .
fi
