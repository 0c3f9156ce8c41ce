"""Linking Hindi name mentions to the actor knowledge base.

A mention's words meet English name words through the word table (the exact folded Hindi key of a
generated or attested spelling) or, failing that, through the sound key. Candidates are the entries
one of whose names holds the mention's words in order. They are weighed by the title in the text
(its office against the entry's offices), the article's countries and the article's date (the office
held then; without a date, the most recent). A single word that is only a surname links only after
a full mention of the same entry in the article, with a title, or when exactly one prominent
office-holder of the article's countries bears it (a head of state or government, or a minister in
office on the article's date). Unsure is NIL: a wrong link is worse than none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from ghatna.actors.gazetteer import gazetteer
from ghatna.actors.titles import Role, title_book
from ghatna.actors.words import loose_key, phrase_keys
from ghatna.kb.keys import (
    glideless,
    hindi_key,
    hindi_words,
    latin_tokens,
    phonetic_hi,
    plain_latin,
    skeleton_distance,
    skeleton_en,
    skeleton_hi,
)
from ghatna.kb.store import HINDI, SOUND, Entry, KnowledgeBase, Office, knowledge_base
from ghatna.translit import romanise

EXACT, SOUNDS_ALIKE = 1.0, 0.95  # a word that sounds alike weighs this times its likeness
MIN_SOUND_RATIO = 0.8  # difflib likeness of the romanised Hindi word and the English word, both plain
MIN_SOUND_KEY = 3  # shorter sound keys ("RN") meet too many names on their own
SAID_VOWEL = 2  # a word met by its sound may differ in a consonant, not lack a vowel the Hindi word says
MIN_SOUND_KEY_IN_NAME = 2  # but two words that must both fit one name are evidence enough
MIN_SURNAME = 4  # letters of an English surname that may stand alone ("Li", "Ri" may not)
HEAD = 3  # the office rank of heads of state and government
MINISTER = 2  # the office rank of ministers (chief ministers too) and party leaders
ALONE = 0.9  # the least spelling weight of a surname that stands alone
SKIPPED = 0.15  # the cost of each name word that a person's mention leaves out
MIN_NAME_LETTERS = 3  # a mention whose words are all shorter is initials ("जे. के."): no name
ACCEPT = 0.75  # the least score of a link
MIN_PIECE = 3  # characters of each piece of a compound name word ("राम" + "नाथ")
VIRAMA = "\u094d"
MARGIN = 0.12  # the least lead of the best candidate over the next different one
_NAME_GLUE = frozenset({"of", "the", "and", "for", "in", "de", "al", "el", "la"})  # words a mention may leave out
_STOP = frozenset({"of", "the", "and", "for", "affairs", "minister", "ministry"})
# Other English names of the same portfolio, as lower-case word sequences.
_OFFICE_NAMES = {"secretary of state": "secretary foreign", "external": "foreign", "home": "interior",
                 "internal": "interior", "defense": "defence", "finance and economy": "finance"}


@dataclass(frozen=True, slots=True)
class Link:
    """A mention linked to a knowledge-base entry, with its office at the article's date."""

    kb_id: str
    qid: str | None
    name_en: str
    country: str | None
    sector: str | None
    role: str | None
    score: float
    reason: str


