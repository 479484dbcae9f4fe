"""The `kilas` command: a thin layer that parses arguments, calls the API and prints.

Bad inputs are reported on standard error as one line each (`kilas: FILE: reason`) and
the run goes on with the rest; the exit status is 1 when any input was rejected.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import pipeline
from .clean.text import label_lines
from .ingest import read as read_inputs
from .model import Article, Rejection, Story, json_schema
from .settings import Settings
from .serve.report import render
from .serve.text import article_text, story_text
from .store.sqlite import Store, StoreError


class _Run:
    """Counts rejections and prints each as one line."""

    def __init__(self) -> None:
        self.rejected = 0

    def reject(self, r: Rejection) -> None:
        self.rejected += 1
        print(f"kilas: {r}", file=sys.stderr)

    @property
    def status(self) -> int:
        return 1 if self.rejected else 0


def _emit_json(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_clean(args) -> int:
    if args.explain:
        return _explain(args)
    return _print_stream(pipeline.clean_stream, args)


def cmd_analyze(args) -> int:
    return _print_stream(pipeline.analyze_stream, args)


def _settings(args) -> Settings:
    return Settings(ner=getattr(args, "ner", "accurate"))


def _print_stream(stream, args) -> int:
    run = _Run()
    for article in stream(args.paths, _settings(args), on_reject=run.reject, progress=True):
        if args.format == "text":
            sys.stdout.write(article_text(article) + "\n")
        else:
            _emit_json(article.to_dict())
    return run.status


def _explain(args) -> int:
    """Every line of every input with its label and reason; the inputs are compared with
    each other as `clean` does, so a line that recurs on other pages shows as furniture."""
    run = _Run()
    items = list(read_inputs(args.paths))
    found = pipeline.furniture_of(items)
    for item in items:
        if isinstance(item, Rejection):
            run.reject(item)
            continue
        furniture = frozenset()
        if item.html is not None:
            import trafilatura

            print(f"# {item.source}: HTML page; the lines below are what trafilatura kept")
            text = trafilatura.extract(item.html) or ""
        else:
            print(f"# {item.source}")
            text = item.text or ""
            furniture = found.get(pipeline.page_key(item), frozenset())
        for line in label_lines(text, title_hint=item.title, furniture=furniture).lines:
            print(f"{line.label:>11} | {line.reason:<48} | {line.text}")
    return run.status


def cmd_stories(args) -> int:
    run = _Run()
    stories, _ = pipeline.stories(args.paths, _settings(args), on_reject=run.reject, progress=True)
    for story in stories:
        if args.format == "text":
            sys.stdout.write(story_text(story) + "\n")
        else:
            _emit_json(story.to_dict())
    return run.status


def cmd_ingest(args) -> int:
    run = _Run()
    report = pipeline.ingest_paths(args.paths, args.db, _settings(args), on_reject=run.reject, progress=True)
    print(
        f"{args.db}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.rejected)} rejected; {report.stories_touched} stories touched; "
        f"{report.articles_total} articles in {report.stories_total} stories",
        file=sys.stderr,
    )
    return run.status


def _open_store(path: str) -> Store:
    if not Path(path).exists():
        raise StoreError(f"{path}: no such database (run 'kilas ingest PATH --db {path}' first)")
    return Store(path)


def cmd_search(args) -> int:
    with _open_store(args.db) as store:
        hits = store.search(args.query, args.limit)
    for hit in hits:
        if args.format == "json":
            _emit_json(hit.__dict__)
        else:
            print(f"{hit.article}  [{hit.story or '-'}]  {hit.outlet or '?'}  {(hit.published or '')[:10]}")
            print(f"    {hit.title or ''}")
            print(f"    {hit.snippet}")
    if not hits:
        print(f"kilas: no article matches {args.query!r}", file=sys.stderr)
    return 0


def cmd_report(args) -> int:
    with _open_store(args.db) as store:
        html = render(store.stories(), store.articles(), title=args.title)
    Path(args.output).write_text(html, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def samples_dir() -> Path:
    """The bundled sample corpus: $KILAS_SAMPLES, or samples/articles in the checkout."""
    if os.environ.get("KILAS_SAMPLES"):
        return Path(os.environ["KILAS_SAMPLES"])
    return Path(__file__).resolve().parent.parent / "samples" / "articles"


def cmd_demo(args) -> int:
    folder = samples_dir()
    if not folder.is_dir():
        print(f"kilas: {folder}: the bundled sample is not here (set KILAS_SAMPLES)", file=sys.stderr)
        return 2
    run = _Run()
    report = pipeline.ingest_paths([str(folder)], args.db, _settings(args), on_reject=run.reject, progress=True)
    with Store(args.db) as store:
        stories = store.stories()
        Path(args.output).write_text(render(stories, store.articles(), title="kilas: the bundled sample"), encoding="utf-8")
    for story in stories:
        if len(story.articles) > 1:
            sys.stdout.write(story_text(story) + "\n")
    singles = [s for s in stories if len(s.articles) <= 1]
    if singles:
        print(f"{len(singles)} articles belong to no story: " + "; ".join(s.title for s in singles))
    print(
        f"\n{report.articles_total} articles in {report.stories_total} stories "
        f"({report.added} added, {report.unchanged} unchanged) -> {args.db}, {args.output}",
        file=sys.stderr,
    )
    return run.status


def cmd_schema(args) -> int:
    cls = {"article": Article, "story": Story}[args.which]
    print(json.dumps(json_schema(cls), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kilas", description="Indonesian news intelligence: clean, understand, group into stories.")
    sub = parser.add_subparsers(dest="command", required=True)

    def paths(p):
        p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive) or - for JSON Lines on stdin")

    def fmt(p, default="json"):
        p.add_argument("--format", choices=["json", "text"], default=default, help="JSON Lines (default) or readable text")

    p = sub.add_parser("clean", help="articles with body and metadata, one JSON object per line")
    paths(p); fmt(p)
    p.add_argument("--explain", action="store_true", help="show every input line with its label and the reason")
    p.set_defaults(func=cmd_clean)

    def ner(p):
        p.add_argument("--ner", choices=["accurate", "fast"], default="accurate",
                       help="entity model: accurate (default) or fast (bulk ingestion)")

    p = sub.add_parser("analyze", help="cleaned articles plus sentences, entities, quotes and times")
    paths(p); fmt(p); ner(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("stories", help="group articles into stories, one JSON object per story")
    paths(p); fmt(p); ner(p)
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("ingest", help="run the pipeline and store the result in SQLite")
    paths(p); ner(p)
    p.add_argument("--db", default="kilas.db")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="full-text search over stored articles")
    p.add_argument("query")
    p.add_argument("--db", default="kilas.db")
    p.add_argument("--limit", type=int, default=20)
    fmt(p, default="text")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("report", help="write a self-contained HTML report of the stored stories")
    p.add_argument("--db", default="kilas.db")
    p.add_argument("-o", "--output", default="report.html")
    p.add_argument("--title", default="kilas: stories")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("demo", help="the main job on the bundled sample: digest, kilas.db and report.html")
    ner(p)
    p.add_argument("--db", default="kilas.db")
    p.add_argument("-o", "--output", default="report.html")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("schema", help="print the JSON Schema of the output")
    p.add_argument("which", choices=["article", "story"])
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except StoreError as err:
        print(f"kilas: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
