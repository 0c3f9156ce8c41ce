"""From a phrase to the actors it names.

The entities stage (``analysis.entities`` with their mention spans) is asked first; where it has
nothing, a fallback lexicon (``ghatna/lang/hi/events/actors.yaml`` and ``countries.yaml``) reads
country names, demonyms, organisations and kinds of actor (पुलिस, सरकार, नक्सली) from the phrase.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

from ghatna.actors.gazetteer import direction_variants, gazetteer
from ghatna.actors.scan import cues as actor_cues
from ghatna.actors.words import loose_key
from ghatna.events.holders import holder_of, named_holder
from ghatna.events.lexicon import Phrase, key_tokens
from ghatna.lang import load
from ghatna.places.stage import place_countries
from ghatna.records import Actor, Analysis, Entity, Place


@dataclass(frozen=True, slots=True)
class Known:
    kind: str  # country | demonym | place | organisation | generic
    code: str | None
    name_en: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Resolved:
    actor: Actor
    how: str  # entity | country | organisation | role | generic | name
    place: Place | None = None
    is_place: bool = False
    placed: bool = True  # False when the country is the article's home, not read from the phrase


@cache
def known_phrases() -> tuple[dict[Phrase, Known], int]:
    table: dict[Phrase, Known] = {}
    names = _country_names()
    for entry in load("events/countries")["countries"]:
        for name in entry["hi"]:
            table[key_tokens(name)] = Known("country", entry["code"], names[entry["code"]], None)
    for entry in load("events/countries")["countries"]:
        for name in entry["hi"]:
            for variant in direction_variants(name):
                table.setdefault(key_tokens(variant), Known("country", entry["code"], names[entry["code"]], None))
    data = load("events/actors")
    for entry in data["demonyms"]:
        for name in entry["hi"]:
            table.setdefault(key_tokens(name), Known("demonym", entry["code"], None, None))
    for key in ("places", "organisations"):
        for entry in data.get(key, []):
            kind = "place" if key == "places" else "organisation"
            for name in entry["hi"]:
                table[key_tokens(name)] = Known(kind, entry["code"], entry["en"], entry.get("sector"))
    for entry in data["generic"]:
        for name in entry["hi"]:
            table.setdefault(key_tokens(name), Known("generic", None, entry["en"], entry["sector"]))
    longest = max(len(k) for k in table)
    return table, longest


@cache
def _home_government() -> frozenset[str]:
    return frozenset(k for word in load("events/actors").get("home_government", []) for k in key_tokens(word))


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(k for name in load("events/actors").get("place_heads", []) for k in key_tokens(name))


def country_name(code: str) -> str | None:
    """The English short name of a country code: the actor gazetteer's ("Syria", "South Korea"), else
    the fallback country list's."""
    return _country_names().get(code)


@cache
def _country_names() -> dict[str, str]:
    gaz = gazetteer()
    entries = load("events/countries")["countries"]
    return {entry["code"]: gaz.country_name(entry["code"]) or entry["en"] for entry in entries}


def scan(keys: tuple[str, ...]) -> list[tuple[int, int, Known]]:
    """Known names in a token sequence, longest match first, left to right."""
    table, longest = known_phrases()
    found: list[tuple[int, int, Known]] = []
    i = 0
    while i < len(keys):
        for size in range(min(longest, len(keys) - i), 0, -1):
            hit = table.get(keys[i : i + size])
            if hit is not None:
                found.append((i, i + size - 1, hit))
                i += size
                break
        else:
            i += 1
    return found


@dataclass(frozen=True, slots=True)
class Home:
    """Where the article stands: the publication's or dateline's country (``names``), the country
    the article is about, by the countries, demonyms and places it names (``generic``: that of
    unplaced kinds of actor, पुलिस, सरकार), and the two countries it is about (दोनों देशों)."""

    names: str | None
    generic: str | None
    pair: tuple[tuple[str, str | None], ...]
    dual: frozenset[Phrase]