@dataclass(slots=True)
class _Candidate:
    entry: Entry
    name: float  # how well the mention's words spell this name (0-1)
    full: bool  # the mention spells the name, not only its last word
    how: str
    surname: str  # the name's word that the mention's last word spells
    whole: bool  # the mention spells every content word of the name
    single: bool  # the mention is one word
    skipped: int  # content words of the name that the mention leaves out (initials aside)
    score: float = 0.0
    office: Office | None = None
    by_prominence: bool = False  # a bare surname kept only as a prominent office-holder of the article
    one_word: bool = False  # found as a person's whole one-word name below the rank a bare surname needs
    form: tuple[str, ...] = ()  # the English name or alias whose words the mention spells (lower case)
    last_spellings: tuple[str, ...] = ()  # every English word the mention's last word may spell
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ArticleLinker:
    """Links the name mentions of one article, in text order (later surname-only mentions reuse the
    earlier full links). ``countries``: ISO3 codes the article is about; ``day``: its date as ISO
    ``YYYY[-MM[-DD]]`` or None."""

    countries: Sequence[str] = ()
    day: str | None = None
    kb: KnowledgeBase = field(default_factory=knowledge_base)
    _linked: dict[str, Entry] = field(default_factory=dict)  # surname -> person linked in full

    def link(self, name_hi: str, title_hi: str | None = None) -> Link | None:
        """The entry that the Hindi name ``name_hi`` (a PERSON or ORGANIZATION span) stands for, or
        None. ``title_hi``: the title or office words next to it in the text ("विदेश मंत्री")."""
        words, role = _name_words(name_hi)
        if all(len(w) < MIN_NAME_LETTERS for w in words):
            return None
        role = _role(title_hi) if title_hi else role
        chosen = self._choose(words, role)
        for parts in self._compounds_apart(words) if chosen is None else ():
            chosen = chosen or self._choose(list(parts), role, spelt_only=True)
        if chosen is None:
            return None
        if chosen.full and chosen.entry.kind == "person":
            for word in _outer_words(chosen.entry.name_en):  # "Kim Jong Un" is later "Kim"
                self._linked[word] = chosen.entry
        return _to_link(chosen, self.day)

    def namesake(self, name_hi: str) -> str | None:
        """The English name of the persons whose names the Hindi name of two words or more spells word for
        word (every word exactly, none left out), when they agree on one, linked or not: the spelling
        of a name that the linker leaves unlinked ("गोपाल राय" of India is no Nepali minister, but his
        name is spelled "Gopal Rai")."""
        words, _ = _name_words(name_hi)
        if len(words) < 2:
            return None
        spelt = [_spelt(c) for c in self._candidates(words, spelt_only=True)
                 if c.entry.kind == "person" and c.name == EXACT and c.whole and not c.skipped]
        names = {tuple(latin_tokens(name)): name for name in spelt}
        return next(iter(names.values())) if len(names) == 1 else None

    def _choose(self, words: list[str], role: Role | None, spelt_only: bool = False) -> _Candidate | None:
        """The best candidate for ``words``; ``spelt_only``: met by exact spellings only (no sound)."""
        candidates = self._candidates(words, role is not None, spelt_only)
        for candidate in candidates:
            self._weigh(candidate, role)
        _most_prominent_only(candidates)
        return _decide(sorted((c for c in candidates if c.score > 0), key=lambda c: c.score, reverse=True))

    def _compounds_apart(self, words: list[str]) -> list[tuple[str, ...]]:
        """The words with each compound of two name words written apart ("रामनाथ कोविंद" -> "राम नाथ
        कोविंद": Ram Nath Kovind), for a name that did not link as written: a word with one way only
        of cutting it into two pieces that both spell an English name word; then with only the
        compounds apart that spell no English name word whole ("रामविलास पासवान" -> "राम विलास
        पासवान", not "... पास वान"). Each reading that differs from ``words``, in that order."""
        cuts = {w: _cuts(w) for w in words}
        asked = [*(HINDI + hindi_key(w) for w in words), *(HINDI + hindi_key(p) for options in cuts.values()
                                                         for cut in options for p in cut)]
        pieces = self.kb.words_for(asked)
        every: list[str] = []
        unspelt: list[str] = []  # only the words that spell no English name word whole ("पासवान" does)
        for word in words:
            fitting = [cut for cut in cuts.get(word, []) if all(pieces.get(HINDI + hindi_key(p)) for p in cut)]
            apart = list(fitting[0]) if len(fitting) == 1 else [word]
            every.extend(apart)
            unspelt.extend([word] if pieces.get(HINDI + hindi_key(word)) else apart)
        return [parts for parts in dict.fromkeys((tuple(every), tuple(unspelt))) if list(parts) != words]

    def _least_rank(self, words: list[str], last_words: dict[str, float], titled: bool) -> int:
        """A bare surname can only be an earlier full link, a title-holder or a prominent person."""
        if len(words) > 1 or any(w in self._linked for w in last_words):
            return 0
        return 1 if titled else MINISTER

    def _candidates(self, words: list[str], titled: bool = True, spelt_only: bool = False) -> list[_Candidate]:
        keys = [hindi_key(w) for w in words]
        found: dict[int, tuple[float, bool, str, str, bool, bool, int]] = {
            row: (EXACT, True, "Hindi name", "", True, False, 0) for row in self.kb.hindi_name(" ".join(keys))
        }
        forms: dict[int, tuple[str, ...]] = {}
        shortest = MIN_SOUND_KEY if len(words) == 1 else MIN_SOUND_KEY_IN_NAME
        sounds = [[s for s in dict.fromkeys((phonetic_hi(w), glideless(phonetic_hi(w)))) if len(s) >= shortest]
                  for w in words]
        asked = [HINDI + k for k in keys] + [SOUND + s for both in sounds for s in both if not spelt_only]
        table = self.kb.words_for(asked)
        triples = zip(words, keys, sounds, strict=True)
        options = [_options(w, table.get(HINDI + k, []), [t for s in both for t in table.get(SOUND + s, [])])
                   for w, k, both in triples]
        if all(options):
            least_rank = self._least_rank(words, options[-1], titled)
            for form in self.kb.forms_with(options[-1], last=True, min_rank=least_rank):
                weight = _align(options, form.words)
                if weight is None:
                    continue
                full = len(words) > 1 or len(form.words) == 1  # a person's one-word alias: see _weigh
                how = "spelling" if weight == EXACT else "sound and romanisation"
                content = sum(w not in _NAME_GLUE for w in form.words)
                skipped = sum(w not in _NAME_GLUE and len(w) > 1 for w in form.words) - len(words)
                match = (weight, full, how, form.words[-1], len(words) >= content, len(words) == 1, max(skipped, 0))
                if form.entry not in found or found[form.entry][:2] < match[:2]:
                    found[form.entry], forms[form.entry] = match, tuple(form.words)
            if least_rank:  # "मायावती": a whole name of one word needs no rank, as a surname does
                exact = [t for t, weight in options[-1].items() if weight == EXACT]
                lone = {f.entry for f in self.kb.one_word_names(exact)} - set(found)
                found.update({row: (EXACT, True, "spelling", "", True, True, 0) for row in lone})
            else:
                lone = set()
        else:
            lone = set()
        last = tuple(options[-1]) if options else ()
        return [_Candidate(entry, *found[entry.row], one_word=entry.row in lone, form=forms.get(entry.row, ()),
                           last_spellings=last) for entry in self.kb.entries(found)]

    def _weigh(self, candidate: _Candidate, role: Role | None) -> None:
        entry = candidate.entry
        if entry.kind == "person" and candidate.full and candidate.single and len(latin_tokens(entry.name_en)) > 1:
            candidate.full = False  # "मलिक" is a surname, though the dictionaries list "Maliki" alone
        fitting = _fitting_office(role, entry, self.day) if role is not None else None
        office = fitting or entry.office_at(self.day, self.countries)
        candidate.office = office
        country = (office.country if office else None) or entry.country
        score = candidate.name
        if candidate.full and entry.kind == "person" and candidate.skipped:
            score -= SKIPPED * candidate.skipped  # "दाऊद ख़ान" spells two words of four
        if self.countries:
            if country in self.countries or country == "IGO":
                score += 0.1
                candidate.notes.append(f"country {country} in the article")
            else:
                score -= 0.3
        if entry.offices and self.day is not None:
            if office is not None and office.active(self.day):
                score += 0.05
                candidate.notes.append(f"in office on {self.day}")
            elif entry.last_day() < self.day[:4]:
                score -= 0.15
        if role is not None:
            score += 0.2 if fitting else -0.2
            if fitting:
                candidate.notes.append(f"title {role.en}")
        score += 0.03 * (office.rank if office else 0)
        if candidate.one_word and (entry.kind != "person" or entry.qid is None or country not in self.countries
                                   or len(latin_tokens(entry.name_en)) > 1):
            score = 0.0  # only a Wikidata person of the article's countries known by that one word
        elif entry.kind == "person" and fitting is None and self._stranger(country, entry):
            score = 0.0  # a namesake of another country, which nothing in the article places here
        elif entry.kind != "person" and not (candidate.full and candidate.whole):
            score = 0.0  # "सुप्रीम कोर्ट" is not every organisation whose name ends in "Supreme Court"
        elif not candidate.full:
            earlier = self._linked.get(candidate.surname)
            if earlier is not None and earlier.row == entry.row:
                score += 0.2
                candidate.notes.append("surname of an earlier full mention")
            elif earlier is not None:
                score = 0.0  # the surname of someone this article named in full is that person
            elif role is not None and fitting is None:
                score = 0.0  # the title names an office this person did not hold
            elif fitting is None:
                candidate.by_prominence = True
                strong = candidate.name >= ALONE and len(candidate.surname) >= MIN_SURNAME
                if not strong or not _prominent_here(office, self.countries, self.day):
                    score = 0.0  # a short or only sound-alike surname is too weak on its own
                elif office is not None and office.rank < HEAD and self._shared_surname(candidate):
                    score = 0.0  # "यादव": a minister's surname that others of the article's countries bear
        candidate.score = round(score, 3)

    def _shared_surname(self, candidate: _Candidate) -> bool:
        """Another person of the article's countries that the knowledge base knows, of any office or
        time, bears a surname the mention may spell ("शर्मा": Sharma, Sarma): a surname alone names a
        minister only when it is his alone."""
        forms = self.kb.forms_with(candidate.last_spellings or [candidate.surname], last=True)
        bearers = {_bearer(e) for e in self.kb.entries({f.entry for f in forms})
                   if e.kind == "person" and _of_countries(e, self.countries)}
        return bool(bearers - {_bearer(candidate.entry)})

    def _stranger(self, country: str | None, entry: Entry) -> bool:
        """Of a country the article does not name, and known only there: a person that had not headed a
        state or government by the article's date (ever, without a date) is linked from another country
        only by the title of an office held (the Chief Minister of Punjab of 2010 is no Prime Minister)."""
        if not self.countries or country in (*self.countries, None, "IGO"):
            return False
        return not any(o.rank >= HEAD and (self.day is None or o.begun(self.day)) for o in entry.offices)


