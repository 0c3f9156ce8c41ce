"""Where an office or institution belongs: an explicit "X के"/demonym before it, the place the story
is at (for "रक्षा मंत्रालय में" or "... का दौरा"), or the article's home country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ghatna.actors.gazetteer import HOME, Gazetteer, Known
from ghatna.actors.namelike import no_name_word
from ghatna.actors.romanise import romanise_name
from ghatna.actors.scan import Cues, Hit
from ghatna.actors.words import Word
from ghatna.places.cues import kind_cues
from ghatna.places.gazetteer import place_table
from ghatna.places.geocode import candidates
from ghatna.places.short_names import LIKE_SHORT
from ghatna.places.skeleton import spelling_likeness
from ghatna.records import Article

_PLACE_KINDS = frozenset({"country", "city", "state", "region"})
_FOCUS_KINDS = frozenset({"city", "state", "region"})
_STATE = frozenset({"state"})
_VISIT_REACH = 4  # words from a place to the visit that makes it a destination (X की तीन दिवसीय यात्रा)
_CHAIN = 3  # genitive links an affiliation may reach back over (X के Y के Z के नेता)
_TABLE_KINDS = {"PPL": "city", "ADM1": "state"}  # place-table features -> gazetteer kinds
_SPELT_TOWN = 100_000  # people in a town found only by its letters (चोंगकिंग पुलिस): a city, not a namesake
_SPELT_SHORT_CITY = 1_000_000  # people in a city found by the letters of a short name (ओसाका पुलिस)
_PLAIN = regex.compile(r"^[\p{Devanagari}\p{M}]+$")
_PHRASE = 2  # descriptive words between a demonym and the title it qualifies (बांग्लादेशी विपक्षी नेता)


@dataclass(frozen=True, slots=True)
class Affiliation:
    country: str | None
    sector: str | None  # the sector of an affiliating organisation ("भाजपा के प्रवक्ता" -> PTY)
    explicit: bool


def home_country(article: Article, hits: list[Hit], gaz: Gazetteer, cues: Cues) -> str:
    """The dateline's country, else the country the article names most, else the language default."""
    if article.dateline and article.dateline.name_hi:
        found = gaz.find(article.dateline.name_hi)
        if found and found.country and found.country not in (HOME, "IGO"):
            return found.country
    counts = Counter(
        h.known.country
        for h in hits
        if h.known and h.known.kind in _PLACE_KINDS | {"demonym"} and h.known.country not in (None, HOME, "IGO")
    )
    if counts:
        return counts.most_common(1)[0][0] or cues.home_country
    return cues.home_country


