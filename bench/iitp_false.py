"""The IITP articles in which the coder wrongly reports political violence (or, with ``--missed``,
misses it), with the sentences of its counted events; then the per-document figures of
``ghatna evaluate iitp``. A view for error analysis on the IITP corpus (research use only: never
copy its text into the project).

Usage: python bench/iitp_false.py IITP_FOLDER [--missed]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ghatna.evaluate.iitp import IitpScore, document_classes, event_class, unique_docs
from ghatna.records import Article
from ghatna.run.extract import extract


def main(argv: list[str]) -> int:
    missed = "--missed" in argv
    score = IitpScore()
    for doc in unique_docs(Path(argv[0])):
        if doc is None:
            continue
        analysis = extract(Article(id=doc.name, text=doc.text, source=doc.name))
        violent = [(e, c) for e in analysis.events if (c := event_class(e))]
        annotated = {t for _, _, t in doc.events}
        score.add_document(annotated, {c for _, c in violent})
        gold, found = document_classes(annotated, {c for _, c in violent})
        if not (gold - found if missed else found - gold):
            continue
        print(f"## {doc.name} gold={sorted(gold)} found={sorted(found)} types={sorted(annotated)}")
        for event, name in violent:
            for evidence in event.evidence:
                sentence = analysis.sentences[evidence.sentence]
                text = doc.text[sentence.start : sentence.end].strip()[:300]
                print(f"  {name} {event.mode} [{evidence.trigger}] {text}")
    document = score.as_dict()["document"]
    print(json.dumps({k: document[k] for k in ("types", "any_political_violence", "by_class")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
