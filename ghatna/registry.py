"""The stage registry: a stage is a function ``(Analysis) -> Analysis`` registered by name with the
``Analysis`` fields it requires and produces. This module knows no stage; the stages import it.

A field is named as on ``Analysis`` (``tokens``), or as ``field.attribute`` for one attribute of
the records a list field holds (``tokens.head``: the parse fills in a head for tokens that exist).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass
from functools import cache

from ghatna.errors import PipelineError
from ghatna.records import Analysis

StageFunc = Callable[[Analysis], Analysis]
BatchFunc = Callable[[list[Analysis]], list[Analysis]]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: StageFunc
    requires: frozenset[str]
    produces: frozenset[str]
    batch: BatchFunc | None = None

    def run_batch(self, analyses: list[Analysis]) -> list[Analysis]:
        """The stage over many analyses at once: its batch form where it has one (faster)."""
        if self.batch is not None:
            return self.batch(analyses)
        return [self.func(a) for a in analyses]


_REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Iterable[str] = (), produces: Iterable[str] = (), batch: BatchFunc | None = None
) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the stage ``name``; ``batch``, if given, does the same for a list at once."""
    requires, produces = frozenset(requires), frozenset(produces)
    for field_name in requires | produces:
        if field_name not in analysis_fields():
            raise PipelineError(f"stage {name!r}: {field_name!r} is not a field of Analysis or of its records")

    def wrap(func: StageFunc) -> StageFunc:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise PipelineError(f"stage {name!r} is registered twice")
        _REGISTRY[name] = Stage(name, func, requires, produces, batch)
        return func

    return wrap


def registered_stages() -> dict[str, Stage]:
    """The stages registered so far (``ghatna.pipeline.registered`` loads the built-in ones first)."""
    return dict(_REGISTRY)


@cache
def analysis_fields() -> frozenset[str]:
    """The names a stage may require or produce: each field of ``Analysis`` and, for a list of
    records, ``field.attribute`` for each attribute of the record."""
    names: set[str] = set()
    hints = typing.get_type_hints(Analysis)
    for field in fields(Analysis):
        names.add(field.name)
        for item in typing.get_args(hints[field.name]):
            if is_dataclass(item):
                names.update(f"{field.name}.{attribute.name}" for attribute in fields(item))
    return frozenset(names)
