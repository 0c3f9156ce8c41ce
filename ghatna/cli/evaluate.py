"""``ghatna evaluate``: measure a component against a gold set. Each evaluator adds a subcommand."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    parser = commands.add_parser("evaluate", help="score components against gold data")
    evaluators = parser.add_subparsers(dest="evaluator", metavar="EVALUATOR", required=True)
    for add in _EVALUATORS:
        add(evaluators)


_EVALUATORS: list[Any] = []

from ghatna.cli import evaluate_events, evaluate_time  # noqa: E402 - appended after the list they extend

_EVALUATORS.append(evaluate_time.add)
_EVALUATORS.append(evaluate_events.add)


def _translit(evaluators: Any) -> None:
    from ghatna.cli import evaluate_translit

    evaluate_translit.add(evaluators)


_EVALUATORS.append(_translit)
