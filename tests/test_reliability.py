"""The bad-input and output-hygiene matrix of docs/reliability.md, one test per case: one line
naming the file and the reason, the documented exit code, the file under ``skipped``, and the
rest of the run kept. Runs on the HashingEmbedder (no model needed)."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli import cli
from reconcile.ingest import load_documents

GOOD = ("---\nlanguage: en\npublished: 2023-03-08\n---\nPort deal signed\n\n"
        "The transport ministers of Kenya and Tanzania signed the port agreement in Mombasa on "
        "Wednesday, 8 March 2023.\nThe new container terminal will cost {} according to the ministry.\n")


@pytest.fixture
def good(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD.format("$120 million"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.format("$150 million"), encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def report(tmp_path, *paths, extra=()):
    out = tmp_path / "r.json"
    r = CliRunner().invoke(cli, ["report", *map(str, paths), "--model", "hashing", "--cache-dir",
                                 str(tmp_path / "cache"), "--format", "json", "-o", str(out), "-q", *extra],
                           catch_exceptions=False)
    data = json.loads(out.read_text(encoding="utf-8")) if r.exit_code == 0 else None
    return r, data


def skipped(data) -> dict[str, str]:
    return {Path(s["path"]).name: s["reason"] for s in data["skipped"]}


def test_invalid_unquoted_published_date_is_skipped_not_a_traceback(tmp_path, good):
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: 2021-13-45\n---\nThe minister arrived in Rabat.\n", encoding="utf-8")
    r, data = report(tmp_path, *good, bad)
    assert r.exit_code == 0 and "Traceback" not in r.output
    assert f"skipped {bad}: malformed front matter: invalid value (month must be in 1..12)" in r.output
    assert set(skipped(data)) == {"bad.md"} and [d["id"] for d in data["documents"]] == ["a", "b"]


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_calendar_edge_anchor_with_relative_dates_runs(tmp_path, good, published):
    edge = tmp_path / "edge.md"
    edge.write_text(f"---\nlanguage: en\npublished: {published}\n---\nThe minister arrived yesterday and "
                    f"will leave tomorrow; talks continue next week and on Saturday.\n", encoding="utf-8")
    r, data = report(tmp_path, good[0], edge)
    assert r.exit_code == 0, r.output
    dates = [f for c in data["claims"] if c["doc"] == "edge" for f in c["facts"] if f["type"] == "date"]
    assert dates and all(f["value"] is None or 1 <= int(f["value"][:4]) <= 9999 for f in dates)


def test_deeply_nested_jsonl_line_is_skipped_and_the_rest_kept(tmp_path, good):
    m = tmp_path / "m.jsonl"
    m.write_text('{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                 + json.dumps({"id": "ok", "text": "The minister arrived in Mombasa on Monday, 6 March 2023.",
                               "language": "en"}) + "\n", encoding="utf-8")
    r, data = report(tmp_path, good[0], m)
    assert r.exit_code == 0
    assert skipped(data) == {"m.jsonl:1": "malformed JSON line: nested more than 64 levels deep"}
    assert [d["id"] for d in data["documents"]] == ["a", "ok"]


def test_non_string_model_in_reconcile_toml_is_exit_2(tmp_path, good, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reconcile.toml").write_text("model = 42\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", *good, "-q", "--format", "json", "-o", "r.json"])
    assert r.exit_code == 2
    assert r.output.strip() == "reconcile: error: reconcile.toml: 'model' must be a model name or folder " \
                               "(a string), got 42"


def test_cache_dir_that_is_a_file_is_exit_2(tmp_path, good):
    f = tmp_path / "cachefile"
    f.write_text("x", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", *good, "--model", "hashing", "--cache-dir", str(f), "-q",
                                 "--format", "json", "-o", str(tmp_path / "r.json")])
    assert r.exit_code == 2 and r.output.strip() == f"reconcile: error: --cache-dir {f}: is a file, expected a folder"


def test_sole_article_in_unsupported_language_is_exit_2(tmp_path):
    ja = tmp_path / "ja.txt"
    ja.write_text("これは日本語の記事です。大臣は水曜日にラバトに到着しました。\n", encoding="utf-8")
    r, _ = report(tmp_path, ja)
    assert r.exit_code == 2
    assert r.output.startswith(f"reconcile: error: {ja}: no usable document ({ja}: cannot identify the language")


def test_links_and_unreadable_folders_are_listed_under_skipped(tmp_path, good, monkeypatch):
    d = tmp_path / "corpus"
    (d / "locked").mkdir(parents=True)
    (d / "a.txt").write_text(GOOD.format("$1 million"), encoding="utf-8")
    (d / "locked" / "x.txt").write_text(GOOD.format("$2 million"), encoding="utf-8")
    os.symlink("nowhere.txt", d / "broken.txt")
    os.symlink("loop.txt", d / "loop.txt")
    os.symlink(tmp_path, d / "linked")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, sk = load_documents([d, good[1]])
    assert [doc.id for doc in docs] == ["a", "b"]
    assert {Path(s.path).name: s.reason for s in sk} == {
        "locked": "cannot read folder: Permission denied",
        "broken.txt": "broken or looping symbolic link",
        "loop.txt": "broken or looping symbolic link",
        "linked": "symbolic link to a folder: not followed (name the folder itself)",
    }


def test_terminal_format_with_output_writes_the_view(tmp_path):
    same = "The transport ministers of Kenya and Tanzania signed the port agreement in Mombasa on Wednesday, 8 March 2023."
    for name, cost in (("a", "$120 million"), ("b", "$150 million")):
        (tmp_path / f"{name}.txt").write_text(f"---\nlanguage: en\n---\n{same}\nThe terminal will cost {cost}.\n",
                                              encoding="utf-8")
    out = tmp_path / "view.txt"
    r = CliRunner().invoke(cli, ["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--model", "hashing",
                                 "--cache-dir", str(tmp_path / "c"), "-o", str(out), "-q"], catch_exceptions=False)
    assert r.exit_code == 0 and f"wrote {out}" in r.output
    text = out.read_text(encoding="utf-8")
    assert "reconcile report" in text and "\x1b" not in text


def test_utf16_with_bom_is_decoded(tmp_path):
    for enc in ("utf-16", "utf-16-be"):
        p = tmp_path / f"{enc}.txt"
        body = "The minister arrived in Rabat on Wednesday, 24 November 2021.\r\nTalks began.\n"
        p.write_bytes(("\ufeff" + body).encode(enc) if enc.endswith("be") else body.encode(enc))  # one BOM
        docs, sk = load_documents([p])
        assert sk == [] and docs[0].text == body.replace("\r\n", "\n")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe" + "abc".encode("utf-16-le") + b"\x00\xd8")   # lone surrogate
    docs, sk = load_documents([broken])
    assert docs == [] and sk[0].reason.startswith("not valid UTF-16 text")


def test_baseline_folder_is_exit_2_and_missing_baseline_warns(tmp_path, good):
    idx = tmp_path / "idx"
    r = CliRunner().invoke(cli, ["index", "build", good[0], "--index", str(idx), "--model", "hashing",
                                 "--cache-dir", str(tmp_path / "c")])
    assert r.exit_code == 0, r.output
    common = ["check", good[1], "--against", str(idx), "--model", "hashing", "--cache-dir", str(tmp_path / "c")]
    r = CliRunner().invoke(cli, [*common, "--baseline", str(tmp_path)])
    assert r.exit_code == 2 and r.output.strip() == f"reconcile: error: {tmp_path}: baseline is a folder, expected a JSON file"
    r = CliRunner().invoke(cli, [*common, "--baseline", str(tmp_path / "none.json"), "--format", "json"])
    assert r.exit_code in (0, 1)
    assert f"reconcile: warning: baseline {tmp_path / 'none.json'} not found" in r.output


def test_index_folder_without_its_database_names_the_fix(tmp_path, good):
    idx = tmp_path / "idx"
    CliRunner().invoke(cli, ["index", "build", good[0], "--index", str(idx), "--model", "hashing",
                             "--cache-dir", str(tmp_path / "c")])
    for p in idx.glob("index.sqlite*"):
        p.unlink()
    r = CliRunner().invoke(cli, ["check", good[1], "--against", str(idx), "--model", "hashing"])
    assert r.exit_code == 2
    assert "without its index.sqlite" in r.output and "reconcile index build --rebuild" in r.output


def test_max_bytes_skips_a_large_article(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text("The minister arrived. " * 100, encoding="utf-8")
    r, data = report(tmp_path, *good, big, extra=["--max-bytes", "1000"])
    assert r.exit_code == 0
    assert skipped(data) == {"big.txt": "too large (2,200 bytes; the limit is 1,000, see --max-bytes)"}
    r, _ = report(tmp_path, big, extra=["--max-bytes", "1000"])
    assert r.exit_code == 2 and "too large" in r.output


def test_internal_error_is_exit_3_with_a_hint_and_debug_shows_the_traceback(tmp_path, good, monkeypatch):
    import reconcile.pipeline as pipeline

    def boom(*a, **k):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(pipeline, "run_documents", boom)
    r = CliRunner().invoke(cli, ["report", *good, "--model", "hashing", "-q"])
    assert r.exit_code == 3
    assert r.output == ("reconcile: internal error: ZeroDivisionError: division by zero "
                        "(rerun as `reconcile --debug ...` for the traceback)\n")
    r = CliRunner().invoke(cli, ["--debug", "report", *good, "--model", "hashing", "-q"])
    assert isinstance(r.exception, ZeroDivisionError)


# --------------------------------------------------------------------------- output hygiene

HOSTILE = ("The minister said =HYPERLINK(\"http://x\",\"y\") and \x1b[2J\x1b]0;owned\x07 on Monday, 6 March 2023.\n"
           "@SUM(1+1) The port will cost $120 million.\n+cmd -2+3+cmd The port deal was signed on 8 March 2023.\n")


@pytest.fixture
def hostile(tmp_path):
    for name in ("h1", "h2"):
        (tmp_path / f"{name}.txt").write_text("---\nlanguage: en\n---\n" + HOSTILE, encoding="utf-8")
    return [str(tmp_path / "h1.txt"), str(tmp_path / "h2.txt")]


def test_csv_cells_are_neutralized(tmp_path, hostile):
    r = CliRunner().invoke(cli, ["report", *hostile, "--model", "hashing", "--cache-dir", str(tmp_path / "c"),
                                 "--format", "csv", "-o", str(tmp_path / "out"), "-q"], catch_exceptions=False)
    assert r.exit_code == 0
    raw = (tmp_path / "out.claims.csv").read_text(encoding="utf-8")
    assert "\x1b" not in raw and "\x07" not in raw
    rows = list(csv.DictReader(raw.splitlines()))
    texts = [row["text"] for row in rows]
    assert all(not t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)
    assert {t[:2] for t in texts if t.startswith("'")} == {"'@", "'+"}
    assert any("\u241b[2J" in t for t in texts)     # ESC made visible, not silently dropped


def test_markdown_and_terminal_carry_no_escape_bytes(tmp_path, hostile):
    md = tmp_path / "r.md"
    r = CliRunner().invoke(cli, ["report", *hostile, "--model", "hashing", "--cache-dir", str(tmp_path / "c"),
                                 "--format", "md", "-o", str(md)], catch_exceptions=False)
    assert r.exit_code == 0
    text = md.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text
    if "[2J" in text:                                   # quoted: made visible, md-escaped
        assert "\u241b\\[2J" in text
    assert "\x1b" not in r.output.replace("\x1b[", "")       # rich's own styling only
    assert "\x1b[2J" not in r.output and "\x1b]0;" not in r.output


def test_claims_command_carries_no_escape_bytes(tmp_path, hostile):
    r = CliRunner().invoke(cli, ["claims", hostile[0]], catch_exceptions=False)
    assert r.exit_code == 0
    assert "\x1b[2J" not in r.output and "\x1b]0;" not in r.output and "\x07" not in r.output
    assert "\u241b[2J" in r.output


def test_sanitizer_keeps_offsets():
    from reconcile.render.sanitize import csv_cell, visible_controls

    s = "a\x1b[2J\x07b\x9bc\td\ne\x7f"
    v = visible_controls(s)
    assert len(v) == len(s) and v == "a\u241b[2J\u2407b\ufffdc\td\ne\u2421"
    assert [csv_cell(x) for x in ("=1+1", "+1", "-1", "@A", "\tx", "\rx", "ok", 5)] == \
        ["'=1+1", "'+1", "'-1", "'@A", "'\tx", "\u240dx", "ok", 5]


# --------------------------------------------------------------------------- scaling

def test_entity_linking_work_grows_linearly_with_a_long_line(monkeypatch):
    """Pair comparisons of the linker for one line of n vs 4n characters: <= 5x, not 16x."""
    import reconcile.link as entity
    from reconcile.pipeline import link_entities, prepare_documents
    from reconcile.types import Document

    para = ("Menteri pertahanan Israel Benny Gantz tiba di Rabat, Ibu Kota Maroko, pada Selasa (23/11). "
            "Gantz bertemu Abdellatif Loudiyi dan Nasser Bourita. Kesepakatan itu ditandatangani di Rabat. ")
    counts = {}
    for size in (20_000, 80_000):
        calls = [0]
        for name in ("_same_single", "_surname_of", "_same_full_name"):
            real = getattr(entity, name)

            def counted(*a, _real=real):
                calls[0] += 1
                return _real(*a)

            monkeypatch.setattr(entity, name, counted)
        text = (para * (size // len(para) + 1))[:size]
        prep = prepare_documents([Document(id="x", path="x.txt", text=text, language="id")])
        link_entities(prep.claims, {"x": text})
        counts[size] = calls[0]
        monkeypatch.undo()
    assert counts[80_000] <= 5 * counts[20_000], counts


def test_os_error_is_exit_2_naming_the_file(tmp_path, good, monkeypatch):
    import reconcile.pipeline as pipeline

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied", "/some/file")

    monkeypatch.setattr(pipeline, "run_documents", denied)
    r = CliRunner().invoke(cli, ["report", *good, "--model", "hashing", "-q"])
    assert r.exit_code == 2 and r.output == "reconcile: error: /some/file: Permission denied\n"


def test_a_line_without_sentence_punctuation_is_cut_into_bounded_pieces():
    from reconcile.segment import MAX_SENTENCE_CHARS, segment
    from reconcile.types import Document, Span

    words = [f"kata{n} Jakarta Rp {n} juta" for n in range(900)]
    text = "Judul\n" + " ".join(words) + "\n"
    doc = Document(id="x", path="x.txt", text=text, language="id")
    sents = segment(doc, [Span(0, len(text))], "id")
    body = [s for s in sents if s.paragraph == 1]
    least = -(-len(" ".join(words)) // MAX_SENTENCE_CHARS)
    assert least <= len(body) <= 2 * least                    # every cut after more than half the limit
    assert all(len(s.text) <= MAX_SENTENCE_CHARS and s.text == text[s.start:s.end] for s in body)
    assert all(text[s.end] in " \n" for s in body)            # cut at whitespace, never inside a word
    assert " ".join(s.text for s in body) == " ".join(words)  # nothing lost, in order


def test_file_names_with_control_characters_are_shown_visibly(tmp_path, good):
    bad = tmp_path / "evil\x1b[2J.txt"
    bad.write_bytes(b"")
    r, data = report(tmp_path, *good, bad)
    assert r.exit_code == 0 and "\x1b[2J" not in r.output
    assert "skipped " + str(tmp_path / "evil\u241b[2J.txt") + ": empty file" in r.output
