"""The time stage: temporal expressions and the document date."""

from __future__ import annotations

from ghatna.records import Analysis, DocDate, Sentence, TimeExpr
from ghatna.registry import stage
from ghatna.time.docdate import infer_doc_date
from ghatna.time.tagger import find_candidates
from ghatna.time.values import anchor_of, to_timex


def tag_text(text: str, sentences: list[Sentence], doc_date: DocDate | None) -> tuple[list[TimeExpr], DocDate | None]:
    """The time expressions of ``text`` and the document date: ``doc_date`` when given (metadata),
    else the one inferred from the text (``inferred=True``), else None."""
    candidates = find_candidates(text, sentences)
    if doc_date is None:
        doc_date = infer_doc_date(candidates, text)
    anchor = anchor_of(doc_date)
    timexes = [to_timex(c, text, anchor) for c in candidates if c.kind != "name_year"]
    return timexes, doc_date


@stage("time", requires={"sentences"}, produces={"timexes"})
def time_stage(analysis: Analysis) -> Analysis:
    article = analysis.article
    analysis.timexes, article.date = tag_text(article.text, analysis.sentences, article.date)
    return analysis
