"""Where articles come from: files, folders and standard input.

`read(paths)` yields a `RawDocument` for every readable article and a `Rejection` for
everything else (empty, binary, wrong encoding, too large, unknown kind, broken JSON).
Nothing here raises for bad input: the caller reports the rejection and goes on.
"""

from __future__ import annotations

from .files import read

__all__ = ["read"]
