"""Convert token-TAB-tag NER files (IL-NER) to spaCy DocBin files with ghatna's labels.

Usage: python training/convert_ner.py IN.txt OUT.spacy [SENTENCES_PER_DOC]

The tag mapping and the repair of malformed IL-NER tags are those of ghatna.nlp.evaluate_ner,
so training and evaluation read the corpus the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo, tags_to_entities

from ghatna.nlp.evaluate_ner import read_tagged


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    per_doc = int(argv[2]) if len(argv) > 2 else 10
    nlp = spacy.blank("hi")
    sentences = read_tagged(source)
    db = DocBin(store_user_data=False)
    for first in range(0, len(sentences), per_doc):
        group = sentences[first : first + per_doc]
        words = [w for s in group for w in s.words]
        tags = [t for s in group for t in s.tags]
        starts = [i == 0 for s in group for i in range(len(s.words))]
        doc = Doc(nlp.vocab, words=words, sent_starts=starts)
        ents = [
            doc.char_span(doc[s].idx, doc[e].idx + len(doc[e]), label=lab)
            for lab, s, e in tags_to_entities(iob_to_biluo(tags))
        ]
        doc.ents = [e for e in ents if e is not None]
        db.add(doc)
    target.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(target)
    n = sum(len(s.words) for s in sentences)
    print(f"{source.name}: {len(sentences)} sentences, {n} tokens -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
