"""The knowledge-base linker against the named actors of a gold split (see ``actors_gold.py --linker``)."""

from __future__ import annotations

import importlib.util
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ghatna.actors.gazetteer import gazetteer
from ghatna.actors.words import phrase_keys
from ghatna.kb.keys import hindi_words
from ghatna.kb.link import ArticleLinker
from ghatna.kb.store import knowledge_base
from ghatna.translit import romanise

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "spec" / "gold"
TEXTS = SHARED / "data" / "eval"
STATE_KINDS = frozenset({"country", "capital", "demonym"})
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "al", "bin", "el", "van", "von", "da"})


def _scorer_same_name() -> Callable[[str | None, str | None], bool]:
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.same_name  # type: ignore[no-any-return]


same_name = _scorer_same_name()


def is_named(actor: dict[str, Any]) -> bool:
    """A person or organisation with a proper name: every content word of the English name is
    capitalised, and neither the name nor its Hindi spelling is a state, capital or demonym."""
    name_en, name_hi = actor.get("name_en") or "", actor.get("name_hi") or ""
    if not name_en or not name_hi:
        return False
    words = [w for w in name_en.replace("(", " ").replace(")", " ").split() if w.lower() not in FUNCTION_WORDS]
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    book = gazetteer()
    known = book.find(name_hi)
    if known is not None and known.kind in STATE_KINDS:
        return False
    return not any(same_name(name_en, country) for country in book.country_names.values())


def named_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for entity in record.get("entities", []):
        if entity.get("type") in {"PERSON", "ORGANIZATION"} and is_named(entity):
            seen.setdefault((entity["name_hi"], entity["name_en"]), entity)
    for event in record.get("events", []):
        for key in ("actor", "recipient"):
            actor = event.get(key)
            if isinstance(actor, dict) and is_named(actor):
                seen.setdefault((actor["name_hi"], actor["name_en"]), actor)
    return list(seen.values())


def article_countries(text: str) -> list[str]:
    """The countries that the gazetteer's places, capitals and demonyms name in the text."""
    keys = phrase_keys(text)
    book = gazetteer()
    found: dict[str, None] = {}
    at = 0
    while at < len(keys):
        match = book.longest_match(keys, at)
        if match is None:
            at += 1
            continue
        known, size = match
        if known.country and len(known.country) == 3 and known.country != "IGO":
            found.setdefault(known.country, None)
        at += size
    return list(found)


