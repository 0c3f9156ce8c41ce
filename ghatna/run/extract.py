"""``extract``: article in, analysis out. Pure: no database."""

from __future__ import annotations

from ghatna.errors import InputError
from ghatna.pipeline import Pipeline, default_pipeline
from ghatna.records import Analysis, Article
from ghatna.text.language import guess_language


def extract(article: Article, pipeline: Pipeline | None = None) -> Analysis:
    """Run the pipeline over one article; a non-Hindi text is still processed, with a warning."""
    note = _language_note(article)
    analysis = (pipeline or default_pipeline()).run(article)
    if note:
        analysis.warnings.append(note)
    return analysis


def extract_many(articles: list[Article], pipeline: Pipeline | None = None) -> list[Analysis | InputError]:
    """``extract`` over several articles with batched stages; if the batch fails, each article is
    retried alone so that only the article at fault is lost."""
    pipeline = pipeline or default_pipeline()
    notes = [_language_note(a) for a in articles]
    try:
        analyses = pipeline.run_many(articles)
    except Exception:
        return [extract_or_error(a, pipeline) for a in articles]
    for analysis, note in zip(analyses, notes, strict=True):
        if note:
            analysis.warnings.append(note)
    return list(analyses)


def _language_note(article: Article) -> str | None:
    guess = guess_language(article.text)
    article.language = guess.language
    if guess.language == "hi":
        return None
    return (
        f"language looks like {guess.language!r}, not Hindi "
        f"(Devanagari {guess.devanagari_share:.0%}, Hindi function words {guess.function_word_rate:.0%})"
    )


def extract_or_error(article: Article, pipeline: Pipeline | None = None) -> Analysis | InputError:
    """``extract``, but a failure inside the pipeline becomes an error for this article alone, so
    one pathological text never stops a batch."""
    try:
        return extract(article, pipeline)
    except Exception as e:
        return InputError(
            article.source, f"internal error while analysing ({type(e).__name__}: {e}); skipped — please report it"
        )
