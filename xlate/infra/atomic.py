"""Replacing a user's file safely: the one way --fix and the glossary commands write.

The new bytes go to a temporary file in the same folder, fsynced, then os.replace: a reader sees
the old file or the new one, never half of either. What a plain replace would lose is kept or the
write refused: a symbolic link is followed and its target replaced (the link stays a link); the
file's mode and owner carry over (or the write is refused if the owner cannot be kept); a file
with other hard links is refused (a new inode would leave the other names holding the old text);
a read-only file is refused; and, given the bytes the change was made from, a file edited by
someone else meanwhile is refused rather than overwritten. A new file gets the mode the umask
allows (0644 under the usual 022), as any editor would create it.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

TEMP_SUFFIX = ".xlate-tmp"
STALE_TEMP_S = 3600   # a temporary file this old belongs to a run that was killed


class NotReplaced(Exception):
    """The file was left as it was, and why (a sentence a user can act on)."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason


def replace_file(path: Path | str, data: bytes, expected: bytes | None = None) -> None:
    """Make the file at path hold data (see the module's docstring); expected: the bytes the new
    content was made from, re-read and compared just before the replace. Raises NotReplaced."""
    target = Path(os.path.realpath(path))
    try:
        before = os.stat(target)
    except FileNotFoundError:
        before = None
    if before is not None:
        _check_replaceable(path, target, before)
    try:
        _remove_stale_temps(target)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
    except OSError as exc:
        raise NotReplaced(path, f"cannot write in {target.parent}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        _carry_over(path, temp, before)
        if expected is not None and _current(target) != expected:
            raise NotReplaced(path, "changed on disk while xlate worked on it; not written (run again)")
        os.replace(temp, target)
    except NotReplaced:
        Path(temp).unlink(missing_ok=True)
        raise
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise NotReplaced(path, f"not written: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _check_replaceable(path, target: Path, before: os.stat_result) -> None:
    if not stat.S_ISREG(before.st_mode):
        raise NotReplaced(path, "not a regular file; not written")
    if before.st_nlink > 1:
        raise NotReplaced(path, f"has {before.st_nlink} hard links, which a rewrite would break; not written "
                                "(make it a single file, or edit it by hand)")
    if not before.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise NotReplaced(path, "is read-only; not written (make it writable to change it)")


def _carry_over(path, temp: str, before: os.stat_result | None) -> None:
    """The old file's mode and owner on the new one; a new file's mode from the umask."""
    if before is None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        return
    os.chmod(temp, stat.S_IMODE(before.st_mode))
    mine = os.stat(temp)
    if (mine.st_uid, mine.st_gid) != (before.st_uid, before.st_gid):
        try:
            os.chown(temp, before.st_uid, before.st_gid)
            os.chmod(temp, stat.S_IMODE(before.st_mode))   # chown clears set-user-id bits
        except PermissionError:
            raise NotReplaced(path, "its owner could not be kept; not written") from None


def _current(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None


def _remove_stale_temps(target: Path) -> None:
    """Temporary files of this file that a killed run left behind (old enough to be nobody's)."""
    now = time.time()
    earlier = (".tmp", ".xlate-fix")   # the suffixes of xlate's writers before this module
    for leftover in [p for suffix in (TEMP_SUFFIX, *earlier) for p in target.parent.glob(f".{target.name}.*{suffix}")]:
        try:
            if now - leftover.stat().st_mtime > STALE_TEMP_S:
                leftover.unlink()
        except OSError:
            pass
