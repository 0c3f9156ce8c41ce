"""A second, independent benchmark: the IIT Patna Hindi event corpus (EDNIL 2020 annotation,
research use only: evaluated on, never shipped; docs/iitp.md). Its political-violence types map to
two classes: ASSAULT (SUICIDE_ATTACK, TERRORIST_ATTACK, SHOOT_OUT, NORMAL_BOMBING, ARMED_CONFLICTS)
and PROTEST/riot (RIOTS). A ghatna event counts when it is asserted (a threatened, negated or
hypothetical attack is not a report of one) and of either class; ASSAULT modes that no IITP type
covers (abduct, beat, torture, sexual: crimes against a person, which IITP does not annotate) are
outside the benchmark and do not count.

Per sentence: precision and recall of the sentences holding a counted event against the sentences
holding an annotated political-violence event.

Per document: for each class, does the article report it? Gold: any annotated event of a type
mapped to the class; predicted: any counted event of the class, so repeated mentions count once.
Micro P/R/F1 over (article, class) pairs. In an article whose only annotated violence is a riot,
a predicted ASSAULT is the riot's: IITP labels a riot's arson and attacks on people RIOTS (the
annotated spans are the acts themselves), which PLOVER codes as ASSAULT. "Any political violence"
scores each article once: does it report either class?"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ghatna.errors import InputError
from ghatna.records import Article, Event
from ghatna.run.extract import extract
from ghatna.text.normalise import fold, nfc

#: IITP type -> (PLOVER type, mode or None, context or None).
IITP_TO_PLOVER: dict[str, tuple[str, str | None, str | None]] = {
    "SUICIDE_ATTACK": ("ASSAULT", "suicide-attack", None),
    "TERRORIST_ATTACK": ("ASSAULT", None, "terrorism"),
    "SHOOT_OUT": ("ASSAULT", "firearms", None),
    "NORMAL_BOMBING": ("ASSAULT", "explosives", None),
    "ARMED_CONFLICTS": ("ASSAULT", None, None),
    "RIOTS": ("PROTEST", "riot", None),
}
_EVENT_TAGS = ("MAN_MADE_EVENT", "NATURAL_EVENT")

ASSAULT = "ASSAULT"
RIOT = "PROTEST/riot"
ANY = "any"
#: ASSAULT modes with no IITP type: such events are outside the benchmark
OUT_OF_SCOPE_MODES = frozenset({"abduct", "beat", "torture", "sexual"})


def violence_class(kind: str, mode: str | None) -> str | None:
    """The benchmark's class of a PLOVER type and mode, or None when it is not political violence here."""
    if kind == "ASSAULT" and mode not in OUT_OF_SCOPE_MODES:
        return ASSAULT
    if kind == "PROTEST" and mode == "riot":
        return RIOT
    return None


def event_class(event: Event) -> str | None:
    return violence_class(event.type, event.mode) if event.modality == "asserted" else None


def document_classes(annotated: set[str], predicted: set[str]) -> tuple[set[str], set[str]]:
    """The gold and predicted classes of an article with these IITP types and predicted classes
    (a predicted ASSAULT is a riot's where the riot is the only annotated violence)."""
    gold = {c for t in annotated if t in IITP_TO_PLOVER and (c := violence_class(*IITP_TO_PLOVER[t][:2]))}
    found = set(predicted)
    if gold == {RIOT} and ASSAULT in found:
        found = (found - {ASSAULT}) | {RIOT}
    return gold, found


@dataclass(slots=True)
class IitpDoc:
    name: str
    text: str
    events: list[tuple[int, int, str]]  # (start, end, IITP type) in ``text``


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one figure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], predicted: set[str]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f, 4)}


