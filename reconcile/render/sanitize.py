"""Output hygiene for text that came from articles: nothing in an article can drive a terminal
or a spreadsheet.

* :func:`visible_controls` replaces each C0/C1 control character (ESC included) except tab and
  newline by one visible symbol (``\\x1b`` -> ``␛``, C1 -> ``�``), one character for one, so
  every offset into the text still points at the same words.
* :func:`safe` applies it to every string of a report (or claims, findings...), dict keys
  included, so ids stay consistent; the terminal view, ``claims``, Markdown and CSV render that.
  HTML is escaped by its renderer as before.
* :func:`csv_cell` also neutralizes spreadsheet formulas (OWASP "CSV injection"): a cell that
  starts with ``= + - @``, tab or carriage return gets a leading ``'``.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _picture(m: re.Match) -> str:
    code = ord(m.group())
    if code < 0x20:
        return chr(0x2400 + code)       # the Unicode "control pictures": ␀ ... ␛ ... ␟
    if code == 0x7F:
        return "\u2421"                 # ␡
    return "\ufffd"                     # C1 (0x80-0x9f): no picture of its own


def visible_controls(text: str) -> str:
    """``text`` with control characters (not tab/newline) made visible, same length."""
    return _CONTROL.sub(_picture, text) if _CONTROL.search(text) else text


def safe(obj: Any) -> Any:
    """A copy of ``obj`` (dataclasses, dicts, lists, tuples, strings) with every string made safe."""
    if isinstance(obj, str):
        return visible_controls(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return type(obj)(**{f.name: safe(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init})
    if isinstance(obj, dict) or (hasattr(obj, "items") and hasattr(obj, "keys")):
        return {safe(k): safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(safe(v) for v in obj)
    return obj


def csv_cell(value: Any) -> Any:
    """A spreadsheet-safe cell: control characters visible, formulas neutralized."""
    if not isinstance(value, str):
        return value
    value = visible_controls(value)
    return "'" + value if value.startswith(_FORMULA_START) else value
