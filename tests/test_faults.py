"""Fault injection: a kill, a full disk, a locked or vanished cache, a truncated index, a corrupt
model. In every case nothing good is lost and the message says what happened (docs/reliability.md).
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from reconcile import atomic
from reconcile.cli import cli
from reconcile.embed import CachedEmbedder, EmbeddingCache, HashingEmbedder, weights_digest
from reconcile.errors import CacheError, ModelError, OutputError
from reconcile.index import DB_NAME, Index, build_index

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("---\nlanguage: en\npublished: 2023-03-08\n---\nPort deal signed\n\n"
           "The transport ministers of Kenya and Tanzania signed the port agreement in Mombasa on "
           "Wednesday, 8 March 2023.\nThe new container terminal will cost {} according to the ministry.\n")


def articles(tmp: Path) -> list[str]:
    (tmp / "a.txt").write_text(ARTICLE.format("$120 million"), encoding="utf-8")
    (tmp / "b.txt").write_text(ARTICLE.format("$150 million"), encoding="utf-8")
    return [str(tmp / "a.txt"), str(tmp / "b.txt")]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# --------------------------------------------------------------------------- atomic writes

def test_kill_during_write_keeps_the_previous_file(tmp_path):
    target = tmp_path / "report.json"
    target.write_text('{"old": true}\n', encoding="utf-8")
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from reconcile.atomic import atomic_path
        with atomic_path({str(target)!r}) as tmp:
            with open(tmp, "w") as fh:
                fh.write("x" * 1_000_000)
                fh.flush()
                os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == -9
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'


def test_full_disk_keeps_the_previous_report_and_exits_2(tmp_path, monkeypatch):
    paths = articles(tmp_path)
    out = tmp_path / "r.json"
    out.write_text("previous\n", encoding="utf-8")

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_sync_file", full)
    r = invoke("report", *paths, "--model", "hashing", "--cache-dir", str(tmp_path / "c"),
               "--format", "json", "-o", str(out), "-q")
    assert r.exit_code == 2
    assert "No space left on device" in r.output and "previous file" in r.output and "Traceback" not in r.output
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.json")] == []   # no temp file left


def test_csv_pair_is_replaced_together_or_not_at_all(tmp_path, monkeypatch):
    paths = articles(tmp_path)
    stem = tmp_path / "out" / "r"
    invoke("report", *paths, "--model", "hashing", "--cache-dir", str(tmp_path / "c"),
           "--format", "csv", "-o", str(stem), "-q")
    assert sorted(p.name for p in stem.parent.iterdir()) == ["r.claims.csv", "r.findings.csv"]
    for p in stem.parent.iterdir():
        p.write_bytes(b"old " + p.name.encode())
    before = {p.name: p.read_bytes() for p in stem.parent.iterdir()}
    import reconcile.render.table as table

    def full(report):      # the second file fails after the first is complete
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(table, "claims_frame", full)
    r = invoke("report", *paths, "--model", "hashing", "--cache-dir", str(tmp_path / "c"),
               "--format", "csv", "-o", str(stem), "-q")
    assert r.exit_code == 2
    assert {p.name: p.read_bytes() for p in stem.parent.iterdir()} == before


def test_interrupted_render_keeps_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "x.md"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic.atomic_path(out) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "old\n"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("where", ["folder", "under_a_file", "read_only"])
def test_unwritable_output_is_refused_before_the_run(tmp_path, monkeypatch, where):
    paths = articles(tmp_path)
    if where == "folder":
        out = tmp_path / "dir"
        out.mkdir()
        reason = "is a folder"
    elif where == "under_a_file":
        (tmp_path / "file").write_text("x", encoding="utf-8")
        out = tmp_path / "file" / "r.json"
        reason = "is a file, not a folder"
    else:
        out = tmp_path / "r.json"
        reason = "Read-only file system"

        def ro(*a, **k):
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(atomic.tempfile, "mkstemp", ro)
    ran = []
    import reconcile.pipeline as pipeline

    monkeypatch.setattr(pipeline, "run_documents", lambda *a, **k: ran.append(1))
    r = invoke("report", *paths, "--model", "hashing", "--format", "json", "-o", str(out), "-q")
    assert r.exit_code == 2 and reason in r.output and "Traceback" not in r.output
    assert ran == []                     # refused before the pipeline ran, not after


# --------------------------------------------------------------------------- embedding cache

def test_locked_cache_is_waited_for_then_an_error_and_never_deleted(tmp_path):
    cache = EmbeddingCache(tmp_path)
    emb = HashingEmbedder()
    texts = [f"sentence {i}" for i in range(40)]
    CachedEmbedder(emb, cache).encode(texts)
    cache.close()
    holder = sqlite3.connect(tmp_path / "embeddings.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CacheError, match="locked by another process"):
            EmbeddingCache(tmp_path, timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    again = EmbeddingCache(tmp_path)
    assert again.rebuilt is False
    assert again._conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] == 40


def test_locked_cache_cli_exit_2_one_line(tmp_path, monkeypatch):
    paths = articles(tmp_path)
    cdir = tmp_path / "c"
    EmbeddingCache(cdir).close()
    holder = sqlite3.connect(cdir / "embeddings.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setenv("RECONCILE_CACHE_TIMEOUT", "0.2")
    try:
        r = invoke("report", *paths, "--model", "hashing", "--cache-dir", str(cdir), "-q",
                   "--format", "json", "-o", str(tmp_path / "r.json"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.exit_code == 2 and "locked by another process" in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_cache_folder_removed_mid_run_keeps_the_run(tmp_path, caplog):
    import shutil

    cdir = tmp_path / "cache"
    cache = EmbeddingCache(cdir)

    class Vanishing(HashingEmbedder):
        def encode(self, texts):
            shutil.rmtree(cdir, ignore_errors=True)
            return super().encode(texts)

    emb = CachedEmbedder(Vanishing(), cache)
    vecs = emb.encode(["one sentence", "another sentence"])
    assert vecs.shape == (2, 256) and np.allclose(np.linalg.norm(vecs, axis=1), 1.0)
    assert cache.disabled is not None
    assert "not used" in caplog.text


def test_read_only_cache_folder_runs_without_cache(tmp_path, monkeypatch, caplog):
    import reconcile.embed as embed

    def ro(self, *a, **k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", ro)
    cache = EmbeddingCache(tmp_path / "nope")
    monkeypatch.undo()
    assert cache.disabled == "Read-only file system"
    out = CachedEmbedder(HashingEmbedder(), cache).encode(["a b c"])
    assert out.shape == (1, 256)
    assert embed.CACHE_FILE  # the module still names its file


def test_interrupted_embedding_keeps_finished_batches(tmp_path, monkeypatch):
    import reconcile.embed_cache as embed_cache

    monkeypatch.setattr(embed_cache, "SAVE_EVERY", 10)

    class Interrupted(HashingEmbedder):
        calls = 0

        def encode(self, texts):
            Interrupted.calls += 1
            if Interrupted.calls == 3:
                raise KeyboardInterrupt
            return super().encode(texts)

    cache = EmbeddingCache(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        CachedEmbedder(Interrupted(), cache).encode([f"text number {i}" for i in range(35)])
    assert cache._conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] == 20


# --------------------------------------------------------------------------- index

@pytest.fixture
def index_dir(tmp_path):
    paths = articles(tmp_path)
    d = tmp_path / "idx"
    build_index(paths, d, HashingEmbedder())
    return d


@pytest.mark.parametrize("damage", ["zero_bytes", "truncated", "no_database", "empty_schema"])
def test_damaged_index_fails_check_with_exit_2(tmp_path, index_dir, damage):
    db = index_dir / DB_NAME
    for p in index_dir.glob(DB_NAME + "-*"):
        p.unlink()
    if damage == "zero_bytes":
        db.write_bytes(b"")
    elif damage == "truncated":
        data = db.read_bytes()
        db.write_bytes(data[:len(data) // 2])
    elif damage == "no_database":
        db.unlink()
    else:
        db.unlink()
        sqlite3.connect(db).execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)").connection.close()
    new = tmp_path / "new.txt"
    new.write_text(ARTICLE.format("$200 million"), encoding="utf-8")
    r = invoke("check", str(new), "--against", str(index_dir), "--model", "hashing")
    assert r.exit_code == 2, r.output
    assert "index build" in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_build_killed_before_its_first_vector_save_resumes(tmp_path, index_dir, caplog):
    conn = sqlite3.connect(index_dir / DB_NAME)
    conn.execute("DELETE FROM meta WHERE key IN ('hnsw_file', 'hnsw_sha', 'hnsw_generation')")
    conn.commit()
    conn.close()
    for p in index_dir.glob("claims.*.hnsw"):
        p.unlink()
    with Index.open(index_dir, HashingEmbedder().fingerprint) as idx:
        n = idx.claim_count()
        assert n > 0 and idx.hnsw.element_count == n
    assert "never saved" in caplog.text
    stats = build_index(articles(tmp_path), index_dir, HashingEmbedder())
    assert stats.unchanged == 2 and stats.embedded_texts == 0


# --------------------------------------------------------------------------- model weights

def _fake_model(folder: Path) -> Path:
    from reconcile import model_build as mb

    folder.mkdir()
    (folder / "model.safetensors").write_bytes(bytes(range(256)) * 64)
    (folder / "config.json").write_text("{}", encoding="utf-8")
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    (folder / mb.MANIFEST).write_text(json.dumps({"name": "fake", "files": files}), encoding="utf-8")
    assert mb.verify_model_dir(folder) == []
    return folder


def test_corrupt_weights_with_size_and_mtime_kept_are_detected(tmp_path):
    from reconcile import model_build as mb

    model = _fake_model(tmp_path / "m")
    good = weights_digest(str(model))
    w = model / "model.safetensors"
    st = w.stat()
    data = bytearray(w.read_bytes())
    data[100] ^= 0xFF
    w.write_bytes(bytes(data))
    os.utime(w, ns=(st.st_atime_ns, st.st_mtime_ns))          # size and mtime as before
    assert (w.stat().st_size, w.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    assert mb.verify_model_dir(model, quick=True) == ["model.safetensors: checksum mismatch"]
    with pytest.raises(ModelError, match="does not match its manifest"):
        weights_digest(str(model))
    data[100] ^= 0xFF                                           # repaired: the same fingerprint again
    w.write_bytes(bytes(data))
    assert weights_digest(str(model)) == good


def test_output_error_is_one_line(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as err:
        atomic.write_text(tmp_path / "f" / "g" / "h.json", "{}")
    assert "\n" not in str(err.value) and "is a file" in str(err.value)


def test_index_add_onto_an_empty_database_is_an_error_not_a_fresh_index(tmp_path, index_dir):
    for p in index_dir.glob(DB_NAME + "-*"):
        p.unlink()
    (index_dir / DB_NAME).write_bytes(b"")
    new = tmp_path / "new.txt"
    new.write_text(ARTICLE.format("$200 million"), encoding="utf-8")
    r = invoke("index", "add", str(new), "--index", str(index_dir), "--model", "hashing")
    assert r.exit_code == 2 and "is empty (0 bytes" in r.output
    assert (index_dir / DB_NAME).stat().st_size == 0