def _spelt(candidate: _Candidate) -> str:
    """The English name that a candidate's mention spells: the entry's own name, or the alias met
    ("स्टीव बार्कले" spells "Steve Barclay", an alias of "Stephen Barclay")."""
    name = candidate.entry.name_en
    if not candidate.form or tuple(latin_tokens(name)) == candidate.form:
        return name
    return " ".join(word.capitalize() for word in candidate.form)


def find_actors(query: str, kb: KnowledgeBase | None = None) -> list[Entry]:
    """Entries for a search box: a KB id or Wikidata QID ("Q22686"), English words ("Trump") or a
    Hindi name or surname ("ट्रंप"); the best spelled and the most prominent first."""
    base = kb or knowledge_base()
    if not any("\u0900" <= ch <= "\u097f" for ch in query):
        return base.search_latin(query)
    words, _ = _name_words(query)
    if not words:
        return []
    found = ArticleLinker(kb=base)._candidates(words)
    found.sort(key=lambda c: (c.name, c.entry.top_rank, c.entry.last_day(), c.entry.kb_id), reverse=True)
    return [c.entry for c in found]


def _name_words(name_hi: str) -> tuple[list[str], Role | None]:
    """The words of a name without the honorifics, demonyms and title in front ("अमेरिकी राष्ट्रपति
    ट्रंप"), and that title's role."""
    words = hindi_words(name_hi)
    keys = [loose_key(w) for w in words]
    book, places = title_book(), gazetteer()
    start, role = 0, None
    while start < len(words):
        honorific = book.honorific_at(keys, start)
        title = book.match_role(keys, start) if honorific is None else None
        place = places.longest_match(keys, start) if honorific is None and title is None else None
        if honorific is not None:
            start += honorific[0]
        elif title is not None and title.end < len(words) and not title.is_ministry:
            start, role = title.end, title
        elif place is not None and place[0].kind == "demonym" and start + place[1] < len(words):
            start += place[1]
        else:
            break
    return words[start:], role


