"""Atomic file writes: a file we produce is either the complete new version or the old one.

Why: ``path.write_text`` truncates first, so a kill, a full disk or a read-only folder midway
leaves a 0-byte or half-written report where a good one was. Every writer here writes a
temporary file *in the same folder* (so the rename cannot cross filesystems), flushes and
fsyncs it, then ``os.replace``-s it over the target; on any failure the temporary file is
removed, the old file is untouched, and an :class:`~reconcile.errors.OutputError` (exit 2)
says which file and why.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

from .errors import OutputError


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _prepare(path: Path) -> None:
    """Fail early, with a clear reason, for a target that can never be written."""
    if path.is_dir():
        raise OutputError(str(path), "is a folder, expected a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(str(path), f"{_first_file(path.parent)} is a file, not a folder") from None
    except OSError as exc:
        raise OutputError(str(path), f"cannot create its folder ({_reason(exc)})") from None
    if not path.parent.is_dir():
        raise OutputError(str(path), f"{_first_file(path.parent)} is a file, not a folder")


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise :class:`OutputError` now if ``path`` cannot be written (checked before a long run)."""
    target = Path(path)
    _prepare(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(str(target), f"cannot write here ({_reason(exc)})") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)


def _first_file(folder: Path) -> Path:
    for p in reversed([folder, *folder.parents]):
        if p.exists() and not p.is_dir():
            return p
    return folder


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual umask-based mode."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_paths(paths: Sequence[str | os.PathLike[str]]) -> Iterator[list[Path]]:
    """Temporary paths to write; when the block succeeds, each replaces its target.

    All targets are replaced only after every temporary file is complete (a CSV pair is
    never half new, half old). On an exception nothing is replaced.
    """
    targets = [Path(p) for p in paths]
    for t in targets:
        _prepare(t)
    tmps: list[Path] = []
    try:
        for t in targets:
            fd, name = tempfile.mkstemp(prefix=f".{t.name}.", suffix=".tmp", dir=t.parent)
            os.close(fd)
            tmps.append(Path(name))
        yield list(tmps)
        for tmp, t in zip(tmps, targets):
            _sync_file(tmp)
            os.chmod(tmp, _mode_for(t))
        for tmp, t in zip(tmps, targets):
            os.replace(tmp, t)
        for folder in {t.parent for t in targets}:
            _fsync_dir(folder)
    except OSError as exc:
        where = exc.filename if exc.filename and Path(exc.filename) in targets else targets[0]
        raise OutputError(str(where), f"cannot write ({_reason(exc)}); the previous file, if any, is kept") from None
    finally:
        for tmp in tmps:
            with contextlib.suppress(OSError):
                tmp.unlink()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """One temporary path for a writer that wants a file name (pandas, hnswlib)."""
    with atomic_paths([path]) as tmps:
        yield tmps[0]


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Atomically replace ``path`` with ``data``."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
    return Path(path)


def write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Atomically replace ``path`` with ``text`` (no newline translation)."""
    return write_bytes(path, text.encode(encoding))


def sha256_file(path: str | os.PathLike[str]) -> str:
    """sha256 of a file's bytes, read in blocks (model weights, the vector index file)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()
