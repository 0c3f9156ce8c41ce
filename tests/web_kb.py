"""Knowledge bases for the web tests: the reference article coded as its gold says, with real
mention and evidence offsets, and a hostile article full of markup.

Once the extraction stages code events, ``reference_analysis`` returns the real extraction
output instead, so that the browser tests look at what ghatna itself finds.
"""

from __future__ import annotations

import json
from pathlib import Path

import regex

from ghatna.ingest.article import make_article
from ghatna.records import Actor, Analysis, Entity, Event, EventDate, Evidence, Place
from ghatna.run.extract import extract
from ghatna.store import open_store

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "samples" / "000_80b73bf1b1695fdc.txt"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "spec" / "gold" / "seed.jsonl"
MINISTERS = ("Nirmala Sitharaman", "Nurlan Yermekbayev", "Beibut Atamkulov", "Kairat Abdrakhmanov")
MINISTERS_HI = ("निर्मला सीतारमण", "नूरलान यरमेकबायेव", "बाइबूत अतामकुलोव", "कैरात अब्द्राखमानोव")
# The reference article's publication date, as a feed or dump would carry it (OUTPUT.md's example).
REFERENCE_DATE = "2018-10-03"

# (local id, type, name_hi, name_en, country, sector, role, surface forms)
_ENTITIES = [
    ("e1", "PERSON", "निर्मला सीतारमण", "Nirmala Sitharaman", "IND", "GOV", "Defence Minister",
     ["निर्मला सीतारमण", "श्रीमती सीतारमण"]),
    ("e2", "PERSON", "नूरलान यरमेकबायेव", "Nurlan Yermekbayev", "KAZ", "GOV", "Defence Minister",
     ["नूरलान यरमेकबायेव"]),
    ("e3", "PERSON", "बाइबूत अतामकुलोव", "Beibut Atamkulov", "KAZ", "GOV",
     "Minister of Defence and Aerospace Industry", ["बाइबूत अतामकुलोव"]),
    ("e4", "PERSON", "कैरात अब्द्राखमानोव", "Kairat Abdrakhmanov", "KAZ", "GOV", "Foreign Minister",
     ["कैरात अब्द्राखमानोव"]),
    ("e5", "LOCATION", "कजाकिस्तान", "Kazakhstan", "KAZ", None, None, ["कजाकिस्तान"]),
    ("e6", "LOCATION", "भारत", "India", "IND", None, None, ["भारत"]),
    ("e7", "LOCATION", "अस्ताना", "Astana", "KAZ", None, None, ["अस्ताना"]),
    ("e8", "LOCATION", "लेबनान", "Lebanon", "LBN", None, None, ["लेबनान"]),
    ("e9", "LOCATION", "बेंगलूरू", "Bengaluru", "IND", None, None, ["बेंगलूरू"]),
    ("e10", "ORGANIZATION", "राष्ट्रीय रक्षा विश्वविद्यालय", "National Defence University", "KAZ", "MIL", None,
     ["राष्ट्रीय रक्षा विश्वविद्यालय"]),
    ("e11", "EVENT", "काजिइंड-2018", "KAZIND-2018", None, None, None, ["काजिइंड-2018"]),
]  # fmt: skip

_VISIT = EventDate("2018-10-02", "2018-10-04", "day", "2 अक्टूबर से")
_ASTANA = Place("अस्ताना", "Astana", "KAZ")
# (type, mode, cameo, actor entity, recipient entity, date, location, context, [(clause, trigger)])
_EVENTS = [
    ("CONSULT", "visit", "042", "e1", "e5", _VISIT, _ASTANA, ["military", "diplomatic"],
     [("राजधानी अस्ताना की तीन दिवसीय यात्रा पर हैं", "यात्रा")]),
    ("CONSULT", "visit", "042", "e1", "e3", _VISIT, _ASTANA, ["military", "economic"],
     [("रक्षा एवं वैमानिकी उद्योग मंत्री श्री बाइबूत अतामकुलोव से मुलाकात की", "मुलाकात"),
      ("रक्षा उत्पादन संबंधी विषयों पर चर्चा की", "चर्चा")]),
    ("CONSULT", "visit", "042", "e1", "e4", _VISIT, _ASTANA, ["diplomatic"],
     [("विदेश मंत्री श्री कैरात अब्द्राखमानोव के साथ क्षेत्रीय विकास के मसले पर चर्चा की", "चर्चा")]),
    ("AID", None, "072", "e6", "e5", None, None, ["military"],
     [("अब तक भारत ने कजाकिस्तान के 200 से अधिक सैन्य कर्मियों को सैनिक प्रशिक्षण दिया", "प्रशिक्षण")]),
    ("COOPERATE", None, "062", "e6", "e5", EventDate("2018-09", None, "month", "पिछले महीने"),
     Place("दक्षिणी कजाकिस्तान", "southern Kazakhstan", "KAZ"), ["military"],
     [("दक्षिणी कजाकिस्तान में कंपनी स्तरीय संयुक्त सैन्य अभ्यास", "अभ्यास")]),
    ("COOPERATE", None, "074", "e6", "e5", None, Place("लेबनान", "Lebanon", "LBN"), ["military", "peacekeeping"],
     [("भारतीय दस्ते के साथ शामिल होगा", "शामिल")]),
    ("AGREE", None, "036", "e1", "e2", _VISIT, _ASTANA, ["diplomatic", "military"],
     [("भारत आने तथा फरवरी 2019 में बेंगलूरू में आयोजित किए जाने वाले एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया",
       "न्योता")]),
    ("AGREE", None, "036", "e1", "e3", _VISIT, _ASTANA, ["diplomatic", "military"],
     [("भारत आने तथा फरवरी 2019 में बेंगलूरू में आयोजित किए जाने वाले एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया",
       "न्योता")]),
]  # fmt: skip


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    """Whole-word occurrences: not followed by another Devanagari letter or sign."""
    pattern = regex.escape(surface) + r"(?![\p{Devanagari}--[।॥]])"
    return [m.span() for m in regex.finditer(pattern, text, flags=regex.V1)]


