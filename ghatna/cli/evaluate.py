"""``ghatna evaluate``: measure a component against a gold set. Each evaluator adds a subcommand."""

from __future__ import annotations

from typing import Any

from ghatna.cli import (
    evaluate_events,
    evaluate_lexicon,
    evaluate_nlp,
    evaluate_places,
    evaluate_time,
    evaluate_translit,
)

_EVALUATORS: list[Any] = [
    evaluate_translit.add,
    evaluate_time.add,
    evaluate_nlp.register_nlp_evaluators,
    evaluate_events.add,
    evaluate_lexicon.add,
    evaluate_places.add,
]


def register(commands: Any) -> None:
    parser = commands.add_parser("evaluate", help="score components against gold data")
    evaluators = parser.add_subparsers(dest="evaluator", metavar="EVALUATOR", required=True)
    for add in _EVALUATORS:
        add(evaluators)
