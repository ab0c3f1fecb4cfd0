"""Reading only regular files: a named pipe, a socket or a device given where a file is expected
must never block or flood a run (opening a pipe waits for a writer; /dev/zero never ends)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Callable


def kind_of_special(mode: int) -> str:
    return "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"


def not_regular(path: Path | str, mode: int) -> OSError:
    return OSError(errno.EINVAL, f"not a regular file ({kind_of_special(mode)})", str(path))


def file_kind(path: Path, follow_links: bool = True) -> str:
    """"file" or "folder" for what a run reads, else why it cannot (never opening it: a named
    pipe would block the run until something writes to it). follow_links False: a symbolic link is
    "link", not what it points to (a walk's look at each entry: most are no link, and their folder
    is resolved already)."""
    try:
        mode = path.stat(follow_symlinks=follow_links).st_mode
    except FileNotFoundError:
        return "cannot read: the symbolic link points nowhere" if path.is_symlink() else "no such file or folder"
    except OSError as exc:
        return "symbolic link loop" if exc.errno == errno.ELOOP else f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "link"
    return f"not a regular file ({kind_of_special(mode)})"


def has_mode(path: Path, kind: Callable[[int], bool] = bool) -> bool:
    """Whether path exists and kind(its mode) holds (stat.S_ISDIR, say); a path that cannot be
    looked at (a permission, a symbolic link loop) has no mode."""
    try:
        return kind(path.stat().st_mode)
    except OSError:
        return False


def folder_of(start: Path) -> Path:
    """The absolute folder a search upward starts from: start if it is a folder, else its parent."""
    try:
        start = start.resolve()
    except (OSError, RuntimeError):   # RuntimeError: Python 3.11's symbolic link loop in resolve()
        start = start.absolute()
    return start if has_mode(start, stat.S_ISDIR) else start.parent


def read_regular_bytes(path: Path | str) -> bytes:
    """The bytes of the regular file at path (symbolic links followed); anything else raises OSError
    without waiting. Opened without blocking, then checked, so a pipe swapped in after a stat
    cannot block either."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(mode):
            raise not_regular(path, mode)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return stream.read()
    finally:
        os.close(fd)


def read_regular_text(path: Path | str) -> str:
    """read_regular_bytes decoded as UTF-8 (UnicodeDecodeError as usual)."""
    return read_regular_bytes(path).decode("utf-8")
