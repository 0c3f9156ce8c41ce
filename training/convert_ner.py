"""Convert token-TAB-tag NER files (IL-NER, HiNER) to a spaCy DocBin with ghatna's labels.

Usage: python training/convert_ner.py OUT.spacy IN.txt [IN.txt ...] [--core-only IN.txt ...]

Files after ``--core-only`` contribute only PERSON/LOCATION/ORGANIZATION: their DATE and NUMBER
spans are marked as missing annotation (HiNER's NUMEX/TIMEX follow other guidelines than
IL-NER's NEN/NETI), so they neither teach nor contradict those types. The tag mapping and the
repair of malformed IL-NER tags are those of ghatna.evaluate.ner, so training and
evaluation read the corpora the same way. Ten sentences make one Doc.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import iob_to_biluo, tags_to_entities

from ghatna.evaluate.ner import CORE_TYPES, TaggedSentence, read_tagged

PER_DOC = 10


def to_doc(nlp: spacy.language.Language, group: list[TaggedSentence], core_only: bool) -> Doc:
    words = [w for s in group for w in s.words]
    tags = [t for s in group for t in s.tags]
    starts = [i == 0 for s in group for i in range(len(s.words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    spans = [Span(doc, s, e + 1, label=lab) for lab, s, e in tags_to_entities(iob_to_biluo(tags))]
    keep = [s for s in spans if not core_only or s.label_ in CORE_TYPES]
    missing = [s for s in spans if core_only and s.label_ not in CORE_TYPES]
    doc.set_ents(keep, missing=missing, default="outside")
    return doc


def main(argv: list[str]) -> int:
    target = Path(argv[0])
    nlp = spacy.blank("hi")
    db = DocBin(store_user_data=False)
    core_only = False
    for arg in argv[1:]:
        if arg == "--core-only":
            core_only = True
            continue
        sentences = read_tagged(Path(arg))
        for first in range(0, len(sentences), PER_DOC):
            db.add(to_doc(nlp, sentences[first : first + PER_DOC], core_only))
        n = sum(len(s.words) for s in sentences)
        print(f"{arg}: {len(sentences)} sentences, {n} tokens{' (core types only)' if core_only else ''}")
    target.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
