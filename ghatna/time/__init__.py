"""Time: Hindi temporal expressions and document-date inference.

The ``time`` stage (:mod:`ghatna.time.stage`) fills ``analysis.timexes`` and, when the metadata
gives no date, sets ``analysis.article.date`` to a date inferred from the text
(``DocDate(inferred=True, basis=...)``), or leaves it None when nothing supports one.

How it works: a data-driven tagger (cue words in ``ghatna/lang/hi/time/*.yaml``, matched on
variant-folded keys) finds expressions and what they say (:mod:`~ghatna.time.tagger`); the tense
of each clause picks readings such as कल = yesterday/tomorrow (:mod:`~ghatna.time.tense`); the
document date is inferred (:mod:`~ghatna.time.docdate`); then each expression is placed on the
calendar at an honest precision (:mod:`~ghatna.time.values`, which documents the value
conventions per kind: date, relative, range, since, after, until, before, duration).
``dateparser`` is not used: it misplaces precision on this text (जनवरी 2017 → 2017-01-03).

For the event coder:

- ``dates_in_span(analysis, start, end) -> list[TimeExpr]``: the expressions inside a span.
- ``event_date(analysis, sentence_index, clause_span=None) -> EventDate | None``: an event's own
  date from its clause; else the span of the enclosing visit where the sentence says "इस दौरान";
  else None.
- ``StoryDates(analysis).date_of(sentence_index, clause_start)`` (:mod:`~ghatna.time.story`): for
  an event that names no time, the day of the story it is told in, or the publication day of a
  report in the present (perfect); never an inferred article date.
"""

from ghatna.time.api import dates_in_span, event_date
from ghatna.time.stage import tag_text

__all__ = ["dates_in_span", "event_date", "tag_text"]
