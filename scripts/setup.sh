#!/usr/bin/env bash
# Set up xlate in ./.venv. Usage: scripts/setup.sh [EXTRAS]  (e.g. "test,argos")
# Installs Debian's Apertium (the offline translation engine) where it can: as root or with sudo
# on Debian/Ubuntu. Elsewhere it says what to do and xlate runs without an engine. With the test
# extra, also Debian's Neovim, the editor the language server's end-to-end test drives.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

apt_install() {   # apt_install PACKAGE...: as root or with passwordless sudo, else say what to run
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no apt-get here; install $* yourself" >&2
    return
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "setup: not root and no passwordless sudo; run: sudo apt-get install $*" >&2
      return
    fi
  fi
  echo "setup: installing $*" >&2
  $sudo apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

install_apertium() {
  if command -v apertium >/dev/null 2>&1 && [ -d /usr/share/apertium/apertium-eng-spa ] ; then
    return
  fi
  apt_install apertium apertium-eng-spa
}

# The editor the language server's end-to-end test drives (tests/test_lsp_neovim.py).
install_test_editor() {
  case ",$extras," in
    *,test,*) command -v nvim >/dev/null 2>&1 || apt_install neovim \
                || echo "setup: could not install neovim; the editor test will be skipped" >&2 ;;
  esac
}

install_apertium
install_test_editor

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
