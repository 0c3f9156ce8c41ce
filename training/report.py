"""Score a trained pipeline on the test sets and write the figures as JSON.

Usage: python training/report.py MODEL_DIR OUT.json

UD: Hindi-PUD (the test set) and the held-out tenth of the converted HDTB files (in-domain).
NER: IL-NER test and dev (HiNER validation is NER training data, so it is no test set here).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy

from ghatna.evaluate.ner import evaluate_ner_file
from ghatna.evaluate.ud import evaluate_ud_file

DATA = Path(__file__).resolve().parents[1] / "../shared/data"
UD_SETS = {
    "ud_hindi_pud": DATA / "ud_hindi_pud/hi_pud-ud-test.conllu",
    "hdtb_legacy_heldout": Path(__file__).resolve().parent / "corpus/ud/dev.conllu",
}
NER_SETS = {
    "il_ner_test": DATA / "ner_hi/il_ner_hindi/Hindi-test.txt",
    "il_ner_dev": DATA / "ner_hi/il_ner_hindi/Hindi-dev.txt",
}


def main(argv: list[str]) -> int:
    model, out = Path(argv[0]), Path(argv[1])
    nlp = spacy.load(model)
    report: dict[str, object] = {"model": str(model), "pipeline": nlp.pipe_names}
    for name, path in UD_SETS.items():
        if path.is_file():
            t0 = time.perf_counter()
            report[name] = evaluate_ud_file(path, nlp)
            print(f"{name}: {report[name]} ({time.perf_counter() - t0:.1f} s)", flush=True)
    for name, path in NER_SETS.items():
        if path.is_file() and "ner" in nlp.pipe_names:
            scores = evaluate_ner_file(path, nlp)
            report[name] = {k: v.as_dict() for k, v in scores.items()}
            print(f"{name}: micro_core F1 {scores['micro_core'].f1:.4f} micro F1 {scores['micro'].f1:.4f}")
    report["size_bytes"] = sum(p.stat().st_size for p in model.rglob("*") if p.is_file())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
