"""Saved HTML pages to an Article: trafilatura finds the main text and the page's
metadata, htmldate the publication time; then the same Indonesian line rules as for
raw text remove what they keep ("Baca juga" links, bylines, captions, ad markers)."""

from __future__ import annotations

import logging
import re

import htmldate
import trafilatura
from lxml import html as lxml_html

from ..model import Article
from . import meta
from .text import clean_title, build_article, label_lines

# trafilatura and htmldate log every odd page at WARNING; a page we cannot read becomes
# a one-line rejection upstream, so their chatter is noise.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_TZ_SUFFIX = re.compile(r"([+-]\d{2})(\d{2})$")


def clean_html(doc_id: str, source: str, page: str, *, url: str | None = None, title: str | None = None,
               outlet: str | None = None, published: str | None = None) -> Article:
    extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, deduplicate=False)
    found = extracted.as_dict() if extracted is not None else {}
    text = found.get("text") or _fallback_text(page)
    page_title = title or (clean_title(found["title"]) if found.get("title") else None)
    labelled = label_lines(text, title_hint=page_title)
    site = outlet or found.get("sitename")
    article = build_article(doc_id, source, labelled, title=page_title, outlet=site,
                            published=published, url=url or found.get("url"))
    if site and not meta.known_outlet(site) and found.get("hostname"):
        # A page's site name can be a section ("Detiksport"): trust a known host first.
        by_host = meta.outlet_from_url("https://" + found["hostname"])
        if by_host and meta.known_outlet(by_host.name):
            article.outlet, article.network = by_host.name, by_host.network
    if not article.authors and found.get("author"):
        article.authors = meta.split_names(found["author"].replace(";", ","))
    if published is None:
        # The page's own metadata is more reliable than a date line in the extracted text,
        # which may belong to a related-articles box; the text wins only when it agrees
        # on the day and is more precise.
        from_page = _published(page, article.outlet) or found.get("date")
        if from_page and not (article.published and article.published[:10] == from_page[:10]):
            article.published = from_page
    if article.section is None and found.get("categories"):
        cats = found["categories"]
        article.section = cats[0] if isinstance(cats, list) and cats else None
    return article


_META_TIME = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publishdate|"""
    r"""publish[_-]date|dc\.date\.issued)["'][^>]*content\s*=\s*["']([^"']+)["']"""
    r'|"datePublished"\s*:\s*"([^"]+)"',
    re.I,
)
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?")


def _published(page: str, outlet: str | None) -> str | None:
    """The publication time the page declares (article:published_time, JSON-LD
    datePublished), else htmldate's reading of the page."""
    for m in _META_TIME.finditer(page[:200_000]):
        iso = _ISO_TIME.match((m.group(1) or m.group(2) or "").strip())
        if iso:
            day, clock, zone = iso.groups()
            clock = clock if len(clock) == 8 else clock + ":00"
            if zone:
                zone = "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
                return f"{day}T{clock}{zone}"
            return f"{day}T{clock}{_home_offset(outlet)}"
    value = htmldate.find_date(page, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True, extensive_search=False)
    if not value:
        return None
    day, clock = value.split("T")
    zone = _TZ_SUFFIX.search(clock)
    if zone:
        return f"{day}T{clock[:8]}{zone.group(1)}:{zone.group(2)}"
    if clock.startswith("00:00:00"):
        return day  # htmldate found only the day
    return f"{day}T{clock[:8]}{_home_offset(outlet)}"


def _home_offset(outlet: str | None) -> str:
    """A time printed without a zone is in the outlet's home zone (WIB unless known)."""
    known = meta.known_outlet(outlet) if outlet else None
    return {"WITA": "+08:00", "WIT": "+09:00", "MYT": "+08:00"}.get(known.timezone if known else "", "+07:00")


def _fallback_text(page: str) -> str:
    """When trafilatura finds no main text: every paragraph-like block of the page."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//footer|//header"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.xpath("//h1|//h2|//h3|//p|//li|//figcaption")]
    return "\n".join(b for b in blocks if b)
