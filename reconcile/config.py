"""Every tunable setting of the pipeline, in one frozen :class:`Config` (see ``docs/config.md``).

Why one place: a threshold in one stage is often tied to another's (compare's
``conflict_min_score`` sits just under align's ``threshold``); spread over modules, such ties
are invisible. Each field says what it means, its unit and where its default came from (a
committed sweep script and its table, or "hand-set" when nothing was swept). Stages take the
section they need (``align(.., cfg.align)``); the whole config is recorded in every report's
metadata. ``reconcile.toml`` (or ``--config FILE``) overrides fields by section::

    model = "multilingual-e5-small"     # not part of Config: the CLI's model choice
    [align]
    threshold = 0.85
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .errors import ReconcileError

_SWEEP_ALIGN = "scripts/sweep_align.py → docs/sweeps/align.md"
_SWEEP_COMPARE = "scripts/sweep_compare.py → docs/sweeps/compare.md"
_SWEEP_EVENTS = "scripts/events_sweep.py → scripts/events_sweep.tsv"
_SWEEP_ORPHAN = "scripts/events_orphan_sweep.py → scripts/events_orphan_sweep.tsv"
_SWEEP_SNAPSHOTS = "scripts/sweep_snapshots.py → docs/sweeps/snapshots.md"
_SWEEP_NEGATIVES = "scripts/sweep_negatives.py → docs/sweeps/negatives.md"
_SWEEP_SUBSTITUTIONS = "scripts/sweep_substitutions.py → docs/sweeps/substitutions.md"
_SWEEP_ORGS = "scripts/sweep_orgs.py → docs/sweeps/orgs.md"
_HAND = "hand-set (not swept)"


def _f(default: Any, doc: str, unit: str, source: str = _HAND):
    """A field with its documentation: meaning, unit and where the default came from."""
    return field(default=default, metadata={"doc": doc, "unit": unit, "source": source})


@dataclass(frozen=True)
class AlignConfig:
    """Claim alignment (:mod:`reconcile.align`): which cross-document pairs report one fact."""

    k_candidates: int = _f(24, "cross-document nearest neighbours examined per claim", "claims")
    min_cosine: float = _f(0.80, "below this cosine a pair is never aligned (also the floor of the corpus "
                                 "neighbours ``check`` takes)", "cosine", _SWEEP_ALIGN)
    threshold: float = _f(0.845, "score a pair needs when it ranks among the pivot's top ``max_rank`` in "
                                 "that document", "score (cosine + bonus)", _SWEEP_ALIGN)
    max_rank: int = _f(2, "\"ranks high\": among the pivot's best this many in the other document", "rank")
    strong_threshold: float = _f(0.88, "score for any pair, whatever its rank", "score (cosine + bonus)",
                                 _SWEEP_ALIGN)
    entity_bonus: float = _f(0.01, "added per shared entity (canonical id)", "score per entity")
    value_bonus: float = _f(0.02, "added per shared number / amount / count / date", "score per value")
    max_shared_counted: int = _f(3, "shared entities, and shared values, counted at most (each kind apart)",
                                 "facts")
    max_bonus: float = _f(0.05, "cap of the whole shared-fact bonus", "score")
    disjoint_documents: bool = _f(True, "documents naming entities or countries, none in common, report "
                                        "different events (a veto)", "on/off")
    member_cosine: float = _f(0.82, "every two members of a cluster are at least this similar", "cosine",
                              _SWEEP_ALIGN)
    max_per_document: int = _f(3, "matches a pivot claim takes from each other document", "claims")
    max_event_gap_days: int = _f(45, "two dates further apart than this: different events (a veto)", "days")
    max_day_gap_days: int = _f(7, "... and for two day-precise dates, this", "days")
    max_publication_gap_days: int = _f(10, "undated claims: documents published further apart than this "
                                           "report different events", "days")
    mutual_best: bool = _f(True, "a mutual best match above ``threshold`` is always kept as a pair", "on/off")
    split_snapshots: bool = _f(True, "two claims giving one tally different figures (two snapshots) are never "
                                     "aligned, unless they share another figure or day or are one statement "
                                     "quoted twice (:mod:`reconcile.snapshots`)", "on/off", _SWEEP_SNAPSHOTS)
    snapshot_quoted_ratio: int = _f(85, "same-language tally contexts (digits masked) this alike are one "
                                        "statement quoted twice, kept together", "rapidfuzz token-sort ratio, 0-100",
                                    _SWEEP_SNAPSHOTS)
    snapshot_shared_figure: bool = _f(True, "a figure or day both claims give keeps two snapshots together",
                                      "on/off", _SWEEP_SNAPSHOTS)
    snapshot_bound_tolerance: float = _f(float("inf"), "a bound (\"at least 5,000\", \"could reach 20,000\") holds a "
                                              "figure of the other snapshot only this close to it",
                                         "relative difference (inf: any figure inside the bound)", _SWEEP_NEGATIVES)
    snapshot_across_frames: bool = _f(False, "claims whose tally counts are all of different tallies (\"180 "
                                             "injured\" / \"125 dead\") are two facts, under the same exemptions "
                                             "(off: with the other rules on it saves no negative)",
                                      "on/off", _SWEEP_NEGATIVES)
    snapshot_statement_time: bool = _f(True, "one tally figure stated on two different days (date role \"say\") "
                                             "by claims sharing no other figure or day is two snapshots",
                                       "on/off", _SWEEP_NEGATIVES)
    split_frame_clashes: bool = _f(True, "a claim giving a capacity and one giving the crowd present (no count of "
                                         "the other kind each) are never aligned (:mod:`reconcile.moments`)",
                                   "on/off", _SWEEP_NEGATIVES)
    split_moments: bool = _f(True, "claims whose clock times all differ and stand for different moments (date "
                                   "roles: arrived / left) are never aligned (:mod:`reconcile.moments`)",
                             "on/off", _SWEEP_NEGATIVES)
    split_magnitudes: bool = _f(True, "claims whose quake magnitudes all differ and that share no day, amount or "
                                      "count report two quakes, never aligned (:mod:`reconcile.moments`)",
                                "on/off", _SWEEP_NEGATIVES)
    split_measures: bool = _f(True, "claims whose distances (masses, areas...) of one dimension all differ by more "
                                    "than ``compare.approx_tolerance`` and that share no day, amount or count are "
                                    "two measures, never aligned (:mod:`reconcile.moments`)",
                              "on/off", _SWEEP_NEGATIVES)
    moment_places: bool = _f(True, "clock times whose roles name places (\"arrived at the embassy\" / \"arrived "
                                   "in the country\") that neither claim names are two moments, even at one time "
                                   "(``split_moments``; :func:`reconcile.roles.role_place`)",
                             "on/off", _SWEEP_NEGATIVES)
    split_count_rank: bool = _f(True, "a claim counting a thing (\"44 trips\") and one ranking it (\"the 45th "
                                      "trip\"), neither doing both and sharing no day, amount or count, are never "
                                      "aligned (:mod:`reconcile.moments`)", "on/off", _SWEEP_NEGATIVES)


@dataclass(frozen=True)
class EventConfig:
    """Grouping documents into events (:mod:`reconcile.events`)."""

    neighbours: int = _f(24, "nearest documents (by vector) examined per document", "documents")
    centre: float = _f(0.7, "share of the feed's mean vector taken out (what all news shares)", "share",
                       _SWEEP_EVENTS)
    language_shrink: float = _f(8.0, "a language's own offset is taken out in full only with many more "
                                     "documents than this", "documents")
    threshold: float = _f(0.55, "average pair score for two groups to be one event", "score", _SWEEP_EVENTS)
    attach: float = _f(0.75, "average score for a grouped document (a round-up) to join one more event",
                       "score", _SWEEP_EVENTS)
    orphan_threshold: float = _f(0.45, "a lone document sharing a person/org joins its best group at this "
                                       "average score (1.0: never)", "score", _SWEEP_ORPHAN)
    entity_weight: float = _f(0.06, "per shared rare name (idf-weighted), capped at ``max_entity_bonus``",
                              "score per idf")
    max_entity_bonus: float = _f(0.09, "cap of the shared-name bonus", "score")
    value_weight: float = _f(0.02, "per shared count / amount, at most 2 counted", "score per value")
    day_weight: float = _f(0.02, "a day both name (not just their publication day)", "score")
    day_conflict_penalty: float = _f(0.05, "both name days of their own, none in common", "score")
    lead_penalty: float = _f(0.15, "briefs whose lead people differ, one not naming the other's", "score",
                             _SWEEP_EVENTS)
    brief_claims: int = _f(3, "a brief (a blurb, a news flash) has at most this many claims", "claims")
    max_vetoed_share: float = _f(0.3, "two groups are never one event when time rules out this share of "
                                      "their pairs", "share", _SWEEP_EVENTS)
    disjoint_penalty: float = _f(0.08, "both name places/people, none in common (countries included)", "score")
    window_days: int = _f(14, "publications further apart need a recalled day in common", "days")
    day_slack: int = _f(1, "\"same day\" across time zones", "days")
    max_entity_share: float = _f(0.2, "names in more documents than this share of the feed carry no weight",
                                 "share")
    headline_weight: float = _f(3.0, "weight of the headline in the document vector (the mean of its claims')",
                                "weight")
    lead_weight: float = _f(2.0, "weight of each of the first ``lead_claims`` claims in the document vector",
                            "weight")
    lead_claims: int = _f(3, "claims that make the lead (after them a claim weighs 1)", "claims")
    lead_people_claims: int = _f(2, "the story's lead person is the first person named in this many first claims",
                                 "claims")


@dataclass(frozen=True)
class CompareConfig:
    """Comparing the values of aligned claims (:mod:`reconcile.compare`)."""

    conflict_min_score: float = _f(0.84, "a conflict is only claimed between two claims aligned at least "
                                         "this confidently (their pair score); kept just under "
                                         "``align.threshold`` (0.845): loosely related claims are compared for "
                                         "agreement, not accused", "score (as align's)")
    context_words: int = _f(6, "words either side of a fact that make up its context", "words")
    context_min_similarity: float = _f(0.82, "two values are only contradictory when their embedded contexts "
                                             "are at least this similar", "cosine", _SWEEP_COMPARE)
    tally_min_context: float = _f(0.95, "two figures of a running tally contradict only when stated in "
                                        "near-identical words", "cosine", _SWEEP_COMPARE)
    near_identical_ratio: int = _f(85, "same-language contexts this alike (digits masked) are one statement "
                                         "quoted twice", "rapidfuzz token-sort ratio, 0-100", _SWEEP_COMPARE)
    money_tolerance: float = _f(0.005, "exact amounts this far apart are a rounding, not a conflict",
                                "relative difference")
    estimate_tolerance: float = _f(0.10, "\"about $50 million\" is compatible with an amount this close",
                                   "relative difference")
    approx_tolerance: float = _f(0.10, "\"about 100,000\" and a figure this close are one figure",
                                 "relative difference")
    approx_minutes: int = _f(10, "\"about 11:15\" is compatible with a time this close", "minutes")
    max_time_gap_minutes: int = _f(90, "two clock times further apart are two moments", "minutes")
    max_ratio_quantity: float = _f(5.0, "counts further apart than this ratio are about different things",
                                   "ratio")
    max_ratio_money: float = _f(2.5, "amounts further apart than this ratio are about different things "
                                     "(a 1000x scale slip still conflicts)", "ratio")
    max_ratio_duration: float = _f(2.0, "durations further apart than this ratio are different lengths",
                                   "ratio", _SWEEP_COMPARE)
    max_date_gap_days: int = _f(14, "two full dates further apart are different events", "days")
    max_ordinal_gap: int = _f(3, "ordinals further apart are about different things", "ordinal steps")
    max_magnitude_gap: float = _f(0.5, "two magnitudes further apart are two quakes", "magnitude units")
    org_min_cosine: float = _f(0.90, "two organisation names with one head concept (office, federation, "
                                     "airport) whose embedded strings are this alike name one organisation "
                                     "(a variant finding, :mod:`reconcile.org_link`)", "cosine", _SWEEP_ORGS)
    event_agreement_min: float = _f(10, "a figure of a known counted thing (or an amount) given by two documents "
                                         "in claims that did not align agrees across the event when at least this "
                                         "large (0: off; :mod:`reconcile.event_agreements`)", "count",
                                    "scripts/sweep_event_agreements.py")
    entity_conflicts: bool = _f(True, "another place or organisation in the same words of two aligned "
                                      "same-language claims is a conflict (:mod:`reconcile.substitutions`)",
                                "on/off", _SWEEP_SUBSTITUTIONS)
    entity_context_words: int = _f(4, "words either side of the two names compared", "words", _SWEEP_SUBSTITUTIONS)
    entity_context_min_ratio: int = _f(85, "the words around the two names (names and figures masked) at least "
                                           "this alike", "rapidfuzz token-sort ratio, 0-100", _SWEEP_SUBSTITUTIONS)
    entity_slot_min_ratio: int = _f(80, "the two words just before each name at least this alike (one slot)",
                                    "rapidfuzz ratio, 0-100", _SWEEP_SUBSTITUTIONS)
    entity_spelling_min_ratio: int = _f(70, "names (without their shared words) at least this alike are "
                                            "spellings of one name, not two names", "rapidfuzz ratio, 0-100")


@dataclass(frozen=True)
class AnchorConfig:
    """Reference dates of documents (:mod:`reconcile.anchor`)."""

    dateline_window: int = _f(400, "a full date this close to the start of the body counts as the dateline",
                              "characters")
    vote_window_days: int = _f(7, "a borrowed anchor is the date with most votes within this many days of it",
                               "days")


@dataclass(frozen=True)
class CheckConfig:
    """``reconcile check`` against a corpus (:mod:`reconcile.check`); its cosine floor is ``align.min_cosine``."""

    k_neighbours: int = _f(10, "nearest corpus documents taken per new claim", "documents")
    max_corpus_docs: int = _f(20, "corpus documents compared with the new articles at most", "documents")


@dataclass(frozen=True)
class LimitsConfig:
    """Input limits (:mod:`reconcile.ingest`)."""

    max_bytes: int = _f(1_000_000, "an article larger than this is skipped with its size (``--max-bytes`` "
                                   "overrides)", "bytes")


@dataclass(frozen=True)
class Config:
    """The whole configuration: one section per stage."""

    align: AlignConfig = field(default_factory=AlignConfig)
    events: EventConfig = field(default_factory=EventConfig)
    compare: CompareConfig = field(default_factory=CompareConfig)
    anchor: AnchorConfig = field(default_factory=AnchorConfig)
    check: CheckConfig = field(default_factory=CheckConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Every section and field, as recorded in report metadata."""
        return dataclasses.asdict(self)


