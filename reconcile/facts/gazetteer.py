"""Places and demonyms: country, city and world-region names from CLDR (babel) in id/en/fr/ar.

Why a gazetteer: "Maroc", "Morocco" and "المغرب" are one place id before any linking, and a
name found here is a place, not a person. Each language may add ``PLACE_ALIASES``
(``reconcile/lang/<code>/entity.py``). Demonyms ("Moroccan", "marocaines", "المغربي") are read
off the country names, so a text's countries can be named without a place name in it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from ..lang import optional_rules
from .arabic import is_arabic, name_key
from .translit import normalize

_LOCALES = ("id", "en", "fr", "ar")
_NOT_PLACES = {"ZZ", "QO", "EU", "EZ", "UN"}   # unknown region, outlying Oceania, unions


@dataclass(frozen=True)
class Place:
    code: str       # CLDR territory code or tz id
    english: str    # canonical English name

    @property
    def value(self) -> str:
        return "place:" + "_".join(normalize(self.english).split())


class _Names:
    """Name -> place, Latin and Arabic keys apart; a name already taken keeps its first place."""

    def __init__(self) -> None:
        self.latin: dict[str, Place] = {}
        self.arabic: dict[str, Place] = {}

    def add(self, name: str, place: Place, shortest: int = 3) -> None:
        if "(" in name:   # "Myanmar (Burma)": both names, unless the aside is a phrase
            base, aside = name.split("(", 1)
            aside = aside.rstrip(") ")
            self.add(base.strip(), place, shortest)
            if " " not in aside:
                self.add(aside, place, shortest)
            return
        if not name or len(name) < shortest:
            return
        if is_arabic(name):
            self.arabic.setdefault(" ".join(name_key(w) for w in name.split()), place)
        else:
            self.latin.setdefault(normalize(name), place)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Place], dict[str, Place], int]:
    """(latin keys, arabic keys, max words): countries first, then cities, regions, aliases."""
    from babel import Locale

    names = _Names()
    en = Locale("en")
    locales = [Locale(code) for code in _LOCALES]
    for code, name_en in en.territories.items():
        if code.isalpha() and code not in _NOT_PLACES:
            place = Place(code, name_en.split(" (")[0])
            for loc in locales:
                names.add(loc.territories.get(code, ""), place)
    for tz in locales[_LOCALES.index("ar")].time_zones:
        if "/" not in tz or tz.startswith("Etc/"):
            continue
        city_en = en.time_zones.get(tz, {}).get("city") or tz.rsplit("/", 1)[1].replace("_", " ")
        place = Place(tz, city_en)
        names.add(city_en, place)
        for loc in locales:
            names.add(loc.time_zones.get(tz, {}).get("city", ""), place)
    for code, name_en in en.territories.items():
        if code.isdigit() and code != "001":    # world regions ("Central America"); not "world"
            place = Place(code, name_en)
            for loc in locales:
                names.add(loc.territories.get(code, ""), place)
    for lang in _LOCALES:
        for alias, code in getattr(optional_rules(lang, "entity"), "PLACE_ALIASES", {}).items():
            if code in en.territories:
                names.add(alias, Place(code, en.territories[code]), shortest=2)
    longest = max(len(k.split()) for k in list(names.latin) + list(names.arabic))
    return names.latin, names.arabic, longest


def latin_match(words: Sequence[str], i: int) -> tuple[int, Place] | None:
    """Longest gazetteer name starting at words[i]: (number of words, place)."""
    latin, _, longest = gazetteer()
    for n in range(min(longest, len(words) - i), 0, -1):
        place = latin.get(normalize(" ".join(words[i:i + n])))
        if place is not None:
            return n, place
    return None


@lru_cache(maxsize=4096)
def place_country(code: str) -> str | None:
    """The country (CLDR territory code) a gazetteer place lies in: itself, or a city's country."""
    if len(code) == 2:
        return code
    from babel.core import get_global

    zone = get_global("zone_aliases").get(code, code)
    return get_global("zone_territories").get(zone) or get_global("zone_territories").get(code)


_DEMONYM_SUFFIXES = ("ienne", "ien", "aise", "ais", "aine", "ain", "ian", "ese", "ean", "an",
                     "i", "n")


@lru_cache(maxsize=1)
def _country_prefixes() -> Mapping[str, str | None]:
    """Every 4+ letter prefix of every one-word country name -> its code (for the demonym test);
    None for a prefix two countries share ("Austr-")."""
    latin, _, _ = gazetteer()
    seen: dict[str, set[str]] = defaultdict(set)
    for k, place in latin.items():
        if len(place.code) == 2 and " " not in k:
            for n in range(4, len(k) + 1):
                seen[k[:n]].add(place.code)
    return {k: (next(iter(v)) if len(v) == 1 else None) for k, v in seen.items()}


def _arabic_demonym(word: str) -> tuple[bool, str | None]:
    """"الإسرائيلي", "الصومالية": a nisba adjective (-ي, -ية) of a place name."""
    _, gaz, _ = gazetteer()
    k = name_key(word)
    k = k[2:] if k.startswith("ال") else k
    stems = [k[:-1]] if k.endswith("ي") else []
    stems += [k[:-2]] if k.endswith("يه") else []
    for st in stems:
        if len(st) < 3:
            continue
        for form in (st, "ال" + st, st + "ا", "ال" + st + "ا", "ال" + st + "يه"):
            place = gaz.get(form)
            if place is not None:
                return True, place_country(place.code)
    return False, None


@lru_cache(maxsize=8192)
def _demonym(word: str) -> tuple[bool, str | None]:
    """(is a demonym, its country code when only one country fits)."""
    if is_arabic(word):
        return _arabic_demonym(word)
    latin, _, _ = gazetteer()
    low = normalize(word)
    if low in latin:
        return False, None
    prefixes = _country_prefixes()
    for form in dict.fromkeys((low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low)):
        for suf in _DEMONYM_SUFFIXES:
            if form.endswith(suf) and form[:-len(suf)] in prefixes:
                return True, prefixes[form[:-len(suf)]]
    return False, None


def is_demonym(word: str) -> bool:
    """"Israeli", "Moroccan", "Marocain", "الإسرائيلي": an adjective of a known country."""
    return _demonym(word)[0]


def demonym_country(word: str) -> str | None:
    """"Israeli", "Moroccan", "marocaines", "الإسرائيلي": the country code of a demonym, or None."""
    return _demonym(word)[1]


def countries_named(text: str) -> frozenset[str]:
    """Countries a text names by demonym ("the Ethiopian government", "les villes ukrainiennes")."""
    out = set()
    for m in re.finditer(r"[^\W\d_]{4,}", text):
        code = demonym_country(m.group())
        if code:
            out.add(code)
    return frozenset(out)


def value_of_code(code: str) -> str | None:
    """The place id ("place:morocco") of a gazetteer code, or None when no place has it."""
    latin, arabic, _ = gazetteer()
    for place in list(latin.values()) + list(arabic.values()):
        if place.code == code:
            return place.value
    return None
