"""The accumulator that reads a number written in words, one word at a time.

Additive words (units, tens, fused hundreds) add to the current group, multipliers
("hundred", "puluh", "cent", "مائة") multiply the last additive word, teen suffixes ("belas")
add ten to it, scales ("thousand", "juta", "مليون") close the group. Each step says whether
the word continues the number: implausible sequences ("two three", "twenty thirty") end it
instead of being summed, so lists of numbers stay separate. The scanner
(:class:`reconcile.facts.numeral._Scanner`) feeds the words and keeps the longest reading.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Protocol


class Lexicon(Protocol):
    """What the accumulator reads of a language's numeral data (``numeral.Lexicon``)."""

    plurals: frozenset[str]
    self_counted: frozenset[str]
    unit_first: bool


class WordNumber:
    """The running value of one word number (``total`` of closed scale groups plus the open
    ``current`` group; ``last`` is the last additive word, ``prev`` the last word's kind)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.total = Decimal(0)
        self.current = Decimal(0)
        self.last = Decimal(0)
        self.prev: str | None = None
        self.max_scale = 0
        self.frac = False
        self.pending_conj = False

    @property
    def value(self) -> Decimal:
        return self.total + self.current

    def conjunction(self) -> bool:
        """"and"/"et"/"و" between words: only after a word, and (unless units come first, as
        in Arabic "خمسة وعشرين") only after a multiplier, a scale or a ten ("twenty and")."""
        if self.pending_conj or self.prev is None:
            return False
        if not self.lex.unit_first and not (self.prev in ("mult", "scale") or self.last >= 20):
            return False
        self.pending_conj = True
        return True

    def attached_conjunction(self) -> bool:
        """A conjunction glued to the next word ("وخمسين")."""
        if self.pending_conj or self.prev is None:
            return False
        self.pending_conj = True
        return True

    def can_take_fraction(self) -> bool:
        return not (self.pending_conj or self.prev is None or self.frac)

    def add_fraction(self, fval: Decimal) -> None:
        """Digits after "point"/"koma"/"فاصلة"."""
        self.current += fval
        self.frac, self.prev = True, "frac"

    def add(self, kind: str, key: str, v: int) -> bool:
        """Take one number word of ``kind``; False when it ends the number instead."""
        if self.frac and kind != "scale":
            return False
        step = {"unit": self._unit, "mult": self._mult, "teen": self._teen,
                "scale": self._scale}.get(kind)
        if step is None or not step(key, v):
            return False
        self.pending_conj = False
        return True

    def _unit(self, key: str, v: int) -> bool:
        if self.prev in ("unit", "teen"):
            p = self.last
            if (p < 10 and v < 10) or (20 <= p < 100 and 20 <= v < 100) or \
                    (p >= 100 and v >= 100) or \
                    (p < v and (not self.lex.unit_first or v >= 100)):
                return False             # "two three", "twenty thirty": a list, not a sum
        if self.prev == "mult" and v >= self.last:
            return False
        self.current += v
        self.last = Decimal(v)
        self.prev = "unit"
        return True

    def _mult(self, key: str, v: int) -> bool:
        if self.prev in ("unit", "teen") and not self.pending_conj:
            self.current = self.current - self.last + self.last * v
            self.last = self.last * v
        elif self.prev in (None, "scale") and self.current == 0 and key not in self.lex.plurals:
            self.current = Decimal(v)
            self.last = Decimal(v)
        else:
            return False
        self.prev = "mult"
        return True

    def _teen(self, key: str, v: int) -> bool:
        if self.prev != "unit" or self.last >= 10 or self.pending_conj:
            return False
        self.current += v
        self.last += v
        self.prev = "teen"
        return True

    def _scale(self, key: str, v: int) -> bool:
        lex = self.lex
        if self.pending_conj and not lex.unit_first:
            return False
        if self.prev is None and key in lex.plurals:
            return False
        total, current = self.total, self.current
        group = current if current > 0 else (Decimal(1) if total == 0 else Decimal(0))
        if key in lex.self_counted:          # "seribu", "ألفين": the count is inside
            if current > 0:
                return False
            group = Decimal(1)
        if v > self.max_scale and total > 0 and key not in lex.self_counted:
            self.total = (total + group) * v if current > 0 else total * v
        elif group == 0:
            return False
        else:
            self.total = total + group * v
        self.max_scale = max(self.max_scale, v)
        self.current = Decimal(0)
        self.last = Decimal(0)
        self.prev = "scale"
        return True