DEFAULT = Config()
#: Top-level keys of reconcile.toml that are not part of :class:`Config`.
OTHER_KEYS = ("model",)


class ConfigError(ReconcileError):
    """A configuration file that cannot be read, or names an unknown section or field (exit 2)."""


def _typed(where: str, f: dataclasses.Field, value: Any) -> Any:
    """``value`` as the field's type (an int for a float field is fine; a bool is never a number)."""
    kind = type(f.default)
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not ok:
        raise ConfigError(f"{where}: expected {kind.__name__}, got {value!r}")
    return kind(value)


def from_mapping(data: Mapping[str, Any], source: str = "config") -> Config:
    """A Config from parsed TOML: ``{section: {field: value}}``; unknown names are errors."""
    sections = {f.name: f for f in dataclasses.fields(Config)}
    out = {}
    for name, table in data.items():
        if name in OTHER_KEYS:
            continue
        if name not in sections:
            raise ConfigError(f"{source}: unknown section or key {name!r} (known: "
                              f"{', '.join([*sections, *OTHER_KEYS])})")
        if not isinstance(table, Mapping):
            raise ConfigError(f"{source}: [{name}] must be a table of settings, got {table!r}")
        cls = sections[name].default_factory
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values = {}
        for key, value in table.items():
            if key not in fields:
                raise ConfigError(f"{source}: unknown setting {name}.{key} (see docs/config.md)")
            values[key] = _typed(f"{source}: {name}.{key}", fields[key], value)
        out[name] = cls(**values)
    return Config(**out)


