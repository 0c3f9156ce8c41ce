"""Analyses built by hand for the knowledge-base tests: the reference article with its gold events,
and a second report of the same Astana visit (tests/resources), coded as the event coder would."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from ghatna.ingest.article import make_article
from ghatna.records import Actor, Analysis, DocDate, Entity, Event, EventDate, Evidence, Place
from ghatna.run.extract import extract

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "samples" / "000_80b73bf1b1695fdc.txt"
SECOND = ROOT / "tests" / "resources" / "astana_visit_second_report.txt"
GOLD = ROOT.parent / "shared" / "spec" / "gold" / "seed.jsonl"

SITHARAMAN = ("निर्मला सीतारमण", "Nirmala Sitharaman", "IND", "GOV", "Defence Minister")
YERMEKBAYEV = ("नूरलान यरमेकबायेव", "Nurlan Yermekbayev", "KAZ", "GOV", "Defence Minister")
ATAMKULOV = ("बाइबूत अतामकुलोव", "Beibut Atamkulov", "KAZ", "GOV", "Minister of Defence and Aerospace Industry")
ABDRAKHMANOV = ("कैरात अब्द्राखमानोव", "Kairat Abdrakhmanov", "KAZ", "GOV", "Foreign Minister")
VISIT = EventDate("2018-10-02", "2018-10-04", "day")
ASTANA = Place("अस्ताना", "Astana", "KAZ")


def _evidence(analysis: Analysis, phrase: str, trigger: str) -> Evidence:
    start = analysis.article.text.index(phrase)
    sentence = next(s.index for s in analysis.sentences if s.start <= start < s.end)
    return Evidence(sentence, start, start + len(phrase), trigger)


def _person(local: str, text: str, facts: tuple[str, str, str, str, str], name_hi: str | None = None) -> Entity:
    hi, en, country, sector, role = facts
    name = name_hi or hi
    start = text.index(name)
    return Entity(local, "PERSON", name, en, country, sector, role, [(start, start + len(name))])


def _actor(local: str | None, facts: tuple[str, str, str, str, str], name_hi: str | None = None) -> Actor:
    hi, en, country, sector, role = facts
    return Actor(local, en, country, sector, name_hi or hi, role)


def _analyse(path: Path, doc_id: str, url: str, day: str, suffix: str = "") -> Analysis:
    article = make_article(path.read_text(encoding="utf-8") + suffix, str(path), article_id=doc_id)
    analysis = extract(article)
    analysis.article.url = url
    analysis.article.date = DocDate(day, "day", inferred=False)
    return analysis


def reference() -> Analysis:
    """The reference article with the gold entities and events (evidence located in the text)."""
    a = _analyse(REFERENCE, "ref", "https://pib.example.in/sitharaman-astana", "2018-10-03")
    text = a.article.text
    a.entities = [
        _person("e1", text, SITHARAMAN), _person("e2", text, YERMEKBAYEV),
        _person("e3", text, ATAMKULOV), _person("e4", text, ABDRAKHMANOV),
        Entity("e5", "LOCATION", "कजाकिस्तान", "Kazakhstan", "KAZ", mentions=[(text.index("कजाकिस्तान"),) * 2]),
        Entity("e6", "LOCATION", "भारत", "India", "IND", mentions=[(text.index("भारत"),) * 2]),
    ]
    gold = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])["events"]
    where = [
        ("अस्ताना की तीन दिवसीय यात्रा", "यात्रा"),
        ("बाइबूत अतामकुलोव से मुलाकात की", "मुलाकात"),
        ("कैरात अब्द्राखमानोव के साथ क्षेत्रीय विकास के मसले पर चर्चा की", "चर्चा"),
        ("200 से अधिक सैन्य कर्मियों को सैनिक प्रशिक्षण दिया", "प्रशिक्षण"),
        ("कंपनी स्तरीय संयुक्त सैन्य अभ्यास", "अभ्यास"),
        ("भारतीय दस्ते के साथ शामिल होगा", "शामिल"),
        ("एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया", "न्योता"),
        ("एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया", "न्योता"),
    ]
    local = {"Nirmala Sitharaman": "e1", "Nurlan Yermekbayev": "e2", "Beibut Atamkulov": "e3",
             "Kairat Abdrakhmanov": "e4"}
    a.events = [_gold_event(g, local, _evidence(a, phrase, trigger)) for g, (phrase, trigger) in zip(gold, where,
                                                                                                    strict=True)]
    return a


def _gold_event(g: dict[str, Any], local: dict[str, str], evidence: Evidence) -> Event:
    def actor(obj: dict[str, Any] | None) -> Actor | None:
        if obj is None:
            return None
        return Actor(local.get(obj["name_en"]), obj.get("name_en"), obj.get("country"), obj.get("sector"),
                     obj.get("name_hi"), obj.get("role"))

    loc, date = g.get("location"), g.get("date")
    return Event(
        type=g["type"], actor=actor(g.get("actor")), recipient=actor(g.get("recipient")), evidence=[evidence],
        mode=g.get("mode"), cameo=g.get("cameo"),
        location=Place(loc.get("name_hi"), loc["name_en"], loc["country"]) if loc else None,
        date=EventDate(date["start"], date.get("end"), date["precision"]) if date else None,
        modality=g["modality"], context=list(g["context"]), confidence=0.8,
    )


def second_report(day: str = "2018-10-03", shift: int = 0, variant: int | None = None) -> Analysis:
    """Another outlet's report of the visit: other words, other spellings (कज़ाख़स्तान, बेइबुत).

    ``variant`` n gives the n-th syndicated copy: one more line of text, another outlet.
    """
    if variant is None:
        a = _analyse(SECOND, "second", "https://samachar.example.com/2018/10/astana", day)
    else:
        a = _analyse(SECOND, f"copy{variant}", f"https://samachar{variant}.example.com/astana", day,
                     f"\nयह रिपोर्ट संख्या {variant} है।")
    text = a.article.text
    atamkulov_hi = "बेइबुत अतामकुलोव"
    a.entities = [
        _person("e1", text, SITHARAMAN), _person("e2", text, YERMEKBAYEV),
        _person("e3", text, ATAMKULOV, atamkulov_hi), _person("e4", text, ABDRAKHMANOV),
        Entity("e5", "LOCATION", "कज़ाख़स्तान", "Kazakhstan", "KAZ", mentions=[(text.index("कज़ाख़स्तान"),) * 2]),
    ]
    visit = replace(VISIT, start=_shift(VISIT.start, shift), end=_shift(VISIT.end or VISIT.start, shift))
    met = EventDate(_shift("2018-10-03", shift), None, "day", "बुधवार")
    kazakhstan = Actor("e5", "Kazakhstan", "KAZ", None, "कज़ाख़स्तान")
    a.events = [
        Event("CONSULT", _actor("e1", SITHARAMAN), kazakhstan, [_evidence(a, "तीन दिन की यात्रा", "यात्रा")],
              mode="visit", cameo="042", location=ASTANA, date=visit, context=["diplomatic"], confidence=0.7),
        Event("CONSULT", _actor("e1", SITHARAMAN), _actor("e3", ATAMKULOV, atamkulov_hi),
              [_evidence(a, "बेइबुत अतामकुलोव से भेंट की", "भेंट")], mode="visit", cameo="042", location=ASTANA,
              date=met, context=["military", "technology"], confidence=0.9),
        Event("CONSULT", _actor("e1", SITHARAMAN), _actor("e4", ABDRAKHMANOV),
              [_evidence(a, "कैरात अब्द्राखमानोव से भी मुलाकात की", "मुलाकात")], mode="visit", cameo="042",
              location=ASTANA, date=visit, context=["diplomatic"], confidence=0.85),
    ]
    return a


def _shift(day: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