def _cuts(word: str) -> list[tuple[str, str]]:
    """The ways of cutting a Hindi word into two pieces of ``MIN_PIECE`` letters or more, each
    starting with a letter that is no vowel sign or virama."""
    return [(word[:i], word[i:]) for i in range(MIN_PIECE, len(word) - MIN_PIECE + 1)
            if not unicodedata.category(word[i]).startswith("M") and word[i - 1] != VIRAMA]


def _role(title_hi: str) -> Role | None:
    keys = phrase_keys(title_hi)
    book = title_book()
    for at in range(len(keys)):
        role = book.match_role(keys, at)
        if role is not None:
            return role
    return None


def _fitting_office(role: Role, entry: Entry, day: str | None) -> Office | None:
    """The entry's office that the title names (held on the day when there is one), or None."""
    wanted = _role_words(role.en)
    held = [o for o in entry.offices if day is None or o.active(day)] or list(entry.offices)
    fits = [o for o in held if o.role and wanted <= _role_words(_core(o.role)) | {"minister"}
            and _same_head(role.en, o.role)]
    return max(fits, key=lambda o: (o.end or "9999", o.start)) if fits else None


def _core(office: str) -> str:
    """"Senior Advisor to the President" is an adviser, not a president; "ambassador to France" is
    an ambassador."""
    return office.split(" to ")[0]


