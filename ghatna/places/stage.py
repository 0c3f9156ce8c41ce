"""The places stage: every place mention of the article geocoded (``Analysis.places``), the
dateline geocoded, and each event's location geocoded with the basis it was read from
(``ghatna.places.locate``)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ghatna.actors.words import loose_key
from ghatna.places.build import hindi_key
from ghatna.places.cues import Query, inside_name, kind_cues, kind_word, part_of_name
from ghatna.places.gazetteer import GeoEntry, place_of, place_table
from ghatna.places.geocode import Choice, Context, candidates, choose
from ghatna.places.locate import ArticlePlaces, PlaceIndex, locate_all, venues
from ghatna.records import Analysis, Event, GeoMention
from ghatna.registry import stage
from ghatna.text.patterns import LAST_LETTER_WORD, LETTER_WORD

_NOT_COUNTRIES = frozenset({"HOME", "IGO"})
_NEIGHBOURS = 3  # places on each side of a mention that count as its neighbours


@stage("places", requires={"entities", "events"}, produces={"places"})
def places_stage(analysis: Analysis) -> Analysis:
    context = _context(analysis)
    found = _geocode_dateline(analysis, context)
    dateline = found[0] if found is not None else None
    if found is not None:
        context = Context(context.countries, found[1])
    analysis.places = geocode_mentions(analysis, context)
    if analysis.events:  # else the article's places index serves nothing
        analysis.events = _locate_events(analysis, context, dateline)
    return analysis


def _locate_events(analysis: Analysis, context: Context, dateline: GeoMention | None) -> list[Event]:
    """The article's events, each with the place it happened in (``ghatna.places.locate``)."""
    index = PlaceIndex(analysis, analysis.places, venues(analysis))
    main = place_table().country(context.main)
    country = place_of(main, None) if main is not None else None
    return locate_all(analysis.events, ArticlePlaces(index, dateline, country, {}))


def _context(analysis: Analysis) -> Context:
    return Context(place_countries(analysis))


def place_countries(analysis: Analysis) -> Counter[str]:
    """The countries of the article's places, each mention counted (places only: an outlet or a
    party says little about where)."""
    counts: Counter[str] = Counter()
    for entity in analysis.entities:
        if entity.type == "LOCATION" and entity.country and entity.country not in _NOT_COUNTRIES:
            counts[entity.country] += len(entity.mentions) or 1
    return counts


