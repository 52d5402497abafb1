"""The one Config: defaults, reconcile.toml / --config overrides, errors, and metadata (#18)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile import config as cfgmod
from reconcile.cli import cli
from reconcile.config import DEFAULT, AlignConfig, CompareConfig, Config, ConfigError, from_mapping, load
from reconcile.facts.year import LATEST, VALUE_EARLIEST, WRITTEN_EARLIEST, is_bare_year

ROOT = Path(__file__).resolve().parents[1]
GOOD = ("---\nlanguage: en\npublished: 2023-03-08\n---\nPort deal signed\n\n"
        "The transport ministers of Kenya and Tanzania signed the port agreement in Mombasa on "
        "Wednesday, 8 March 2023.\nThe new container terminal will cost {} according to the ministry.\n")


def test_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)                      # no reconcile.toml here
    assert load() is DEFAULT
    assert (DEFAULT.align.threshold, DEFAULT.align.strong_threshold, DEFAULT.align.min_cosine) == (0.845, 0.88, 0.80)
    assert DEFAULT.align.max_shared_counted == 3
    assert (DEFAULT.compare.conflict_min_score, DEFAULT.compare.context_min_similarity) == (0.84, 0.82)
    assert (DEFAULT.anchor.vote_window_days, DEFAULT.anchor.dateline_window) == (7, 400)
    assert (DEFAULT.check.k_neighbours, DEFAULT.check.max_corpus_docs) == (10, 20)
    assert DEFAULT.events.orphan_threshold == 0.45


def test_limits_default_is_ingests():
    from reconcile.ingest import DEFAULT_MAX_BYTES

    assert DEFAULT.limits.max_bytes == DEFAULT_MAX_BYTES == 1_000_000


def test_dead_knobs_are_gone():
    names = {f.name for f in dataclasses.fields(AlignConfig)}
    assert not names & {"k_margin", "margin_weight", "entity_penalty"}


def test_every_field_is_documented():
    for section in dataclasses.fields(Config):
        for f in dataclasses.fields(section.default_factory):
            assert f.metadata.get("doc") and f.metadata.get("unit") and f.metadata.get("source"), f.name


def test_toml_overrides_only_what_it_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reconcile.toml").write_text('model = "hashing"\n[align]\nthreshold = 0.9\nmax_rank = 1\n'
                                             '[compare]\nmax_ratio_money = 3\n', encoding="utf-8")
    got = load()
    assert got.align == dataclasses.replace(AlignConfig(), threshold=0.9, max_rank=1)
    assert got.compare == dataclasses.replace(CompareConfig(), max_ratio_money=3.0)
    assert isinstance(got.compare.max_ratio_money, float)
    assert (got.events, got.anchor, got.check, got.limits) == (DEFAULT.events, DEFAULT.anchor, DEFAULT.check,
                                                                DEFAULT.limits)
    assert load(tmp_path / "reconcile.toml") == got


def test_unknown_setting_is_an_error():
    with pytest.raises(ConfigError) as e:
        from_mapping({"align": {"thresh": 0.9}}, "x.toml")
    assert str(e.value) == "x.toml: unknown setting align.thresh (see docs/config.md)"
    with pytest.raises(ConfigError) as e:
        from_mapping({"alignment": {}}, "x.toml")
    assert str(e.value) == ("x.toml: unknown section or key 'alignment' (known: align, events, compare, anchor, "
                            "check, limits, model)")
    assert e.value.exit_code == 2


def test_wrong_type_is_an_error():
    with pytest.raises(ConfigError, match=r"^x.toml: align.threshold: expected float, got 'high'$"):
        from_mapping({"align": {"threshold": "high"}}, "x.toml")
    with pytest.raises(ConfigError, match=r"^x.toml: align.max_rank: expected int, got 1.5$"):
        from_mapping({"align": {"max_rank": 1.5}}, "x.toml")
    with pytest.raises(ConfigError, match=r"^x.toml: align.mutual_best: expected bool, got 1$"):
        from_mapping({"align": {"mutual_best": 1}}, "x.toml")
    with pytest.raises(ConfigError, match=r"^x.toml: \[align\] must be a table of settings, got 3$"):
        from_mapping({"align": 3}, "x.toml")


def test_malformed_file_is_an_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[align\nthreshold = 0.9\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load(bad)
    assert str(e.value).startswith(f"{bad}: ") and "\n" not in str(e.value)
    with pytest.raises(ConfigError, match="No such file"):
        load(tmp_path / "missing.toml")


def _articles(tmp_path) -> list[str]:
    (tmp_path / "a.txt").write_text(GOOD.format("$120 million"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.format("$150 million"), encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.mark.parametrize("text,message", [
    ("[align]\nthresh = 1\n", "unknown setting align.thresh (see docs/config.md)"),
    ("[align\n", "Expected ']' at the end of a table declaration (at line 1, column 7)"),
])
@pytest.mark.parametrize("command", ["report", "check", "index build", "index add"])
def test_cli_config_error_is_exit_2(tmp_path, monkeypatch, command, text, message):
    monkeypatch.chdir(tmp_path)
    paths = _articles(tmp_path)
    (tmp_path / "c.toml").write_text(text, encoding="utf-8")
    args = {"report": ["report", *paths, "-q", "--format", "json", "-o", "r.json"],
            "check": ["check", paths[0], "--against", paths[1]],
            "index build": ["index", "build", *paths, "--index", "ix"],
            "index add": ["index", "add", paths[0], "--index", "ix"]}[command]
    r = CliRunner().invoke(cli, [*args, "--model", "hashing", "--config", "c.toml"])
    assert r.exit_code == 2
    assert r.output.strip() == f"reconcile: error: c.toml: {message}"


def test_report_records_the_whole_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = _articles(tmp_path)
    (tmp_path / "c.toml").write_text("[align]\nthreshold = 0.9\n[limits]\nmax_bytes = 5000\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", *paths, "--model", "hashing", "--cache-dir", str(tmp_path / "cache"),
                                 "-q", "--format", "json", "-o", "r.json", "--config", "c.toml"],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "r.json").read_text("utf-8"))["metadata"]
    want = Config(align=AlignConfig(threshold=0.9), limits=cfgmod.LimitsConfig(max_bytes=5000)).to_dict()
    assert meta["config"] == json.loads(json.dumps(want))
    assert meta["align"] == want["align"] and meta["events"] == {"grouped": True, **want["events"]}


def test_config_limits_bound_article_size(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = _articles(tmp_path)
    (tmp_path / "reconcile.toml").write_text("[limits]\nmax_bytes = 100\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", *paths, "--model", "hashing", "-q", "--format", "json", "-o", "r.json"])
    assert r.exit_code == 2 and "too large" in r.output and "the limit is 100" in r.output
    r = CliRunner().invoke(cli, ["report", *paths, "--model", "hashing", "--cache-dir", str(tmp_path / "cache"),
                                 "-q", "--format", "json", "-o", "r.json", "--max-bytes", "100000"])
    assert r.exit_code == 0, r.output                # --max-bytes wins over the file


def test_repository_reconcile_toml_is_the_defaults():
    assert load(ROOT / "reconcile.toml") == DEFAULT
    # every field written out, with its unit: a new setting shows up in the example file
    assert (ROOT / "reconcile.toml").read_text("utf-8") == cfgmod.example_toml(), \
        "reconcile.toml is stale: write reconcile.config.example_toml() to it"


def test_docs_list_every_field():
    doc = (ROOT / "docs" / "config.md").read_text("utf-8")
    assert cfgmod.describe() in doc, "docs/config.md is stale: paste reconcile.config.describe()"


@pytest.mark.parametrize("n,earliest,whole,want", [
    (1899, VALUE_EARLIEST, False, False), (1900, VALUE_EARLIEST, False, True), (2100, VALUE_EARLIEST, False, True),
    (2101, VALUE_EARLIEST, False, False), (1999.5, VALUE_EARLIEST, False, True),
    (1999.5, VALUE_EARLIEST, True, False), (2023.0, VALUE_EARLIEST, True, True),
    (999, WRITTEN_EARLIEST, False, False), (1000, WRITTEN_EARLIEST, False, True),
    (1453, WRITTEN_EARLIEST, False, True), (1453, VALUE_EARLIEST, False, False),
])
def test_bare_year_bounds(n, earliest, whole, want):
    assert is_bare_year(n, earliest=earliest, whole=whole) is want
    assert (VALUE_EARLIEST, WRITTEN_EARLIEST, LATEST) == (1900, 1000, 2100)
