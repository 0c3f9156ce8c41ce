"""Response models: they document the API in OpenAPI; extra fields are allowed (OUTPUT.md)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Side(_Open):
    id: int | None
    code: str | None
    name_en: str | None
    name_hi: str | None
    country: str | None
    sector: str | None = None


class EvidenceOut(_Open):
    event: int
    article_id: int
    article: str
    article_date: str | None
    sentence: int
    start: int
    end: int
    trigger: str
    text: str | None


class EventOut(_Open):
    """One fused event: the record ``ghatna events --format json`` prints. ``date`` is the event's own
    date (empty when it has none); ``days`` the range it is filed under, its article's date if need be."""

    id: int
    type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    quad: str | None
    plover_score: float | None
    actor: Side | None
    recipient: Side | None
    # name_hi, name_en, country; a geocoded place adds geonames_id, lat, lon, feature, admin1, basis
    location: dict[str, str | int | float | None] | None
    date: dict[str, str | None] | None
    article_date: str | None
    days: list[str | None]
    date_from_article: bool
    modality: str
    context: list[str]
    confidence: float
    source_count: int
    outlet_count: int
    article_id: int | None
    article: str | None
    evidence: list[EvidenceOut]


class EventPage(_Open):
    total: int
    limit: int | None
    offset: int
    sort: str
    events: list[EventOut]


class FacetValue(_Open):
    value: str | int
    events: int


class Facets(_Open):
    type: list[FacetValue]
    country: list[FacetValue]
    mode: list[FacetValue]
    quad_class: list[FacetValue]
    sector: list[FacetValue]
    modality: list[FacetValue]
    context: list[FacetValue]


class Period(_Open):
    period: str
    events: int


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
    id: int
    type: str | None
    code: str | None
    name_en: str | None
    name_hi: str | None
    country: str | None
    sector: str | None
    events: int
    as_actor: int
    as_recipient: int
    articles: int


class ActorPage(_Open):
    q: str | None
    total: int
    limit: int
    offset: int
    actors: list[ActorOut]


class Counterpart(_Open):
    id: int
    name_en: str | None
    name_hi: str | None
    country: str | None
    events: int


class ActorDetail(ActorOut):
    names: list[str]
    links: list[dict[str, Any]]  # the first 200
    link_count: int
    kb_links: list[dict[str, Any]] = []  # the knowledge-base links of its entities: article, kb_id, score, reason
    timeline: list[Period]
    counterparts: list[Counterpart]
    event_total: int
    event_list: list[EventOut]


class DyadPoint(_Open):
    period: str
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    events: int
    reports: int
    cooperative: int
    mean_score: float | None


class DyadSeries(_Open):
    dyad: list[str]
    directed: bool
    period: str
    series: list[DyadPoint]
    undated: int
    events: int
    event_total: int
    event_list: list[EventOut]


class DyadCount(_Open):
    first: str
    second: str
    events: int


class DyadList(_Open):
    dyads: list[DyadCount]


class TopActor(_Open):
    id: int
    name_en: str | None
    name_hi: str | None
    country: str | None
    code: str | None = None
    events: int


class Dashboard(_Open):
    articles: int
    events: int
    actors: int
    per_month: list[Period]
    per_type: list[FacetValue]
    top_actors: list[TopActor]
    top_dyads: list[DyadCount]


class NetworkNode(_Open):
    id: int
    label: str | None
    name_hi: str | None
    country: str | None
    events: int


class NetworkEdge(_Open):
    source: int
    target: int
    cooperative: bool
    events: int
    types: dict[str, int]


class Network(_Open):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    links: int
    since: str | None
    until: str | None


class Health(_Open):
    status: str
    version: str
    schema_version: int
    database: str
    articles: int
    events: int
    actors: int
    allow_ingest: bool


class Version(_Open):
    version: str
    output_version: int


class Problem(BaseModel):
    detail: str
