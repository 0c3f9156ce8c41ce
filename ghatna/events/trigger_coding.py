"""The state of coding one trigger, shared by the coding steps and the event makers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ghatna.events.actors import Home, Resolved
from ghatna.events.arguments import Arguments
from ghatna.events.clauses import SentenceView, Trigger
from ghatna.events.dates import EventDates
from ghatna.events.lexicon import Lexicon, Predicate
from ghatna.records import Actor, Analysis, Event, Modality


class ArticleState:
    """What the coder remembers from earlier sentences of the article."""

    def __init__(self) -> None:
        self.topic: list[Resolved] = []
        self.visit: Event | None = None
        self.dates: EventDates | None = None


@dataclass(slots=True)
class TriggerCoding:
    """One trigger being coded: where it stands, and what the steps so far have found."""

    analysis: Analysis
    view: SentenceView
    trigger: Trigger
    lex: Lexicon
    home: Home
    state: ArticleState
    sentence: int
    called_for: bool = False  # an appeal calls for it: it is what will be done
    doer: Actor | None = None  # the doer of the event this one is about (हमले की निंदा)
    ordered: bool = False  # an order gives it (गिरफ्तार करने का आदेश दिया): the one who orders does it
    verbal: bool = False
    args: Arguments = field(default_factory=Arguments)
    modality: Modality = "asserted"
    promised: bool = False
    refusal: bool = False
    threat: bool = False
    carried: bool = False
    actors: list[Resolved] = field(default_factory=list)
    recipients: list[Resolved] = field(default_factory=list)
    # the learned coder's argument classifier, run after the rules have chosen (None: rules only)
    choose_arguments: Callable[[TriggerCoding], None] | None = None

    @property
    def predicate(self) -> Predicate:
        return self.trigger.predicate
