"""From words and hits to coded entities: places, organisations, ministries and people, with
coreference. ``resolve_entities`` is the library entry point of the ``entities`` stage."""

from __future__ import annotations

import bisect
from functools import cache

from ghatna.actors.api import generic_name
from ghatna.actors.context import Affiliations, home_country
from ghatna.actors.coref import PersonMention, resolve_pronouns
from ghatna.actors.gazetteer import HOME, Gazetteer, Known, gazetteer, own_names
from ghatna.actors.identify import Linkable, article_day, link_entities
from ghatna.actors.led_by import Heads
from ghatna.actors.name_pairs import with_name_pairs
from ghatna.actors.org_names import org_names
from ghatna.actors.people import People
from ghatna.actors.refer_back import Antecedents
from ghatna.actors.scan import Hit, cues, name_runs, scan
from ghatna.actors.spot import kb_names
from ghatna.actors.titles import title_book
from ghatna.actors.words import Word, split_words
from ghatna.records import Analysis, Entity, Place

_ROLE_ENTITY_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD"})
_COUNTRY_KINDS = frozenset({"country", "capital", "city", "state", "region", "demonym"})


class _Registry:
    """Entities of places and organisations, one per (English name, country)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str | None, str], Entity] = {}

    def add(self, type_: str, name_hi: str, name_en: str, country: str | None, sector: str | None,
            span: tuple[int, int]) -> Entity:
        key = (name_en, country, type_)
        entity = self.by_key.get(key)
        if entity is None:
            entity = Entity(id="", type=type_, name_hi=name_hi, name_en=name_en, country=country,  # type: ignore[arg-type]
                            sector=sector)
            self.by_key[key] = entity
        entity.mentions.append(span)
        return entity


class _Institutions:
    """Institutions of the article's own places, for the shorter later mentions that name them
    again: "कोर्ट" after "सुप्रीम कोर्ट", "पुलिस" after "दिल्ली पुलिस"."""

    def __init__(self) -> None:
        self.rows: list[tuple[tuple[str, ...], Known, Entity, bool]] = []

    def seen(self, hit: Hit, words: list[Word], entity: Entity, *, qualified: bool) -> None:
        assert hit.known is not None
        self.rows.append((tuple(w.key for w in words[hit.start : hit.end]), hit.known, entity, qualified))

    def earlier(self, hit: Hit, words: list[Word]) -> Entity | None:
        """The latest earlier institution this unqualified mention is the short form of."""
        keys = tuple(w.key for w in words[hit.start : hit.end])
        for row_keys, known, entity, qualified in reversed(self.rows):
            if len(row_keys) > len(keys) and row_keys[-len(keys) :] == keys:
                return entity
            if qualified and known == hit.known:
                return entity
        return None


def _some_other(words: list[Word], start: int, indefinites: frozenset[str]) -> bool:
    """Whether an indefinite stands right before word ``start`` (दूसरे राज्य सरकार, एक नगर निगम): the
    institution is some other one, not that of the place the paragraph is at."""
    return start > 0 and words[start - 1].key in indefinites and words[start - 1].sentence == words[start].sentence


def _name_en(known: Known, country: str | None, gaz: Gazetteer, place: Known | None = None) -> str:
    own = own_names().get(known.name_en, {}).get(place.name_en) if place is not None else None
    if own is not None:
        return own  # मद्रास हाई कोर्ट -> "Madras High Court", not the city's new name
    if place is not None and known.local:
        return known.local.replace("{place}", place.name_en)  # दिल्ली सरकार -> "Government of Delhi"
    if place is not None and "{country}" not in known.name_en:
        # गुजरात हाई कोर्ट -> "Gujarat High Court"
        return f"{place.name_en} {known.name_en.replace('{adj}', '').strip()}"
    return generic_name(known.name_en, country)


@cache
def _known_words() -> frozenset[str]:
    return gazetteer().vocabulary | title_book().vocabulary


def resolve_entities(analysis: Analysis) -> list[Entity]:
    article = analysis.article
    text = article.text
    gaz, book, cue = gazetteer(), title_book(), cues()
    words = split_words(text, analysis.sentences, _known_words(), cue.postpositions)
    hits = scan(text, words, gaz, book)
    hits = _with_ner_names(_with_org_names(hits, org_names(words, hits, cue)), words, analysis)
    home = home_country(article, hits, gaz, cue)
    spotted = kb_names(text, words, hits, cue, _countries(hits, home), article_day(article))
    hits = with_name_pairs(text, words, sorted([*hits, *spotted], key=lambda h: h.start), cue)
    aff = Affiliations(text, words, hits, cue, home, _located(analysis, words))
    registry, people, institutions = _Registry(), People(text, words, aff), _Institutions()
    antecedents = Antecedents(words, cue)
    heads = Heads(_countries(hits, home), article_day(article))
    ordered: list[tuple[int, Entity]] = []
    covered: set[int] = set()
    title_only: list[Hit] = []
    pronouns: list[int] = []
    titled = {id(t) for h in hits if h.kind == "name" for t in h.titles}
    for n, hit in enumerate(hits):
        span = (words[hit.start].start, words[hit.end - 1].end)
        surface = text[span[0] : span[1]]
        if hit.kind == "known" and hit.known and hit.known.kind != "demonym":
            known = hit.known
            country = aff.institution(n, hit.start, hit.end) if known.country == HOME else known.country
            name_hi = surface if known.country == HOME else known.name_hi
            place = aff.place_before(hit.start, spelt=known.local is not None) if known.country == HOME else None
            if place is None and known.holder is not None and known.country == HOME:
                place = heads.place(words, hit.start, known.holder)
            country = place.country if place is not None and place.country else country
            stated = place is not None or aff.before(hit.start) is not None  # दिल्ली पुलिस, जर्मन पुलिस
            bare = not stated and hit.end - hit.start == 1 and antecedents.is_bare(hit.start)
            earlier = (None if stated else antecedents.referent(hit.start, aff.located_in(hit.start)) if bare
                       else institutions.earlier(hit, words))
            near = None
            if earlier is not None:
                earlier.mentions.append(span)
                entity = earlier
            else:
                local = known.nearby and not stated and not _some_other(words, hit.start, cue.indefinites)
                near = aff.nearby_place(hit.start, country, known.nearby) if local else None
                name_en = _name_en(known, country, gaz, place or near)
                entity = registry.add(known.type, name_hi, name_en, country, known.sector, span)
                if known.country == HOME:
                    institutions.seen(hit, words, entity, qualified=(place or near) is not None)
            if known.kind == "organisation" and earlier is None:
                antecedents.seen(hit.start, hit.end, entity, qualified=stated or near is not None)
            ordered.append((hit.start, entity))
        elif hit.kind == "role" and hit.role and hit.role.is_ministry:
            country = aff.institution(n, hit.start, hit.end)
            ministry = registry.add("ORGANIZATION", surface, hit.role.en, country, "GOV", span)
            antecedents.seen(hit.start, hit.end, ministry, qualified=True)
            ordered.append((hit.start, ministry))
        elif hit.kind == "role" and id(hit) not in titled and not _office_itself(hit, words, cue.office_nouns):
            title_only.append(hit)
        elif hit.kind == "name" and hit.needs_cue and aff.before(hit.start) is None:
            continue
        elif hit.kind == "name":
            person = people.add_named(hit)
            ordered.append((hit.start, person.entity))
        elif hit.kind == "pronoun":
            pronouns.append(hit.start)
        covered.update(range(hit.start, hit.end))
    for hit in title_only:
        if people.title_only(hit) is None:
            _role_entity(hit, words, aff, registry, gaz, ordered, text)
    people.bare_names(covered)
    antecedents.bare_mentions(covered, aff.located_in)
    mentions = [PersonMention(s, e, p.entity) for p in people.people for s, e in p.spans]
    resolve_pronouns(words, mentions, pronouns, cue)
    linkables = [Linkable(p.entity, p.title_hi, p.explicit) for p in people.people]
    linkables += [Linkable(e, None, True) for e in registry.by_key.values() if e.type == "ORGANIZATION"]
    link_entities(linkables, _countries(hits, home), article_day(article))
    _fill_dateline(analysis, gaz)
    return _number(ordered)


def _countries(hits: list[Hit], home: str) -> list[str]:
    """The countries the article names (places, demonyms), then its home country."""
    found = {h.known.country: None for h in hits
             if h.known is not None and h.known.kind in _COUNTRY_KINDS and h.known.country not in (None, HOME, "IGO")}
    return [*(c for c in found if c is not None), home]


def _with_org_names(hits: list[Hit], orgs: list[Hit]) -> list[Hit]:
    """``hits`` and the organisations named from their head, in text order; a place inside such a
    name is part of it ("यूनिवर्सिटी ऑफ़ कैलिफ़ोर्निया")."""
    inside = {i for h in orgs for i in range(h.start, h.end)}
    return sorted([*(h for h in hits if h.start not in inside), *orgs], key=lambda h: h.start)


def _with_ner_names(hits: list[Hit], words: list[Word], analysis: Analysis) -> list[Hit]:
    """Add PERSON mentions of a trained NER model where the scan found nothing."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    starts = [w.start for w in words]
    extra = []
    for mention in analysis.mentions:
        if mention.label != "PERSON":
            continue
        inside = _words_inside(words, starts, mention.start, mention.end)
        for first, last in name_runs([words[i] for i in inside]):
            run = inside[first:last]
            if not taken.intersection(run):
                extra.append(Hit("name", run[0], run[-1] + 1))
    return sorted([*hits, *extra], key=lambda h: h.start)