class Affiliations:
    """Answers "to which country does the hit at position n belong" over one article's hits."""

    def __init__(self, text: str, words: list[Word], hits: list[Hit], cues: Cues, home: str,
                 located: frozenset[int] = frozenset()) -> None:
        self.text, self.words, self.hits, self.cues, self.home = text, words, hits, cues, home
        self.located = located  # words inside the recogniser's LOCATION mentions
        self.by_end = {h.end: n for n, h in enumerate(hits) if h.kind == "known"}
        self.covered = {i for h in hits for i in range(h.start, h.end)}
        self.resolved: dict[int, str | None] = {}  # hit number -> country, for HOME organisations
        self._places: list[Hit] | None = None
        self._stations: frozenset[tuple[str, ...]] | None = None
        # where an office or institution starts: "X के" before one makes X its owner (बिजनौर के पुलिस अधीक्षक)
        self._owned = {h.start for h in hits
                       if h.kind == "role" or (h.known is not None and h.known.kind == "organisation")}
        self.countries = {home} | {h.known.country for h in hits if h.known is not None and h.known.kind in
                                   _PLACE_KINDS | {"demonym"} and h.known.country not in (None, HOME, "IGO")}

    def country_of(self, n: int) -> str | None:
        hit = self.hits[n]
        assert hit.known is not None
        if hit.known.country != HOME:
            return hit.known.country
        return self.resolved.get(n, self.home)

    def before(self, start: int) -> Affiliation | None:
        """An explicit affiliation right before word ``start``: "भारत के", "भारतीय", "भारत सरकार"."""
        n = self.by_end.get(start)
        if n is None:
            n = self._genitive_owner(start)
        if n is None:
            n = self._owner_in_phrase(start)
        if n is None:
            return None
        known: Known | None = self.hits[n].known
        if known is None or known.kind not in _PLACE_KINDS | {"demonym", "organisation"}:
            return None
        country = self.country_of(n)
        if country is None:
            return None
        return Affiliation(country, known.sector if known.kind == "organisation" else None, True)

    def _genitive_owner(self, start: int) -> int | None:
        """The hit that owns word ``start`` through a chain of genitives (हुर्रियत के कट्टरपंथी धड़े
        के नेता: the leader of a faction of the Hurriyat): the nearest hit that ends right before a
        का/के/की of the chain, across at most ``_CHAIN`` links of one or two plain words."""
        at = start
        sentence = self.words[start].sentence if start < len(self.words) else -1
        for _ in range(_CHAIN):
            if at == 0 or self.words[at - 1].key not in self.cues.genitive:
                return None
            owner = self.by_end.get(at - 1)
            if owner is None and self._adjacent(at - 2, sentence) and self._adjacent(at - 1, sentence) and self._loose(
                    at - 2):
                # the last word of a name the gazetteer read only in part (तालिबान शूरा के)
                owner = self.by_end.get(at - 2)
            if owner is not None:
                return owner
            link = at - 1
            at = next((i for i in range(link - 1, max(-1, link - 3), -1) if self._joins(i, sentence)), link)
            if at == link:
                return None
        return None

    def _adjacent(self, i: int, sentence: int) -> bool:
        """Word ``i`` is in the sentence with only spaces between it and the word before."""
        return 0 < i < len(self.words) and self.words[i].sentence == sentence and not self.text[
            self.words[i - 1].end : self.words[i].start].strip()

    def _loose(self, i: int) -> bool:
        """Word ``i`` is read by no hit and is no postposition: a word the gazetteer does not know."""
        return i not in self.covered and self.words[i].key not in self.cues.postpositions

    def _owner_in_phrase(self, start: int) -> int | None:
        """A demonym that qualifies the title at word ``start`` across one or two descriptive words
        of the same phrase (बांग्लादेशी विपक्षी नेता): unknown words or titles, no postposition; or
        the owner of those words through a genitive (अमेरिका के वैज्ञानिक डॉ. X)."""
        if start >= len(self.words):
            return None
        sentence = self.words[start].sentence
        for back in range(1, _PHRASE + 1):
            word = start - back
            if not (self._adjacent(word + 1, sentence) and self._adjacent(word, sentence)):
                return None
            if not (self._loose(word) or self._role_at(word)):
                return None
            owner = self.by_end.get(word)
            if owner is not None:
                known = self.hits[owner].known
                return owner if known is not None and known.kind == "demonym" else None
            owner = self._genitive_owner(word)
            if owner is not None:
                return owner
        return None

    def _role_at(self, i: int) -> bool:
        return any(h.kind == "role" and h.start <= i < h.end for h in self.hits)

    def _joins(self, i: int, sentence: int) -> bool:
        """Whether a genitive chain continues before word ``i`` (a plain word after a का/के/की)."""
        word = self.words[i]
        return word.sentence == sentence and i > 0 and self.words[i - 1].key in self.cues.genitive

    def place_before(self, start: int, spelt: bool = False) -> Known | None:
        """A city, state or region named right before word ``start`` ("दिल्ली पुलिस", "गुजरात के
        हाई कोर्ट"): the institution is that place's own."""
        n = self.by_end.get(start)
        if n is None and start > 0 and self.words[start - 1].key in self.cues.genitive:
            n = self.by_end.get(start - 1)
        known = self.hits[n].known if n is not None else None
        if n is None:
            return self._unread_place(start, spelt)
        return known if known is not None and known.kind in _FOCUS_KINDS else None

    def _unread_place(self, start: int, spelt: bool) -> Known | None:
        """A town or division that the actor gazetteer lacks but the place table names (कासगंज
        पुलिस, चंदौली के प्रशासन): one or two words right before word ``start`` (or before a genitive
        there) that no hit reads and that may be a name, and one place of that Hindi name in a country
        of the article (its home, or one it names); else the name of a police station's town, which the
        article gives before a station noun there or elsewhere (बीजपुर थाने की पुलिस, बखिरा पुलिस)."""
        end = start - 1 if start > 0 and self.words[start - 1].key in self.cues.genitive else start
        at_station = end > 0 and self.words[end - 1].key in self.cues.stations
        end -= at_station
        sentence = self.words[start].sentence if start < len(self.words) else -1
        for size in (2, 1):
            first = end - size
            if first < 0 or not all(self._adjacent(i, sentence) for i in range(first + 1, start + 1)):
                continue
            if not all(self._may_name_place(i) for i in range(first, end)):
                continue
            known = self._table_place(first, end, spelt=spelt) or self._station_town(first, end, at_station)
            if known is not None:
                return known
        return None

    def _station_town(self, first: int, end: int, at_station: bool) -> Known | None:
        """Words ``[first, end)`` as the town of a police station of the article's home country."""
        keys = tuple(w.key for w in self.words[first:end])
        if not (at_station or keys in self._station_towns()):
            return None
        name_hi = " ".join(w.text for w in self.words[first:end])
        name_en = romanise_name(name_hi)
        return Known(name_en, name_hi, self.home, "LOCATION", "city", None) if name_en else None

    def _station_towns(self) -> frozenset[tuple[str, ...]]:
        """The one or two name-like words before each station noun of the article (बखिरा थाना)."""
        if self._stations is None:
            towns = set()
            for word in self.words:
                if word.key not in self.cues.stations:
                    continue
                for size in (1, 2):
                    first = word.index - size
                    if first >= 0 and all(self._adjacent(i, word.sentence) for i in range(first + 1, word.index + 1)) \
                            and all(self._may_name_place(i) for i in range(first, word.index)):
                        towns.add(tuple(w.key for w in self.words[first : word.index]))
            self._stations = frozenset(towns)
        return self._stations

    def _table_place(self, first: int, end: int, *, spelt: bool = False) -> Known | None:
        """The one town or division of a country of the article that words ``[first, end)`` name in
        the place table, or None; ``spelt``: a name no Hindi list holds may be found by its letters
        (चोंगकिंग: Chongqing): the place of the article's countries whose English name is spelt most
        alike, a division or a city."""
        name_hi = " ".join(w.text for w in self.words[first:end])
        listed = [e for e, _ in place_table().hindi(" ".join(w.key for w in self.words[first:end]))]
        found = None if listed or not spelt else candidates(name_hi)
        if found is not None and found.tiny:
            return None
        places = [e for e in (found.entries if found is not None else listed)
                  if e.feature in _TABLE_KINDS and e.country in self.countries]
        if found is not None:
            # a town too small to be taken by its letters does not hide a city spelt nearly as alike
            # (चांगकिंग: Changqing, 82,000 people, before Chongqing); a short name, which many places
            # share, is taken only for a city of millions (ओसाका: Osaka)
            least = _SPELT_SHORT_CITY if found.short else _SPELT_TOWN
            places = [e for e in places if (e.feature == "ADM1" and not found.short) or e.population >= least]
        if not places or (found is None and len({(e.name_en, e.country) for e in places}) > 1):
            return None
        entry = max(places, key=lambda e: (spelling_likeness(name_hi, e.name_en), e.feature == "ADM1", e.population))
        if found is not None and spelling_likeness(name_hi, entry.name_en) < LIKE_SHORT:
            return None
        return Known(entry.name_en, name_hi, entry.country, "LOCATION", _TABLE_KINDS[entry.feature], None)

    def _may_name_place(self, i: int) -> bool:
        word = self.words[i]
        return (i not in self.covered and bool(_PLAIN.match(word.text)) and word.key not in self.cues.name_stops
                and not no_name_word(word.text, word.key))

    def located_in(self, start: int) -> str | None:
        """The country of a place named right before word ``start`` with a locative between
        ("भारत में अदालत ने", "चीन में मंत्रालय"): where the institution at ``start`` is."""
        if start < 2 or self.words[start - 1].key not in self.cues.place_after:
            return None
        n = self.by_end.get(start - 1)
        known = self.hits[n].known if n is not None else None
        return known.country if known is not None and known.kind in _PLACE_KINDS and known.country != HOME else None

    def institution(self, n: int, start: int, end: int) -> str | None:
        """The country of a HOME institution over words ``[start, end)``, hit number ``n``."""
        explicit = self.before(start)
        if explicit:
            country = explicit.country
        else:
            country = self.located_in(start) or (self.focus(start) if self._locative_after(end) else None)
            country = country or self.home
        self.resolved[n] = country
        return country

    def _locative_after(self, end: int) -> bool:
        following = [w.key for w in self.words[end : end + 2]]
        return bool(following) and (following[0] in self.cues.locatives or following[-1] in self.cues.locatives)

    def visited(self, start: int) -> str | None:
        """The country of the last place named before ``start`` in the same paragraph as the
        destination of a visit (अस्ताना की तीन दिवसीय यात्रा पर): where its hosts are from."""
        for hit in self._paragraph_places(start, _PLACE_KINDS):
            following = {w.key for w in self.words[hit.end : min(hit.end + _VISIT_REACH, start)]}
            if following & self.cues.visits:
                return hit.known.country if hit.known is not None else None
        return None

    def focus(self, start: int) -> str | None:
        """The country of the last city or region named before ``start`` in the same paragraph."""
        hit = next(self._paragraph_places(start, _FOCUS_KINDS), None)
        return hit.known.country if hit is not None and hit.known is not None else None

    def nearby_place(self, start: int, country: str | None, kinds: frozenset[str]) -> Known | None:
        """The last place of ``kinds`` (city, state, region) and of ``country`` named before ``start``,
        in its paragraph first, else earlier in the article: the place a bare local institution
        ("पुलिस") belongs to. Towns that only the place table knows count too."""
        places = self._hits_and_table_places()
        for hits in (self._paragraph_places(start, kinds, places), self._places_before(start, kinds, places)):
            hit = next((h for h in hits if h.known and h.known.country == country), None)
            if hit is not None:
                return hit.known
        return self._main_place(kinds, country) if kinds == _STATE else None

    def _main_place(self, kinds: frozenset[str], country: str | None) -> Known | None:
        """The state the article is about when none is named before: the one it names most, if
        that is more than once and at least twice as often as any other (राज्य सरकार ... later बिहार
        twice); a state named once may be a word of another name (पंजाब नेशनल बैंक)."""
        named = Counter(h.known for h in self.hits if h.known is not None and h.known.kind in kinds
                        and h.known.country == country)
        ranked = named.most_common(2)
        rival = ranked[1][1] if len(ranked) == 2 else 1
        return ranked[0][0] if ranked and ranked[0][1] >= 2 * rival else None

    def _hits_and_table_places(self) -> list[Hit]:
        """The hits and, as place hits, the words no hit reads that name one town or division of a
        country of the article in the place table (बिजनौर, देवघर), in text order; computed once."""
        if self._places is None:
            table = [Hit("known", word.index, word.index + 1, known=known) for word in self.words
                     if self._may_name_place(word.index) and self._said_to_be_place(word.index)
                     and (known := self._table_place(word.index, word.index + 1)) is not None]
            self._places = sorted([*self.hits, *table], key=lambda h: h.start)
        return self._places

    def _said_to_be_place(self, i: int) -> bool:
        """Word ``i`` is marked as a place: the recogniser reads it as one, or a kind word follows it
        (देवघर जिले), or a genitive and an office or institution (देवघर के पुलिस अधीक्षक), or "में"
        with no determiner before it (बिजनौर में, not "इस नगरी में")."""
        if i in self.located:
            return True
        if i + 1 >= len(self.words) or self.words[i + 1].sentence != self.words[i].sentence:
            return False
        after = self.words[i + 1].key
        if after in kind_cues().after or (after in self.cues.genitive and i + 2 in self._owned):
            return True
        before = self.words[i - 1].key if i > 0 else ""
        return after in self.cues.place_after and before not in self.cues.demonstratives | self.cues.indefinites

    def _places_before(self, start: int, kinds: frozenset[str], hits: list[Hit] | None = None) -> Iterator[Hit]:
        """The places of ``kinds`` named before word ``start`` anywhere in the article, nearest first."""
        return (h for h in reversed(hits or self.hits)
                if h.end <= start and h.known is not None and h.known.kind in kinds)

    def _paragraph_places(self, start: int, kinds: frozenset[str], hits: list[Hit] | None = None) -> Iterator[Hit]:
        """The places of ``kinds`` with a country, named before word ``start`` in its paragraph,
        nearest first."""
        at = self.words[start].start
        for hit in reversed(hits or self.hits):
            if hit.end > start or hit.known is None or hit.known.kind not in kinds:
                continue
            if "\n" in self.text[self.words[hit.end - 1].end : at]:
                return
            if hit.known.country not in (None, HOME, "IGO"):
                yield hit