def load(path: str | Path | None = None) -> Config:
    """The config of ``path`` (``--config FILE``), else of ./reconcile.toml when there is one, else defaults."""
    if path is None:
        path = Path("reconcile.toml")
        if not path.is_file():
            return DEFAULT
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return from_mapping(data, str(path))


def config_option(fn):
    """``--config FILE`` for a click command (``report``, ``check``): a malformed file or an unknown
    setting is a one-line error, exit 2."""
    import click

    return click.option("--config", "config_file", default=None, metavar="FILE", type=click.Path(dir_okay=False),
                        help="settings file (TOML, see docs/config.md; default: ./reconcile.toml if present).")(fn)


def describe() -> str:
    """The reference table of every field (``docs/config.md`` embeds it; a test keeps it current)."""
    lines = []
    for section in dataclasses.fields(Config):
        cls = section.default_factory
        lines += [f"### [{section.name}]", "", (cls.__doc__ or "").strip(), "",
                  "| setting | default | unit | meaning | default from |", "|---|---|---|---|---|"]
        for f in dataclasses.fields(cls):
            md = f.metadata
            lines.append(f"| `{f.name}` | `{f.default!r}` | {md['unit']} | {md['doc'].replace('|', '/')} "
                         f"| {md['source']} |")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value == float("inf"):
        return "inf"
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)


def example_toml() -> str:
    """``reconcile.toml`` with every field at its default and its unit (a test keeps the file current)."""
    lines = ["# reconcile settings: every field at its default (see docs/config.md for units and sources).",
             "# `reconcile report` and `reconcile check` read ./reconcile.toml, or the file given with --config FILE;",
             "# a section or setting left out keeps its default; an unknown one is an error (exit 2).",
             '# model = "multilingual-e5-small"   # the embedding model (as --model); not part of the report config']
    for section in dataclasses.fields(Config):
        lines += ["", f"[{section.name}]"]
        for f in dataclasses.fields(section.default_factory):
            lines.append(f"{f.name} = {_toml_value(f.default)}   # {f.metadata['unit']}")
    return "\n".join(lines) + "\n"