def _sentence_of(analysis: Analysis, offset: int) -> int:
    return next(s.index for s in analysis.sentences if s.start <= offset < s.end)


def gold_analysis() -> Analysis:
    """The reference article, segmented by ghatna, entities and events as the gold codes them."""
    analysis = extract(make_article(REFERENCE.read_text(encoding="utf-8"), str(REFERENCE), article_id=REFERENCE.stem))
    text = analysis.article.text
    gold = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    analysis.entities, analysis.events = [], []
    actors: dict[str, Actor] = {}
    for local, kind, hi, en, country, sector, role, surfaces in _ENTITIES:
        spans = sorted({span for s in surfaces for span in _spans(text, s)})
        assert spans, f"{hi} is not in the reference article"
        analysis.entities.append(Entity(local, kind, hi, en, country, sector, role, spans))  # type: ignore[arg-type]
        actors[local] = Actor(local, en, country, sector, hi, role)
    for kind, mode, cameo, actor, recipient, date, place, context, clauses in _EVENTS:
        evidence = []
        for clause, trigger in clauses:
            start = text.index(clause)
            evidence.append(Evidence(_sentence_of(analysis, start), start, start + len(clause), trigger))
        analysis.events.append(
            Event(kind, actors[actor], actors[recipient], evidence, mode, cameo, place, date, "asserted", context, 0.9)
        )
    assert len(analysis.events) == len(gold["events"])
    return analysis


def reference_analysis() -> tuple[Analysis, str]:
    """The real extraction of the reference article (with its publication date) once it codes
    events, else the gold coding."""
    article = make_article(
        REFERENCE.read_text(encoding="utf-8"), str(REFERENCE), article_id=REFERENCE.stem, date_value=REFERENCE_DATE
    )
    real = extract(article)
    if real.events:
        return real, "extraction"
    return gold_analysis(), "gold"


HOSTILE_TEXT = (
    "नई दिल्ली: <script>alert(1)</script> प्रधानमंत्री <b onmouseover=alert(2)>मोदी</b> ने "
    '"<img src=x onerror=alert(3)>" से मुलाकात की। यह </article><script>document.title="pwned"</script> है।'
)
HOSTILE_NAME = '<img src=x onerror="window.pwned=1">Modi</script>'


def hostile_analysis() -> Analysis:
    """An article whose text and names carry markup, with an entity and an event over it."""
    analysis = extract(make_article(HOSTILE_TEXT, "hostile.txt", title="<script>alert('title')</script>"))
    text = analysis.article.text
    start = text.index("<b onmouseover")
    end = text.index("</b>") + 4
    analysis.entities = [
        Entity("e1", "PERSON", "<b>मोदी</b>", HOSTILE_NAME, "IND", "GOV", "<i>PM</i>", [(start, end)])
    ]
    actor = Actor("e1", HOSTILE_NAME, "IND", "GOV", "<b>मोदी</b>", None)
    recipient = Actor(None, "<svg onload=alert(4)>", "PAK", None, None, None)
    clause_start = text.index("प्रधानमंत्री")
    clause_end = text.index("मुलाकात की") + len("मुलाकात की")
    evidence = [Evidence(_sentence_of(analysis, clause_start), clause_start, clause_end, "मुलाकात")]
    analysis.events = [Event("CONSULT", actor, recipient, evidence, None, "040", None, None, "asserted", [], 0.5)]
    return analysis


def build_kb(url: str, *analyses: Analysis) -> str:
    """Store ``analyses`` in the (empty) knowledge base at ``url``; return the URL."""
    with open_store(url) as store:
        store.add(list(analyses))
    return url
