"""The gazetteer: places, demonyms and organisations from ``ghatna/lang/hi/actors/``, indexed by the
loose keys of their Hindi forms for a longest-match scan over words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ghatna.actors.words import phrase_keys
from ghatna.lang import load
from ghatna.lang.schemas.actors import GAZETTEERS

_NEARBY: dict[object, frozenset[str]] = {
    True: frozenset({"city", "state", "region"}), "state": frozenset({"state"}), "city": frozenset({"city"})
}
#: A country code that is resolved from the context (a preceding "X के", a demonym, the article).
HOME = "HOME"


@dataclass(frozen=True, slots=True)
class Known:
    """One gazetteer entry: ``name_hi`` is its canonical (first) Hindi form."""

    name_en: str
    name_hi: str
    country: str | None
    type: str
    kind: str
    sector: str | None
    local: str | None = None  # the name of the institution of a named place: "{place} police"
    # the kinds of place the paragraph is at whose institution a bare mention is (empty: none)
    nearby: frozenset[str] = frozenset()
    holder: str | None = None  # the title of the head whose name before it gives the place
    authority: bool = False  # a government or administration: the doer of a passive state action


@dataclass(frozen=True, slots=True)
class Gazetteer:
    index: dict[tuple[str, ...], Known]
    longest: int
    country_names: dict[str, str]
    adjectives: dict[str, str]
    vocabulary: frozenset[str]
    first_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", frozenset(keys[0] for keys in self.index if keys))

    def longest_match(self, keys: Sequence[str], at: int) -> tuple[Known, int] | None:
        """The longest entry whose words start at ``keys[at]``, and its length in words."""
        if at >= len(keys) or keys[at] not in self.first_words:  # most words start no entry
            return None
        for size in range(min(self.longest, len(keys) - at), 0, -1):
            found = self.index.get(tuple(keys[at : at + size]))
            if found is not None:
                return found, size
        return None

    def find(self, name_hi: str) -> Known | None:
        return self.index.get(phrase_keys(name_hi))

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None


@cache
def _directions() -> dict[str, str]:
    pairs: dict[str, str] = load("actors/directions")["directions"]
    return {**pairs, **{adjective: noun for noun, adjective in pairs.items()}}


def direction_variants(name: str) -> list[str]:
    """The other spelling of a country name that opens with a compass word: दक्षिण सूडान ↔
    दक्षिणी सूडान, उत्तरी मकदूनिया ↔ उत्तर मकदूनिया (``actors/directions``)."""
    first, _, rest = name.partition(" ")
    other = _directions().get(first)
    return [f"{other} {rest}"] if other and rest else []


@cache
def gazetteer() -> Gazetteer:
    """Hand-made files first, so that their English names and readings win over generated ones."""
    index: dict[tuple[str, ...], Known] = {}
    country_names: dict[str, str] = {}
    country_forms: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for name in GAZETTEERS:
        for entry in load(name)["entries"]:
            country = entry.get("country")
            if entry["kind"] == "country" and country:
                country_names.setdefault(country, entry["en"])
                country_forms.setdefault(country, entry["hi"][0])
            if entry["kind"] == "demonym" and country:
                adjectives.setdefault(country, entry["en"])
            known = Known(entry["en"], entry["hi"][0], country, entry["type"], entry["kind"], entry.get("sector"),
                          entry.get("local"), _NEARBY.get(entry.get("nearby"), frozenset()), entry.get("holder"),
                          entry.get("authority", False))
            for form in entry["hi"]:
                index.setdefault(phrase_keys(form), known)
            for form in entry["hi"] if entry["kind"] == "country" else ():
                for variant in direction_variants(form):
                    index.setdefault(phrase_keys(variant), known)
    index = {
        keys: Known(country_names.get(k.country or "", k.name_en), country_forms.get(k.country or "", k.name_hi),
                    k.country, k.type, k.kind, k.sector)
        if k.kind == "country"
        else k
        for keys, k in index.items()
    }
    vocabulary = frozenset(word for keys in index for word in keys)
    return Gazetteer(index, max(len(k) for k in index), country_names, adjectives, vocabulary)


@cache
def own_names() -> dict[str, dict[str, str]]:
    """Institution -> place -> the institution's own name where it is not "<place> <institution>"."""
    return dict(load("actors/own_names"))
