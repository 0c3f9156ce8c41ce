"""What the coder asks of a trigger's sentence: whether the trigger heads its clause, carries the
marker its predicate needs, names what something is called, or stands in reported speech; who
the speaker is; which part of the clause dates it, and which contexts the clause names."""

from __future__ import annotations

from ghatna.events.actors import Home, Resolved, scan
from ghatna.events.arguments import Arguments
from ghatna.events.clauses import SentenceView, Tok, Trigger
from ghatna.events.lexicon import Lexicon
from ghatna.events.phrase_actors import actors_in_span
from ghatna.lang.ontology import ARMED_SECTORS
from ghatna.records import Analysis


def speaker(view: SentenceView, trigger: Trigger, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """The ने-subject of the verb of saying whose complement (… ने कहा कि …) holds the trigger."""
    opener = next((t.index for t in reversed(view.toks[: trigger.first]) if t.key in lex.complementisers), None)
    if opener is None:
        opener = _quote_opener(view, trigger, lex)
    if opener is None or not any(t.key in lex.speech_verbs for t in view.toks[:opener]):
        return []
    for phrase in reversed(view.phrases):
        if phrase.last < opener and phrase.marker == lex.ergative:
            found = actors_in_span(view, phrase.first, phrase.last, lex, analysis, home, allow_names=True, np=phrase)
            return [r for r in found if not r.is_place or r.how == "country"]
    return []


def _quote_opener(view: SentenceView, trigger: Trigger, lex: Lexicon) -> int | None:
    """Where a direct quote opens before the trigger (X ने कहा, "… हम कार्रवाई करेंगे"): the
    punctuation right after the verb of saying."""
    for tok in reversed(view.toks[1 : trigger.first]):
        before = view.toks[tok.index - 1]
        if view.labels[tok.index] == "P" and before.key in lex.speech_verbs:
            return tok.index
    return None


def reported(view: SentenceView, lex: Lexicon) -> bool:
    """Whether the sentence reports speech (a verb of saying or a complementiser: X ने कहा कि …)."""
    return any(t.key in lex.speech_verbs or t.key in lex.complementisers for t in view.toks)


def labels_something(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    after = trigger.cue_last + 1
    return trigger.last == trigger.cue_last and after < len(view.toks) and view.toks[after].key in lex.labelling


def has_required_marker(view: SentenceView, trigger: Trigger, args: Arguments) -> bool:
    """Whether the trigger has a recipient and, before it in its clause, a phrase with the case
    marker its predicate needs, if it needs one (X से मिले, Y से संपर्क किया): बीबीसी से कहा is
    a statement, not a meeting."""
    needed = trigger.predicate.requires_marker
    if needed is None:
        return True
    return bool(args.recipients) and any(
        phrase.marker == needed and phrase.last < trigger.first for phrase in view.clause_phrases(trigger.clause)
    )


def names_attacker(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether someone did it (an agent marked ने before the trigger in its clause) or the
    sentence names an attacker or an attack (आतंकियों, हमले, बम)."""
    agent = any(p.marker == lex.ergative and p.last < trigger.first for p in view.clause_phrases(trigger.clause))
    return agent or any(t.key in lex.attackers for t in view.toks)


def names_armed_group(view: SentenceView) -> bool:
    """Whether the sentence names an armed group or militants (आतंकियों, लश्कर-ए-तैयबा)."""
    return any(known.sector in ARMED_SECTORS for _, _, known in scan(tuple(t.key for t in view.toks)))


def heads_predicate(view: SentenceView, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the trigger is its clause's predicate (हमला किया, अभ्यास … पूरा किया, यात्रा पर
    हैं) rather than a noun mentioned in passing (हमले में, हमले के बाद)."""
    if trigger.last > trigger.cue_last or trigger.predicate.verbal:
        return True
    after = [t for t in view.clause_toks(trigger.clause) if t.index > trigger.cue_last]
    if after and view.labels[after[0].index] == "G" and (len(after) == 1 or view.labels[after[1].index] in "PVCB"):
        return True  # बैठक की. — the genitive form is the light verb here
    if after and view.labels[after[0].index] in ("M", "G") and after[0].key not in lex.predicative_markers:
        return False
    for tok in after:
        if view.labels[tok.index] == "T":
            return False
        if view.labels[tok.index] == "V":
            return True
    return False


def named_in_passing(view: SentenceView, trigger: Trigger, lex: Lexicon, verbal: bool) -> bool:
    """Whether the trigger is an event noun that does not head its clause (``verbal`` false), with a
    case marker or genitive after it (हिंसा की घटनाएं, रैली में) or ending its sentence (a
    headline's पुलिस पर पथराव), and no participle of happening before it (कल हुई हिंसा में): an
    event named as a topic, not one the sentence tells. One followed by a verb the dictionaries do
    not know (हिंसा भड़क उठी) is told."""
    if verbal or (trigger.first > 0 and view.toks[trigger.first - 1].key in lex.happened):
        return False
    after = trigger.cue_last + 1
    return after >= len(view.labels) or view.labels[after] in ("M", "G", "P", "B")


def date_span(view: SentenceView, trigger: Trigger, lex: Lexicon, clause_toks: list[Tok]) -> tuple[int, int]:
    """The part of the clause whose dates are the event's: after the last participle that closes
    an embedded phrase before the trigger."""
    start = clause_toks[0].start
    for tok in clause_toks:
        if tok.index < trigger.first and tok.key in lex.participles:
            start = tok.end
    return start, clause_toks[-1].end


def contexts_of(view: SentenceView, trigger: Trigger, lex: Lexicon, base: tuple[str, ...]) -> list[str]:
    keys = tuple(t.key for t in view.clause_toks(trigger.clause))
    present = set(keys)
    out = list(base)
    for phrase, context in lex.contexts:
        if context in out or phrase[0] not in present:
            continue
        n = len(phrase)
        if n == 1 or any(keys[i : i + n] == phrase for i in range(len(keys) - n + 1)):
            out.append(context)
    return out
