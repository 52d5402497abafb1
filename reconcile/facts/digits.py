"""Digit normalization that keeps offsets: one input character -> one output character.

Arabic-Indic (U+0660..0669) and Extended Arabic-Indic / Persian (U+06F0..06F9) digits become
ASCII digits; the Arabic decimal separator ``٫`` becomes ``.`` and the Arabic thousands
separator ``٬`` becomes ``,`` (the Arabic convention matches English). Because the mapping is
1:1, a span found in the normalized string is the same span in the raw text.
"""
from __future__ import annotations

_TABLE: dict[int, str] = {}
for _i in range(10):
    _TABLE[0x0660 + _i] = str(_i)   # Arabic-Indic
    _TABLE[0x06F0 + _i] = str(_i)   # Extended Arabic-Indic (Persian, Urdu)
_TABLE[0x066B] = "."                # ARABIC DECIMAL SEPARATOR
_TABLE[0x066C] = ","                # ARABIC THOUSANDS SEPARATOR
_TABLE[0x066A] = "%"                # ARABIC PERCENT SIGN

# Spaces used as thousands separators (French): no-break and narrow no-break space.
GROUP_SPACES = " \u00a0\u202f\u2009"


def normalize_digits(text: str) -> str:
    """Map non-ASCII digits/separators to ASCII without changing the string's length."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out