@dataclass(slots=True)
class IitpScore:
    documents: int = 0
    duplicates: int = 0
    sentences: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)
    document_types: Counts = field(default_factory=Counts)
    document_any: Counts = field(default_factory=Counts)
    document_by_class: dict[str, Counts] = field(default_factory=dict)
    false_documents_by_iitp_type: Counter[str] = field(default_factory=Counter)

    def add_document(self, annotated: set[str], predicted: set[str]) -> None:
        """Score one article: ``annotated`` holds all its IITP types, ``predicted`` its violence classes."""
        gold, found = document_classes(annotated, predicted)
        self.document_types.add(gold, found)
        self.document_any.add({ANY} if gold else set(), {ANY} if found else set())
        for name in gold | found:
            self.document_by_class.setdefault(name, Counts()).add(gold & {name}, found & {name})
        if found - gold:
            self.false_documents_by_iitp_type.update(annotated or {"(none)"})

    def as_dict(self) -> dict[str, object]:
        sentence = Counts(self.tp, self.fp, self.fn).as_dict()
        recall_by_type = {t: round(self.found_by_type[t] / n, 4) for t, n in sorted(self.by_type.items())}
        return {
            "documents": self.documents,
            "duplicates_removed": self.duplicates,
            "sentences": self.sentences,
            **sentence,
            "recall_by_iitp_type": recall_by_type,
            "document": {
                "types": self.document_types.as_dict(),
                "any_political_violence": self.document_any.as_dict(),
                "by_class": {name: c.as_dict() for name, c in sorted(self.document_by_class.items())},
                "false_positive_documents_by_iitp_type": dict(self.false_documents_by_iitp_type.most_common()),
            },
        }


def read_doc(path: Path) -> IitpDoc:
    """Rebuild the text from the <W> tokens (one space between them) with the typed event spans."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise InputError(str(path), f"not well-formed XML ({e}); skip or repair the file") from e
    parts: list[str] = []
    events: list[tuple[int, int, str]] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.tag == "W" and node.text and node.text.strip():
            word = nfc(node.text.strip())
            if parts:
                parts.append(" ")
                length += 1
            start = length
            parts.append(word)
            length += len(word)
        if node.tag == "P" and parts and not parts[-1].endswith("\n"):
            parts.append("\n")
            length += 1
        for child in node:
            walk(child)
        if node.tag in _EVENT_TAGS and node.get("TYPE"):
            events.append((start, length, str(node.get("TYPE"))))

    walk(root)
    return IitpDoc(path.name, "".join(parts), events)


def unique_docs(folder: Path) -> Iterator[IitpDoc | None]:
    """Every annotated document once: near-identical versions (X.xml / X.xmlfinal, same text
    up to spacing and spelling variants) are yielded as None after the first."""
    seen: set[str] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        doc = read_doc(path)
        key = "".join(ch for ch in fold(doc.text).key if ch.isalnum())
        digest = hashlib.sha1(key.encode()).hexdigest()
        head = hashlib.sha1(key[:400].encode()).hexdigest()
        if digest in seen or head in seen:
            yield None
            continue
        seen.update((digest, head))
        yield doc


def evaluate_iitp(folder: Path) -> IitpScore:
    """Sentence- and document-level detection of the mapped political-violence events."""
    result = IitpScore()
    for doc in unique_docs(folder):
        if doc is None:
            result.duplicates += 1
            continue
        result.documents += 1
        analysis = extract(Article(id=doc.name, text=doc.text, source=doc.name))
        violent = [(e, c) for e in analysis.events if (c := event_class(e))]
        predicted = {ev.sentence for e, _ in violent for ev in e.evidence}
        for sentence in analysis.sentences:
            result.sentences += 1
            gold = [t for s, e, t in doc.events if t in IITP_TO_PLOVER and s < sentence.end and e > sentence.start]
            hit = sentence.index in predicted
            if gold:
                result.by_type.update(set(gold))
                if hit:
                    result.found_by_type.update(set(gold))
            if gold and hit:
                result.tp += 1
            elif hit:
                result.fp += 1
            elif gold:
                result.fn += 1
        result.add_document({t for _, _, t in doc.events}, {c for _, c in violent})
    return result
