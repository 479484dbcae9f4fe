"""Tables for the benchmark report: one ``Table`` per measurement, rendered as Markdown.

A stage module (``bench.run_*``) returns a list of ``Table``. Each table carries its
column names, rows (lists of cells, already formatted or plain numbers), a short
"how measured" note and, optionally, free-form remarks (missing baselines, odd outputs)
that the runner prints below the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

__all__ = ["Table", "code", "fmt", "pct", "render"]


@dataclass
class Table:
    title: str
    columns: Sequence[str]
    rows: list[Sequence[Any]] = field(default_factory=list)
    note: str = ""
    remarks: list[str] = field(default_factory=list)
    seconds: float | None = None  # wall time the stage took to produce it

    def markdown(self, level: int = 3) -> str:
        out = [f"{'#' * level} {self.title}", ""]
        out.append("| " + " | ".join(str(c) for c in self.columns) + " |")
        out.append("|" + "|".join("---" for _ in self.columns) + "|")
        for row in self.rows:
            cells = [fmt(c) for c in row]
            out.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        out.append("")
        if self.note:
            out.append(f"*How measured.* {self.note}")
            out.append("")
        for r in self.remarks:
            out.append(f"- {r}")
        if self.remarks:
            out.append("")
        return "\n".join(out)


def code(text: str) -> str:
    """``text`` as a Markdown code span, safe when it holds backticks (UD's ````` quotes)."""
    text = " ".join(str(text).split())
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    if not longest:
        return f"`{text}`"
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def fmt(value: Any) -> str:
    """A cell as text: None as an en dash, floats rounded by size (stages pass ratios
    through ``pct`` first), big ints with thousands separators."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    return str(value)


def pct(value: float | None, digits: int = 1) -> str:
    """A ratio in [0, 1] as a percentage string ("83.7")."""
    if value is None:
        return "–"
    return f"{100 * value:.{digits}f}"


def render(tables: Sequence[Table], level: int = 3) -> str:
    return "\n".join(t.markdown(level) for t in tables)
