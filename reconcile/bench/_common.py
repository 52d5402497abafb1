"""Helpers shared by the benchmarks: where the data lives and the sentences they use."""
from __future__ import annotations

import os
import re
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PAIRS = ("ind-eng", "fra-eng", "ara-eng")


def tatoeba_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The Tatoeba folder: the argument, ``$RECONCILE_TATOEBA_DIR`` or ``../shared``."""
    candidates = [data_dir, os.environ.get("RECONCILE_TATOEBA_DIR"),
                  PROJECT_ROOT.parent / "shared" / "external" / "tatoeba"]
    for cand in candidates:
        if cand and (Path(cand) / "published.json").is_file():
            return Path(cand)
    raise FileNotFoundError("Tatoeba data not found; pass data_dir or set RECONCILE_TATOEBA_DIR")


def read_lines(path: Path, keep_newline: bool = True) -> list[str]:
    """One sentence per line; MTEB keeps the trailing newline of each line, so by default we do too."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.readlines()
    return lines if keep_newline else [line.rstrip("\n") for line in lines]


def tatoeba_pair(pair: str, data_dir: str | os.PathLike[str] | None = None,
                 keep_newline: bool = True) -> tuple[list[str], list[str]]:
    """(non-English queries, English candidates) of one pair, aligned by line."""
    root = tatoeba_dir(data_dir)
    src = pair.split("-")[0]
    return (read_lines(root / f"tatoeba.{pair}.{src}", keep_newline),
            read_lines(root / f"tatoeba.{pair}.eng", keep_newline))


def tatoeba_sentences(n: int | None = None, data_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Sentences from all pairs and both sides, interleaved so any prefix mixes the languages."""
    columns = []
    for pair in PAIRS:
        columns.extend(tatoeba_pair(pair, data_dir, keep_newline=False))
    mixed = [col[i] for i in range(max(map(len, columns))) for col in columns if i < len(col)]
    return mixed[:n] if n is not None else mixed


_SENT_END = re.compile(r"(?<=[.!?\u061f\u3002])\s+")


def seed_sentences(seeds_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Sentences of the seed articles (lines split at sentence-final punctuation), for fidelity."""
    root = Path(seeds_dir) if seeds_dir else PROJECT_ROOT / "seeds"
    out: list[str] = []
    for path in sorted(root.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            parts = text.split("---", 2)
            text = parts[2] if len(parts) == 3 else text
        for line in text.splitlines():
            out.extend(s.strip() for s in _SENT_END.split(line) if s.strip())
    return out
