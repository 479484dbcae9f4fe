"""The accurate entity model at run time: the fine-tuned e5 encoder in ONNX, run by
onnxruntime on the CPU. No network, no torch: the model folder ships in the package
(`kilas/models/ner-accurate`, trained by `python -m kilas.train.ner`).

Words go in, one BIO tag per word comes out; the tag of a word is the model's label on
its first subword piece. Sentences longer than `max_pieces` pieces are cut into windows
at word boundaries.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import numpy as np

from .subwords import Subwords

MODELS = Path(__file__).resolve().parent.parent / "models"


class Pieces:
    """Words as piece ids framed by <s> ... </s>, with the word each first piece starts."""

    def __init__(self, subwords: Subwords, bos: int, eos: int, max_pieces: int = 200):
        self.subwords, self.bos, self.eos, self.max_pieces = subwords, bos, eos, max_pieces

    def __call__(self, words: list[str], tags: list[int] | None = None):
        """Windows of one sentence: (ids, labels, first_word) lists of equal length, with
        -100 / -1 where a piece carries no label (specials, non-first pieces)."""
        ids, word_of = self.subwords.encode_words(words)
        windows, start = [], 0
        while start < len(ids):
            end = min(len(ids), start + self.max_pieces)
            while end < len(ids) and end > start + 1 and word_of[end] == word_of[end - 1]:
                end -= 1  # never cut a word in two
            windows.append((start, end))
            start = end
        items = []
        for a, b in windows:
            labels, first, previous = [-100], [-1], None
            for j in range(a, b):
                w = word_of[j]
                is_first = w != previous and (j == 0 or word_of[j - 1] != w)
                labels.append(tags[w] if is_first and tags is not None else -100)
                first.append(w if is_first else -1)
                previous = w
            items.append(([self.bos] + ids[a:b] + [self.eos], labels + [-100], first + [-1]))
        return items


def pad(items, group: list[int], multiple: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ids, attention mask and labels of a batch, padded to its longest member (rounded up
    to `multiple`: training compiles a kernel per shape, so fewer shapes run faster)."""
    length = max(len(items[i][0]) for i in group)
    length = -(-length // multiple) * multiple
    ids = np.zeros((len(group), length), dtype=np.int64)
    mask = np.zeros((len(group), length), dtype=np.int64)
    labels = np.full((len(group), length), -100, dtype=np.int64)
    for row, i in enumerate(group):
        n = len(items[i][0])
        ids[row, :n], mask[row, :n], labels[row, :n] = items[i][0], 1, items[i][1]
    return ids, mask, labels


def by_length(items, size: int) -> list[list[int]]:
    """Batches of item indices of similar length (less padding, less work)."""
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    return [order[i:i + size] for i in range(0, len(order), size)]


def repair_bio(tags: list[str]) -> list[str]:
    """An I- that does not continue its own type starts an entity."""
    out, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


@cache
def _transitions(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Scores added on each step of the best path: 0 where BIO allows the pair, a large
    negative number where it does not (an I- only continues its own type)."""
    def forbidden(previous: str, tag: str) -> bool:
        return tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:])

    moves = np.array([[-1e4 if forbidden(a, b) else 0.0 for b in labels] for a in labels])
    start = np.array([-1e4 if t.startswith("I-") else 0.0 for t in labels])
    return moves, start


def best_path(scores: np.ndarray, labels: tuple[str, ...]) -> list[str]:
    """The BIO sequence with the highest total log-probability (Viterbi). Taking the best
    label of each word alone breaks entities ("B-ORG I-LOC"); the best valid sequence
    measured 1 to 2 F1 points better on every dev split."""
    moves, start = _transitions(labels)
    total, back = scores[0] + start, []
    for row in scores[1:]:
        candidates = total[:, None] + moves
        back.append(candidates.argmax(0))
        total = candidates.max(0) + row
    path = [int(total.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return [labels[k] for k in reversed(path)]


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def tag_words(logits_of, pieces: Pieces, sentences: list[list[str]], labels: list[str],
              batch_size: int = 32) -> list[list[str]]:
    """BIO tags per word; `logits_of(ids, mask)` returns logits [batch, length, labels].
    A word's scores are those of its first piece; a word with no piece (nothing the
    tokenizer keeps) is scored as certainly outside any entity."""
    items, owner = [], []
    for s, words in enumerate(sentences):
        for item in pieces(words):
            items.append(item)
            owner.append(s)
    outside = np.full(len(labels), -1e4)
    outside[labels.index("O")] = 0.0
    scores = [np.tile(outside, (len(words), 1)) for words in sentences]
    for group in by_length(items, batch_size):
        ids, mask, _ = pad(items, group)
        logp = _log_softmax(np.asarray(logits_of(ids, mask), dtype=np.float64))
        for row, i in enumerate(group):
            for j, word in enumerate(items[i][2]):
                if word >= 0:
                    scores[owner[i]][word] = logp[row, j]
    key = tuple(labels)
    return [best_path(s, key) if len(s) else [] for s in scores]


class Tagger:
    def __init__(self, folder: Path):
        import onnxruntime as ort

        folder = Path(folder)
        self.labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        self.subwords = Subwords.load(folder)
        specials = {p: i for i, (p, _) in enumerate(self.subwords.pieces[:8])}
        self.pieces = Pieces(self.subwords, specials["<s>"], specials["</s>"])
        options = ort.SessionOptions()
        options.intra_op_num_threads = int(os.environ.get("KILAS_THREADS", "0")) or min(2, os.cpu_count() or 1)
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(folder / "model.onnx"), options,
                                            providers=["CPUExecutionProvider"])

    def logits(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"ids": ids, "mask": mask})[0]

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return tag_words(self.logits, self.pieces, sentences, self.labels)


class SpacyTagger:
    """The fast model: a spaCy CNN entity recogniser over the same words."""

    def __init__(self, folder: Path):
        import spacy
        from spacy.tokens import Doc

        self.nlp = spacy.load(folder)
        self._doc = Doc

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        docs = (self._doc(self.nlp.vocab, words=words) for words in sentences if words)
        tagged = iter(self.nlp.pipe(docs, batch_size=256))
        out = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            doc = next(tagged)
            out.append([f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in "BI" and t.ent_type_ else "O" for t in doc])
        return out


NER_MODELS = {"accurate": ("ner-accurate", Tagger, "python -m kilas.train.ner"),
              "fast": ("ner-fast", SpacyTagger, "python -m kilas.train.ner_fast")}


@cache
def load(name: str):
    """The shipped entity model called `name` ("accurate" or "fast"), loaded once."""
    if name not in NER_MODELS:
        raise ValueError(f"unknown entity model {name!r}: choose one of {', '.join(NER_MODELS)}")
    folder, kind, command = NER_MODELS[name]
    path = MODELS / folder
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: the {name} entity model is missing (train it: {command})")
    return kind(path)
