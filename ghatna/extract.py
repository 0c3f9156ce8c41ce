"""``extract``: article in, analysis out. Pure: no database."""

from __future__ import annotations

from ghatna.errors import InputError
from ghatna.nlp.language import guess_language
from ghatna.pipeline import Pipeline, default_pipeline
from ghatna.records import Analysis, Article


def extract(article: Article, pipeline: Pipeline | None = None) -> Analysis:
    """Run the pipeline over one article; a non-Hindi text is still processed, with a warning."""
    guess = guess_language(article.text)
    article.language = guess.language
    analysis = (pipeline or default_pipeline()).run(article)
    if guess.language != "hi":
        analysis.warnings.append(
            f"language looks like {guess.language!r}, not Hindi "
            f"(Devanagari {guess.devanagari_share:.0%}, Hindi function words {guess.function_word_rate:.0%})"
        )
    return analysis


def extract_or_error(article: Article, pipeline: Pipeline | None = None) -> Analysis | InputError:
    """``extract``, but a failure inside the pipeline becomes an error for this article alone, so
    one pathological text never stops a batch."""
    try:
        return extract(article, pipeline)
    except Exception as e:
        return InputError(
            article.source, f"internal error while analysing ({type(e).__name__}: {e}); skipped — please report it"
        )
