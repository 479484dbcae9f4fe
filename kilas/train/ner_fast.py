"""Train the fast entity model: a spaCy CNN for bulk ingestion.

    python -m kilas.train.ner_fast --data ../shared/data      # about 40 minutes on 2 cores

Data: the same gold training splits as the accurate model (NERGrit, NERP: Apache-2.0;
idner-news-2k: MIT; every sentence that occurs in a test split removed), plus silver
labels: the accurate model (`kilas/models/ner-accurate`, train it first) tags the
sentences of IndoSum articles (CC BY-SA 4.0), so the small model learns from far more
names than the gold sets hold (distillation). The spaCy config is
`configs/ner-fast.cfg`; the trained pipeline goes to `kilas/models/ner-fast` with
`metrics.json` (dev scores from spaCy, test scores from `bench.run_ner`'s scorer).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

from bench import datasets
from kilas.train.ner import HERE, log, read_split, test_sentences
from kilas.understand.sentences import split, tokenize
from kilas.understand.tagger import MODELS, Tagger

CONFIG = HERE / "configs" / "ner-fast.cfg"
SETS = ["nergrit", "nerp", "idner2k"]


def silver_sentences(data: Path, limit: int) -> list[list[str]]:
    """Words of IndoSum sentences, split and tokenised the way kilas reads articles."""
    out = []
    for article in datasets.indosum_articles(data):
        for sentence in split(article["text"]):
            words = [sentence.text[a:b] for a, b in tokenize(sentence.text)]
            if 4 <= len(words) <= 80:
                out.append(words)
        if len(out) >= limit:
            break
    return out[:limit]


def to_docbin(nlp, rows, path: Path) -> int:
    from spacy.tokens import Doc, DocBin

    from kilas.understand.tagger import repair_bio

    bin_ = DocBin()
    for words, tags in rows:
        bin_.add(Doc(nlp.vocab, words=words, ents=repair_bio(tags)))
    bin_.to_disk(path)
    return len(rows)


def main(argv=None) -> None:
    import spacy
    from spacy.cli.train import train

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data", type=Path)
    parser.add_argument("--work", default=Path("build/ner-fast"), type=Path, help="scratch folder")
    parser.add_argument("--out", default=MODELS / "ner-fast", type=Path)
    parser.add_argument("--silver", type=int, default=30000, help="silver sentences from IndoSum (it has about 30,000)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("id")

    exclude = test_sentences(args.data)
    gold = [(t, g) for _, t, g in read_split(args.data, SETS, "train", exclude)]
    dev = [(t, g) for _, t, g in read_split(args.data, SETS, "dev", exclude)]
    started = time.time()
    words = silver_sentences(args.data, args.silver)
    silver = list(zip(words, Tagger(MODELS / "ner-accurate").tag(words)))
    log(f"{len(silver)} silver sentences tagged by the accurate model in {time.time() - started:.0f} s")
    train_rows = gold + silver
    random.Random(13).shuffle(train_rows)
    to_docbin(nlp, train_rows, args.work / "train.spacy")
    to_docbin(nlp, dev, args.work / "dev.spacy")
    log(f"train {len(gold)} gold + {len(silver)} silver sentences, dev {len(dev)}")

    train(CONFIG, args.work / "output", overrides={"paths.train": str(args.work / "train.spacy"),
                                                   "paths.dev": str(args.work / "dev.spacy")})
    best = args.work / "output" / "model-best"
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    metrics = {"gold_sentences": len(gold), "silver_sentences": len(silver), "dev_sentences": len(dev),
               "dev": meta.get("performance", {})}
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    log(f"wrote {args.out}: dev {json.dumps(metrics['dev'])}")


if __name__ == "__main__":
    main()