def home_of(analysis: Analysis, keys: list[str]) -> Home:
    data = load("events/actors")
    default = data.get("home_default")
    dateline = analysis.article.dateline
    from_dateline = dateline.country if dateline is not None else None
    if dateline is not None and from_dateline is None and dateline.name_hi:
        hits = scan(key_tokens(dateline.name_hi))
        from_dateline = hits[-1][2].code if hits else None
    counts: Counter[str] = Counter()
    english: dict[str, str | None] = {}
    for _, _, known in scan(tuple(keys)):
        if known.kind in ("country", "demonym", "place") and known.code:
            counts[known.code] += 1
            if known.kind == "country":
                english[known.code] = known.name_en
    top = [code for code, _ in counts.most_common(2)]
    return Home(
        names=from_dateline or default,
        generic=from_dateline or _focus(analysis, counts) or default,
        pair=tuple((code, english.get(code)) for code in top),
        dual=frozenset(key_tokens(p) for p in data.get("dual", [])),
    )


def _focus(analysis: Analysis, named: Counter[str]) -> str | None:
    """The country the article is about: that of the places the entities stage found, each mention
    counted (its gazetteer knows the towns of a local story, which the fallback lexicon does not),
    with what the fallback lexicon alone reads (demonyms, a country the entities stage missed)."""
    located = place_countries(analysis)
    if not located:
        return named.most_common(1)[0][0] if named else None
    return (located + Counter({code: n for code, n in named.items() if code not in located})).most_common(1)[0][0]


class MentionIndex:
    """Entity mentions sorted by start, for span look-ups in logarithmic time."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.rows = sorted((s, e, entity) for entity in entities for s, e in entity.mentions)
        self.starts = [row[0] for row in self.rows]

    def inside(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions that lie wholly inside [start, end)."""
        out: list[tuple[int, int, Entity]] = []
        for row in self.rows[bisect_left(self.starts, start) :]:
            if row[0] >= end:
                break
            if row[1] <= end:
                out.append(row)
        return out

    def covering(self, at: int) -> tuple[int, int, Entity] | None:
        """The mention that runs over offset ``at`` from before it (लश्कर-ए-तैयबा, split at its
        hyphens, of which a phrase holds only the last part)."""
        k = bisect_left(self.starts, at)
        return next((row for row in reversed(self.rows[max(0, k - 3) : k]) if row[0] < at < row[1]), None)


_LAST_INDEX: list[MentionIndex] = []


def mention_index(entities: list[Entity]) -> MentionIndex:
    """The index of the article being coded (rebuilt when the entity list changes)."""
    if not _LAST_INDEX or _LAST_INDEX[0].entities is not entities or len(_LAST_INDEX[0].rows) != sum(
        len(e.mentions) for e in entities
    ):
        _LAST_INDEX[:] = [MentionIndex(entities)]
    return _LAST_INDEX[0]


