"""bench/__main__.py: a run of some stages keeps the other stages' sections of the report."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `bench` lives beside `kilas`, not in the installed package
    sys.path.insert(0, str(REPO))
runner = importlib.import_module("bench.__main__")

REPORT = """# kilas benchmarks

- Command: `python -m bench --data ../shared/data`
- Date: 2026-12-06 04:15 UTC (whole run: 7.8 min)

## Named entities

_Stage `ner`, 32.2 s._

| a | b |
|---|---|
| 1 | 2 |

## Cleaning raw text

_Stage `clean`, 14.4 s, run 2026-12-05 10:00 UTC._

| c |
|---|
| 3 |
"""


def test_earlier_sections_keep_their_tables_and_say_when_they_were_run(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(REPORT, encoding="utf-8")
    kept = runner._earlier_sections(path)
    assert list(kept) == ["Named entities", "Cleaning raw text"]
    assert "_Stage `ner`, 32.2 s, run 2026-12-06 04:15 UTC._" in kept["Named entities"]
    assert "| 1 | 2 |" in kept["Named entities"]
    # a section that already names its run keeps that date
    assert "run 2026-12-05 10:00 UTC" in kept["Cleaning raw text"]
    assert "04:15" not in kept["Cleaning raw text"]
