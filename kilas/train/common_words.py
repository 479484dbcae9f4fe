"""Build data/common_words.txt: Indonesian words that are common nouns, verbs and
adjectives, never part of a person's name, learned from the training splits of
open NER sets (NERGrit and NERP: Apache-2.0; idner-news-2k: MIT).

A capitalised word that is a common word ("Harga Pangan", "Ketahanan Pangan") is not a
person's name; the entity rules use this list to tell them apart.

    python -m kilas.train.common_words --data ../shared/data
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

SOURCES = [
    ("ner/indonlu_nergrit_ner-grit/train_preprocess.txt", "NERGrit train (Apache-2.0)"),
    ("ner/indonlu_nerp_ner-prosa/train_preprocess.txt", "NERP train (Apache-2.0)"),
    ("ner/idner-news-2k/train.txt", "idner-news-2k train (MIT)"),
]
MIN_COUNT = 2
MIN_OUTSIDE_SHARE = 0.95


def read_tokens(path: Path):
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.strip().split()
        if len(parts) >= 2:
            yield parts[0], parts[-1]


def build(data: Path) -> list[str]:
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    person: set[str] = set()
    for rel, _ in SOURCES:
        for token, tag in read_tokens(data / rel):
            word = token.lower()
            if not re.fullmatch(r"[a-z][a-z-]{2,}", word):
                continue
            if tag == "O":
                outside[word] += 1
            else:
                inside[word] += 1
                if tag.endswith(("PER", "PERSON", "PPL")):
                    person.add(word)
    return sorted(
        w for w, n in outside.items()
        if n >= MIN_COUNT and w not in person and n / (n + inside[w]) >= MIN_OUTSIDE_SHARE
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "data" / "common_words.txt"))
    args = parser.parse_args()
    words = build(Path(args.data))
    header = [
        "# Common Indonesian words, never part of a person's name in the training data.",
        "# Built by: python -m kilas.train.common_words --data ../shared/data",
        "# From: " + "; ".join(name for _, name in SOURCES) + ".",
        f"# A word seen at least {MIN_COUNT} times outside entities, >= {MIN_OUTSIDE_SHARE:.0%} of the time, never in a person's name.",
    ]
    Path(args.out).write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
