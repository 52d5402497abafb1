"""Reader for Duckling ``Corpus.hs`` files (facebook/duckling), for benchmarking our extractors.

A Duckling corpus is Haskell data: ``examples (<value expr>) [ "text", ... ]`` blocks inside
top-level definitions (``allExamples``, ``latentCorpus``, ``negativeCorpus`` ...). We do not
evaluate Haskell; we keep the value expression as a string (``"NumeralValue 33"``,
``"simple Dollar 10"``, ``"datetime (2013, 2, 12, 4, 30, 0) Second"``) and leave its meaning to
the dimension's scorer. Generic on purpose: Time and Duration scorers use the same reader.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

# Duckling's testContext reference time: Tuesday 2013-02-12 04:30:00 (UTC-2 in its tests).
REFERENCE_TIME = dt.datetime(2013, 2, 12, 4, 30, 0)

LANG_DIRS = {"id": "ID", "en": "EN", "fr": "FR", "ar": "AR"}


@dataclass(frozen=True)
class DucklingExample:
    """One ``examples (value) [texts]`` block."""

    value: str                 # the Haskell value expression, whitespace-collapsed
    texts: tuple[str, ...]
    section: str               # the top-level definition it sits in, e.g. "allExamples"
    line: int                  # 1-based line of the ``examples`` keyword
    path: str = ""


@dataclass(frozen=True)
class DucklingCorpus:
    path: str
    examples: tuple[DucklingExample, ...]
    negatives: tuple[str, ...]


_TOP = re.compile(r"^([a-z]\w*'*)\s*(::|=|\s+\w)", re.M)


def _strip_comments(src: str) -> str:
    """Blank out ``--`` line comments and ``{- -}`` blocks (keeping offsets and newlines)."""
    out = list(src)
    i, n = 0, len(src)
    in_str = False
    while i < n:
        c = src[i]
        if in_str:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_str = False
            i += 1
            continue
        if c == '"':
            in_str = True
            i += 1
        elif src.startswith("{-", i):
            j = src.find("-}", i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif src.startswith("--", i) and (i + 2 >= n or src[i + 2] in "- \t\n"):
            j = src.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        else:
            i += 1
    return "".join(out)


def _unescape(body: str) -> str:
    """Decode a Haskell string literal body (\\", \\\\, \\n, \\t, \\NNN, \\xHH, \\&, gaps)."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if nxt.isdigit():
            m = re.match(r"\d+", body[i + 1:])
            assert m
            out.append(chr(int(m.group())))
            i += 1 + len(m.group())
        elif nxt == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            assert m
            out.append(chr(int(m.group(), 16)))
            i += 2 + len(m.group())
        elif nxt == "&":
            i += 2
        elif nxt.isspace():                    # string gap: \   \
            j = body.find("\\", i + 1)
            i = j + 1
        else:
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(nxt, nxt))
            i += 2
    return "".join(out)


def _strings(chunk: str) -> list[str]:
    return [_unescape(m.group(1)) for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', chunk, re.S)]


def _balanced(src: str, i: int, open_c: str, close_c: str) -> int:
    """Index just past the bracket that closes the one at ``src[i]`` (strings respected)."""
    depth = 0
    in_str = False
    while i < len(src):
        c = src[i]
        if in_str:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == open_c:
            depth += 1
        elif c == close_c:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced {open_c}{close_c}")


def _sections(src: str) -> list[tuple[int, str, str]]:
    """(offset, name, type) of top-level definitions; type from a ``name :: Type`` line."""
    types: dict[str, str] = {}
    out: list[tuple[int, str, str]] = []
    for m in _TOP.finditer(src):
        name = m.group(1)
        if m.group(2) == "::":
            types[name] = src[m.end():src.find("\n", m.end())].strip()
        if not out or out[-1][1] != name:
            out.append((m.start(), name, ""))
    return [(o, n, types.get(n, "")) for o, n, _ in out]


def read_corpus_file(path: str | Path) -> DucklingCorpus:
    """Examples and negative examples of one ``Corpus.hs``."""
    raw = Path(path).read_text(encoding="utf-8")
    src = _strip_comments(raw)
    sections = _sections(src)

    def section_at(pos: int) -> tuple[str, str]:
        name, typ = "", ""
        for o, n, t in sections:
            if o > pos:
                break
            name, typ = n, t
        return name, typ

    examples: list[DucklingExample] = []
    for m in re.finditer(r"\bexamples\s*\(", src):
        p0 = m.end() - 1
        p1 = _balanced(src, p0, "(", ")")
        value = " ".join(src[p0 + 1:p1 - 1].split())
        j = p1
        while j < len(src) and src[j].isspace():
            j += 1
        if j >= len(src) or src[j] != "[":
            continue
        k = _balanced(src, j, "[", "]")
        name, _ = section_at(m.start())
        examples.append(DucklingExample(value, tuple(_strings(src[j:k])), name,
                                        src.count("\n", 0, m.start()) + 1, str(path)))
    negatives: list[str] = []
    for idx, (o, _, typ) in enumerate(sections):
        if typ == "NegativeCorpus":
            end = sections[idx + 1][0] if idx + 1 < len(sections) else len(src)
            # skip the type line itself: strings only occur in the body
            negatives.extend(_strings(src[o:end]))
    return DucklingCorpus(str(path), tuple(examples), tuple(dict.fromkeys(negatives)))


def read_corpus(path: str | Path) -> list[DucklingExample]:
    """The positive examples of a ``Corpus.hs`` (all sections; filter on ``.section``)."""
    return list(read_corpus_file(path).examples)


def read_negatives(path: str | Path) -> list[str]:
    """The texts of the ``NegativeCorpus`` definitions of a ``Corpus.hs``."""
    return list(read_corpus_file(path).negatives)


def corpus_paths(duckling_dir: str | Path, dim: str, language: str,
                 sublocales: bool = False) -> list[Path]:
    """``<dir>/Duckling/<Dim>/<LANG>/Corpus.hs`` (and ``<LANG>/<XX>/Corpus.hs`` when asked)."""
    root = Path(duckling_dir)
    if (root / "Duckling").is_dir():
        root = root / "Duckling"
    base = root / dim / LANG_DIRS.get(language, language.upper())
    paths = [base / "Corpus.hs"] if (base / "Corpus.hs").is_file() else []
    if sublocales and base.is_dir():
        paths += sorted(p for p in base.glob("*/Corpus.hs"))
    return paths
