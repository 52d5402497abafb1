"""Stage 1: loading files, folders and manifests; every bad input gets a one-line reason."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.ingest import load_documents

INPUTS = Path(__file__).parent / "cases" / "inputs"
GOOD, BAD = INPUTS / "good", INPUTS / "bad"
SEEDS = Path(__file__).parent.parent / "seeds"


def test_good_folder_loads_everything_sorted_and_ignores_other_extensions():
    docs, skipped = load_documents([GOOD])
    assert skipped == []
    assert [d.id for d in docs] == ["crlf_bom", "datetime", "front_matter", "itn-en-1", "itn-fr-1", "plain"]
    assert all(not d.path.endswith(".csv") for d in docs)


def test_front_matter_fields_and_body_offset():
    (doc,), _ = load_documents([GOOD / "front_matter.md"], strict=True)
    assert doc.title == "Gantz arrives in Rabat"
    assert doc.source == "Example Wire" and doc.url == "https://example.org/a"
    assert doc.published == dt.date(2021, 11, 24)
    assert doc.language == "en"
    assert doc.text == (GOOD / "front_matter.md").read_text(encoding="utf-8")
    assert doc.text[doc.body_offset:].startswith("Israel and Morocco sign defence pact\n")


def test_published_datetime_string_becomes_date():
    (doc,), _ = load_documents([GOOD / "datetime.md"], strict=True)
    assert doc.published == dt.date(2021, 11, 24)
    assert doc.language is None


def test_text_matches_what_the_scorer_reads_crlf_and_bom():
    path = GOOD / "crlf_bom.txt"
    (doc,), _ = load_documents([path], strict=True)
    with open(path, encoding="utf-8") as fh:  # exactly how shared/eval/score.py reads documents
        assert doc.text == fh.read()
    assert doc.text[0] == "\ufeff" and "\r" not in doc.text


def test_seed_texts_are_the_raw_files():
    docs, skipped = load_documents([SEEDS], strict=True)
    assert len(docs) == 5 and not skipped
    for doc in docs:
        with open(SEEDS / f"{doc.id}.txt", encoding="utf-8") as fh:
            assert doc.text == fh.read()
        assert doc.body_offset == 0


def test_jsonl_manifest_documents():
    docs, _ = load_documents([GOOD / "manifest.jsonl"], strict=True)
    assert [d.id for d in docs] == ["itn-en-1", "itn-fr-1"]
    assert docs[0].path.endswith("manifest.jsonl#itn-en-1")
    assert docs[1].language == "fr" and docs[1].published == dt.date(2022, 10, 20)
    assert docs[0].text.startswith("Amid a government crisis")


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("whitespace.txt", "empty file"),
    ("binary.txt", "binary file"),
    ("latin1.txt", "not UTF-8 text: invalid byte 0xe9 at byte offset 16"),
    ("fm_unterminated.md", "malformed front matter: no closing '---' line"),
    ("fm_yaml_error.md", "malformed front matter: invalid YAML"),
    ("fm_not_mapping.md", "malformed front matter: expected key: value pairs, got a list"),
    ("fm_bad_published.md", "invalid 'published' date 'last Tuesday'"),
    ("fm_bad_language.md", "unknown language code 'de'"),
    ("fm_only.md", "no text after the front matter"),
    ("report.pdf", "unsupported file type '.pdf'"),
])
def test_bad_file_one_line_reason_naming_the_file(name, reason):
    path = BAD / name
    with pytest.raises(InputError) as info:
        load_documents([path], strict=True)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ": ")
    assert reason in message
    docs, skipped = load_documents([path])
    assert docs == [] and len(skipped) == 1
    assert skipped[0].path == str(path) and reason in skipped[0].reason


def test_missing_path():
    with pytest.raises(InputError, match=r"nope\.txt: no such file or folder"):
        load_documents([INPUTS / "nope.txt"], strict=True)


def test_non_strict_continues_after_bad_files():
    docs, skipped = load_documents([BAD / "empty.txt", GOOD / "plain.txt", INPUTS / "missing"])
    assert [d.id for d in docs] == ["plain"]
    assert [Path(s.path).name for s in skipped] == ["empty.txt", "missing"]


def test_bad_jsonl_lines_are_skipped_one_by_one():
    path = BAD / "lines.jsonl"
    docs, skipped = load_documents([path])
    assert [d.id for d in docs] == ["ok-1"]
    reasons = {s.path: s.reason for s in skipped}
    assert "malformed JSON line" in reasons[f"{path}:2"]
    assert "missing 'id'" in reasons[f"{path}:3"]
    assert "missing 'text'" in reasons[f"{path}:4"]
    assert "duplicate id 'ok-1'" in reasons[f"{path}:5"]
    assert "unknown language code 'xx'" in reasons[f"{path}#bad-lang"]
    assert "expected an object" in reasons[f"{path}:7"]
    with pytest.raises(InputError, match=r"lines\.jsonl:2: malformed JSON line"):
        load_documents([path], strict=True)


def test_duplicate_ids_across_files_skip_the_later(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("First article text about Rabat.", encoding="utf-8")
    (tmp_path / "b" / "x.md").write_text("Second article text about Rabat.", encoding="utf-8")
    docs, skipped = load_documents([tmp_path])
    assert [d.text for d in docs] == ["First article text about Rabat."]
    assert len(skipped) == 1 and "duplicate document id 'x'" in skipped[0].reason
    assert str(tmp_path / "a" / "x.txt") in skipped[0].reason


def test_same_file_twice_is_loaded_once():
    docs, skipped = load_documents([GOOD / "plain.txt", GOOD])
    assert [d.id for d in docs].count("plain") == 1 and skipped == []
