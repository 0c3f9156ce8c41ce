"""Join the UD pipeline and the NER pipeline into the one shipped pipeline.

Usage: python training/assemble.py UD_MODEL NER_MODEL OUT_DIR

The NER component gets its own copy of its tok2vec (``replace_listeners``) so it no longer
listens to a component of another pipeline, then it is added after the parser.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

META = {
    "name": "ghatna",
    "version": "0.1.0",
    "description": (
        "Hindi news pipeline of ghatna: XPOS tagger, morphologizer (UPOS+features), trainable "
        "lemmatizer, dependency parser (UD v2 labels) and NER (PERSON, LOCATION, ORGANIZATION, "
        "DATE, NUMBER, ARTIFACT). CNN tok2vec, no static vectors."
    ),
    "license": "CC BY-NC-SA 4.0 (derived from UD Hindi-HDTB); NER weights from IL-NER (CC BY 4.0)",
    "author": "ghatna",
    "sources": [
        {"name": "UD Hindi-HDTB (legacy 2015 dev+test files)", "license": "CC BY-NC-SA 4.0"},
        {"name": "IL-NER Hindi (Bahad et al. 2024)", "license": "CC BY 4.0"},
    ],
}


def main(argv: list[str]) -> int:
    ud_path, ner_path, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp, after="parser")
    nlp.meta.update(META)
    keep = {"MODEL_CARD.md"}
    if out.exists():
        for child in out.iterdir():
            if child.name in keep:
                continue
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"pipeline {nlp.pipe_names} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