def _located(analysis: Analysis, words: list[Word]) -> frozenset[int]:
    """The words inside the recogniser's LOCATION mentions."""
    starts = [w.start for w in words]
    return frozenset(i for m in analysis.mentions if m.label == "LOCATION"
                     for i in _words_inside(words, starts, m.start, m.end))


def _words_inside(words: list[Word], starts: list[int], start: int, end: int) -> list[int]:
    """The indices of the words within ``[start, end)``: a run, as words are in order and apart."""
    inside = []
    for word in words[bisect.bisect_left(starts, start) :]:
        if word.end > end:
            break
        inside.append(word.index)
    return inside


def _office_itself(hit: Hit, words: list[Word], office_nouns: frozenset[str]) -> bool:
    """The role at ``hit`` names the office, not its holder: an office noun follows it in the same
    sentence ("प्रधानमंत्री पद की शपथ")."""
    return (hit.end < len(words) and words[hit.end].key in office_nouns
            and words[hit.end].sentence == words[hit.start].sentence)


def _role_entity(hit: Hit, words: list[Word], aff: Affiliations, registry: _Registry, gaz: Gazetteer,
                 ordered: list[tuple[int, Entity]], text: str) -> None:
    """An office holder named only by the role ("मैसेडोनियाई राष्ट्रपति"): kept when it is clearly a state office."""
    role = hit.role
    assert role is not None
    affiliation = aff.before(hit.start)
    if not affiliation and not (role.sector in _ROLE_ENTITY_SECTORS or role.portfolios):
        return
    country = affiliation.country if affiliation else aff.home
    # a state's or city's own office is named after that place ("जम्मू-कश्मीर के मुख्यमंत्री")
    local = aff.place_before(hit.start) if affiliation else None
    place = local.name_en if local is not None else gaz.country_name(country)
    name_en = f"{role.en} of {place}" if place else role.en
    span = (words[hit.start].start, words[hit.end - 1].end)
    entity = registry.add("PERSON", text[span[0] : span[1]], name_en, country,
                          role.sector or (affiliation.sector if affiliation else None), span)
    entity.role = role.en
    ordered.append((hit.start, entity))


def _fill_dateline(analysis: Analysis, gaz: Gazetteer) -> None:
    dateline = analysis.article.dateline
    if dateline is None or not dateline.name_hi:
        return
    found = gaz.find(dateline.name_hi)
    if found is not None:
        analysis.article.dateline = Place(dateline.name_hi, dateline.name_en or found.name_en,
                                          dateline.country or found.country)


def _number(ordered: list[tuple[int, Entity]]) -> list[Entity]:
    out: list[Entity] = []
    seen: set[int] = set()
    for _, entity in sorted(ordered, key=lambda pair: pair[0]):
        if id(entity) not in seen:
            seen.add(id(entity))
            entity.id = f"e{len(out) + 1}"
            entity.mentions.sort()
            out.append(entity)
    return out
