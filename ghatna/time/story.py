"""The date of an event whose own clause names no time, from the story it is told in.

News tells the story of a day. Once a clause dates what happened ("सोमवार को बैठक हुई"), the
clauses after it that name no time of their own go on in that day: it is the narrative's
*reference time*, and it holds until the text names another. So an undated event takes the day
of the latest dated clause in an earlier sentence, where that date is placed to the day (a
weekday, कल, आज, a day-month; not a month or a year, which frame a story without dating its
events), is not after the publication day, and is the time of what happened or is happening:
a future clause ("गुरुवार से दुकानें खुलेंगी") announces, it does not date the story, and an
undated future clause stays undated.

The past perfect ("सोमवार को बैठक हुई थी") tells the background before the story's own past. It
is a layer of its own: its dates date only the past-perfect clauses after them, and the story's
days never date a past-perfect clause.

Before any such date an event stays undated, whatever its tense: OUTPUT.md gives an event no
date the text does not give, and the publication date is the article's, not the event's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Literal

from ghatna.records import Analysis, EventDate, TimeExpr
from ghatna.time.tense import is_past_perfect, tense_of, words_after

_STORY_KINDS = frozenset({"date", "relative"})


Layer = Literal["story", "background"]


def _layer(text: str, start: int) -> Layer | None:
    """The layer of the narrative a clause tells; None: a clause ahead of it (future)."""
    words = words_after(text, start)
    if tense_of(words) == "future":
        return None
    return "background" if is_past_perfect(words) else "story"


class StoryDates:
    """The day of each layer before each sentence of one article, worked out once for the article."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        text = analysis.article.text
        doc = analysis.article.date
        latest = doc.value if doc is not None and doc.precision == "day" else None
        self._days: dict[Layer, list[TimeExpr]] = {"story": [], "background": []}
        for timex in analysis.timexes:
            layer = _layer(text, timex.end) if _sets_the_day(timex, latest) else None
            if layer is not None:
                self._days[layer].append(timex)
        self._sentences = {layer: [t.sentence for t in days] for layer, days in self._days.items()}

    def date_of(self, sentence: int, clause_start: int) -> EventDate | None:
        """The date of an undated event whose clause begins at ``clause_start`` in ``sentence``."""
        layer = _layer(self.analysis.article.text, clause_start)
        if layer is None:
            return None
        before = bisect_left(self._sentences[layer], sentence)
        if before:
            day = self._days[layer][before - 1]
            return EventDate(day.value_start or "", None, "day", day.text)
        return None  # OUTPUT.md: a date the text does not give is absent, not the publication day


def _sets_the_day(timex: TimeExpr, latest: str | None) -> bool:
    """A single day, and none after the document's own (what happened or is happening)."""
    day = timex.value_start
    if timex.kind not in _STORY_KINDS or timex.precision != "day" or day is None:
        return False
    return timex.value_end in (None, day) and (latest is None or day <= latest)
