"""Stage 1: turn files and folders into :class:`Document` objects, or say in one line why not.

Text decoding matches what the scorer and any reader of the report do —
``open(path, encoding="utf-8").read()`` — so every offset we emit indexes the same string:

* universal newlines apply (``\\r\\n`` and ``\\r`` become ``\\n``);
* a UTF-8 byte-order mark is *kept* as the character U+FEFF at offset 0 (that is what
  ``encoding="utf-8"`` yields); front matter may follow it, and it is never part of a claim.

``.jsonl`` manifests hold one article per line; offsets index that line's ``text`` field as
decoded by ``json.loads`` (no newline translation there).

A file that starts with a UTF-16 byte-order mark is decoded as UTF-16 (same newline rules);
offsets then index that decoded text. A file larger than ``max_bytes`` (default
:data:`DEFAULT_MAX_BYTES`, ``--max-bytes``) is skipped with its size: every later stage is
linear in the text, but an unbounded input would still be an unbounded run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

from .errors import InputError
from .types import LANGUAGES, Document, Skipped

EXTENSIONS = (".txt", ".md", ".jsonl")
MAX_CONTROL_SHARE = 0.05  # more C0 control characters than this (besides \t \n \r \f) = binary
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_FM_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.M)
FRONT_MATTER_KEYS = ("title", "source", "url", "published", "language")
#: Largest article (bytes of the file, or of one .jsonl line in UTF-8) read by default. News
#: articles are far smaller; every stage is linear, and at ~25 s per MB for ``claims`` on a
#: shared 2-core machine 1 MB keeps a worst-case document under a minute (docs/reliability.md).
DEFAULT_MAX_BYTES = 1_000_000
#: Deepest JSON nesting accepted in a .jsonl line (an article is a flat object).
MAX_JSON_DEPTH = 64


def load_documents(paths: Sequence[str | Path], strict: bool = False,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[Skipped]]:
    """Load every article under ``paths``; bad inputs are skipped with a reason (or raised if strict).

    Folders are walked recursively in sorted order and only ``.txt``/``.md``/``.jsonl`` files
    are read (dot-named files and folders are skipped); a file named explicitly must have one of
    those extensions. A document id already
    loaded from an earlier file is skipped.
    """
    docs: list[Document] = []
    skipped: list[Skipped] = []
    where: dict[str, str] = {}

    def fail(err: InputError) -> None:
        if strict:
            raise err
        skipped.append(Skipped(err.path, err.reason))

    for path in _expand(paths, fail):
        try:
            loaded = _load_file(path, fail, max_bytes)
        except InputError as err:
            fail(err)
            continue
        for doc in loaded:
            if doc.id in where:
                fail(InputError(doc.path, f"duplicate document id {doc.id!r} (already loaded from {where[doc.id]})"))
                continue
            where[doc.id] = doc.path
            docs.append(doc)
    return docs, skipped


def _expand(paths: Sequence[str | Path], fail) -> Iterable[Path]:
    """Files to read, in order, each once; reports missing paths and unsupported extensions."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(_walk(path, fail), key=lambda p: p.relative_to(path).as_posix())
        elif path.is_file():
            if path.suffix.lower() not in EXTENSIONS:
                fail(InputError(str(path), f"unsupported file type {path.suffix or '(no extension)'!r} "
                                           f"(expected .txt, .md or .jsonl)"))
                continue
            files = [path]
        elif path.exists():
            fail(InputError(str(path), "not a regular file or folder"))
            continue
        else:
            fail(InputError(str(path), "no such file or folder"))
            continue
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                yield f


