"""The participant a telling marks with the additive particle (मुंबई पुलिस ने भी गिरफ्तार किया,
उन्हें भी हिरासत में लिया): another than the one of the same act told before, so a telling of
another act of that type."""

from __future__ import annotations

from functools import cache

import regex

from ghatna.lang import load
from ghatna.records import Evidence

ACTOR = "actor"
RECIPIENT = "recipient"


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str], frozenset[str]]:
    data = load("events/additive")
    particles = "|".join(regex.escape(p) for p in data["particles"])

    def marked(markers: list[str]) -> regex.Pattern[str]:
        alternatives = "|".join(regex.escape(m) for m in sorted(markers, key=len, reverse=True))
        # the word after the particle is kept to tell a comparison (200 से भी अधिक) from a case
        return regex.compile(rf"(?<!\S)(?:{alternatives})\s+(?:{particles})(?!\S)\s*(\S*)")

    comparatives = frozenset(load("events/clauses")["comparatives"])
    return marked(data["actor_markers"]), marked(data["recipient_markers"]), comparatives, frozenset(data["reporting"])


def additive_sides(text: str, evidence: Evidence, times: list[tuple[int, int]]) -> frozenset[str]:
    """The sides (``actor``, ``recipient``) that the clause of ``evidence`` marks with the additive
    particle before its trigger: not a time phrase's (शुक्रवार को भी: on Friday too; ``times`` are
    the article's time expression spans), nor a comparison's (200 से भी अधिक), nor any where the
    clause reports the act (X ने भी … की पुष्टि की: the particle adds a source)."""
    clause = text[evidence.start : evidence.end]
    at = clause.find(evidence.trigger) if evidence.trigger else -1
    if at < 0:
        return frozenset()
    before, after = clause[:at], clause[at + len(evidence.trigger) :]
    actor, recipient, comparatives, reporting = _patterns()
    if reporting & set(regex.findall(r"\w+", after)):
        return frozenset()
    ends = {end - evidence.start for _, end in times}
    sides = set()
    for side, pattern in ((ACTOR, actor), (RECIPIENT, recipient)):
        for match in pattern.finditer(before):
            if len(before[: match.start()].rstrip()) not in ends and match.group(1) not in comparatives:
                sides.add(side)
    return frozenset(sides)
