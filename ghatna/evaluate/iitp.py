"""A second, independent benchmark: the IIT Patna Hindi event corpus (EDNIL 2020 annotation,
research use only — evaluated on, never shipped). Its political-violence event types are mapped
to PLOVER and the coder is scored on finding them sentence by sentence."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ghatna.errors import InputError
from ghatna.records import Article
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


@dataclass(slots=True)
class IitpDoc:
    name: str
    text: str
    events: list[tuple[int, int, str]]  # (start, end, IITP type) in ``text``


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

    def as_dict(self) -> dict[str, object]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        recall_by_type = {t: round(self.found_by_type[t] / n, 4) for t, n in sorted(self.by_type.items())}
        return {
            "documents": self.documents,
            "duplicates_removed": self.duplicates,
            "sentences": self.sentences,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "recall_by_iitp_type": recall_by_type,
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
    """Sentence-level detection of the mapped political-violence events."""
    result = IitpScore()
    for doc in unique_docs(folder):
        if doc is None:
            result.duplicates += 1
            continue
        result.documents += 1
        analysis = extract(Article(id=doc.name, text=doc.text, source=doc.name))
        wanted = {t for t, _, _ in IITP_TO_PLOVER.values()}
        predicted = {ev.sentence for e in analysis.events if _violent(e.type, e.mode, wanted) for ev in e.evidence}
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
    return result


def _violent(kind: str, mode: str | None, wanted: set[str]) -> bool:
    return kind == "ASSAULT" or (kind == "PROTEST" and mode == "riot")
