"""Where each event happened, with the basis it was read from. In order:

- ``clause``: a place of the event's own clause (the coder's, or a town or division with a locative);
  a clause that says "there" (वहां) is at the town or division last named (``nearby``);
- ``sentence``: a town, division or venue with a locative elsewhere in its sentence;
- ``visit``: the place of the actor's latest placed event (a visit's meetings happen where it is);
- ``dateline``: the dateline, unless a town or division is named nearer to the event;
- ``nearby``: a town, division or venue that a neighbouring sentence says things happen in;
- ``article``: the article's scene (the place it most often says things happen in), else the
  country it is about.

A place inside a participle phrase (X में होने वाले सम्मेलन …, X में हुए हमले के बाद …) belongs to
the noun that phrase qualifies, not to an event later in the clause.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import islice
from operator import attrgetter

import regex

from ghatna.actors.words import loose_key
from ghatna.lang import load
from ghatna.places.build import hindi_key
from ghatna.places.gazetteer import place_of, place_table
from ghatna.records import Actor, Analysis, Event, Evidence, GeoMention, Place, Token
from ghatna.text.patterns import LETTER_WORD

_START = attrgetter("start")
# places that say where things happen (a country named in passing is usually an actor)
_LOCAL = frozenset({"P.PPL", "A.ADM1"})
_VENUE = "venue "  # how the reason of a venue's mention begins
_VENUE_CHARS = 80  # the longest venue name, in characters, with genitives between its words
_REACH = 400  # characters around an event within which its sentence's places are looked at
_NEARBY_SENTENCES = 2  # sentences before or after an event whose scene it may share
_MODIFIER_WORDS = 6  # words after a place within which a participle makes it a modifier's


@dataclass(frozen=True, slots=True)
class _Words:
    venues: regex.Pattern[str]
    anchors: frozenset[str]  # the last words of venue names: an article with none of them names no venue
    venue_of: dict[str, tuple[str, str, str]]  # key of a venue name -> (English name, city, country)
    genitives: frozenset[str]  # as written: a venue's key leaves them out
    agents: frozenset[str]
    participles: frozenset[str]
    adverbial: tuple[str, ...]
    auxiliaries: frozenset[str]
    locatives: frozenset[str]
    there: frozenset[str]
    there_forms: tuple[str, ...]  # as written, for a quick look before the words are keyed


@cache
def _words() -> _Words:
    data = load("places/event_places")
    genitives: list[str] = data["genitives"]
    joint = r"[\s\-]+(?:(?:" + "|".join(map(regex.escape, genitives)) + r")\s+)?"
    names: list[str] = []
    venue_of: dict[str, tuple[str, str, str]] = {}
    for venue in data["venues"]:
        for name in venue["hi"]:
            names.append(joint.join(regex.escape(w) for w in name.split()))
            venue_of[_venue_key(name, frozenset(genitives))] = (venue["en"], venue["city"], venue["country"])
    names.sort(key=len, reverse=True)
    pattern = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(names) + r")(?![\p{L}\p{M}])")
    return _Words(
        pattern,
        frozenset(name.split()[-1] for venue in data["venues"] for name in venue["hi"]),
        venue_of,
        frozenset(genitives),
        frozenset(loose_key(w) for w in data["agent_markers"]),
        frozenset(loose_key(w) for w in data["modifier_participles"]),
        tuple(data["adverbial_endings"]),
        frozenset(loose_key(w) for w in data["auxiliaries"]),
        frozenset(loose_key(w) for w in load("actors/cues")["locatives"]),
        frozenset(loose_key(w) for w in data["there"]),
        tuple(data["there"]),
    )


def _venue_key(name: str, genitives: frozenset[str]) -> str:
    return hindi_key(" ".join(w for w in LETTER_WORD.findall(name) if w not in genitives))


@cache
def _city(name_en: str, country: str) -> Place | None:
    """The table's town of that English name and country (the largest, if several)."""
    found = place_table().find_town(name_en, country)
    return place_of(found, None) if found is not None else None


