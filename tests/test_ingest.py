"""kilas.ingest: files, folders and stdin become RawDocuments; bad input becomes a
one-line Rejection naming the file, and the run goes on with the rest."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kilas import pipeline
from kilas.ingest import read
from kilas.model import RawDocument, Rejection
from kilas.settings import Settings

ARTICLE = (
    "Polisi Tangkap Pencuri Kabel di Stasiun Manggarai\n"
    "Senin, 02 Okt 2023 09:15 WIB\n"
    "JAKARTA - Polisi menangkap dua pria yang diduga mencuri kabel tembaga milik PT KAI di "
    "kawasan Stasiun Manggarai, Jakarta Selatan, pada Minggu malam.\n"
    "Kapolsek Tebet Kompol Budi Santoso mengatakan kedua pelaku ditangkap saat petugas patroli "
    "melihat mereka memotong kabel di dekat rel.\n"
)


def _docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


def _rejections(items):
    return [i for i in items if isinstance(i, Rejection)]


def _assert_one_line_naming(rejection: Rejection, name: str) -> None:
    line = str(rejection)
    assert "\n" not in line and "\r" not in line, line
    assert name in line, line
    assert rejection.reason.strip(), line


# --- what is read ---------------------------------------------------------------------


def test_txt_file_becomes_a_text_document(tmp_path):
    path = tmp_path / "berita-satu.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    items = list(read([str(path)]))
    assert len(items) == 1
    doc = items[0]
    assert isinstance(doc, RawDocument)
    assert doc.id == "berita-satu"
    assert doc.text == ARTICLE
    assert doc.html is None
    assert doc.source == str(path)


def test_txt_with_utf8_bom_is_read_without_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode("utf-8") + ARTICLE.encode("utf-8"))
    (doc,) = list(read([str(path)]))
    assert isinstance(doc, RawDocument)
    assert doc.text == ARTICLE


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_file_becomes_an_html_document(tmp_path, suffix):
    page = "<html><head><title>Judul</title></head><body><p>Isi berita yang cukup panjang.</p></body></html>"
    path = tmp_path / f"halaman{suffix}"
    path.write_text(page, encoding="utf-8")
    (doc,) = list(read([str(path)]))
    assert isinstance(doc, RawDocument)
    assert doc.html == page
    assert doc.text is None
    assert doc.id == "halaman"


def test_html_declaring_windows_1252_is_decoded_with_it(tmp_path):
    page = ('<html><head><meta charset="windows-1252"></head><body><p>\x93Kami siap,\x94 kata dia.</p>'
            "</body></html>").encode("latin-1")
    path = tmp_path / "lama.html"
    path.write_bytes(page)
    (doc,) = list(read([str(path)]))
    assert isinstance(doc, RawDocument)
    assert "\u201cKami siap,\u201d" in doc.html


def test_jsonl_file_gives_one_document_per_line_with_its_fields(tmp_path):
    lines = [
        {"id": "a1", "text": ARTICLE, "title": "Judul A", "outlet": "Kompas.com", "published": "2023-10-02T09:15:00+07:00"},
        {"url": "https://www.kompas.com/read/2023/10/02/pencuri-kabel.html", "html": "<p>Isi halaman berita.</p>"},
        {"text": "Teks tanpa id maupun url, tetapi cukup panjang untuk dibaca."},
    ]
    path = tmp_path / "kiriman.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs = list(read([str(path)]))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert len(docs) == 3
    a, b, c = docs
    assert (a.id, a.text, a.title, a.outlet, a.published) == (
        "a1", ARTICLE, "Judul A", "Kompas.com", "2023-10-02T09:15:00+07:00")
    assert a.html is None
    assert b.html == "<p>Isi halaman berita.</p>" and b.text is None
    assert b.url == lines[1]["url"]
    assert b.id == "pencuri-kabel"  # the URL's slug
    assert c.text == lines[2]["text"]
    # Ids are unique within a file even without id or url.
    assert len({a.id, b.id, c.id}) == 3


def test_stdin_dash_reads_json_lines(tmp_path):
    stream = io.StringIO(json.dumps({"id": "s1", "text": ARTICLE}) + "\n\n" + "{broken\n")
    items = list(read(["-"], stdin=stream))
    docs, rejections = _docs(items), _rejections(items)
    assert [d.id for d in docs] == ["s1"]
    assert docs[0].text == ARTICLE
    assert len(rejections) == 1
    _assert_one_line_naming(rejections[0], "<stdin>:3")


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b" / "dalam").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "dalam" / "tiga.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "satu.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dua.html").write_text("<p>Isi halaman berita.</p>", encoding="utf-8")
    (tmp_path / ".tersembunyi.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(read([str(tmp_path)]))
    assert all(isinstance(i, RawDocument) for i in items), [str(i) for i in items]
    assert sorted(d.id for d in items) == ["dua", "satu", "tiga"]
    assert [d.id for d in list(read([str(tmp_path)]))] == [d.id for d in items]


def test_several_paths_are_read_in_the_given_order(tmp_path):
    first, second = tmp_path / "z-pertama.txt", tmp_path / "a-kedua.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in read([str(first), str(second)])] == ["z-pertama", "a-kedua"]


# --- what is rejected -------------------------------------------------------------------


def test_empty_file_is_rejected(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text("", encoding="utf-8")
    (item,) = list(read([str(path)]))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, "kosong.txt")
    assert "empty" in item.reason.lower()


def test_whitespace_only_file_is_rejected_as_empty(tmp_path):
    path = tmp_path / "spasi.txt"
    path.write_text(" \n\n\t \n", encoding="utf-8")
    (item,) = list(read([str(path)]))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, "spasi.txt")


def test_binary_file_is_rejected(tmp_path):
    path = tmp_path / "gambar.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    (item,) = list(read([str(path)]))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, "gambar.txt")
    assert "binary" in item.reason.lower()


def test_non_utf8_text_is_rejected(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Warga menikmati kopi di kafé dekat Stasiun Manggarai.\n".encode("latin-1"))
    (item,) = list(read([str(path)]))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, "latin1.txt")
    assert "utf-8" in item.reason.lower()


@pytest.mark.parametrize("name", ["laporan.pdf", "catatan.docx", "tanpa-akhiran"])
def test_unknown_extension_is_rejected(tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    (item,) = list(read([str(path)]))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, name)


def test_broken_json_line_names_file_and_line(tmp_path):
    path = tmp_path / "campur.jsonl"
    path.write_text(
        json.dumps({"id": "ok1", "text": ARTICLE}) + "\n"
        + '{"id": "rusak", "text": "tanpa penutup\n'
        + json.dumps({"id": "ok3", "text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    items = list(read([str(path)]))
    assert [d.id for d in _docs(items)] == ["ok1", "ok3"]
    (rej,) = _rejections(items)
    _assert_one_line_naming(rej, "campur.jsonl:2")


@pytest.mark.parametrize("obj", [
    {"id": "x", "title": "Hanya judul"},
    {"id": "x", "text": "   "},
    {"id": "x", "text": None, "html": ""},
    {"id": "x", "text": 42},
])
def test_json_line_without_text_or_html_is_rejected(tmp_path, obj):
    path = tmp_path / "tanpa-isi.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n" + json.dumps(obj) + "\n", encoding="utf-8")
    items = list(read([str(path)]))
    assert [d.id for d in _docs(items)] == ["ok"]
    (rej,) = _rejections(items)
    _assert_one_line_naming(rej, "tanpa-isi.jsonl:2")


def test_json_line_that_is_not_an_object_is_rejected(tmp_path):
    path = tmp_path / "daftar.jsonl"
    path.write_text('["bukan", "objek"]\n', encoding="utf-8")
    (rej,) = list(read([str(path)]))
    assert isinstance(rej, Rejection)
    _assert_one_line_naming(rej, "daftar.jsonl:1")


def test_huge_file_is_rejected(tmp_path):
    path = tmp_path / "raksasa.txt"
    path.write_text(ARTICLE * 5, encoding="utf-8")
    small = Settings(max_input_bytes=200)
    (item,) = list(read([str(path)], small))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, "raksasa.txt")
    # Under the default limit the same file is fine.
    assert isinstance(next(iter(read([str(path)]))), RawDocument)


def test_huge_json_line_on_stdin_is_rejected_and_the_rest_read():
    # A file is limited as a whole; a stream has no size, so each line is limited.
    stream = io.StringIO(json.dumps({"id": "besar", "text": "kata " * 400}) + "\n"
                         + json.dumps({"id": "kecil", "text": "Isi pendek."}) + "\n")
    items = list(read(["-"], Settings(max_input_bytes=1000), stdin=stream))
    assert [d.id for d in _docs(items)] == ["kecil"]
    (rej,) = _rejections(items)
    _assert_one_line_naming(rej, "<stdin>:1")


def test_missing_path_is_rejected(tmp_path):
    missing = tmp_path / "tidak-ada" / "berita.txt"
    (item,) = list(read([str(missing)]))
    assert isinstance(item, Rejection)
    _assert_one_line_naming(item, str(missing))


def test_run_continues_after_bad_inputs(tmp_path):
    good1, good2 = tmp_path / "baik-1.txt", tmp_path / "baik-2.txt"
    good1.write_text(ARTICLE, encoding="utf-8")
    good2.write_text(ARTICLE.replace("dua pria", "tiga pria"), encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "biner.txt"
    binary.write_bytes(b"abc\x00def")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 ".encode("latin-1") * 20)
    odd = tmp_path / "aneh.xyz"
    odd.write_text(ARTICLE, encoding="utf-8")
    paths = [str(good1), str(empty), str(binary), str(tmp_path / "hilang.txt"), str(latin), str(odd), str(good2)]
    items = list(read(paths))
    assert [d.id for d in _docs(items)] == ["baik-1", "baik-2"]
    rejections = _rejections(items)
    assert len(rejections) == 5
    for rej, name in zip(rejections, ["kosong.txt", "biner.txt", "hilang.txt", "latin.txt", "aneh.xyz"]):
        _assert_one_line_naming(rej, name)


def test_pipeline_reports_rejections_and_cleans_the_rest(tmp_path):
    good = tmp_path / "baik.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "kosong.txt"
    bad.write_text("", encoding="utf-8")
    rejected: list[Rejection] = []
    articles = list(pipeline.clean_stream([str(bad), str(good)], on_reject=rejected.append))
    assert [a.id for a in articles] == ["baik"]
    assert [Path(r.source).name for r in rejected] == ["kosong.txt"]
