"""Train the learned event coder's trigger tagger from the annotated corpus (``make event-models``).

usage: python3 training/event_models.py [OUT_DIR] [--fraction F] [--seed N]

Joins the annotations with the texts rebuilt by ``text.py`` (in memory only: no article text is
written anywhere), runs ghatna's segmenter and tokeniser over each article, labels every token
with the PLOVER type of the gold trigger it lies in, and trains an averaged perceptron over the
token features of ``ghatna.events.learned.features``. The agreement batches b90 and b91 (one copy
each, the alphabetically first file) are the test split; every other batch is training data.
``--fraction`` trains on that share of the training articles (the learning curve). Writes
``triggers.json.gz`` and ``metrics.json`` into OUT_DIR (default: ghatna/models/events).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

_TEXT = importlib.util.spec_from_file_location("corpus_text", Path(__file__).resolve().parent / "events" / "text.py")
assert _TEXT is not None and _TEXT.loader is not None
T = importlib.util.module_from_spec(_TEXT)
_TEXT.loader.exec_module(T)

from ghatna.events.clauses import find_triggers  # noqa: E402
from ghatna.events.learned.data import GoldTrigger, label_spans, token_labels  # noqa: E402
from ghatna.events.learned.features import token_features  # noqa: E402
from ghatna.events.learned.model import MODEL_FILE, OUTSIDE, model_dir  # noqa: E402
from ghatna.events.learned.perceptron import Perceptron, save  # noqa: E402
from ghatna.events.lexicon import lexicon  # noqa: E402
from ghatna.events.tokens import sentence_toks  # noqa: E402
from ghatna.ingest.article import make_article  # noqa: E402
from ghatna.pipeline import Pipeline  # noqa: E402
from ghatna.text.normalise import match_key  # noqa: E402

TEST_BATCHES = ("b90", "b91")
EPOCHS = 8


def load_annotations() -> tuple[dict[str, dict], dict[str, dict]]:
    """(train, test) records by article id; a doubly annotated article from its first file."""
    train: dict[str, dict] = {}
    test: dict[str, dict] = {}
    for path in sorted((T.HERE / "annotations").glob("*.jsonl")):
        into = test if path.name.startswith(TEST_BATCHES) else train
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                into.setdefault(record["id"], record)
    return train, test


def sentences_of(record: dict, source: dict, pipeline: Pipeline) -> list[tuple[list, list[str]]]:
    """(tokens, gold labels) per sentence of one annotated article."""
    body = T.article_text(source)
    analysis = pipeline.run(make_article(body, record["id"], article_id=record["id"]))
    if analysis.article.text != body:
        raise ValueError(f"{record['id']}: the article text changed on reading")
    gold = [GoldTrigger(e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in record.get("events", [])
            if e.get("trigger", {}).get("start") is not None]
    return [(toks, token_labels(toks, gold)) for toks in sentence_toks(analysis).values()]


def examples_of(sentences: list[tuple[list, list[str]]]) -> list[tuple[list[str], str]]:
    lex = lexicon()
    out: list[tuple[list[str], str]] = []
    for toks, labels in sentences:
        out.extend(zip(token_features(toks, find_triggers(toks, lex), lex), labels, strict=True))
    return out


def mode_tables(records: dict[str, dict]) -> tuple[dict, dict]:
    """The mode and CAMEO code seen most often per type and cue word, and per type."""
    by_cue: dict[str, dict[str, Counter]] = {}
    by_type: dict[str, Counter] = {}
    for record in records.values():
        for event in record.get("events", []):
            words = match_key(event.get("trigger", {}).get("text", "")).split()
            pair = (event.get("mode"), event.get("cameo"))
            by_type.setdefault(event["type"], Counter())[pair] += 1
            if words:
                by_cue.setdefault(event["type"], {}).setdefault(words[0], Counter())[pair] += 1
    def best(counter: Counter) -> list:
        return list(min(counter, key=lambda p: (-counter[p], str(p))))
    modes = {k: {cue: best(c) for cue, c in table.items()} for k, table in by_cue.items()}
    return modes, {k: best(c) for k, c in by_type.items()}


def span_scores(sentences: list[tuple[list, list[str]]], predict) -> dict[str, float]:
    """Trigger P/R/F1: a predicted run matches a gold run of the same type that it overlaps."""
    tp = n_pred = n_gold = 0
    for toks, labels in sentences:
        gold, pred = label_spans(toks, labels), label_spans(toks, predict(toks))
        n_gold += len(gold)
        n_pred += len(pred)
        tp += sum(1 for p in pred if any(g.type == p.type and g.start < p.end and p.start < g.end for g in gold))
    precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "gold": n_gold}


def rule_labels(toks: list) -> list[str]:
    labels = [OUTSIDE] * len(toks)
    for trigger in find_triggers(toks, lexicon()):
        for i in range(trigger.first, trigger.last + 1):
            labels[i] = trigger.predicate.type
    return labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=model_dir())
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    began = time.time()
    train, test = load_annotations()
    test_ids = set(test)
    train = {k: v for k, v in train.items() if k not in test_ids}
    ids = sorted(train)
    random.Random(args.seed).shuffle(ids)
    ids = sorted(ids[: round(len(ids) * args.fraction)])
    train = {k: train[k] for k in ids}
    sources = T.load_sources()
    pipeline = Pipeline(["segment", "tokenise"])
    train_sentences = [s for aid in ids for s in sentences_of(train[aid], sources[aid], pipeline)]
    test_sentences = [s for aid in sorted(test) for s in sentences_of(test[aid], sources[aid], pipeline)]
    examples = examples_of(train_sentences)
    labels = sorted({label for _, label in examples})
    tagger = Perceptron(labels)
    tagger.train(examples, EPOCHS, args.seed)
    lex = lexicon()

    def predict(toks: list) -> list[str]:
        return [tagger.predict(f) for f in token_features(toks, find_triggers(toks, lex), lex)]

    modes, defaults = mode_tables(train)
    args.out.mkdir(parents=True, exist_ok=True)
    save(args.out / MODEL_FILE, {"tagger": tagger.to_json(), "modes": modes, "defaults": defaults})
    metrics = {
        "train_articles": len(ids),
        "train_events": sum(len(r.get("events", [])) for r in train.values()),
        "test_articles": len(test),
        "test_events": sum(len(r.get("events", [])) for r in test.values()),
        "seed": args.seed,
        "epochs": EPOCHS,
        "features": len(tagger.weights),
        "test_triggers_tagger": span_scores(test_sentences, predict),
        "test_triggers_dictionary": span_scores(test_sentences, rule_labels),
        "train_seconds": round(time.time() - began, 1),
    }
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