def venues(analysis: Analysis) -> list[GeoMention]:
    """The venues the article names as places where things happen (not as agents)."""
    words = _words()
    text = analysis.article.text
    if not analysis.tokens:
        matches = list(words.venues.finditer(text))
    else:  # a venue's name ends in one of the anchor words: look only before those
        ends = _anchor_ends(text, analysis.tokens, words.anchors)
        if not ends:
            return []
        found = (m for end in ends for m in words.venues.finditer(text, max(0, end - _VENUE_CHARS), end))
        matches = sorted({m.start(): m for m in found if m.end() in ends}.values(), key=lambda m: m.start())
    starts = [s.start for s in analysis.sentences]
    out: list[GeoMention] = []
    for match in matches:
        after = LETTER_WORD.search(text, match.end(), min(len(text), match.end() + 12))
        if after is not None and loose_key(after.group()) in words.agents:
            continue
        venue = words.venue_of.get(_venue_key(match.group(), words.genitives))
        city = _city(venue[1], venue[2]) if venue is not None else None
        if venue is None or city is None:
            continue
        sentence = max(bisect.bisect_right(starts, match.start()) - 1, 0)
        place = replace(city, name_hi=match.group(), name_en=f"{venue[0]}, {city.name_en}")
        out.append(GeoMention(match.start(), match.end(), sentence, match.group(), place, 1.0, _VENUE + venue[0]))
    return out


def _anchor_ends(text: str, tokens: Sequence[Token], anchors: frozenset[str]) -> list[int]:
    """The ends of the tokens that are anchor words, in text order: each anchor is looked for in
    the text, and a token looked up where it is found (not every token read)."""
    ends = []
    for word in anchors:
        at = text.find(word)
        while at >= 0:
            n = bisect.bisect_left(tokens, at, key=_START)
            if n < len(tokens) and tokens[n].start == at and tokens[n].text == word:
                ends.append(tokens[n].end)
            at = text.find(word, at + 1)
    return sorted(ends)


