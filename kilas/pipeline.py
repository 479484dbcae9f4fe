"""The stages in order, over one article or a stream: ingest -> clean -> understand ->
stories -> store. I/O stays here and in `ingest`/`store`; the stages are pure.

Every function takes `on_reject`, called with a `Rejection` for each input that could
not be used (the CLI prints it as one line and goes on), and `progress`, whether to show
a progress bar on standard error.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from . import ingest
from .clean import clean
from .clean.dedup import DuplicateIndex, link_duplicates
from .clean.furniture import Furniture
from .clean.zones import settle as settle_zones
from .model import Article, RawDocument, Rejection, Story
from .settings import DEFAULT, Settings
from .store.sqlite import Store, content_hash
from .stories import build_stories, describe
from .stories.cluster import Clusterer, publication_order
from .understand import analyze as understand

OnReject = Callable[[Rejection], None]

# Languages the Indonesian rules can read (Malay shares its vocabulary and spelling);
# other articles are kept and flagged with their language but get no entities or quotes.
READABLE_LANGUAGES = {"id", "ms", None}


def _ignore(_: Rejection) -> None:
    pass


def _bar(items: Iterable, progress: bool, unit: str = "article"):
    enabled = progress and sys.stderr.isatty()
    return tqdm(items, unit=unit, file=sys.stderr, disable=not enabled, leave=False)


def clean_one(raw: RawDocument, furniture: frozenset[str] = frozenset()) -> Article | Rejection:
    """Clean one document; an input that yields no article text becomes a rejection.
    `furniture`: its lines that recur on other pages (see `clean_documents`)."""
    try:
        article = clean(raw, furniture)
    except Exception as err:  # a page that breaks a parser must not stop the run
        return Rejection(raw.source, f"could not be cleaned ({type(err).__name__}: {err})".splitlines()[0])
    if not article.paragraphs:
        return Rejection(raw.source, "no article text found")
    return article


def analyze_one(article: Article, settings: Settings = DEFAULT) -> Article:
    if article.language in READABLE_LANGUAGES:
        return understand(article, ner=settings.ner)
    from .understand.sentences import split  # sentences still work in any Latin script

    article.sentences = split(article.body)
    article.entities, article.quotes, article.times = [], [], []
    return article


def page_key(raw: RawDocument) -> str:
    """One page of a batch: many JSON Lines records share a source file."""
    return f"{raw.source}\0{raw.id}"


def furniture_of(items: Iterable[RawDocument | Rejection], memory: Furniture | None = None
                 ) -> dict[str, frozenset[str]]:
    """The furniture of each text page (by `page_key`), the pages compared with each other
    and with those `memory` already holds."""
    memory = memory if memory is not None else Furniture()
    pages = [item for item in items if isinstance(item, RawDocument) and item.text]
    for raw in pages:
        memory.add(page_key(raw), raw.text)
    return {page_key(raw): memory.lines_of(page_key(raw), raw.text) for raw in pages}


def clean_documents(items: Iterable[RawDocument | Rejection], settings: Settings = DEFAULT
                    ) -> Iterator[Article | Rejection]:
    """Clean a stream of documents in order, each compared with the pages around it: the
    stream is read `settings.furniture_window` documents ahead, a line that recurs on
    other pages (a site's menus, slogans, promo lines) is furniture, never body, and the
    pages of an outlet kilas does not know agree on its home time zone."""
    memory = Furniture()
    window: list[RawDocument | Rejection] = []

    def flush() -> Iterator[Article | Rejection]:
        found = furniture_of(window, memory)
        results = [item if isinstance(item, Rejection) else clean_one(item, found.get(page_key(item), frozenset()))
                   for item in window]
        # an unknown outlet's pages agree on its home zone (see clean/zones.py)
        settle_zones([(raw, a) for raw, a in zip(window, results) if isinstance(a, Article)])
        window.clear()
        yield from results

    for item in items:
        window.append(item)
        if len(window) >= settings.furniture_window:
            yield from flush()
    yield from flush()


def clean_stream(paths: Iterable[str], settings: Settings = DEFAULT, on_reject: OnReject = _ignore,
                 progress: bool = False) -> Iterator[Article]:
    """Cleaned articles in input order; each is linked to an earlier one it duplicates."""
    index = DuplicateIndex(settings)
    for result in _bar(clean_documents(ingest.read(paths, settings), settings), progress):
        if isinstance(result, Rejection):
            on_reject(result)
            continue
        result.duplicate_of = index.add(result)
        yield result


def analyze_stream(paths: Iterable[str], settings: Settings = DEFAULT, on_reject: OnReject = _ignore,
                   progress: bool = False) -> Iterator[Article]:
    for article in clean_stream(paths, settings, on_reject, progress):
        yield analyze_one(article, settings)


def stories(paths: Iterable[str], settings: Settings = DEFAULT, on_reject: OnReject = _ignore,
            progress: bool = False) -> tuple[list[Story], list[Article]]:
    articles = list(analyze_stream(paths, settings, on_reject, progress))
    for a in articles:
        a.duplicate_of = None
    link_duplicates(articles, settings)  # in publication order, not input order
    return build_stories(articles, settings), articles


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    stories_touched: int = 0
    stories_total: int = 0
    articles_total: int = 0


def ingest_paths(paths: Iterable[str], db_path: str, settings: Settings = DEFAULT,
                 on_reject: OnReject = _ignore, progress: bool = False) -> IngestReport:
    """Run the pipeline and store the result; the same article twice changes nothing.

    Stored articles keep their stories (ids never change); new articles join them or
    start new ones through the online clusterer, replayed from the stored state.
    """
    report = IngestReport()

    def reject(r: Rejection) -> None:
        report.rejected.append(r)
        on_reject(r)

    with Store(db_path) as store:
        known = store.hashes()
        stored = sorted(store.articles(), key=publication_order)
        fresh: dict[str, Article] = {}
        for article in clean_stream(paths, settings, reject, progress):
            if known.get(article.id) == content_hash(article) or article.id in fresh:
                report.unchanged += 1
                continue
            if article.id in known:
                report.updated += 1
            else:
                report.added += 1
            fresh[article.id] = analyze_one(article, settings)

        index = DuplicateIndex(settings)
        for article in stored:
            if article.id not in fresh:
                index.add(article)
        for article in sorted(fresh.values(), key=publication_order):
            article.duplicate_of = index.add(article)

        assignments = store.assignments()
        clusterer = Clusterer(settings)
        for article in stored:
            if article.id not in fresh and article.id in assignments:
                clusterer.add(article, story=assignments[article.id][0])
        touched: set[str] = set()
        for article in sorted(fresh.values(), key=publication_order):
            keep = assignments.get(article.id, (None, False))[0]
            touched.add(clusterer.add(article, story=keep))
        # Stories that an out-of-order article bridged were merged: the survivors are
        # re-described with all their members, the absorbed ones leave the store.
        touched = {clusterer.merged.get(sid, sid) for sid in touched}
        new_assignments = {
            aid: (sid, aid in clusterer.stories[sid].duplicates)
            for sid in touched for aid in clusterer.stories[sid].articles + clusterer.stories[sid].duplicates
        }

        everything = {a.id: a for a in stored}
        everything.update(fresh)
        described = []
        for sid in touched:
            state = clusterer.stories[sid]
            described.append(describe(
                state,
                [everything[i] for i in state.articles if i in everything],
                [everything[i] for i in state.duplicates if i in everything],
                clusterer.vocab,
            ))
        store.save(list(fresh.values()), described, new_assignments, removed_stories=set(clusterer.merged))
        counts = store.counts()
    report.stories_touched = len(touched)
    report.stories_total = counts["stories"]
    report.articles_total = counts["articles"]
    return report
