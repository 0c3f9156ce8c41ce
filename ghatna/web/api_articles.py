"""REST: articles (list, one with its extraction) and ``POST /api/extract``."""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from ghatna.ingest.article import make_article
from ghatna.output import to_record
from ghatna.pipeline import Pipeline, default_pipeline
from ghatna.run.extract import extract
from ghatna.store import open_store
from ghatna.store.read import article_record, count_articles, find_article_id, list_articles
from ghatna.text.content import content_id
from ghatna.web.models import ArticlePage, ArticleRecord, Problem
from ghatna.web.params import ARTICLE_KEY, DATE, KB, Limit, Offset, Text, settings

router = APIRouter(prefix="/api", tags=["articles"])
MAX_TEXT_CHARS = 100_000
_write_lock = threading.Lock()
_pipeline: list[Pipeline] = []


class ExtractIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="the article text (Hindi)")
    title: str | None = Field(None, max_length=500)
    date: str | None = Field(None, pattern=DATE, description="publication date, YYYY[-MM[-DD]]")
    source: str = Field("api", max_length=500, description="where the text came from")


@router.get("/articles", response_model=ArticlePage, summary="List articles")
def articles(
    kb: KB,
    q: Annotated[Text, Query(description="title, text or source contains")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stored articles, newest first, with their event and entity counts."""
    return {
        "q": q,
        "total": count_articles(kb, q),
        "limit": limit,
        "offset": offset,
        "articles": list_articles(kb, q, limit=limit, offset=offset),
    }


@router.get("/articles/{key}", response_model=ArticleRecord, responses={404: {"model": Problem}}, summary="One article")
def article(kb: KB, key: Annotated[str, Path(pattern=ARTICLE_KEY)]) -> dict[str, Any]:
    """An article by number or document id: its OUTPUT.md record with text, entities and events."""
    found = find_article_id(kb, key)
    if found is None:
        raise HTTPException(404, f"no article {key!r}")
    return article_record(kb, found)


def _shared_pipeline() -> Pipeline:
    if not _pipeline:
        _pipeline.append(default_pipeline())
    return _pipeline[0]


@router.post(
    "/extract",
    response_model=dict[str, Any],
    responses={403: {"model": Problem}, 413: {"model": Problem}},
    summary="Extract events from a text",
)
def extract_text(
    request: Request,
    body: ExtractIn,
    store: Annotated[bool, Query(description="also store it (needs serve --allow-ingest)")] = False,
) -> dict[str, Any]:
    """Text in, the OUTPUT.md record out. Nothing is written unless ``store`` is set and the
    server was started with ``--allow-ingest``."""
    config = settings(request)
    if store and not config.allow_ingest:
        raise HTTPException(403, "this server is read-only; start it with --allow-ingest to store articles")
    if len(body.text) > config.max_text_chars:
        raise HTTPException(413, f"the text is longer than {config.max_text_chars} characters")
    warnings: list[str] = []
    item = make_article(
        body.text, body.source, title=body.title, read_title=True, date_value=body.date, warnings=warnings
    )
    analysis = extract(item, _shared_pipeline())
    analysis.warnings[:0] = warnings
    record = to_record(analysis)
    if store:
        with _write_lock, open_store(config.db) as kb:
            result = kb.add([analysis])
            row = kb.connection.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (content_id(item.given_text),)
            ).fetchone()
        record["stored"] = result.added == 1
        record["article_id"] = None if row is None else int(row[0])
    return record