class PlaceIndex:
    """The article's geocoded mentions by sentence and by name key, and its scenes (towns,
    divisions and venues that the text says things happen in) in text order."""

    def __init__(self, analysis: Analysis, mentions: list[GeoMention], venue_mentions: list[GeoMention]) -> None:
        self.text = analysis.article.text
        self._locative: dict[int, bool] = {}  # a mention's end -> whether a locative word follows it
        self.mentions = sorted(mentions + venue_mentions, key=_START) if venue_mentions else mentions
        self.by_sentence: dict[int, list[GeoMention]] = {}
        self.local: list[GeoMention] = []
        self.scenes: list[GeoMention] = []
        for m in self.mentions:
            if m.place is None:
                continue
            self.by_sentence.setdefault(m.sentence, []).append(m)
            if not _is_local(m.place):
                continue
            if _is_venue(m):
                self.scenes.append(m)
                continue
            self.local.append(m)
            if self.has_locative(m) and not self.qualifies_noun(m):
                self.scenes.append(m)
        self.scene_sentences = [m.sentence for m in self.scenes]

    @cached_property
    def by_key(self) -> dict[str, list[GeoMention]]:
        """The placed mentions by name key (for the place the coder read from a clause)."""
        out: dict[str, list[GeoMention]] = {}
        for m in self.mentions:
            if m.place is not None:
                out.setdefault(hindi_key(m.name_hi), []).append(m)
        return out

    def around(self, sentence: int, start: int, end: int) -> list[GeoMention]:
        """The mentions of a sentence that start within ``_REACH`` characters of ``start:end``."""
        mentions = self.by_sentence.get(sentence, [])
        lo = bisect.bisect_left(mentions, start - _REACH, key=_START)
        hi = bisect.bisect_right(mentions, end + _REACH, key=_START)
        return mentions[lo:hi]

    def has_locative(self, m: GeoMention) -> bool:
        found = self._locative.get(m.end)
        if found is None:
            after = LETTER_WORD.search(self.text, m.end, min(len(self.text), m.end + 20))
            found = self._locative[m.end] = after is not None and loose_key(after.group()) in _words().locatives
        return found

    def qualifies_noun(self, m: GeoMention, before: int | None = None) -> bool:
        """Whether a participle right after the place's phrase (X में होने वाले …) makes it the
        place of the noun the participle qualifies; with ``before``, of a noun before that offset
        (the event's trigger) and not of the trigger itself."""
        words = _words()
        limit = len(self.text) if before is None else before
        found = list(islice(LETTER_WORD.finditer(self.text, m.end, min(limit, m.end + 80)), _MODIFIER_WORDS))
        for n, word in enumerate(found):
            if loose_key(word.group()) not in words.participles:
                continue
            if n > 0 and found[n - 1].group().endswith(words.adverbial):
                continue  # करते हुए: how the clause's verb is done
            following = LETTER_WORD.search(self.text, word.end(), min(len(self.text), word.end() + 30))
            if following is None or loose_key(following.group()) in words.auxiliaries:
                return False
            return before is None or following.start() < before
        return False

    def nearest_scene(self, sentence: int) -> GeoMention | None:
        """The scene of the nearest sentence within ``_NEARBY_SENTENCES`` (an earlier one on a tie)."""
        at = bisect.bisect_left(self.scene_sentences, sentence)
        best: tuple[int, int, GeoMention] | None = None
        for m in self.scenes[max(0, at - 3) : at + 3]:
            gap = abs(m.sentence - sentence)
            if gap > _NEARBY_SENTENCES:
                continue
            rank = (gap, 0 if m.sentence <= sentence else 1)
            if best is None or rank < best[:2]:
                best = (*rank, m)
        return best[2] if best is not None else None

    @cached_property
    def main_scene(self) -> Place | None:
        """The place the article most often says things happen in (the first, on a tie)."""
        if not self.scenes:
            return None
        counts = Counter(m.place.geonames_id for m in self.scenes if m.place is not None)
        top = max(counts.values())
        first = next(m for m in self.scenes if m.place is not None and counts[m.place.geonames_id] == top)
        return first.place


@dataclass(slots=True)
class ArticlePlaces:
    """What every event of one article may fall back on."""

    index: PlaceIndex
    dateline: GeoMention | None
    country: Place | None  # the country the article is about
    placed: dict[str, Place]  # an actor's key -> the place of its latest placed event


def locate_all(events: Sequence[Event], places: ArticlePlaces) -> list[Event]:
    out = []
    for event in events:
        out.append(locate(event, places))
        key = _actor_key(event.actor)
        if key is not None and event.location is not None and event.location.basis in ("clause", "sentence", "visit"):
            places.placed[key] = event.location
    return out


def locate(event: Event, places: ArticlePlaces) -> Event:
    index = places.index
    evidence = event.evidence[0]
    trigger_at = _trigger_at(index.text, evidence)
    if event.location is not None and event.location.name_hi:
        same = index.by_key.get(hindi_key(event.location.name_hi), [])
        inside = [m for m in same if evidence.start <= m.start and m.end <= evidence.end]
        in_sentence = [m for m in same if m.sentence == evidence.sentence]
        if not same:
            return event
        mention = (inside or in_sentence or same)[0]
        if not (inside and index.qualifies_noun(mention, trigger_at)):
            basis = "clause" if inside else "sentence" if in_sentence else "visit"
            assert mention.place is not None
            event.location = based(mention.place, basis, event.location.name_hi)
            return event
        event.location = None
    found = _where_it_happens(index, evidence, trigger_at) or _there(index, evidence)
    if found is None:
        found = _fallback(event, places)
    event.location = found
    return event