def gold_articles(split: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Each gold record of ``split`` with its article text."""
    for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            path = TEXTS / split / f"{record['id']}.txt"
            yield record, path.read_text(encoding="utf-8") if path.exists() else ""


def score_linker(split: str, verbose: bool) -> dict[str, Any]:
    kb = knowledge_base()
    totals = {"actors": 0, "found": 0, "country": 0, "name": 0, "in_kb": 0, "right_entry": 0, "wrong": 0,
              "nil_in_kb": 0}
    wrong_by: dict[str, int] = {}
    seconds = romanising = 0.0
    for record, text in gold_articles(split):
        actors = named_actors(record)
        actors.sort(key=lambda a: (text.find(a["name_hi"]) % (len(text) + 1)))
        linker = ArticleLinker(countries=article_countries(text), kb=kb)
        started = time.process_time()
        for actor in actors:  # the coder romanises every name anyway; that cost is its own
            for word in hindi_words(actor["name_hi"]):
                romanise(word)
        romanising += time.process_time() - started
        for actor in actors:
            started = time.process_time()
            link = linker.link(actor["name_hi"])
            seconds += time.process_time() - started
            holders = [e.kb_id for e in kb.search_latin(actor["name_en"]) if same_name(e.name_en, actor["name_en"])]
            right_name = link is not None and same_name(link.name_en, actor["name_en"])
            totals["actors"] += 1
            totals["found"] += link is not None
            totals["country"] += link is not None and link.country == actor.get("country")
            totals["name"] += right_name
            totals["in_kb"] += bool(holders)
            totals["right_entry"] += bool(holders) and link is not None and link.kb_id in holders
            totals["wrong"] += link is not None and not right_name
            totals["nil_in_kb"] += link is None and bool(holders)
            if link is not None and not right_name:
                kind = link.reason.split(";")[0]
                wrong_by[kind] = wrong_by.get(kind, 0) + 1
            if verbose:
                got = f"{link.name_en} {link.country} {link.score} ({link.reason})" if link else "NIL"
                print(f"  {record['id']}: {actor['name_hi']} = {actor['name_en']} {actor.get('country')} "
                      f"[{'in KB' if holders else 'not in KB'}] -> {got}")
    return {
        **_rates(totals),
        "wrong_by": wrong_by,
        "cpu_ms_per_link": round(1000 * seconds / max(totals["actors"], 1), 3),
        "cpu_ms_romanising_per_name": round(1000 * romanising / max(totals["actors"], 1), 3),
    }


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return bool(short) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def predicted_entity(actor: dict[str, Any], entities: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The output entity that stands for a gold actor: one of its mentions spells the gold's Hindi
    name (or a part of it), else its English name is the gold's."""
    gold_hi = phrase_keys(actor["name_hi"])
    for entity in entities:
        if entity.get("type") not in {"PERSON", "ORGANIZATION"}:
            continue
        for start, end in entity.get("mentions", []):
            mention = phrase_keys(text[start:end])
            if _inside(mention, gold_hi) or _inside(gold_hi, mention):
                return entity
    return next((e for e in entities if same_name(e.get("name_en"), actor["name_en"])), None)


def score_output(split: str, predictions: Path, verbose: bool = False) -> dict[str, Any]:
    """The pipeline's entities (``ghatna extract`` output) against the gold's named actors; with
    ``verbose``, one line per actor (for dev only: dev2 is scored in aggregate)."""
    kb = knowledge_base()
    predicted = {}
    for line in predictions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            predicted[record["id"]] = record
    totals = {"actors": 0, "found": 0, "country": 0, "name": 0, "in_kb": 0, "linked": 0, "right_entry": 0,
              "wrong": 0}
    why: dict[str, int] = {}
    for record, text in gold_articles(split):
        entities = predicted.get(record["id"], {}).get("entities", [])
        for actor in named_actors(record):
            entity = predicted_entity(actor, entities, text)
            holders = [e.kb_id for e in kb.search_latin(actor["name_en"]) if same_name(e.name_en, actor["name_en"])]
            linked = entity is not None and entity.get("kb_id") is not None
            right_name = entity is not None and same_name(entity.get("name_en"), actor["name_en"])
            totals["actors"] += 1
            totals["found"] += entity is not None
            totals["country"] += entity is not None and entity.get("country") == actor.get("country")
            totals["name"] += right_name
            totals["in_kb"] += bool(holders)
            totals["linked"] += linked
            totals["right_entry"] += linked and entity is not None and entity["kb_id"] in holders
            totals["wrong"] += linked and not right_name
            _count_failure(why, actor, entity, text, right_name)
            if verbose:
                got = (f"{entity.get('name_en')} {entity.get('country')} kb={entity.get('kb_id')}"
                       if entity else "NOT FOUND")
                marks = ("c" if entity and entity.get("country") == actor.get("country") else "-") + (
                    "n" if right_name else "-")
                print(f"  {marks} {record['id']}: {actor['name_hi']} = {actor['name_en']} {actor.get('country')} "
                      f"[{'in KB' if holders else 'not in KB'}] -> {got}")
    return {**_rates(totals), "why": dict(sorted(why.items()))}


def _count_failure(why: dict[str, int], actor: dict[str, Any], entity: dict[str, Any] | None, text: str,
                   right_name: bool) -> None:
    """Counts of the kinds of failure (names and countries), for the totals of a split."""
    kinds = []
    gold_hi = phrase_keys(actor["name_hi"])
    if entity is None:
        kinds.append("missing: name in text" if actor["name_hi"] in text else "missing: name not in text")
    else:
        said = phrase_keys(entity.get("name_hi") or "")
        if not right_name:
            if entity.get("kb_id"):
                kinds.append("name: linked elsewhere")
            elif said == gold_hi:
                kinds.append("name: same Hindi, other spelling")
            elif _inside(said, gold_hi) or _inside(gold_hi, said):
                kinds.append("name: a part or more of the name")
            else:
                kinds.append("name: another entity")
        if entity.get("country") != actor.get("country"):
            kinds.append("country: none" if entity.get("country") is None else "country: another")
    for kind in kinds:
        kind += f" ({entity.get('type')})" if entity is not None and kind.startswith("name") else ""
        why[kind] = why.get(kind, 0) + 1


def _rates(totals: dict[str, int]) -> dict[str, Any]:
    n = max(totals["actors"], 1)
    return {
        **totals,
        "found_rate": round(totals["found"] / n, 3),
        "country_rate": round(totals["country"] / n, 3),
        "name_rate": round(totals["name"] / n, 3),
        "right_entry_rate": round(totals["right_entry"] / max(totals["in_kb"], 1), 3),
        "wrong_rate": round(totals["wrong"] / n, 3),
    }
