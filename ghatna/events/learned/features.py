"""Token features of the trigger tagger: the word, its neighbours and endings, and what the rule
coder's dictionary says about it (a predicate starting or covering it, its type, mode and frame)."""

from __future__ import annotations

from ghatna.events.clauses import Tok, Trigger
from ghatna.events.lexicon import Lexicon

_EDGE = "<s>"


def token_features(toks: list[Tok], rule_triggers: list[Trigger], lex: Lexicon) -> list[list[str]]:
    """One feature list per token of a sentence."""
    keys = [t.key for t in toks]
    cover: dict[int, tuple[Trigger, str]] = {}
    for trigger in rule_triggers:
        for i in range(trigger.first, trigger.last + 1):
            where = "B" if i == trigger.first else ("C" if i <= trigger.cue_last else "L")
            cover.setdefault(i, (trigger, where))
    return [_features(keys, i, cover.get(i), lex) for i in range(len(keys))]


def _key(keys: list[str], i: int) -> str:
    return keys[i] if 0 <= i < len(keys) else _EDGE


def _features(keys: list[str], i: int, rule: tuple[Trigger, str] | None, lex: Lexicon) -> list[str]:
    w, p1, p2, n1, n2 = _key(keys, i), _key(keys, i - 1), _key(keys, i - 2), _key(keys, i + 1), _key(keys, i + 2)
    features = [
        "bias",
        f"w={w}",
        f"p1={p1}",
        f"n1={n1}",
        f"p2={p2}",
        f"n2={n2}",
        f"p1w={p1}|{w}",
        f"wn1={w}|{n1}",
        f"suf2={w[-2:]}",
        f"suf3={w[-3:]}",
        f"pre3={w[:3]}",
    ]
    if w in lex.light_forms:
        features.append("light")
    if n1 in lex.light_forms:
        features.append("n1light")
    if p1 in lex.light_forms:
        features.append("p1light")
    if n1 in lex.genitives:
        features.append("n1gen")
    if p1 in lex.genitives:
        features.append("p1gen")
    if w in lex.negation or n1 in lex.negation:
        features.append("neg")
    if any(w.endswith(e) for e in lex.infinitive_endings):
        features.append("infinitive")
    if rule is not None:
        trigger, where = rule
        predicate = trigger.predicate
        features += [
            f"r={where}",
            f"rt={predicate.type}",
            f"rtw={predicate.type}|{where}",
            f"rm={predicate.type}/{predicate.mode}",
            f"rf={predicate.frame}",
            f"rw={predicate.weight:.1f}",
        ]
    return features