def _fallback(event: Event, places: ArticlePlaces) -> Place | None:
    evidence = event.evidence[0]
    key = _actor_key(event.actor)
    carried = places.placed.get(key) if key is not None else None
    if carried is not None:
        return based(carried, "visit")
    dateline = places.dateline
    if dateline is not None and dateline.place is not None and not _nearer_place(places.index, evidence, dateline):
        return based(dateline.place, "dateline")
    scene = places.index.nearest_scene(evidence.sentence)
    if scene is not None and scene.place is not None:
        return based(scene.place, "nearby")
    main = places.index.main_scene or places.country
    return based(main, "article") if main is not None else None


def based(place: Place, basis: str, name_hi: str | None = None) -> Place:
    """``place`` read on ``basis`` (with another Hindi name, if given): ``dataclasses.replace``'s
    result, built directly, at a fraction of its cost (every event's place is one)."""
    p = place
    return Place(name_hi or p.name_hi, p.name_en, p.country, p.geonames_id, p.lat, p.lon, p.feature, p.admin1, basis)


def _actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.entity or actor.name_en or actor.name_hi


def _trigger_at(text: str, evidence: Evidence) -> int:
    found = text.find(evidence.trigger, evidence.start, evidence.end) if evidence.trigger else -1
    return found if found >= 0 else evidence.end


def _where_it_happens(index: PlaceIndex, evidence: Evidence, trigger_at: int) -> Place | None:
    """A town, division or venue of the event's sentence followed by a locative word (अस्ताना में,
    गोरखपुर दौरे), or a venue: in the event's clause first, else the nearest in its sentence."""
    start, end = evidence.start, evidence.end
    found: list[tuple[int, int, Place]] = []
    for m in index.around(evidence.sentence, start, end):
        place = m.place
        if place is None or not _is_local(place):
            continue
        if not (_is_venue(m) or index.has_locative(m)):
            continue
        inside = start <= m.start and m.end <= end
        if index.qualifies_noun(m, trigger_at if inside and m.start < trigger_at else None):
            continue
        found.append((0 if inside else 1, min(abs(m.start - start), abs(m.start - end)), place))
    if not found:
        return None
    outside, _, nearest = min(found, key=lambda f: (f[0], f[1]))
    return based(nearest, "sentence" if outside else "clause")


def _there(index: PlaceIndex, evidence: Evidence) -> Place | None:
    """The town or division last named before a clause that says "there" (वहां उन्होंने …)."""
    words = _words()
    clause = index.text[evidence.start : evidence.end]
    if not any(w in clause for w in words.there_forms):
        return None
    if not any(loose_key(w) in words.there for w in LETTER_WORD.findall(clause)):
        return None
    at = bisect.bisect_left(index.local, evidence.start, key=_START)
    last = index.local[at - 1] if at > 0 else None
    if last is None or last.place is None or evidence.sentence - last.sentence > _NEARBY_SENTENCES:
        return None
    return based(last.place, "nearby")


def _is_local(place: Place) -> bool:
    return place.feature in _LOCAL


def _is_venue(m: GeoMention) -> bool:
    return m.reason.startswith(_VENUE)


def _nearer_place(index: PlaceIndex, evidence: Evidence, dateline: GeoMention) -> bool:
    """Whether a town or division other than the dateline is named nearer to the event than the dateline."""
    nearby = index.around(evidence.sentence, evidence.start, evidence.end)
    if any(m.start >= dateline.end and m.place is not None and _is_local(m.place) for m in nearby):
        return True
    from_dateline = evidence.start - dateline.end
    at = bisect.bisect_left(index.local, evidence.start, key=_START)
    for m in index.local[max(0, at - 1) : at + 1]:
        if m.start < dateline.end:
            continue
        inside = evidence.start <= m.start < evidence.end
        gap = 0 if inside else min(abs(m.start - evidence.start), abs(m.end - evidence.end))
        if gap < from_dateline:
            return True
    return False