def _walk(folder: Path, fail) -> list[Path]:
    """Article files under ``folder`` (dot-named entries left out); what cannot be read — an
    unreadable subfolder, a broken or looping link, a linked folder (never followed, so a link
    loop cannot hang the walk) — is reported through ``fail`` rather than passed over silently."""
    found: list[Path] = []

    def onerror(exc: OSError) -> None:
        fail(InputError(exc.filename or str(folder), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in list(dirs):
            if (base / d).is_symlink():
                dirs.remove(d)
                fail(InputError(str(base / d), "symbolic link to a folder: not followed (name the folder itself)"))
        for name in sorted(files):
            p = base / name
            if name.startswith(".") or p.suffix.lower() not in EXTENSIONS:
                continue
            if p.is_symlink() and not p.is_file():
                fail(InputError(str(p), "broken or looping symbolic link"))
            elif p.is_file():
                found.append(p)
            else:
                fail(InputError(str(p), "not a regular file"))
    return found


def _read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes -> text exactly as ``open(path, encoding='utf-8').read()``, with clear errors."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), f"too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(str(path), f"too large ({len(data):,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _read_utf16(path, data)
    if not data.strip():
        raise InputError(str(path), "empty file")
    if b"\x00" in data:
        raise InputError(str(path), f"binary file (NUL byte at byte offset {data.index(0)}), expected UTF-8 text")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at byte offset "
                                    f"{exc.start}; re-save the file as UTF-8") from None
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()
    _check_not_binary(str(path), text)
    if not text.strip().lstrip("\ufeff").strip():
        raise InputError(str(path), "empty file (whitespace only)")
    return text


def _read_utf16(path: Path, data: bytes) -> str:
    """A file with a UTF-16 byte-order mark (Windows "Unicode"): decoded, BOM dropped."""
    try:
        decoded = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-16 text (it starts with a UTF-16 byte-order mark): "
                                    f"{exc.reason} at byte offset {exc.start}; re-save the file as UTF-8") from None
    text = io.StringIO(decoded, newline=None).read()
    _check_not_binary(str(path), text)
    if not text.strip():
        raise InputError(str(path), "empty file (whitespace only)")
    return text


def _check_not_binary(where: str, text: str) -> None:
    controls = len(_CONTROL.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(where, f"binary file ({controls} control characters in {len(text)}), expected UTF-8 text")


def _load_file(path: Path, fail, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    if path.suffix.lower() == ".jsonl":
        return _load_jsonl(path, fail, max_bytes)
    text = _read_text(path, max_bytes)
    meta, body_offset = parse_front_matter(str(path), text)
    if not text[body_offset:].strip():
        raise InputError(str(path), "empty file (no text after the front matter)")
    return [_document(str(path), path.stem, text, meta, body_offset)]


def parse_front_matter(where: str, text: str) -> tuple[dict[str, Any], int]:
    """``(metadata, body_offset)``; ``({}, 0)`` when the text has no ``---`` front matter."""
    m = _FM_OPEN.match(text)
    if not m:
        return {}, 0
    close = _FM_CLOSE.search(text, m.end())
    if not close:
        raise InputError(where, "malformed front matter: no closing '---' line")
    try:
        meta = yaml.safe_load(text[m.end():close.start()])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(where, f"malformed front matter: invalid YAML{line}: {problem}") from None
    except (ValueError, OverflowError) as exc:   # YAML's own date parsing: "published: 2021-13-45"
        raise InputError(where, f"malformed front matter: invalid value ({exc}); write dates as ISO "
                                f"YYYY-MM-DD") from None
    except RecursionError:
        raise InputError(where, "malformed front matter: nested too deeply") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(where, f"malformed front matter: expected key: value pairs, got a {type(meta).__name__}")
    return {str(k): v for k, v in meta.items()}, close.end()


def _document(where: str, doc_id: str, text: str, meta: dict[str, Any], body_offset: int) -> Document:
    """Validate metadata (unknown keys are ignored: people add author, tags...) and build a Document."""
    def opt_str(key: str) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        if isinstance(value, (dict, list)):
            raise InputError(where, f"invalid {key!r}: expected text, got a {type(value).__name__}")
        return str(value).strip() or None

    return Document(
        id=doc_id, path=where, text=text,
        language=_language(where, meta.get("language")),
        title=opt_str("title"), source=opt_str("source"), url=opt_str("url"),
        published=_published(where, meta.get("published")),
        body_offset=body_offset,
    )


def _language(where: str, value: Any) -> str | None:
    if value is None:
        return None
    code = str(value).strip().lower()
    if code not in LANGUAGES:
        raise InputError(where, f"unknown language code {value!r} (expected one of: {', '.join(LANGUAGES)})")
    return code


def _published(where: str, value: Any) -> dt.date | None:
    """ISO date or datetime (YAML may already have parsed it) -> date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise InputError(where, f"invalid 'published' date {value!r}: expected an ISO date like 2021-11-24 "
                            f"or datetime like 2021-11-24T10:30:00")


def _load_jsonl(path: Path, fail, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """One article per line; a bad line is reported as ``file.jsonl:LINE`` and the rest still load.

    ``max_bytes`` bounds each line (one article), not the manifest."""
    text = _read_text(path, max_bytes=max(max_bytes, 1 << 40))
    docs: list[Document] = []
    ids: set[str] = set()
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            size = len(line.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                raise InputError(where, f"too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
            docs.append(_jsonl_document(path, where, line, ids))
        except InputError as err:
            fail(err)
    return docs


def _json_depth(line: str) -> int:
    """Deepest bracket nesting outside strings (checked before json.loads, which recurses)."""
    depth = deepest = 0
    in_str = escaped = False
    for ch in line:
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _jsonl_document(path: Path, where: str, line: str, ids: set[str]) -> Document:
    if _json_depth(line) > MAX_JSON_DEPTH:
        raise InputError(where, f"malformed JSON line: nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON line: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "malformed JSON line: nested too deeply") from None
    if not isinstance(obj, dict):
        raise InputError(where, f"malformed JSON line: expected an object, got {type(obj).__name__}")
    doc_id, text = obj.get("id"), obj.get("text")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError(where, "missing 'id' (a non-empty string)")
    doc_id = doc_id.strip()
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, f"article {doc_id!r}: missing 'text' (a non-empty string)")
    if doc_id in ids:
        raise InputError(where, f"duplicate id {doc_id!r} in this file")
    _check_not_binary(where, text)
    ids.add(doc_id)
    meta = {k: obj.get(k) for k in FRONT_MATTER_KEYS}
    return _document(f"{path}#{doc_id}", doc_id, text, meta, 0)
