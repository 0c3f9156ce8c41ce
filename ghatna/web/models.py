"""Response models: they document the API in OpenAPI; extra fields are allowed (OUTPUT.md)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Side(_Open):
    name_en: str | None
    name_hi: str | None
    country: str | None
    sector: str | None = None
    role: str | None = None


class EvidenceOut(_Open):
    sentence: int
    start: int
    end: int
    trigger: str
    text: str | None


class EventOut(_Open):
    id: int
    article_id: int
    article_doc_id: str
    type: str
    mode: str | None
    cameo: str | None
    quad: str | None
    score: float | None
    actor: Side | None
    recipient: Side | None
    location: dict[str, str | None] | None
    date: dict[str, str | None] | None
    when: str | None
    modality: str
    context: list[str]
    confidence: float
    evidence: list[EvidenceOut]


class EventPage(_Open):
    total: int
    limit: int
    offset: int
    sort: str
    events: list[EventOut]


class ArticleSummary(_Open):
    id: int
    doc_id: str
    title: str | None
    source: str
    url: str | None
    date_value: str | None
    dateline_hi: str | None
    dateline_en: str | None
    language: str
    ingested_at: str
    preview: str
    events: int
    entities: int


class ArticlePage(_Open):
    total: int
    limit: int
    offset: int
    articles: list[ArticleSummary]


class ArticleRecord(_Open):
    """The OUTPUT.md record of the article, with its text, sentence spans and database ids."""

    id: str
    article_id: int
    text: str
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]
    sentences: list[list[int]]


class ActorOut(_Open):
    id: str
    name_en: str | None
    name_hi: str | None
    country: str | None
    sector: str | None
    events: int


class ActorPage(_Open):
    q: str | None
    limit: int
    offset: int
    actors: list[ActorOut]


class ActorDetail(ActorOut):
    as_actor: int
    as_recipient: int
    event_list: list[EventOut]


class DyadPoint(_Open):
    period: str
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    total: int
    mean_score: float | None


class DyadSeries(_Open):
    dyad: list[str]
    directed: bool
    period: str
    series: list[DyadPoint]
    undated: int
    events: int


class DyadCount(_Open):
    first: str
    second: str
    events: int


class DyadList(_Open):
    dyads: list[DyadCount]


class NetworkNode(_Open):
    id: str
    label: str | None
    name_hi: str | None
    country: str | None
    events: int


class NetworkEdge(_Open):
    source: str
    target: str
    cooperative: bool
    events: int
    types: dict[str, int]


class Network(_Open):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    since: str | None
    until: str | None


class Health(_Open):
    status: str
    version: str
    schema_version: int
    articles: int
    events: int
    allow_ingest: bool


class Version(_Open):
    version: str
    output_version: int


class Problem(BaseModel):
    detail: str
