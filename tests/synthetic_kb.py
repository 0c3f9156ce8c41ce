"""Synthetic knowledge bases for the web tests and the page bench (``bench/web_pages.py``).

Articles are made here, not read by the NLP pipeline: each one is a few short Hindi sentences of
the form "<actor> ने <recipient> से <verb>" (written for this module), with its entities, one event
per sentence (a PLOVER type with one of its CAMEO codes and modes, taken from the ontology tables)
and the sentence as evidence. They are written through the store's own write API (``Store.add``),
so actor resolution, fusion and the full-text index run as in an ingest; only the extraction is
skipped, which makes 20,000 articles a matter of minutes instead of hours.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ghatna.lang.ontology import ontology
from ghatna.records import Actor, Analysis, Article, DocDate, Entity, Event, EventDate, Evidence, Place, Sentence
from ghatna.store import open_store

# Given names and surnames in both scripts, written for this module: their products are the actors.
_GIVEN = (("राम", "Ram"), ("श्याम", "Shyam"), ("मोहन", "Mohan"), ("सीता", "Sita"), ("गीता", "Gita"),
          ("अनिल", "Anil"), ("सुनील", "Sunil"), ("विजय", "Vijay"), ("अजय", "Ajay"), ("कमला", "Kamala"),
          ("रीना", "Reena"), ("दीपक", "Deepak"))  # fmt: skip
_SURNAMES = (("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"), ("यादव", "Yadav"), ("मिश्रा", "Mishra"),
             ("पांडेय", "Pandey"), ("चौहान", "Chauhan"), ("ठाकुर", "Thakur"), ("जोशी", "Joshi"),
             ("नायर", "Nair"))  # fmt: skip
_COUNTRIES = ("IND", "PAK", "CHN", "USA", "NPL", "BGD", "RUS", "KAZ", "LKA", "AFG")
_SECTORS = ("GOV", "MIL", "OPP", "BUS", "CVL")
_VERBS = ("से मुलाकात की", "पर आरोप लगाया", "को सहायता दी", "के साथ समझौता किया", "का विरोध किया")
_PLACES = (Place("दिल्ली", "Delhi", "IND"), Place("काठमांडू", "Kathmandu", "NPL"), Place("ढाका", "Dhaka", "BGD"))
START = date(2017, 1, 1)


@dataclass(frozen=True)
class Person:
    name_hi: str
    name_en: str
    country: str
    sector: str


def people(count: int) -> list[Person]:
    """``count`` distinct people (at most 120), each of one country and sector."""
    names = [(g[0] + " " + s[0], g[1] + " " + s[1]) for s in _SURNAMES for g in _GIVEN][:count]
    assert len(names) == count, f"at most {len(_GIVEN) * len(_SURNAMES)} people"
    return [
        Person(hi, en, _COUNTRIES[i % len(_COUNTRIES)], _SECTORS[(i // len(_COUNTRIES)) % len(_SECTORS)])
        for i, (hi, en) in enumerate(names)
    ]


def _codes() -> dict[str, tuple[list[str], list[str]]]:
    """Per PLOVER type: its three-digit CAMEO codes and its modes (with none among them)."""
    onto = ontology()
    cameo: dict[str, list[str]] = {}
    for code, kind in onto.cameo.items():
        if len(code) == 3 and kind in onto.types:
            cameo.setdefault(kind, []).append(code)
    return {t: (cameo.get(t, [""]), ["", *sorted(modes)]) for t, modes in onto.types.items()}


def analyses(count: int, actors: int = 70, events_per_article: int = 3, seed: int = 1) -> Iterator[Analysis]:
    """``count`` articles over ``actors`` people, dated over 2017–2019; about a fifth of their events
    have no date of their own (they fall on their article's date)."""
    rng = random.Random(seed)
    cast = people(actors)
    codes = _codes()
    kinds = sorted(codes)
    for number in range(count):
        day = START + timedelta(days=rng.randrange(3 * 365))
        chosen = [cast[rng.randrange(len(cast))] for _ in range(2 * events_per_article)]
        pairs = [(a, b) for a, b in zip(chosen[::2], chosen[1::2], strict=True) if a != b] or [(cast[0], cast[1])]
        sentences = [f"{a.name_hi} ने {b.name_hi} {rng.choice(_VERBS)}।" for a, b in pairs]
        text = " ".join(sentences) + f" (समाचार {number})"
        article = Article(f"syn{number:06d}", text, "synthetic", title=sentences[0], url=f"https://news.example/{number}")
        article.date = DocDate(day.isoformat(), "day", inferred=False)
        analysis = Analysis(article=article)
        entities: dict[str, Entity] = {}
        offset = 0
        for index, (sentence, (a, b)) in enumerate(zip(sentences, pairs, strict=True)):
            analysis.sentences.append(Sentence(index, offset, offset + len(sentence)))
            for person in (a, b):
                start = offset + sentence.index(person.name_hi)
                entity = entities.setdefault(
                    person.name_en,
                    Entity(f"e{len(entities) + 1}", "PERSON", person.name_hi, person.name_en, person.country,
                           person.sector),
                )  # fmt: skip
                entity.mentions.append((start, start + len(person.name_hi)))
            kind = kinds[rng.randrange(len(kinds))]
            cameos, modes = codes[kind]
            when = (day - timedelta(days=rng.randrange(3))).isoformat()
            own = None if rng.random() < 0.2 else EventDate(when, None, "day")
            analysis.events.append(
                Event(
                    kind, _actor(entities[a.name_en], a), _actor(entities[b.name_en], b),
                    [Evidence(index, offset, offset + len(sentence), sentence.split()[-2])],
                    rng.choice(modes) or None, rng.choice(cameos) or None, rng.choice(_PLACES), own, "asserted",
                    [rng.choice(("military", "diplomatic", "economic"))], round(rng.uniform(0.3, 0.95), 2),
                )
            )  # fmt: skip
            offset += len(sentence) + 1
        analysis.entities = list(entities.values())
        yield analysis


def _actor(entity: Entity, person: Person) -> Actor:
    return Actor(entity.id, person.name_en, person.country, person.sector, person.name_hi)


def build(url: str, count: int, actors: int = 70, batch: int = 200) -> str:
    """Store ``count`` synthetic articles in the knowledge base at ``url``; return the URL."""
    with open_store(url) as store:
        pending: list[Analysis] = []
        for analysis in analyses(count, actors):
            pending.append(analysis)
            if len(pending) == batch:
                store.add(pending)
                pending = []
        if pending:
            store.add(pending)
    return url
