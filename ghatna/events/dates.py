"""The date of an event, through the time layer's API (``ghatna.time.api``): a date of its own
clause (not of a relative phrase embedded before the trigger), else a period the sentence says it
falls in (इस दौरान). An undated event stays undated — never the article date."""

from __future__ import annotations

from ghatna.records import Analysis, EventDate
from ghatna.time.api import event_date


def date_of(analysis: Analysis, sentence: int, clause_span: tuple[int, int]) -> EventDate | None:
    return event_date(analysis, sentence, clause_span)