def entity_covering(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention inside [start, end), preferring the one that ends last (Hindi
    phrases are head-final: कजाकिस्तान के रक्षा मंत्री नूरलान → the minister, not the country)."""
    rows = mention_index(entities).inside(start, end)
    return max(rows, key=lambda row: row[1])[2] if rows else None


def person_before(analysis: Analysis, at: int, since: int, unlike: list[Actor]) -> Resolved | None:
    """The person named last before offset ``at`` (and not before ``since``) who is none of
    ``unlike``: what a third-person pronoun most likely stands for."""
    best: tuple[int, Entity] | None = None
    for entity in analysis.entities:
        if entity.type != "PERSON" or any(a.entity == entity.id for a in unlike):
            continue
        for start, _end in entity.mentions:
            if since <= start < at and (best is None or start > best[0]):
                best = (start, entity)
    return Resolved(actor_of_entity(holder_of(best[1], analysis)), "entity") if best is not None else None


def actor_of_entity(entity: Entity) -> Actor:
    return Actor(
        entity=entity.id,
        name_en=entity.name_en,
        country=entity.country,
        sector=entity.sector,
        name_hi=entity.name_hi,
        role=entity.role,
    )


def resolve_phrase(
    toks: list[tuple[str, str, int, int]],
    analysis: Analysis,
    home: Home,
    np_stop: frozenset[str],
    genitives: frozenset[str] = frozenset(),
    markers: frozenset[str] = frozenset(),
) -> list[Resolved]:
    """Resolve a phrase given as (text, key, start, end) tokens; empty when it names no actor."""
    if not toks:
        return []
    keys = tuple(t[1] for t in toks if t[1] not in np_stop)
    if len(home.pair) == 2 and any(keys[: len(d)] == d for d in home.dual):
        return [Resolved(Actor(None, en, code), "country") for code, en in home.pair]
    one = _resolve_one(toks, analysis, home, np_stop | markers, genitives)
    return [one] if one is not None else []


def _resolve_one(
    toks: list[tuple[str, str, int, int]],
    analysis: Analysis,
    home: Home,
    np_stop: frozenset[str],
    genitives: frozenset[str],
) -> Resolved | None:
    start, end = toks[0][2], toks[-1][3]
    rows = mention_index(analysis.entities).inside(start, end)
    latest = max(rows, key=lambda row: row[1]) if rows else None
    entity = latest[2] if latest is not None else None
    heads = _place_heads()
    owner = mention_index(analysis.entities).covering(start)
    if latest is None and owner is not None and owner[1] >= end:
        entity = owner[2]  # जैश-ए-मोहम्मद ने: the phrase is the last part of a name split at its hyphens
    if latest is not None and latest[1] < toks[-1][2]:
        after = [t[1] for t in toks if t[2] >= latest[1] and t[1] not in np_stop]
        if not (entity is not None and entity.type == "LOCATION" and after and all(k in heads for k in after)):
            entity, owner = None, latest  # a modifier (कजाकिस्तान के … कर्मियों): read the head instead
    if entity is not None:
        hits = scan(tuple(t[1] for t in toks))
        if entity.type == "LOCATION" and hits and hits[-1][2].kind == "country":
            known = hits[-1][2]
            name_en, code = entity.name_en or known.name_en, entity.country or known.code
            actor = Actor(entity.id, name_en, code, None, entity.name_hi)
            place = Place(entity.name_hi, name_en, code)
            return Resolved(actor, "country", place)
        if entity.type == "LOCATION":
            place = Place(entity.name_hi, entity.name_en, entity.country)
            actor = Actor(entity.id, entity.name_en, entity.country, None, entity.name_hi)
            return Resolved(actor, "entity", place, is_place=True)
        return Resolved(actor_of_entity(holder_of(entity, analysis)), "entity")
    keys = tuple(t[1] for t in toks)
    government = home_government(keys, home, np_stop)
    if government is not None:
        return government
    hits = scan(keys)
    if not hits:
        return None
    first, last, head = hits[-1]
    trailing = [t for t in toks[last + 1 :] if t[1] not in np_stop]
    if head.kind in ("country", "place") and trailing and all(t[1] in heads for t in trailing):
        trailing = []  # कश्मीर घाटी, बस्तर जिले: still the place
    if any(t[1] in genitives for t in trailing):
        return None  # सरकार के निर्णय: the head is the decision, not the government
    name_hi = " ".join(t[0] for t in trailing) or None
    country = head.code
    modifiers = [h for h in hits[:-1] if h[2].code]
    # लश्कर-ए-तैयबा के चार आतंकवादियों: a group owned by a name the entities stage placed is of its country
    owned_by = owner[2].country if owner is not None and owner[1] <= toks[first][2] else None
    if head.kind in ("generic", "demonym") or country is None:
        country = modifiers[-1][2].code if modifiers else (head.code or owned_by or home.generic)
    whole = " ".join(t[0] for t in toks[first : last + 1])
    if head.kind in ("country", "place") and not trailing:
        place = Place(whole, head.name_en, head.code)
        if head.kind == "place":
            return Resolved(Actor(None, head.name_en, head.code, None, whole), "place", place, is_place=True)
        return Resolved(Actor(None, head.name_en, head.code, None, whole), "country", place)
    if head.kind == "organisation" and not trailing:
        return Resolved(Actor(None, head.name_en, head.code, head.sector, whole), "organisation")
    sector = head.sector
    if head.kind == "demonym":
        sector = None
    placed = bool(head.code) or bool(modifiers) or owned_by is not None
    holder = None
    if head.kind == "generic" and not trailing:
        holder = named_holder(whole, country, analysis)
    if holder is not None:
        return Resolved(actor_of_entity(holder), "entity")
    if name_hi is not None and head.kind == "generic":
        return Resolved(Actor(None, None, country, sector, name_hi, role=whole), "role", placed=placed)
    name_en = None if head.kind == "generic" else head.name_en
    return Resolved(Actor(None, name_en, country, sector, whole), "generic", placed=placed)


def home_government(keys: tuple[str, ...], home: Home, np_stop: frozenset[str]) -> Resolved | None:
    """केंद्र alone (केंद्र ने, केंद्र से): the central government of the article's country, when
    the article is about the country it is published in."""
    words = [k for k in keys if k not in np_stop]
    country = name_country(home)
    if len(words) != 1 or words[0] not in _home_government() or country is None:
        return None
    return Resolved(Actor(None, country_name(country), country, "GOV", words[0]), "organisation")


def resolve_name(toks: list[tuple[str, str, int, int]], home: Home) -> Resolved:
    """A phrase the lexicon does not know, in an actor slot: a name, placed by ``name_country``."""
    name = " ".join(t[0] for t in toks)
    return Resolved(Actor(None, None, name_country(home), None, name), "name", placed=False)


def name_country(home: Home) -> str | None:
    """The country of a named person whom nothing in the article places. The entities stage has
    already tried, in order, an explicit cue (X के, a demonym, a title such as अमेरिकी राष्ट्रपति,
    an organisation of a genitive chain) and an earlier mention of the same name, and the actor
    knowledge base (``ghatna.actors.api``) has placed every name it knows: this is the last resort.

    Otherwise the publication's (or dateline's) country, and only when the article is about that
    country too (the country it names most, places counted): a name in a story about another
    country stays unknown, and the place where an event happened never places a person."""
    return home.names if home.names is not None and home.generic == home.names else None


_AUTHORITY_REACH = 2  # sentences before a passive's in which the government named still acts
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})  # bodies of a state that may act for it
_AUTHORITY_WORD = regex.compile(r"\s*([\p{L}\p{M}]+)")


def named_authority(analysis: Analysis, sentence: int, country: str) -> Resolved | None:
    """The government or administration of ``country`` that is the state body told last as doing
    (X ने, X द्वारा, सरकार कदम उठा रही है) or ordering (X के आदेश) in the paragraph up to the end of
    sentence ``sentence``, within the two sentences before it: the authority that took the state
    action this sentence tells in the passive (राज्य सरकार ने छुट्टियां रद कीं। … आदेश दिया गया है).
    Police or a court acting after it (पुलिस ने जांच की) leave the authorities unnamed, as does a
    government only named (सरकार पर आरोप, प्रशासन में हड़कंप)."""
    sentences, text = analysis.sentences, analysis.article.text
    opens, since = sentences[sentence].start, sentences[max(0, sentence - _AUTHORITY_REACH)].start
    until = sentences[sentence].end
    last: tuple[int, Entity] | None = None
    for entity in analysis.entities:
        if entity.type != "ORGANIZATION" or entity.sector not in _STATE_SECTORS:
            continue
        authority = _authority_of(entity, country)
        for start, end in entity.mentions:
            if since <= start < until and "\n" not in text[start:opens] and (last is None or start > last[0]) \
                    and _told_acting(text, end, ordering=authority):
                last = (start, entity)
    if last is None or not _authority_of(last[1], country):
        return None
    return Resolved(actor_of_entity(last[1]), "entity")


def _authority_of(entity: Entity, country: str) -> bool:
    """Whether ``entity`` is a government or administration of ``country``."""
    known = gazetteer().find(entity.name_hi) if entity.name_hi else None
    return known is not None and known.authority and entity.country == country


def _told_acting(text: str, end: int, *, ordering: bool) -> bool:
    """Whether the mention ending at ``end`` is told as a doer: an agent marker follows (X ने, X
    द्वारा), or no postposition or conjunction (a subject in the nominative: सरकार सख्त कदम उठा रही
    है), or, for an authority (``ordering``), a genitive (सरकार के आदेश पर)."""
    word = _AUTHORITY_WORD.match(text, end)
    if word is None:
        return False
    key, markers = loose_key(word.group(1)), actor_cues()
    if key in markers.agent_markers or key in markers.genitive:
        return key in markers.agent_markers or ordering
    return key not in markers.postpositions and key not in markers.conjunctions