def _spans(analysis: Analysis) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of every place mention: LOCATION entities, then the recogniser's
    LOCATION mentions that no entity covers."""
    starts = [s.start for s in analysis.sentences]
    spans: dict[tuple[int, int], int] = {}
    for entity in analysis.entities:
        if entity.type == "LOCATION":
            for start, end in entity.mentions:
                spans[(start, end)] = max(bisect.bisect_right(starts, start) - 1, 0)
    covered = sorted(spans)
    for mention in analysis.mentions:
        if mention.label != "LOCATION":
            continue
        at = bisect.bisect_left(covered, (mention.end,))  # spans that start before the mention ends
        for _, end in covered[max(0, at - 3) : at]:
            if end > mention.start:
                break
        else:
            spans[(mention.start, mention.end)] = mention.sentence
    return sorted((s, e, n) for (s, e), n in spans.items())


def _query(text: str, start: int, end: int, sentence: int) -> Query:
    """The mention with its neighbouring words; a kind word the span took in ("कांकेर ज़िले") is
    read as the word after the name, unless it belongs to the name (उत्तर प्रदेश, संयुक्त राज्य)."""
    name = text[start:end]
    head = _without_kind_word(name)
    if head is not None:
        return Query(head, sentence, _word_before(text, start), name[len(head) + 1 :], inside_name(text, start, end))
    after = LETTER_WORD.search(text, end, min(len(text), end + 20))
    word_after = after.group() if after else ""
    return Query(name, sentence, _word_before(text, start), word_after, inside_name(text, start, end))


@lru_cache(maxsize=1 << 14)
def _without_kind_word(name: str) -> str | None:
    """The name before its last word when that word is a kind word that is not part of the name."""
    head, _, last = name.rpartition(" ")
    if head and loose_key(last) in kind_cues().after and not place_table().hindi(hindi_key(name)) \
            and (candidates(head).entries or not candidates(name).entries):  # जोगेंद्र नगर: one name
        return head
    return None


def _word_before(text: str, start: int) -> str:
    before = LAST_LETTER_WORD.search(text, max(0, start - 20), start)
    return before.group() if before else ""


def geocode_mentions(analysis: Analysis, context: Context) -> list[GeoMention]:
    """Two passes: each mention alone, then again with the places the first pass found beside it.
    A name with the same neighbours and kind words is geocoded once per article."""
    text = analysis.article.text
    spans = _spans(analysis)
    queries = [_query(text, s, e, n) for s, e, n in spans]
    asked = [(q.name_hi, kind_word(q), part_of_name(q)) for q in queries]  # with the neighbours' rows: a key
    done: dict[tuple[tuple[str, frozenset[str] | None, bool], tuple[int, ...]], Choice] = {}

    def once(at: int, neighbours: tuple[GeoEntry, ...]) -> Choice:
        key = (asked[at], tuple([n.row for n in neighbours]))
        found = done.get(key)
        if found is None:
            found = done[key] = choose(queries[at], context, neighbours)
        return found

    first = [once(at, ()) for at in range(len(queries))]
    by_sentence: dict[int, list[tuple[int, GeoEntry]]] = {}
    for (start, _, sentence), choice in zip(spans, first, strict=True):
        if choice.entry is not None:
            by_sentence.setdefault(sentence, []).append((start, choice.entry))
    placed = ((q.name_hi, c.entry) for q, c in zip(queries, first, strict=True) if c.entry is not None)
    divisions = _divisions(placed)
    if divisions:  # else the context is the first pass's, and so are its decisions
        context = Context(context.countries, context.dateline, divisions)
        done.clear()
    out: list[GeoMention] = []
    for at, ((start, end, sentence), query, alone) in enumerate(zip(spans, queries, first, strict=True)):
        neighbours = _nearest(by_sentence.get(sentence, []), start)
        found = candidates(query.name_hi)
        # a single Hindi candidate that the first pass took cannot change (only a choice can), nor
        # can the NIL of a name the table lacks or that is part of another name
        again = bool(found.entries) and not asked[at][2] and (alone.entry is None or len(found.entries) > 1)
        choice = once(at, neighbours) if again else alone
        out.append(_mention(start, end, sentence, query.name_hi, choice))
    return out


def _divisions(placed: Iterable[tuple[str, GeoEntry]]) -> dict[tuple[str, str], frozenset[str]]:
    """The first-level divisions that names with one Hindi candidate place the article in, with
    those names (a name that may be several places says nothing certain), and the divisions the
    article names by a Hindi name that won over its namesakes (पंजाब: India's, not Pakistan's)."""
    divisions: dict[tuple[str, str], set[str]] = {}
    for name_hi, entry in placed:
        found = candidates(name_hi)
        certain = len(found.entries) == 1 or entry.feature == "ADM1"
        if entry.country and entry.admin1 and not found.romanised and certain:
            divisions.setdefault((entry.country, entry.admin1), set()).add(name_hi)
    return {k: frozenset(v) for k, v in divisions.items()}


def _nearest(placed: list[tuple[int, GeoEntry]], start: int) -> tuple[GeoEntry, ...]:
    """The places nearest to ``start`` in its sentence (a few on each side, never itself): a run-on
    sentence with thousands of names stays linear."""
    if not placed:
        return ()
    at = bisect.bisect_left(placed, (start,))  # (start,) sorts before (start, entry)
    return tuple([e for s, e in placed[max(0, at - _NEIGHBOURS) : at + _NEIGHBOURS + 1] if s != start])


def geocode_span(analysis: Analysis, start: int, end: int) -> GeoMention:
    """The geocoder's answer for any span of an analysed article, in its context (for evaluation)."""
    starts = [s.start for s in analysis.sentences]
    sentence = max(bisect.bisect_right(starts, start) - 1, 0)
    neighbours = tuple(_entries(m for m in analysis.places if m.sentence == sentence and m.start != start))
    query = _query(analysis.article.text, start, end, sentence)
    found = _geocode_dateline(analysis, _context(analysis), keep=True)
    placed = ((m.name_hi, e) for m in analysis.places for e in _entries([m]))
    context = Context(_context(analysis).countries, found[1] if found else None, _divisions(placed))
    return _mention(start, end, sentence, query.name_hi, choose(query, context, neighbours))


def _entries(mentions: Iterable[GeoMention]) -> Iterator[GeoEntry]:
    for mention in mentions:
        place = mention.place
        if place is not None and place.geonames_id is not None:
            yield from (e for e in candidates(mention.name_hi).entries if e.geonames_id == place.geonames_id)


def _mention(start: int, end: int, sentence: int, name_hi: str, choice: Choice) -> GeoMention:
    place = place_of(choice.entry, name_hi) if choice.entry is not None else None
    return GeoMention(start, end, sentence, name_hi, place, choice.score, choice.reason)


def _geocode_dateline(analysis: Analysis, context: Context, keep: bool = False) -> tuple[GeoMention, GeoEntry] | None:
    """The dateline geocoded, and written to the article unless ``keep``."""
    article = analysis.article
    if article.dateline is None or not article.dateline.name_hi:
        return None
    start, end = article.dateline_span or (0, 0)
    choice = choose(Query(article.dateline.name_hi, 0), context)
    if choice.entry is None:
        return None
    geo = place_of(choice.entry, article.dateline.name_hi)
    if not keep:
        article.dateline = geo
    return GeoMention(start, end, 0, article.dateline.name_hi or "", geo, choice.score, choice.reason), choice.entry
