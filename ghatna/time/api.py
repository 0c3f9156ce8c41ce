"""What the event coder asks the time layer: the dates inside a span, and the date of an event."""

from __future__ import annotations

from functools import cache

import regex

from ghatna.records import Analysis, EventDate, TimeExpr
from ghatna.text.normalise import fold
from ghatna.time.lexicon import LEFT, RIGHT, lexicon
from ghatna.time.tense import is_noun_modifier, is_reference_point, words_after

#: Kinds that date an event by themselves (an open "until"/"before" or a bare duration does not).
DATING_KINDS = frozenset({"date", "relative", "range", "since", "after"})


def dates_in_span(analysis: Analysis, start: int, end: int) -> list[TimeExpr]:
    """Every time expression that lies wholly inside ``[start, end)`` of the article text, in order."""
    return [t for t in analysis.timexes if start <= t.start and t.end <= end]


def event_date(analysis: Analysis, sentence_index: int, clause_span: tuple[int, int] | None = None) -> EventDate | None:
    """The date of an event whose evidence is ``clause_span`` (default: the whole sentence).

    1. The first placed expression of a dating kind inside the clause gives the date, unless it
       is only the point a later one counts from ("मंगलवार को X के बाद बुधवार को … किया": the
       act is Wednesday's) and a later one follows, or dates a noun through a participle ("वर्ष
       2001 में हुए हमले … बुधवार को"), where a later expression of the clause gives the date or,
       unplaced, none.
    2. Otherwise, when the sentence says "इस दौरान" (or another inherit cue of
       ``time/tense.yaml``), the event inherits the span of the nearest earlier range ("2 अक्टूबर
       से … तीन दिवसीय यात्रा" → 2018-10-02..2018-10-04).
    3. Otherwise None (the event coder then asks :mod:`ghatna.time.story` for the story's day).
    """
    sentence = analysis.sentences[sentence_index]
    start, end = clause_span or (sentence.start, sentence.end)
    inside = [timex for timex in dates_in_span(analysis, start, end) if timex.kind in DATING_KINDS]
    dated = [(timex, made) for timex in inside if (made := _as_event_date(timex))]
    for n, (timex, made) in enumerate(dated):
        if inside[-1] is not timex and _dates_a_noun(analysis.article.text, timex):
            continue  # "2001 में हुए हमले के शहीदों के परिजनों ने बुधवार को …": Wednesday's act
        if n + 1 == len(dated) or not _reference_point(analysis.article.text, timex):
            return made
    if not _inherit_cue().search(fold(analysis.article.text[sentence.start : sentence.end]).key):
        return None
    for timex in reversed(analysis.timexes):
        if timex.sentence < sentence_index and timex.kind == "range":
            return _as_event_date(timex)
    return None


def _as_event_date(timex: TimeExpr) -> EventDate | None:
    if timex.kind not in DATING_KINDS or timex.value_start is None or timex.precision is None:
        return None
    end = timex.value_end if timex.kind in {"range", "date", "relative"} else None
    return EventDate(timex.value_start, end, timex.precision, timex.text)


def _dates_a_noun(text: str, timex: TimeExpr) -> bool:
    return is_noun_modifier(words_after(text, timex.end))


def _reference_point(text: str, timex: TimeExpr) -> bool:
    return is_reference_point(words_after(text, timex.end))


@cache
def _inherit_cue() -> regex.Pattern[str]:
    return regex.compile(LEFT + lexicon().alt("inherit_cues") + RIGHT)
