"""Running xlate as an ordinary user would meet a permission: as root, without the capabilities
that let root ignore file modes (setpriv), so permission cases are tested for real."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

XLATE = [os.path.join(os.path.dirname(sys.executable), "xlate")]
_DROP = "-dac_override,-dac_read_search,-fowner"


def without_root_powers(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """args run so that file modes bind: as root, with setpriv dropping root's file capabilities."""
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: file modes cannot be made to bind")
        prefix = ["setpriv", "--bounding-set", _DROP, "--inh-caps", _DROP, "--"]
    return subprocess.run(prefix + args, capture_output=True, text=True, timeout=120, **kwargs)


def xlate(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*XLATE, *args], capture_output=True, text=True, timeout=120, **kwargs)
