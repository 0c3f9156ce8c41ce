"""The typed records that flow through the pipeline.

Offsets are Unicode code-point offsets into ``Article.text`` (NFC), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]
Modality = Literal["asserted", "future", "negated", "hypothetical"]
EntityType = Literal["PERSON", "LOCATION", "ORGANIZATION", "EVENT", "DATE", "NUMBER", "ARTIFACT"]


@dataclass(frozen=True, slots=True)
class Place:
    name_hi: str | None
    name_en: str | None = None
    country: str | None = None
    # filled by the places stage when the place is geocoded (GeoNames), with the basis of an event's place
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # GeoNames feature class and code: "P.PPL", "A.ADM1", "A.PCLI", "L.CONT"
    admin1: str | None = None  # GeoNames admin1 code with its country: "IN.16"
    basis: str | None = None  # clause | sentence | visit | dateline | nearby | article: where an event's place was read


@dataclass(frozen=True, slots=True)
class GeoMention:
    """A place mention and what the geocoder made of it; ``place`` is None for NIL."""

    start: int
    end: int
    sentence: int
    name_hi: str
    place: Place | None
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class DocDate:
    value: str
    precision: Precision
    inferred: bool
    basis: str | None = None


@dataclass(slots=True)
class Article:
    id: str
    text: str
    source: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    # a title from the record's metadata put before its text (so that the headline is read too):
    # the text the record gave starts after it, and the content hash covers only that
    title_prefix: int = 0
    dateline: Place | None = None
    dateline_span: tuple[int, int] | None = None
    date: DocDate | None = None
    url: str | None = None
    language: str = "hi"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def given_text(self) -> str:
        """The text as the record gave it, without a title put before it."""
        return self.text[self.title_prefix :]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    start: int
    end: int
    text: str
    sentence: int
    pos: str = ""
    tag: str = ""
    lemma: str = ""
    morph: str = ""
    head: int = -1
    dep: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: EntityType
    sentence: int
    source: str = "ner"


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name_hi: str | None
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    kb_id: str | None = None  # the actor knowledge base's entry (a Wikidata QID or a KB id)
    qid: str | None = None
    link_score: float | None = None
    link_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    entity: str | None
    name_en: str | None
    country: str | None
    sector: str | None = None
    name_hi: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    sentence: int
    value_start: str | None
    value_end: str | None
    precision: Precision | None
    kind: str = "date"
    duration: str | None = None  # ISO 8601 length of a duration ("P3D"), when the text gives one


@dataclass(frozen=True, slots=True)
class EventDate:
    start: str
    end: str | None
    precision: Precision
    #: The words that gave the date; two events on the same day have the same date, whatever words gave it.
    text: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: int
    start: int
    end: int
    trigger: str


@dataclass(slots=True)
class Event:
    type: str
    actor: Actor | None
    recipient: Actor | None
    evidence: list[Evidence]
    mode: str | None = None
    cameo: str | None = None
    location: Place | None = None
    date: EventDate | None = None
    modality: Modality = "asserted"
    context: list[str] = field(default_factory=list)
    confidence: float = 0.5


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline knows about one article; each stage fills its part."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[GeoMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    spacy_doc: Any = None