def _role_words(role: str) -> set[str]:
    """Content words of an English office title, with the usual other names of portfolios."""
    text = f" {' '.join(latin_tokens(role))} "
    for phrase, same in _OFFICE_NAMES.items():
        text = text.replace(f" {phrase} ", f" {same} ")
    return set(text.split()) - _STOP


def _same_head(title: str, office: str) -> bool:
    """"President" is not "Vice President"; "Minister" is not "Prime Minister"."""
    qualifiers = {"vice", "deputy", "prime", "first"}
    return (set(latin_tokens(title)) & qualifiers) == (set(latin_tokens(office)) & qualifiers)


def _most_prominent_only(candidates: list[_Candidate]) -> None:
    """Of the bare surnames kept for prominence, only a single holder of the highest office stays."""
    kept = [c for c in candidates if c.by_prominence and c.score > 0]
    top = max((c.office.rank for c in kept if c.office), default=0)
    best = [c for c in kept if c.office and c.office.rank == top]
    for candidate in kept:
        if len(best) > 1 or candidate not in best:
            candidate.score = 0.0
        else:
            candidate.notes.append(f"the one {candidate.office.role or 'office-holder'} of that name here"
                                   if candidate.office else "")


def _prominent_here(office: Office | None, countries: Sequence[str], day: str | None) -> bool:
    """A head of state or government of one of the article's countries, or a minister of one of them
    known to be in office on the article's date."""
    if office is None or office.country not in countries:
        return False
    return office.rank >= HEAD or (office.rank >= MINISTER and day is not None and _known_held(office, day))


def _known_held(office: Office, day: str) -> bool:
    """``office`` was held on ``day`` by its dates: ended after it, or left open by the office-holder
    lists, whose offices have titles. An untitled office (the CAMEO lists, which end about 2015) gives
    only the date it was first seen held, so an open end there says nothing of later days."""
    return office.active(day) and bool(office.end or office.role)


