"""kilas.serve.report: one self-contained HTML page whose footnotes all lead somewhere."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from kilas.serve.report import cite_anchor, render


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[tuple[str, str]] = []   # (tag, href)
        self.srcs: list[tuple[str, str]] = []    # (tag, src)
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.hrefs.append((tag, attrs["href"]))
        if "src" in attrs:
            self.srcs.append((tag, attrs["src"]))
        if tag == "script":
            self.scripts += 1

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def page(sample_stories, sample_articles):
    return render(sample_stories, list(sample_articles.values()), title="kilas: uji")


@pytest.fixture(scope="module")
def parsed(page):
    c = _Collector()
    c.feed(page)
    c.close()
    return c


def test_report_is_one_html_document(page):
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert page.rstrip().lower().endswith("</html>")
    assert '<meta charset="utf-8">' in page.lower()
    assert "kilas: uji" in page


def test_report_loads_nothing_from_outside(page, parsed):
    for tag, src in parsed.srcs:
        assert not re.match(r"(https?:)?//", src), (tag, src)
    for tag, href in parsed.hrefs:
        if tag == "link":
            assert not re.match(r"(https?:)?//", href), href
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page)
    assert parsed.scripts == 0


def test_report_has_every_multi_article_story_title(page, sample_stories):
    text = html.unescape(page)
    multi = [s for s in sample_stories if len(s.articles) > 1]
    assert len(multi) == 9
    for s in multi:
        assert s.title in text
        assert f'id="{s.id}"' in page


def test_one_off_articles_are_listed(page, sample_stories):
    text = html.unescape(page)
    for s in sample_stories:
        if len(s.articles) == 1:
            assert s.title in text


def test_footnote_links_point_to_existing_anchors(parsed):
    ids = set(parsed.ids)
    cites = [href for _, href in parsed.hrefs if href.startswith("#cite-")]
    assert cites
    missing = sorted({href for href in cites if href[1:] not in ids})
    assert missing == []


def test_every_internal_link_has_a_target(parsed):
    ids = set(parsed.ids)
    missing = sorted({href for _, href in parsed.hrefs if href.startswith("#") and href != "#" and href[1:] not in ids})
    assert missing == []


def test_ids_are_unique(parsed):
    duplicates = {i for i in parsed.ids if parsed.ids.count(i) > 1}
    assert duplicates == set()


def test_every_summary_source_is_cited_and_highlighted(page, sample_stories, sample_articles):
    for s in sample_stories:
        if len(s.articles) < 2:
            continue
        for sentence in s.summary:
            for src in sentence.sources:
                anchor = cite_anchor(src.article, src.start)
                assert f'href="#{anchor}"' in page
                m = re.search(rf'<mark id="{re.escape(anchor)}">(.*?)</mark>', page, re.S)
                assert m, anchor
                assert html.unescape(m.group(1)) == sentence.text


def test_text_is_escaped():
    from kilas.model import Article, Story, Source, SummarySentence

    body = 'Harga <b>naik</b> & "turun" di <script>alert(1)</script> pasar.'
    a = Article(id="x1", source="x", title="Judul <i>miring</i>", outlet="Koran & Co", paragraphs=[body],
                published="2023-10-05T09:00:00+07:00")
    b = Article(id="x2", source="x", title="Kedua", outlet="Lain", paragraphs=["Kalimat lain yang cukup panjang di sini."],
                published="2023-10-06T09:00:00+07:00")
    story = Story(id="s-0000000001", title="Judul <i>miring</i>", articles=["x1", "x2"], outlets=["Koran & Co", "Lain"],
                  start=a.published, end=b.published,
                  summary=[SummarySentence(body, [Source("x1", 0, len(body))])])
    page = render([story], [a, b])
    assert "<script>" not in page and "<i>miring</i>" not in page
    assert "&lt;script&gt;" in page
    c = _Collector()
    c.feed(page)
    assert c.scripts == 0
    assert f'id="{cite_anchor("x1", 0)}"' in page


def test_report_from_the_store(tmp_path, samples_dir):
    from kilas.pipeline import ingest_paths
    from kilas.store.sqlite import Store

    db = tmp_path / "kilas.db"
    ingest_paths([str(samples_dir / "antarnusa-2026-10-05-banjir-garut.txt"),
                  str(samples_dir / "wartakini-2026-10-06-banjir-garut.txt")], str(db))
    with Store(db) as store:
        page = render(store.stories(), store.articles())
    c = _Collector()
    c.feed(page)
    ids = set(c.ids)
    assert all(h[1:] in ids for _, h in c.hrefs if h.startswith("#cite-"))
    assert "Korban Meninggal Banjir Bandang Garut" in html.unescape(page)


def _png_size(path) -> tuple[int, int]:
    import struct

    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_report_renders_in_a_browser(page, tmp_path, repo):
    """Headless Chromium draws the report; the screenshot is kept in out/ for a person to
    look at (`out/report-screenshot.png`). A blank or failed render is a small image."""
    import shutil
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("no Chromium here (.ci/run installs it)")
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,2400",
         f"--screenshot={shot}", report.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    assert _png_size(shot) == (1200, 2400)
    # The top of the report (title, contents, the first story's summary and timeline) is
    # dense with text; a blank page compresses to a few kilobytes.
    assert shot.stat().st_size > 100_000
    out = repo / "out"
    out.mkdir(exist_ok=True)
    shutil.copy(shot, out / "report-screenshot.png")
