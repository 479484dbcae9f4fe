"""Who said what: direct, partial and indirect quotes with their speaker.

- Direct: text between quote marks, straight or curly, including a quote that runs over
  several paragraphs (each new paragraph reopens the mark), a quote whose closing mark
  was lost in copying (it runs to the paragraph end), and a quote interrupted by its cue
  ('"Kami siap," kata dia, "tapi ..."').
- Partial: a few quoted words inside a sentence of reported speech.
- Indirect: "Menurut X, ...", "X mengatakan (bahwa) ...", "..., kata X."
- The speaker is the entity after the cue ("kata Sri") or before it ("Sri mengatakan");
  a pronoun or clitic cue ("ujarnya", "kata dia", "Ia menegaskan") points to the last
  speaker or, before anyone has spoken, to the last person named. Cue verbs are data
  (data/cues.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..model import Entity, Quote, Sentence
from .entities import _multiword

_PRONOUNS = {"dia", "ia", "beliau", "mereka", "nya"}
_OPEN = "\"“”"  # curly closers sometimes open a quote in sloppy copy
_QUOTE = re.compile(r"[\"“”]")


@lru_cache(maxsize=None)
def _cue_forms() -> tuple[frozenset[str], str]:
    forms = set()
    for line in resources.lines("cues.txt"):
        forms.update(line.lower().split())
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return frozenset(forms), alternation


@lru_cache(maxsize=None)
def end_cues() -> str:
    """Cues that follow what was said: "..., kata X" (base and -nya forms, not me- verbs)."""
    forms, _ = _cue_forms()
    short = [f for f in forms if " " not in f and not f.startswith(("me", "di", "ber", "te"))]
    return "|".join(sorted(map(re.escape, short), key=len, reverse=True))


def find_quotes(text: str, sentences: list[Sentence], entities: list[Entity]) -> list[Quote]:
    speakers = [e for e in entities if e.label in ("PER", "ORG")]
    people = [e for e in entities if e.label == "PER"]
    state = {"last": None}  # the last speaker, an Entity
    quotes: list[Quote] = []
    directs = _direct_spans(text)
    # One pass in reading order, so that "ujarnya" finds whoever spoke last, directly or not.
    events = [(start, "direct", (start, end)) for start, end in directs]
    events += [
        (s.start, "sentence", s) for s in sentences
        if not any(a < s.end and s.start < b for a, b in directs)
    ]
    for _, kind, item in sorted(events, key=lambda e: e[0]):
        found = (_direct(text, item, sentences, speakers, people, state) if kind == "direct"
                 else _indirect(text, item, speakers, people, state))
        if found:
            quotes.append(found)
    for earlier, later in zip(quotes, quotes[1:]):
        if (earlier.kind == "direct" and earlier.speaker is None and later.kind == "direct" and later.speaker
                and text[earlier.end : later.start].strip(" \"“”,\n") == ""):
            earlier.speaker, earlier.speaker_text, earlier.cue = later.speaker, later.speaker_text, later.cue
    return quotes


def _direct(text: str, span: tuple[int, int], sentences: list[Sentence], speakers, people, state) -> Quote | None:
    start, end = span
    inner_start = start + 1 if text[start] in _OPEN else start  # the opening mark may be lost
    inner_end = end - 1 if text[end - 1] in _OPEN else end
    q_text = text[inner_start:inner_end].strip()
    if len(q_text.split()) < 2:
        return None
    cue, speaker = (_cue_after(text, end, speakers, people, state)
                    or _cue_before(text, start, speakers, people, state) or (None, None))
    prev_end = state.get("direct_end")
    if speaker is None and prev_end is not None and _interrupted(text[prev_end:start]):
        # '"Kami siap," kata Ratna, "tapi ...": the second half has the first half's speaker.
        cue, speaker = cue or state.get("direct_cue"), state["last"]
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    kind = "direct"
    if sentence and start > sentence.start + 2 and len(q_text.split()) <= 8 and cue is None:
        kind = "partial"
        if re.match(r"(ia|dia|beliau)\b", sentence.text, re.I):
            speaker = _antecedent(text, start, people, state)
        else:
            speaker = _subject(sentence, speakers) or speaker
    if speaker is None and cue is None and kind == "direct" and _is_paragraph_quote(text, start):
        speaker = state["last"]  # a paragraph that is only a quote continues the last speaker
    if speaker is not None:
        state["last"] = speaker
    state["direct_end"], state["direct_cue"] = end, cue
    q_start = inner_start + (len(text[inner_start:inner_end]) - len(text[inner_start:inner_end].lstrip()))
    return _quote(q_text, speaker, cue, kind, q_start, q_start + len(q_text))


def _interrupted(between: str) -> bool:
    """Is this the cue between two halves of one quote: ', kata Ratna Kusumadewi, '?"""
    _, alternation = _cue_forms()
    return bool(re.fullmatch(rf"\s*,?\s*(?:{alternation})\b[^\"“”.!?]{{0,80}},\s*", between, re.I))


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted stretches, end just after the closing mark (or paragraph end)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        p_text, offset = para.group(), para.start()
        marks = [m.start() for m in _QUOTE.finditer(p_text)]
        i = 0
        _, alternation = _cue_forms()
        if len(marks) % 2 == 1 and marks[0] > 10 and re.match(rf"\s*,?\s*(?:{alternation})\b", p_text[marks[0] + 1 :], re.I):
            # The opening mark was lost in copying: '... naik," ujarnya.' The quote starts
            # where the sentence before the closing mark does (the paragraph start at most).
            ends = [e.end() for e in re.finditer(r"[.!?]\s+", p_text[: marks[0]])]
            spans.append((offset + (ends[-1] if ends else 0), offset + marks[0] + 1))
            i = 1
        while i < len(marks):
            open_at = marks[i]
            if i + 1 < len(marks):
                spans.append((offset + open_at, offset + marks[i + 1] + 1))
                i += 2
            else:
                # An unclosed mark: a lost closing mark before the cue ('"... ditemukan,
                # kata Deden.'), or a quote continued in the next paragraph, which then
                # runs to the end of the paragraph.
                if open_at < len(p_text) - 10:
                    _, alternation = _cue_forms()
                    cue = re.search(rf",\s*(?:{alternation})\b", p_text[open_at:], re.I)
                    close = open_at + cue.start() if cue else len(p_text)
                    spans.append((offset + open_at, offset + close))
                i += 1
    return spans


def _cue_after(text: str, end: int, speakers: list[Entity], people: list[Entity], state) -> tuple[str, Entity | None] | None:
    forms, alternation = _cue_forms()
    window = text[end : end + 90].split("\n", 1)[0]  # the cue is in the quote's paragraph
    m = re.match(rf"\s*,?\s*(?P<cue>{alternation})\b\s*(?P<rest>.{{0,60}})", window, re.I | re.S)
    if not m:
        return None
    cue = m.group("cue")
    cue_end = end + m.start("rest")
    if cue.lower().endswith("nya"):
        return cue, _antecedent(text, end, people, state)
    rest = m.group("rest").lower()
    if re.match(r"(dia|ia|beliau|mereka)\b", rest):
        return cue, _antecedent(text, end, people, state)
    # "kata Kepala Kantor SAR Bandung, Deden Supriatna": the person after the role wins.
    near = [e for e in speakers if cue_end <= e.start <= cue_end + 70 and not _crosses_sentence(text, cue_end, e.start)]
    person = next((e for e in near if e.label == "PER"), None)
    if person or near:
        return cue, person or near[0]
    return cue, _title_alone(text, cue_end)


def _title_alone(text: str, start: int) -> Entity | None:
    """A speaker named only by title: '"...," kata Presiden.' The title is the speaker."""
    titles, longest = _multiword("titles.txt")
    words = re.findall(r"[A-Z][\w.]*", text[start : start + 60].split(",")[0].split(".")[0])
    head = text[start : start + 60]
    for size in range(min(longest, len(words)), 0, -1):
        phrase = " ".join(words[:size])
        if phrase.lower() in titles and head.startswith(phrase):
            rest = head[len(phrase):]
            if not re.match(r"\s+[A-Z]", rest):  # a name follows: not a title alone
                return Entity(phrase, "PER", start, start + len(phrase), canonical=phrase)
    return None


def _cue_before(text: str, start: int, speakers: list[Entity], people: list[Entity], state) -> tuple[str, Entity | None] | None:
    forms, alternation = _cue_forms()
    window_start = max(0, text.rfind("\n", 0, start) + 1, start - 200)
    before = text[window_start:start]
    m = re.search(rf"\b(?P<cue>{alternation})\b\s*(?:bahwa\s*)?[,:]?\s*$", before, re.I)
    if not m:
        return None
    cue = m.group("cue")
    cue_at = window_start + m.start("cue")
    subject = text[window_start:cue_at].strip().lower()
    if re.search(r"\b(dia|ia|beliau)$", subject) or subject in ("", ):
        return cue, _antecedent(text, cue_at, people, state)
    speaker = _last_before([e for e in speakers if e.start >= window_start], cue_at)
    return cue, speaker


def _indirect(text: str, sentence: Sentence, speakers: list[Entity], people: list[Entity], state) -> Quote | None:
    s = sentence.text
    forms, alternation = _cue_forms()
    in_sentence = [e for e in speakers if sentence.start <= e.start < sentence.end]
    # "Menurut X, ..."
    m = re.match(r"menurut\s+(?P<who>[^,]{2,80}),\s*(?P<what>.+)$", s, re.I | re.S)
    if m:
        who_end = sentence.start + m.end("who")
        speaker = _last_before(in_sentence, who_end + 1)
        if re.match(r"(dia|ia|beliau|nya)\b", m.group("who").strip(), re.I):
            speaker = state["last"]
        return _indirect_quote(m.group("what"), sentence.start + m.start("what"), speaker, "menurut", state)
    # "Dilansir kantor berita Reuters, ..." / "Dikutip dari keterangan tertulis PT Jasa Marga, ..."
    m = re.match(r"(?:dilansir|dikutip|mengutip|seperti dikutip|sebagaimana dilansir)(?:\s+dari)?\s+(?P<who>[^,]{2,80}),\s*(?P<what>.+)$", s, re.I | re.S)
    if m:
        who_start, who_end = sentence.start + m.start("who"), sentence.start + m.end("who")
        inside = [e for e in in_sentence if who_start <= e.start < who_end]
        speaker = next((e for e in inside if e.label == "ORG"), inside[-1] if inside else None)
        return _indirect_quote(m.group("what"), sentence.start + m.start("what"), speaker,
                               s[: m.start("who")].strip().lower(), state)
    # "..., kata X." / "..., kata Wakil Menteri Perdagangan, Dian Kusumaningrum." at the end
    m = re.search(rf",\s*(?P<cue>{end_cues()})\s+(?P<who>[^,]{{2,60}}(?:,\s*[^,]{{2,40}})?)\.?$", s, re.I)
    if m and m.start() > 20:
        who_start = sentence.start + m.start("who")
        after = [e for e in in_sentence if e.start >= who_start]
        speaker = next((e for e in after if e.label == "PER"), after[0] if after else None)
        if speaker is None and re.match(r"(dia|ia|beliau)\b", m.group("who"), re.I):
            speaker = state["last"]
        if speaker is not None:
            return _indirect_quote(s[: m.start()], sentence.start, speaker, m.group("cue"), state)
    # "X mengatakan (bahwa) ..." / "Ia menegaskan ..."
    m = re.search(rf"\b(?P<cue>{alternation})\b\s*(?:,\s*)?(?:bahwa\s+)?(?P<what>.*)$", s, re.I | re.S)
    if m and not m.group("cue").lower().endswith("nya") and m.start() < len(s) * 0.6:
        cue_at = sentence.start + m.start("cue")
        subject = s[: m.start("cue")].strip()
        if re.fullmatch(r"(ia|dia|beliau|mereka)", subject, re.I):
            speaker = _antecedent(text, cue_at, people, state)
        else:
            # The subject: the last person before the cue ("Abdian Saputra, Koordinator
            # Ekajaya Fast Boat, juga menyampaikan ..."), else the last organisation.
            speaker = _last_before([e for e in in_sentence if e.label == "PER"], cue_at) or _last_before(in_sentence, cue_at)
            if speaker is None or len(s[: m.start("cue")].split()) > 20:
                return None
        if speaker is not None:
            return _indirect_quote(m.group("what"), sentence.start + m.start("what"), speaker, m.group("cue"), state)
    return None


def _indirect_quote(what: str, start: int, speaker: Entity | None, cue: str, state) -> Quote | None:
    stripped = what.strip().rstrip(".")
    if len(stripped.split()) < 4:
        if speaker is not None:
            state["last"] = speaker  # "Yanti membantah tudingan itu." makes Yanti the one "ia" means next
        return None
    offset = start + (len(what) - len(what.lstrip()))
    if speaker is not None:
        state["last"] = speaker
    return _quote(stripped, speaker, cue, "indirect", offset, offset + len(stripped))


def _quote(text: str, speaker: Entity | None, cue: str | None, kind: str, start: int, end: int) -> Quote:
    return Quote(
        text=text,
        speaker=speaker.canonical if speaker else None,
        speaker_text=speaker.text if speaker else None,
        cue=cue.lower() if cue else None,
        kind=kind,
        start=start,
        end=end,
        speaker_role=speaker.role if speaker else None,
    )


def _antecedent(text: str, position: int, people: list[Entity], state) -> Entity | None:
    """Whom a pronoun or clitic cue ("ujarnya", "kata dia", "Ia menegaskan") means: a person
    named as the subject of a recent sentence after the last speaker spoke ("Gatot juga
    berharap ... '...,' ucapnya"), else the last speaker, else the last person named."""
    last = state["last"]
    for e in reversed(people):
        if e.end > position:
            continue
        if e.start < position - 400 or (last is not None and e.start <= last.start):
            break
        if _is_subject(text, e):
            # "Gilang menjenguk sopir bus, Tarsono (51), ...": the first person of the
            # sentence is its subject, not one named in apposition after it.
            starts = [m.end() for m in re.finditer(r"[.!?\"”]\s+|\n", text[: e.start])]
            opening = starts[-1] if starts else 0
            return next((p for p in people if opening <= p.start < e.start), e)
    return last or _last_before(people, position)


def _is_subject(text: str, e: Entity) -> bool:
    """Does the mention stand in the first part of its sentence, where Indonesian puts the
    subject ("Widyoseno Estitoyo berharap ...", "Acara itu dihadiri William Wongso, ...")?"""
    starts = [m.end() for m in re.finditer(r"[.!?\"”]\s+|\n", text[: e.start])]
    start = starts[-1] if starts else 0
    end_match = re.search(r"[.!?](?:\s|$)", text[e.end :])
    end = e.end + end_match.end() if end_match else len(text)
    inside_quote = text[start : e.start].count("\"") % 2 == 1 or "“" in text[start : e.start]
    return not inside_quote and (e.start - start) <= 0.4 * max(1, end - start)


def _last_before(entities: list[Entity], position: int) -> Entity | None:
    before = [e for e in entities if e.end <= position]
    return before[-1] if before else None


def _subject(sentence: Sentence, speakers: list[Entity]) -> Entity | None:
    """The sentence's speaker: its first person, else its first organisation."""
    inside = [e for e in speakers if sentence.start <= e.start < sentence.end]
    return next((e for e in inside if e.label == "PER"), inside[0] if inside else None)


def _is_paragraph_quote(text: str, start: int) -> bool:
    para_start = text.rfind("\n", 0, start) + 1
    return not text[para_start:start].strip()


def _crosses_sentence(text: str, a: int, b: int) -> bool:
    return bool(re.search(r"[.!?]\s", text[a:b]))