def _of_countries(entry: Entry, countries: Sequence[str]) -> bool:
    return entry.country in countries or any(o.country in countries for o in entry.offices)


def _bearer(entry: Entry) -> str:
    """One person under the spellings of two sources ("Shiv Shankar Menon", "Shivshankar Menon")."""
    return "".join(latin_tokens(entry.name_en))


def _options(word: str, exact: list[str], alike: list[str]) -> dict[str, float]:
    """English words that a Hindi word may spell, with a weight: 1 for a known spelling; for a word
    that only sounds alike, by how close the project's romanisation of the Hindi word comes to it
    (the sound key ignores vowels: "सुजीत" is not "Sujatha")."""
    options = dict(_likeness(word, tuple(sorted(set(alike) - set(exact)))))
    options.update({t: EXACT for t in exact})
    return options


@lru_cache(maxsize=1 << 14)
def _likeness(word: str, tokens: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    if not tokens:
        return ()
    latin = plain_latin(romanise(word))
    skeleton = skeleton_hi(word)  # no vowel that the Hindi word says may be missing ("अफजल" is not "Fazal")
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(latin)  # difflib caches its index of the second sequence
    kept: list[tuple[str, float]] = []
    for token in tokens:
        if 2 * min(len(token), len(latin)) < MIN_SOUND_RATIO * (len(token) + len(latin)):
            continue  # the lengths alone rule it out
        matcher.set_seq1(plain_latin(token))
        if (matcher.quick_ratio() >= MIN_SOUND_RATIO and (ratio := matcher.ratio()) >= MIN_SOUND_RATIO
                and skeleton_distance(skeleton, skeleton_en(token), vowel=SAID_VOWEL) < SAID_VOWEL):
            kept.append((token, SOUNDS_ALIKE * ratio))
    return tuple(kept)


def _align(options: list[dict[str, float]], form: tuple[str, ...]) -> float | None:
    """The mention's words meet the form's words in order, the last ones together; the mean weight."""
    if form[-1] not in options[-1] and len(options) > 1:
        return None
    weights: list[float] = []
    at = 0
    for option in options:
        while at < len(form) and form[at] not in option:
            at += 1
        if at == len(form):
            return None
        weights.append(option[form[at]])
        at += 1
    if len(options) == 1 and form[-1] not in options[0] and len(form) > 1:
        return None  # a single word is the surname or nothing
    return sum(weights) / len(weights)


@lru_cache(maxsize=1 << 12)
def _outer_words(name_en: str) -> tuple[str, ...]:
    """The first and the last word of a name: one of them is the family name."""
    words = latin_tokens(name_en)
    return (words[0], words[-1]) if words else ()


def _identity(entry: Entry) -> tuple[str, str | None]:
    return " ".join(latin_tokens(entry.name_en)), entry.country


def _decide(ranked: list[_Candidate]) -> _Candidate | None:
    if not ranked or ranked[0].score < ACCEPT:
        return None
    best = ranked[0]
    same = [c for c in ranked if _identity(c.entry) == _identity(best.entry)]
    if len(same) > 1:  # one person under two sources: the Wikidata entry speaks for both
        best = max(same, key=lambda c: (c.score, c.entry.qid is not None))
    rivals = [c for c in ranked if _identity(c.entry) != _identity(best.entry)]
    if rivals and best.score - rivals[0].score < MARGIN:
        return None
    return best


def _to_link(candidate: _Candidate, day: str | None) -> Link:
    entry, office = candidate.entry, candidate.office
    country = (office.country if office else None) or entry.country
    sector = (office.sector if office else None) or entry.sector
    role = office.role if office and office.role else None
    notes = "; ".join([f"{candidate.how} of {'the name' if candidate.full else 'the surname'}", *candidate.notes])
    return Link(entry.kb_id, entry.qid, entry.name_en, country, sector, role, candidate.score, notes)
