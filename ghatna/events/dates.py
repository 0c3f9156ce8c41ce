"""The date of an event: a temporal expression of its own clause (or, failing that, the only one
of its sentence), from the time stage's ``analysis.timexes``. An undated event stays undated —
never the article date."""

from __future__ import annotations

from ghatna.records import EventDate, TimeExpr


def date_of(
    timexes: list[TimeExpr], sentence: int, clause_span: tuple[int, int], trigger_start: int
) -> EventDate | None:
    own = [t for t in timexes if t.sentence == sentence and t.value_start and t.precision]
    if not own:
        return None
    lo, hi = clause_span
    in_clause = [t for t in own if t.start >= lo and t.end <= hi]
    if in_clause:
        before = [t for t in in_clause if t.start <= trigger_start]
        chosen = before[-1] if before else in_clause[0]
    elif len(own) == 1:
        chosen = own[0]
    else:
        return None
    return to_event_date(chosen)


def to_event_date(timex: TimeExpr) -> EventDate | None:
    if not timex.value_start or not timex.precision:
        return None
    end = timex.value_end if timex.value_end and timex.value_end != timex.value_start else None
    return EventDate(start=timex.value_start, end=end, precision=timex.precision, text=timex.text)
