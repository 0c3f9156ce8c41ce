"""``ghatna evaluate``: measure a component against a gold set. Each evaluator adds a subcommand."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    parser = commands.add_parser("evaluate", help="score components against gold data")
    evaluators = parser.add_subparsers(dest="evaluator", metavar="EVALUATOR", required=True)
    for add in _EVALUATORS:
        add(evaluators)


_EVALUATORS: list[Any] = []


def _register_builtin() -> None:
    from ghatna.cli import evaluate_events

    _EVALUATORS.append(evaluate_events.add)


_register_builtin()
