"""The date of an event whose own clause names no time, from the story it is told in.

News tells the story of a day. Once a clause dates what happened ("सोमवार को बैठक हुई"), the
clauses after it that name no time of their own go on in that day: it is the narrative's
*reference time*, and it holds until the text names another. So an undated event takes the day
of the latest dated clause in an earlier sentence, where that date

- is placed to the day (a weekday, कल, आज, a day-month; not a month or a year, which frame a
  story without dating its events), and
- is the time of what happened or is happening: not of a future clause ("गुरुवार से दुकानें
  खुलेंगी" announces, it does not date the story), nor of a past-perfect one ("सोमवार को बैठक
  हुई थी": background before the story's own past).

The event's clause must itself tell the story: a future clause or a past-perfect one names
something outside the story's day, and stays undated.

Before any such date, a clause in the present or the present perfect ("… ने अपील की है",
"… रहे हैं") is the report's own *now*: the publication date, but only when the metadata gives
that date to the day. A date inferred from the text is not a publication date, and an event is
never dated by an inference.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ghatna.records import Analysis, EventDate, TimeExpr
from ghatna.time.readings import Tense
from ghatna.time.tense import is_past_perfect, is_present_perfect, tense_of, words_after

_STORY_KINDS = frozenset({"date", "relative"})


@dataclass(frozen=True, slots=True)
class _Told:
    """What a clause says of its time: whether it tells the story's day or the report's now."""

    tense: Tense
    story: bool
    now: bool


def _told(text: str, start: int) -> _Told:
    words = words_after(text, start)
    tense = tense_of(words)
    if tense == "future" or is_past_perfect(words):
        return _Told(tense, story=False, now=False)
    return _Told(tense, story=True, now=tense == "present" or is_present_perfect(words))


class StoryDates:
    """The story's day before each sentence of one article, worked out once for the article."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        text = analysis.article.text
        doc = analysis.article.date
        self._report = doc.value if doc is not None and not doc.inferred and doc.precision == "day" else None
        latest = doc.value if doc is not None and doc.precision == "day" else None
        setting = [t for t in analysis.timexes if _sets_the_day(t, latest) and _tells_the_day(text, t)]
        self._sentences = [t.sentence for t in setting]
        self._days = setting

    def date_of(self, sentence: int, clause_start: int) -> EventDate | None:
        """The date of an undated event whose clause begins at ``clause_start`` in ``sentence``."""
        told = _told(self.analysis.article.text, clause_start)
        if not told.story and not told.now:
            return None
        before = bisect_left(self._sentences, sentence)
        if before:
            day = self._days[before - 1]
            return EventDate(day.value_start or "", None, "day", day.text)
        if told.now and self._report is not None:
            return EventDate(self._report, None, "day", None)
        return None


def _sets_the_day(timex: TimeExpr, latest: str | None) -> bool:
    """A single day, and none after the document's own (what happened or is happening)."""
    day = timex.value_start
    if timex.kind not in _STORY_KINDS or timex.precision != "day" or day is None:
        return False
    return timex.value_end in (None, day) and (latest is None or day <= latest)


def _tells_the_day(text: str, timex: TimeExpr) -> bool:
    """The expression is the time of a clause whose verb says it happened or is happening."""
    told = _told(text, timex.end)
    return told.story
