"""Every tunable number in one place, with the reason for its default.

Stages take a `Settings` and read only their own fields; a caller changes behaviour by
passing `Settings(story_window_days=30)` rather than by flags scattered through the code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # --- ingest ---
    # Larger inputs are rejected: a news article is rarely over 200 kB of text; a 20 MB
    # "article" is a dump or a binary, and would stall the pipeline.
    max_input_bytes: int = 20_000_000

    # --- clean ---
    # Documents read ahead and compared with each other: a line printed on three pages of
    # the window (that are not copies of each other) is the site's furniture, not body.
    # A thousand pages of text hold about 5 MB.
    furniture_window: int = 1000
    # Near-duplicate threshold on word-5-gram MinHash Jaccard: syndicated wire copy with a
    # new header and one edited sentence scores about 0.8; two outlets' own reports of one
    # event score under 0.2.
    duplicate_threshold: float = 0.6
    minhash_permutations: int = 128

    # --- understand ---
    # The entity model: "accurate" (the fine-tuned e5 encoder, about 0.1 s for a typical
    # article on one core) or "fast" (the spaCy CNN, for bulk ingestion at tens of
    # thousands of words per second, a few points less accurate: see BENCHMARKS.md).
    ner: str = "accurate"

    # --- stories ---
    # A story keeps growing while follow-ups arrive; similarity decays with the gap
    # between an article and the story's latest article (half-life in days).
    story_half_life_days: float = 10.0
    # Beyond this gap an article never joins a story, however similar.
    story_window_days: float = 180.0
    # The least weight evidence keeps however long the gap within the window: a follow-up
    # months later joins only when it would score story_threshold / this weight fresh.
    story_long_gap_weight: float = 0.6
    # Minimum combined similarity (text cosine and shared entities) to join a story.
    story_threshold: float = 0.30
    # Summary: sentence count and word budget.
    summary_min_sentences: int = 3
    summary_max_sentences: int = 7
    summary_word_budget: int = 160


DEFAULT = Settings()
