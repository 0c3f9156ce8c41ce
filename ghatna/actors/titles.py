"""Titles and roles from ``actors/titles.yaml``: honorifics, ranks, offices with portfolios, ministries.

``match_role`` reads, at a word, the longest of
``[former] [portfolio (conjunction portfolio)*] office`` or ``portfolio (conjunction portfolio)* ministry``
and returns the English role ("Defence Minister", "Minister of Defence and Aerospace Industry",
"Ministry of Defence") with its sector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ghatna.actors.words import loose_key, phrase_keys
from ghatna.lang import load


@dataclass(frozen=True, slots=True)
class Office:
    en: str
    sector: str | None
    portfolio: bool
    single: str | None


@dataclass(frozen=True, slots=True)
class Portfolio:
    adj: str
    noun: str


@dataclass(frozen=True, slots=True)
class Role:
    """A role phrase over words ``[start, end)``; ``is_ministry`` for "रक्षा मंत्रालय"-like names."""

    start: int
    end: int
    en: str
    sector: str | None
    is_ministry: bool
    portfolios: frozenset[str]
    office: str


@dataclass(frozen=True, slots=True)
class TitleBook:
    honorifics: dict[tuple[str, ...], str | None]
    offices: dict[tuple[str, ...], Office]
    portfolios: dict[tuple[str, ...], Portfolio]
    ministry_heads: frozenset[str]
    conjunctions: frozenset[str]
    former: frozenset[str]
    templates: dict[str, str]
    longest: int
    family_honorifics: frozenset[str] = frozenset()  # honorifics that close a name too (सुब्रमण्यम स्वामी)
    # one word of a portfolio written together with its office (गृहमंत्री: गृह + मंत्री)
    fused: dict[str, tuple[Portfolio, tuple[str, ...], Office]] = field(default_factory=dict)
    first_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        phrases = [*self.honorifics, *self.offices, *self.portfolios]
        object.__setattr__(self, "first_words", frozenset(keys[0] for keys in phrases if keys) | set(self.fused))

    @property
    def vocabulary(self) -> frozenset[str]:
        phrases = [*self.honorifics, *self.offices, *self.portfolios]
        return frozenset(w for p in phrases for w in p) | self.ministry_heads | set(self.fused)

    def honorific_at(self, keys: Sequence[str], at: int) -> tuple[int, str | None] | None:
        """The length in words of an honorific or rank at ``at``, and the sector a rank gives."""
        if not self._may_start(keys, at):
            return None
        for size in range(min(self.longest, len(keys) - at), 0, -1):
            phrase = tuple(keys[at : at + size])
            if phrase in self.honorifics:
                return size, self.honorifics[phrase]
        return None

    def _may_start(self, keys: Sequence[str], at: int) -> bool:
        """Whether a phrase of the book may start at ``keys[at]`` (most words start none)."""
        return at < len(keys) and keys[at] in self.first_words

    def _longest(self, table: dict[tuple[str, ...], Any], keys: Sequence[str], at: int) -> tuple[Any, int] | None:
        if not self._may_start(keys, at):
            return None
        for size in range(min(self.longest, len(keys) - at), 0, -1):
            found = table.get(tuple(keys[at : at + size]))
            if found is not None:
                return found, size
        return None

    def match_role(self, keys: Sequence[str], at: int) -> Role | None:
        i = at
        former = keys[i] in self.former if i < len(keys) else False
        if former:
            i += 1
        chosen: list[tuple[Portfolio, tuple[str, ...]]] = []
        joined = False
        while i < len(keys):
            office = self._longest(self.offices, keys, i)
            portfolio = self._longest(self.portfolios, keys, i)
            if office and (not portfolio or office[1] >= portfolio[1]):
                return self._office_role(at, i + office[1], office[0], chosen, former)
            if keys[i] in self.fused and not (office or portfolio):
                found_portfolio, phrase, fused_office = self.fused[keys[i]]
                chosen.append((found_portfolio, phrase))
                return self._office_role(at, i + 1, fused_office, chosen, former)
            if keys[i] in self.ministry_heads and chosen:
                return self._ministry_role(at, i + 1, chosen)
            if portfolio:
                found, size = portfolio
                phrase = tuple(keys[i : i + size])
                if chosen and not joined:  # "वैमानिकी उद्योग": adjacent portfolios make one compound
                    last, last_keys = chosen.pop()
                    found = Portfolio(f"{last.adj} {found.adj}", f"{last.noun} {found.noun}")
                    phrase = last_keys + phrase
                chosen.append((found, phrase))
                i += size
                joined = i < len(keys) and keys[i] in self.conjunctions
                if joined:
                    i += 1
                continue
            return None
        return None

    def _office_role(
        self, start: int, end: int, office: Office, chosen: list[tuple[Portfolio, tuple[str, ...]]], former: bool
    ) -> Role | None:
        if chosen and not office.portfolio:
            return None
        if not chosen:
            en = office.en
        elif len(chosen) == 1:
            template = office.single or self.templates["single"]
            en = template.format(adj=chosen[0][0].adj, noun=chosen[0][0].noun, office=office.en)
        else:
            nouns = self.templates["joiner"].join(p.noun for p, _ in chosen)
            en = self.templates["multiple"].format(office=office.en, nouns=nouns)
        sector = office.sector
        if former:
            en, sector = self.templates["former"].format(role=en), "ELI"
        words = frozenset(w for _, keys in chosen for w in keys)
        return Role(start, end, en, sector, False, words, office.en)

    def _ministry_role(self, start: int, end: int, chosen: list[tuple[Portfolio, tuple[str, ...]]]) -> Role:
        nouns = self.templates["joiner"].join(p.noun for p, _ in chosen)
        words = frozenset(w for _, keys in chosen for w in keys)
        return Role(start, end, self.templates["ministry"].format(nouns=nouns), "GOV", True, words, "Ministry")


@cache
def title_book() -> TitleBook:
    data = load("actors/titles")
    cues = load("actors/cues")
    honorifics: dict[tuple[str, ...], str | None] = {phrase_keys(h): None for h in data["honorifics"]}
    for rank in data.get("ranks", []):
        for form in rank["hi"]:
            honorifics[phrase_keys(form)] = rank["sector"]
    offices = {
        phrase_keys(form): Office(item["en"], item.get("sector"), bool(item.get("portfolio")), item.get("single"))
        for item in data["offices"]
        for form in item["hi"]
    }
    portfolios = {
        phrase_keys(form): Portfolio(item["adj"], item["noun"]) for item in data["portfolios"] for form in item["hi"]
    }
    longest = max(len(k) for k in [*honorifics, *offices, *portfolios])
    fused = {
        loose_key(p_keys[0] + o_keys[0]): (portfolio, p_keys, office)
        for p_keys, portfolio in portfolios.items() if len(p_keys) == 1
        for o_keys, office in offices.items() if len(o_keys) == 1 and office.portfolio
    }
    return TitleBook(
        honorifics,
        offices,
        portfolios,
        frozenset(loose_key(h) for h in data["ministry_heads"]),
        frozenset(loose_key(c) for c in cues["conjunctions"]),
        frozenset(loose_key(f) for f in cues["former"]),
        dict(data["templates"]),
        longest,
        frozenset(loose_key(h) for h in data.get("family_honorifics", [])),
        {key: value for key, value in fused.items() if (key,) not in offices and (key,) not in honorifics},
    )
