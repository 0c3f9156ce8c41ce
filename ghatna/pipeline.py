"""The pipeline that runs registered stages (``ghatna.registry``) in order.

Building a pipeline checks that every stage's inputs are produced by an earlier stage, so a
misordered pipeline fails at build time, not half-way through a corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

from ghatna.errors import PipelineError
from ghatna.records import Analysis, Article
from ghatna.registry import Stage, registered_stages

#: What an ``Analysis`` holds before any stage has run.
INITIAL_FIELDS = frozenset({"article"})


def registered() -> dict[str, Stage]:
    """Every registered stage, the built-in ones included."""
    from ghatna import stages  # noqa: F401 - importing registers the built-in stages

    return registered_stages()


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


DEFAULT_STAGES = ("segment", "tokenise", "mentions", "time", "entities", "parse", "events", "places")


def default_pipeline() -> Pipeline:
    return Pipeline(DEFAULT_STAGES)
