"""Outlet rules: page furniture that belongs to one outlet, not to a language.

A language's boilerplate (``reconcile/lang/<code>/boilerplate.py``) is what any page in that
language may carry: "Baca juga", bylines, photo credits. Some furniture is one outlet's own: a
citizen-journalism portal's author footer and disclaimer, a blog network's "Verified Writer"
author box, a news agency's desk code after the last sentence. Those rules live here, one
module per outlet (its tables written in ``<key>.yaml`` beside it), each with its example
corpus (``CORPUS``: lines dropped whole; ``TAIL_CORPUS``: ``(line, tail)``, only the tail is
dropped; ``NEGATIVE_CORPUS``: lines kept), which ``tests/test_sites.py`` runs.

Documents rarely say which outlet published them, so :mod:`reconcile.clean` applies every
outlet's rules to every document, after the rules of the document's language. The module
format is the boilerplate one (see ``reconcile/lang/en/boilerplate.py``): ``LINE_PATTERNS``
must match a whole stripped line, ``TAIL_PATTERNS`` are searched in a line.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

#: Every outlet with rules, in the order its rules are tried (a line takes the first rule it matches).
SITES: tuple[str, ...] = ("community_portal", "writer_profile", "agency_desk_codes")


@dataclass(frozen=True)
class SiteRules:
    """One outlet's boilerplate rules, as ``(rule, regex)`` pairs."""

    key: str
    line: tuple[tuple[str, str], ...]
    tail: tuple[tuple[str, str], ...]


def site_module(key: str) -> ModuleType:
    """The data module of one outlet (``reconcile/sites/<key>.py``)."""
    if key not in SITES:
        raise KeyError(f"no outlet rules named {key!r} (known: {', '.join(SITES)})")
    return importlib.import_module(f"{__name__}.{key}")


def site_rules() -> tuple[SiteRules, ...]:
    """Every outlet's rules, in ``SITES`` order."""
    out = []
    for key in SITES:
        mod = site_module(key)
        out.append(SiteRules(key, tuple(mod.LINE_PATTERNS), tuple(getattr(mod, "TAIL_PATTERNS", ()))))
    return tuple(out)
