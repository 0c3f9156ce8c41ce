"""The event coder with the gold triggers in place of its own (an oracle), over a split of the
annotated corpus: how many events the argument steps lose once every trigger is right.

usage: PYTHONPATH=. python3 training/event_oracle.py OUT_DIR [--split test|train] [--cache DIR]

Writes ``rules.jsonl`` (the rules' arguments), ``learned.jsonl`` (the argument classifier's, as
under ``--coder learned``) and ``fill.jsonl`` (the classifier only where the rules found no actor
or recipient) into OUT_DIR, in the output format, without text, for
``../shared/tools/score_events.py``. The models are the shipped ones, or ``GHATNA_EVENT_MODEL``'s.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ghatna.events.learned.arguments import choose_arguments
from ghatna.events.learned.model import argument_model, trigger_model
from ghatna.events.learned.setting import use_coder
from ghatna.output import to_record
from ghatna.pipeline import default_pipeline
from training import event_corpus as E


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--split", choices=("test", "train"), default="test")
    ap.add_argument("--cache", type=Path, help="the pipeline's analyses, as for event_models.py")
    args = ap.parse_args()
    train, test = E.load_annotations()
    records = test if args.split == "test" else {k: v for k, v in train.items() if k not in test}
    sources = E.T.load_sources()
    use_coder("rules")
    pipeline = default_pipeline()
    cache = E.cache_folder(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    hooks = {
        "rules": None,
        "learned": choose_arguments(argument_model()),
        "fill": choose_arguments(argument_model(), only_empty=True),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    outputs = {name: (args.out / f"{name}.jsonl").open("w", encoding="utf-8") for name in hooks}
    for aid in sorted(records):
        analysis = E.analyse(records[aid], sources[aid], pipeline, cache)
        for name, hook in hooks.items():
            analysis.events = E.code_with_gold_triggers(records[aid], analysis, trigger_model(), hook)
            outputs[name].write(json.dumps(to_record(analysis, include_text=False), ensure_ascii=False) + "\n")
    for out in outputs.values():
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
