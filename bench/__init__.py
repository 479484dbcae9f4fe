"""Benchmark harness for kilas.

The harness is kept apart from the ``kilas`` package: nothing in ``bench``
imports kilas. The runner passes kilas's functions in as plain callables.

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
"""
