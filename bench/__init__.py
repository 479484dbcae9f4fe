"""Benchmark harness for kilas.

The harness is kept apart from the ``kilas`` package: ``datasets``, ``metrics``
and ``baselines`` never import kilas; only the stage runners (``run_*``) call
kilas's public functions, beside the baselines, in the same process.

Run it with ``python -m bench --data ../shared/data`` (``--only sentences,ner``
for a subset, ``--out BENCHMARKS.md`` for the report file); see ``__main__``.

Modules
-------
``bench.datasets``
    Loaders for the public Indonesian data sets under ``../shared/data``
    (relative to the repository root). They return plain Python structures.
``bench.metrics``
    Scoring functions (sentence boundary F1, span F1, entity F1, bag-of-words
    F1, ROUGE, B-cubed, timing).
``bench.baselines``
    Public systems (trafilatura, jusText, spaCy, pySBD, sumy, dateparser,
    scikit-learn) wrapped so they can be scored like kilas.
``bench.report``
    ``Table`` (rows + "how measured" note) and its Markdown rendering.
``bench.run_sentences``, ``run_ner``, ``run_html``, ``run_quotes``,
``run_times``, ``run_summaries``, ``run_stories``, ``run_throughput``
    One stage each: ``run(data_root) -> list[Table]``.
"""
