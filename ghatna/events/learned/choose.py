"""The triggers of one sentence under the chosen coder, and the sentences whose parse the learned
coder reads (those where the tagger finds a trigger the dictionary does not)."""

from __future__ import annotations

from collections.abc import Callable

from ghatna.events.clauses import Tok, Trigger, find_triggers
from ghatna.events.learned.arguments import RECIPIENT, choose_arguments
from ghatna.events.learned.model import argument_model, trigger_model
from ghatna.events.learned.setting import Coder, coder_setting
from ghatna.events.learned.triggers import combined_triggers, learned_triggers
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.events.tokens import sentence_toks
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.nlp.parse import parse_wanted
from ghatna.records import Analysis


def sentence_triggers(toks: list[Tok], lex: Lexicon, coder: Coder) -> list[Trigger] | None:
    """The triggers to code, or None for the dictionary's own (the rules)."""
    if coder == "rules":
        return None
    rule_triggers = find_triggers(toks, lex)
    if coder == "learned":
        return learned_triggers(toks, rule_triggers, lex, trigger_model())
    return combined_triggers(toks, rule_triggers, lex, trigger_model())


def argument_hook(coder: Coder) -> Callable[[TriggerCoding], None] | None:
    """The argument classifier's step for the learned coders' triggers, none for the rules."""
    return None if coder == "rules" else choose_arguments(argument_model())


def rule_argument_hook(coder: Coder) -> Callable[[TriggerCoding], None] | None:
    """The step for the dictionary's triggers: under ``both``, the classifier names the recipient
    where the rules found none (on the corpus, filling the actor too, or replacing the rules'
    arguments, cost more on dev than it gained); the rules' arguments alone otherwise."""
    return choose_arguments(argument_model(), frozenset({RECIPIENT}), only_empty=True) if coder == "both" else None


@parse_wanted
def learned_sentences_to_parse(analysis: Analysis) -> set[int]:
    coder = coder_setting()
    if coder == "rules":
        return set()
    lex = lexicon()
    return {i for i, toks in sentence_toks(analysis).items() if sentence_triggers(toks, lex, coder)}
