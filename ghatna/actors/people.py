"""Person entities: named mentions clustered by name (full name, surname or given name only), with role, country
and sector from their titles; then title-only mentions resolved to the one person who holds that role."""

from __future__ import annotations

from dataclasses import dataclass, field

from ghatna.actors.context import Affiliations
from ghatna.actors.name_pairs import name_parts
from ghatna.actors.namelike import no_name_word
from ghatna.actors.scan import Hit
from ghatna.actors.titles import Role, title_book
from ghatna.actors.words import Word
from ghatna.kb.keys import phonetic_hi
from ghatna.records import Entity

MIN_SURNAME_SOUND = 3  # sound classes of a surname that may be met in another spelling ("पोम्पिओ": PNP)


@dataclass(slots=True)
class Person:
    entity: Entity
    keys: tuple[str, ...]
    office: str | None = None
    portfolios: frozenset[str] = frozenset()
    explicit: bool = False
    title_hi: str | None = None  # the office words in front of its first titled mention ("विदेश मंत्री")
    spans: list[tuple[int, int]] = field(default_factory=list)  # word spans of its mentions


def _span(words: list[Word], start: int, end: int) -> tuple[int, int]:
    return words[start].start, words[end - 1].end


class People:
    def __init__(self, text: str, words: list[Word], affiliations: Affiliations) -> None:
        self.text, self.words, self.aff = text, words, affiliations
        self.people: list[Person] = []

    def add_named(self, name: Hit) -> Person:
        keys = tuple(w.key for w in self.words[name.start : name.end])
        person = self._same_name(keys) or self._new(keys)
        start, end = _span(self.words, name.start, name.end)
        if person.entity.name_hi is None or len(keys) > len(person.keys):  # the fullest name is canonical
            person.keys, person.entity.name_hi = keys, self.text[start:end]
        person.entity.mentions.append((start, end))
        person.spans.append((name.start, name.end))
        titled = next((t for t in name.titles if t.role), None)
        role = titled.role if titled is not None else None
        if titled is not None and person.title_hi is None:
            person.title_hi = self.text[slice(*_span(self.words, titled.start, titled.end))]
        first = name.titles[0].start if name.titles else name.start
        self._code(person, role, first, next((t.rank_sector for t in name.titles if t.rank_sector), None))
        owner = self._kin_of(name.start) if person.entity.country is None else None
        if owner is not None and owner is not person:
            person.entity.country = owner.entity.country
        return person

    def _kin_of(self, start: int) -> Person | None:
        """The person whose relative the name at word ``start`` is: "X की पत्नी Y", "उनके बेटे Y" (the
        person mentioned last)."""
        cue = self.aff.cues
        if start < 2 or self.words[start - 1].key not in cue.kin:
            return None
        marker = start - 2
        if self.words[marker].key in cue.genitive:
            return next((p for p in self.people if any(end == marker for _, end in p.spans)), None)
        if self.words[marker].key in cue.possessives:
            earlier = [(end, n) for n, p in enumerate(self.people) for _, end in p.spans if end <= marker]
            return self.people[max(earlier)[1]] if earlier else None
        return None

    def _same_name(self, keys: tuple[str, ...]) -> Person | None:
        same = [p for p in self.people if p.keys == keys]
        if not same:
            same = [p for p in self.people if _part_of(keys, p.keys) or _part_of(p.keys, keys)]
        return same[0] if len(same) == 1 else None

    def _new(self, keys: tuple[str, ...]) -> Person:
        person = Person(Entity(id="", type="PERSON", name_hi=None), keys)
        self.people.append(person)
        return person

    def _code(self, person: Person, role: Role | None, first_title: int, rank_sector: str | None) -> None:
        entity = person.entity
        affiliation = self.aff.before(first_title)
        if role is not None and entity.role is None:
            entity.role, person.office, person.portfolios = role.en, role.office, role.portfolios
        if affiliation and (not person.explicit or entity.country is None):
            entity.country, person.explicit = affiliation.country, True
        elif role is not None and entity.country is None and role.sector is not None:
            # an unmarked office is the host's during a visit, else the article's own ("रक्षा मंत्री
            # निर्मला सीतारमण"), unless the story is then in another country: the place of the talks
            # never gives a person's nationality, so it stays unknown
            focus = self.aff.focus(first_title)
            home = self.aff.home if focus in (None, self.aff.home) else None
            entity.country = self.aff.visited(first_title) or home
        if entity.sector is None:
            sector = role.sector if role else None
            entity.sector = sector or rank_sector or (affiliation.sector if affiliation else None)

    def title_only(self, hit: Hit) -> Person | None:
        """The one person that a role without a name refers to ("रक्षा एवं वैमानिकी उद्योग मंत्री")."""
        role = hit.role
        assert role is not None
        affiliation = self.aff.before(hit.start)
        pool = [p for p in self.people if p.office == role.office]
        if affiliation:
            pool = [p for p in pool if p.entity.country == affiliation.country]
        exact = [p for p in pool if p.portfolios == role.portfolios]
        wider = [p for p in pool if role.portfolios and role.portfolios < p.portfolios]
        found = exact if exact else wider
        if len(found) != 1:
            return None
        person = found[0]
        person.entity.mentions.append(_span(self.words, hit.start, hit.end))
        person.spans.append((hit.start, hit.end))
        return person

    def bare_names(self, covered: set[int]) -> None:
        """Later mentions of a known person without any title: the full name, or a unique surname."""
        surnames: dict[tuple[str, ...], list[Person]] = {}
        for person in self.people:
            surnames.setdefault(person.keys, []).append(person)
            if len(person.keys) > 1:
                surnames.setdefault(person.keys[-1:], []).append(person)
        firsts = {name[0] for name in surnames if name}
        keys = [w.key for w in self.words]
        for i in range(len(self.words)):
            if i in covered:
                continue
            if keys[i] not in firsts:
                self._surname_spelt_otherwise(i, covered)
                continue
            for size in (3, 2, 1):
                if i + size > len(keys):
                    continue  # a slice cut short by the end of the text is not a name of that size
                owners = surnames.get(tuple(keys[i : i + size]), [])
                if len(owners) == 1 and not any(j in covered for j in range(i, i + size)):
                    owners[0].entity.mentions.append(_span(self.words, i, i + size))
                    owners[0].spans.append((i, i + size))
                    covered.update(range(i, i + size))
                    break


    def _closed_at(self, i: int) -> bool:
        """A postposition of the same sentence follows word ``i`` (पोम्पेओ ने, पोम्पेओ के)."""
        after = i + 1
        return (after < len(self.words) and self.words[after].sentence == self.words[i].sentence
                and self.words[after].key in self.aff.cues.postpositions)

    def _surname_spelt_otherwise(self, i: int, covered: set[int]) -> None:
        """Word ``i`` spells the surname of the one person named in full before it in another way,
        with the same first letter and sound, and a postposition closes it as the head of its phrase
        ("माइक पोम्पिओ ... पोम्पेओ ने"; not "गुप्ता ... गुप्त सूचना"): a later mention of that person."""
        word = self.words[i]
        sound = phonetic_hi(word.text)
        if len(sound) < MIN_SURNAME_SOUND or no_name_word(word.text, word.key) or not self._closed_at(i):
            return
        owners = {id(p): p for p in self.people if len(p.keys) > 1 and any(start < i for start, _ in p.spans)
                  and p.keys[-1][:1] == word.key[:1] and phonetic_hi(p.keys[-1]) == sound}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            owner.entity.mentions.append(_span(self.words, i, i + 1))
            owner.spans.append((i, i + 1))
            covered.add(i)


def _part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"सीतारमण" is part of "निर्मला सीतारमण" (a surname, a tail of the full name); so is "निर्मला" (a
    given name, its head) when every word after it is a family name ("सोनिया गांधी"), not a word the
    name ran on into ("बुश संतुष्ट"), before or after the full name in the text."""
    if not 0 < len(short) < len(full):
        return False
    if full[-len(short) :] == short:
        return True
    return full[: len(short)] == short and all(_family_name(key) for key in full[len(short) :])


def _family_name(key: str) -> bool:
    """A family name of the name lists or an honorific that closes a name ("कुमारी"). Not any word the
    knowledge base spells: its word table holds a romanisation of most words ("बोलीं": Bolin, "होली": Holy)."""
    return key in name_parts()[1] or key in title_book().family_honorifics
