"""The `kilas` console script, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import shutil

import pytest
from jsonschema import Draft202012Validator

from conftest import run_kilas

FLOOD = ["antarnusa-2026-10-05-banjir-garut.txt", "wartakini-2026-10-06-banjir-garut.txt",
         "mentari-2026-10-05-banjir-garut-antarnusa.txt"]


def _ok(result):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _json_lines(stdout: str) -> list[dict]:
    lines = [line for line in stdout.splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def schemas():
    out = {}
    for which in ("article", "story"):
        schema = json.loads(_ok(run_kilas("schema", which)).stdout)
        Draft202012Validator.check_schema(schema)
        out[which] = schema
    return out


def _validate(objects, schema):
    validator = Draft202012Validator(schema)
    assert objects
    for obj in objects:
        errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
        # Nothing outside the published contract.
        assert set(obj) <= set(schema["properties"]), set(obj) - set(schema["properties"])


@pytest.fixture(scope="module")
def cleaned_sample(samples_dir):
    return _json_lines(_ok(run_kilas("clean", str(samples_dir))).stdout)


@pytest.fixture(scope="module")
def analyzed_sample(samples_dir):
    return _json_lines(_ok(run_kilas("analyze", str(samples_dir))).stdout)


@pytest.fixture(scope="module")
def stories_sample(samples_dir):
    return _json_lines(_ok(run_kilas("stories", str(samples_dir))).stdout)


def test_clean_outputs_one_valid_article_per_line(cleaned_sample, schemas, samples_dir):
    _validate(cleaned_sample, schemas["article"])
    n = sum(1 for p in samples_dir.iterdir() if p.suffix in (".txt", ".html"))
    assert len(cleaned_sample) == n
    assert len({a["id"] for a in cleaned_sample}) == n
    # clean does no analysis.
    assert all("sentences" not in a and "entities" not in a for a in cleaned_sample)


def test_analyze_outputs_valid_articles_with_analysis(analyzed_sample, schemas):
    _validate(analyzed_sample, schemas["article"])
    for a in analyzed_sample:
        for key in ("sentences", "entities", "quotes", "times"):
            assert isinstance(a[key], list), (a["id"], key)
        body = "\n\n".join(a["paragraphs"])
        for s in a["sentences"]:
            assert body[s["start"]:s["end"]] == s["text"]


def test_stories_output_valid_stories(stories_sample, schemas, expected_stories):
    _validate(stories_sample, schemas["story"])
    assert len(stories_sample) == len(expected_stories) - 1 + len(expected_stories["one-offs"])


def test_clean_text_format(samples_dir):
    result = _ok(run_kilas("clean", "--format", "text", str(samples_dir / FLOOD[0])))
    out = result.stdout
    assert out.startswith("== BNPB: Tiga warga meninggal akibat banjir bandang di Garut")
    assert "Antarnusa" in out and "2026-10-05T14:02:00+07:00" in out
    assert "Badan Nasional Penanggulangan Bencana (BNPB) mencatat" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])


def test_analyze_and_stories_text_format(samples_dir):
    files = [str(samples_dir / f) for f in FLOOD]
    out = _ok(run_kilas("analyze", "--format", "text", files[0])).stdout
    assert "entities:" in out and "Hendra" in out
    out = _ok(run_kilas("stories", "--format", "text", *files)).stdout
    assert out.startswith("## ")
    assert "Summary:" in out
    assert "duplicate" in out and "mentari-2026-10-05-banjir-garut-antarnusa" in out


def test_stdin_json_lines(samples_dir):
    text = (samples_dir / FLOOD[1]).read_text(encoding="utf-8")
    stdin = json.dumps({"id": "dari-stdin", "text": text}) + "\n"
    articles = _json_lines(_ok(run_kilas("clean", "-", stdin=stdin)).stdout)
    assert [a["id"] for a in articles] == ["dari-stdin"]
    assert articles[0]["outlet"] == "WartaKini.com"


@pytest.fixture
def mixed_folder(tmp_path, samples_dir):
    folder = tmp_path / "masukan"
    folder.mkdir()
    shutil.copy(samples_dir / FLOOD[0], folder / FLOOD[0])
    shutil.copy(samples_dir / FLOOD[1], folder / FLOOD[1])
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    (folder / "biner.txt").write_bytes(b"\x00\x01\x02\x03 bukan teks")
    (folder / "latin1.txt").write_bytes("Warga menikmati kopi di kafé dekat stasiun.\n".encode("latin-1"))
    (folder / "kiriman.jsonl").write_text('{"id": "rusak", "text": \n' + json.dumps({"id": "tanpa-isi"}) + "\n",
                                          encoding="utf-8")
    return folder


BAD = ["kosong.txt", "biner.txt", "latin1.txt", "kiriman.jsonl:1", "kiriman.jsonl:2"]


@pytest.mark.parametrize("command", ["clean", "analyze", "stories"])
def test_bad_inputs_one_line_each_exit_1_and_the_rest_still_output(mixed_folder, command, tmp_path):
    missing = tmp_path / "tidak-ada.txt"
    odd = tmp_path / "catatan.pdf"
    odd.write_text("isi", encoding="utf-8")
    result = run_kilas(command, str(mixed_folder), str(missing), str(odd))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    err_lines = [line for line in result.stderr.splitlines() if line.strip()]
    expected = BAD + ["tidak-ada.txt", "catatan.pdf"]
    assert len(err_lines) == len(expected), err_lines
    for name in expected:
        matching = [line for line in err_lines if name in line]
        assert len(matching) == 1, (name, err_lines)
        assert matching[0].startswith("kilas: ")
    out = _json_lines(result.stdout)
    if command == "stories":
        assert sorted(a for s in out for a in s["articles"]) == sorted(f[:-4] for f in FLOOD[:2])
    else:
        assert sorted(a["id"] for a in out) == sorted(f[:-4] for f in FLOOD[:2])


def test_only_good_inputs_exit_0(samples_dir):
    result = _ok(run_kilas("clean", str(samples_dir / FLOOD[0])))
    assert result.stderr.strip() == ""


def test_ingest_search_and_report(tmp_path, samples_dir):
    db = tmp_path / "uji.db"
    files = [str(samples_dir / f) for f in FLOOD]
    result = _ok(run_kilas("ingest", *files, "--db", str(db)))
    assert "3 added" in result.stderr
    result = _ok(run_kilas("ingest", *files, "--db", str(db)))
    assert "0 added" in result.stderr and "3 unchanged" in result.stderr

    result = _ok(run_kilas("search", "Cimanuk", "--db", str(db)))
    assert "antarnusa-2026-10-05-banjir-garut" in result.stdout
    hits = _json_lines(_ok(run_kilas("search", "Cimanuk", "--db", str(db), "--format", "json")).stdout)
    assert {"antarnusa-2026-10-05-banjir-garut", "wartakini-2026-10-06-banjir-garut"} <= {h["article"] for h in hits}
    assert all(h["story"] and h["story"].startswith("s-") for h in hits)

    result = _ok(run_kilas("search", 'Rp 12,4 "miliar', "--db", str(db)))
    result = _ok(run_kilas("search", "katayangtidakada", "--db", str(db)))
    assert result.stdout.strip() == ""
    assert "no article matches" in result.stderr

    report = tmp_path / "laporan.html"
    _ok(run_kilas("report", "--db", str(db), "-o", str(report)))
    page = report.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "Cimanuk" in page


@pytest.mark.parametrize("command", [["search", "banjir"], ["report", "-o", "keluar.html"]])
def test_missing_or_corrupt_db_is_one_line_no_traceback(tmp_path, command):
    missing = tmp_path / "tidak-ada.db"
    result = run_kilas(*command, "--db", str(missing), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "tidak-ada.db" in result.stderr
    assert not missing.exists()

    corrupt = tmp_path / "rusak.db"
    corrupt.write_bytes(b"ini bukan basis data sqlite " * 100)
    result = run_kilas(*command, "--db", str(corrupt), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "rusak.db" in result.stderr


def test_demo(tmp_path):
    db, out = tmp_path / "demo.db", tmp_path / "demo.html"
    result = _ok(run_kilas("demo", "--db", str(db), "--output", str(out), cwd=tmp_path))
    assert db.exists() and out.exists()
    assert result.stdout.count("## ") == 9
    assert "Sri Wulandari" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert "Jaringan Data Andalas" in page
    # Running it again changes nothing.
    again = _ok(run_kilas("demo", "--db", str(db), "--output", str(out), cwd=tmp_path))
    assert again.stdout.count("## ") == 9
    assert "0 added" in again.stderr


def test_explain_shows_labels(samples_dir):
    path = samples_dir / "detak-2026-10-07-banjir-garut.txt"
    out = _ok(run_kilas("clean", "--explain", str(path))).stdout
    lines = out.splitlines()
    assert lines[0].startswith("# ") and str(path) in lines[0]
    labels = {line.split("|")[0].strip() for line in lines[1:] if "|" in line}
    assert {"title", "date", "byline", "caption", "body", "boilerplate", "readmore"} <= labels
    n_input = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len([line for line in lines[1:] if "|" in line]) == n_input
    ad = next(line for line in lines if line.rstrip().endswith("| ADVERTISEMENT"))
    assert ad.split("|")[0].strip() == "boilerplate"


def test_explain_compares_the_pages_it_is_given(tmp_path):
    # Three pages of one invented site: its slogan and its promo line recur on each. The promo line
    # must be one no boilerplate pattern knows, so that only the comparison can find it.
    bodies = ["Hujan deras sejak sore membuat Sungai Palu meluap dan merendam dua kelurahan di tepiannya.",
              "Harga bawang merah di Pasar Inpres Manonda naik dua kali lipat dalam dua pekan terakhir ini.",
              "Jembatan gantung di Kulawi putus diterjang banjir sehingga puluhan siswa harus menyeberang sungai."]
    paths = []
    for i, body in enumerate(bodies):
        path = tmp_path / f"tirai-{i}.txt"
        path.write_text(f"TIRAI SULTENG\nKabar dari Teluk Palu\nJudul Berita Nomor {i} tentang Palu\n"
                        f"Oleh Rahmat Lasimpo\n{body}\nTirai Sulteng hadir setiap pagi untuk warga Lembah Palu dan sekitarnya.\n",
                        encoding="utf-8")
        paths.append(str(path))
    out = _ok(run_kilas("clean", "--explain", *paths)).stdout
    assert sum(line.startswith("# ") for line in out.splitlines()) == 3
    furniture = {line.split("|")[2].strip() for line in out.splitlines()
                 if "|" in line and line.split("|")[0].strip() == "furniture"}
    assert {"Kabar dari Teluk Palu", "Tirai Sulteng hadir setiap pagi untuk warga Lembah Palu dan sekitarnya."} <= furniture
    alone = _ok(run_kilas("clean", "--explain", paths[0])).stdout
    assert "furniture" not in alone


def test_explain_rejects_bad_input(tmp_path):
    bad = tmp_path / "kosong.txt"
    bad.write_text("", encoding="utf-8")
    result = run_kilas("clean", "--explain", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "kosong.txt" in result.stderr


def test_usage_errors_exit_2():
    result = run_kilas("clean")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    result = run_kilas("schema", "sesuatu")
    assert result.returncode == 2
