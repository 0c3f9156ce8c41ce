"""The stage registry and the pipeline that runs stages in order.

A stage is a function ``(Analysis) -> Analysis`` registered by name with the ``Analysis`` fields
it requires and produces. Building a pipeline checks that every stage's inputs are produced by
an earlier stage, so a misordered pipeline fails at build time, not half-way through a corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ghatna.errors import PipelineError
from ghatna.records import Analysis, Article

StageFunc = Callable[[Analysis], Analysis]
BatchFunc = Callable[[list[Analysis]], list[Analysis]]

#: What an ``Analysis`` holds before any stage has run.
INITIAL_FIELDS = frozenset({"article"})


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

    def wrap(func: StageFunc) -> StageFunc:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise PipelineError(f"stage {name!r} is registered twice")
        _REGISTRY[name] = Stage(name, func, frozenset(requires), frozenset(produces), batch)
        return func

    return wrap


def registered() -> dict[str, Stage]:
    _load_builtin_stages()
    return dict(_REGISTRY)


def _load_builtin_stages() -> None:
    from ghatna import stages  # noqa: F401 - importing registers the stages


class Pipeline:
    """An ordered, validated list of stages."""

    def __init__(self, names: Sequence[str]) -> None:
        available = registered()
        have = set(INITIAL_FIELDS)
        self.stages: list[Stage] = []
        for name in names:
            if name not in available:
                raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(available))}")
            found = available[name]
            missing = found.requires - have
            if missing:
                raise PipelineError(
                    f"stage {name!r} needs {', '.join(sorted(missing))}, which no earlier stage produces"
                )
            have |= found.produces
            self.stages.append(found)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, article: Article) -> Analysis:
        analysis = Analysis(article=article)
        for current in self.stages:
            analysis = current.func(analysis)
        return analysis

    def run_many(self, articles: list[Article]) -> list[Analysis]:
        """``run`` over several articles, each stage over all of them before the next stage."""
        analyses = [Analysis(article=a) for a in articles]
        for current in self.stages:
            analyses = current.run_batch(analyses)
        return analyses


DEFAULT_STAGES = ("segment", "tokenise", "mentions", "entities", "time", "parse", "events", "places")


def default_pipeline() -> Pipeline:
    return Pipeline(DEFAULT_STAGES)
