"""The date of an event, through the time layer's API (``ghatna.time.api``): a date of its own
clause (not of a relative phrase embedded before the trigger), else a period the sentence says it
falls in (इस दौरान), else the day of the story it is told in (``ghatna.time.story``). An event
that none of these dates stays undated: the article date is never stamped on it as such."""

from __future__ import annotations

from bisect import bisect_left

from ghatna.records import Analysis, EventDate, TimeExpr
from ghatna.time.api import DATING_KINDS, event_date
from ghatna.time.story import StoryDates


class EventDates:
    """Dates for the events of one article; what a sentence inherits is worked out once per
    sentence (the API reads the whole sentence for it), so long sentences stay linear."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._inherited: dict[int, EventDate | None] = {}
        self._story = StoryDates(analysis)
        dating = sorted(
            (t.start, t.end, n, t)
            for n, t in enumerate(analysis.timexes)
            if t.kind in DATING_KINDS and t.value_start is not None and t.precision is not None
        )
        self._rows = [(s, e, t) for s, e, _, t in dating]
        self._starts = [row[0] for row in self._rows]

    def date_of(self, sentence: int, clause_span: tuple[int, int]) -> EventDate | None:
        lo, hi = clause_span
        own: list[TimeExpr] = []
        first = bisect_left(self._starts, lo)
        if first and self._rows[first - 1][1] > lo:
            first -= 1  # a clause split inside the expression ("दिसम्बर , 2000 में …") keeps it
        for start, end, timex in self._rows[first:]:
            if start >= hi:
                break
            if end <= hi:
                own.append(timex)
        if own:
            return event_date(self.analysis, sentence, (own[0].start, hi))
        if sentence not in self._inherited:
            start = self.analysis.sentences[sentence].start
            self._inherited[sentence] = event_date(self.analysis, sentence, (start, start))
        return self._inherited[sentence] or self._story.date_of(sentence, lo)
