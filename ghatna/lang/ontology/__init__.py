"""The closed sets of the event ontology: PLOVER types, modes, contexts and CAMEO codes.

Shipped as package data next to this module (PLOVER is CC BY-SA 4.0; see the README
there). Everything here is language-independent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, frozenset[str]]
    contexts: frozenset[str]
    cameo: dict[str, str]  # CAMEO code -> PLOVER type ("dropped" for CAMEO 01/02)
    cameo_names: dict[str, str]
    quads: dict[str, int]  # PLOVER type -> quad class 1 (verbal cooperation) … 4 (material conflict)
    scores: dict[str, float]  # PLOVER type -> its cooperation–conflict score (−10…+10)
    mode_scores: dict[str, dict[str, float]]  # PLOVER type -> mode -> score, where a mode has its own


QUAD_CLASSES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}


@cache
def ontology() -> Ontology:
    root = resources.files("ghatna.lang").joinpath("ontology")
    plover = json.loads(root.joinpath("plover.json").read_text(encoding="utf-8"))
    cameo: dict[str, str] = {}
    names: dict[str, str] = {}
    lines = root.joinpath("cameo.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        code, name, _goldstein, plover_type = line.split("\t")
        cameo[code] = plover_type
        names[code] = name
    return Ontology(
        types={t: frozenset(v["modes"]) for t, v in plover["types"].items()},
        contexts=frozenset(plover["contexts"]),
        cameo=cameo,
        cameo_names=names,
        quads={t: QUAD_CLASSES[v["quad"]] for t, v in plover["types"].items()},
        scores={t: float(v["score"]) for t, v in plover["types"].items()},
        mode_scores={t: {m: float(s) for m, s in v["mode_scores"].items()} for t, v in plover["types"].items()},
    )


# PLOVER coding rule: a future CONSULT/SUPPORT/COOPERATE/AID is AGREE (with the CAMEO "express
# intent" code closest to the action); a future RETREAT is CONCEDE.
FUTURE_AS: dict[str, tuple[str, str]] = {
    "CONSULT": ("AGREE", "036"),
    "SUPPORT": ("AGREE", "032"),
    "COOPERATE": ("AGREE", "031"),
    "AID": ("AGREE", "033"),
    "RETREAT": ("CONCEDE", "080"),
}

# Types whose actor is often unknown to the reporter (unidentified attackers, a crowd): coded
# without an actor rather than dropped.
ACTORLESS = frozenset({"ASSAULT", "PROTEST"})
# Of those, the types whose event noun, by no one and not heading its clause, names no event (हिंसा
# की घटनाएं, रैली में): a crowd's protest is told with its crowd or its verb, where an attack by
# unknown men is often told by its noun alone (हमले में पांच जवान शहीद).
TOLD_WITHOUT_ACTOR_BY_VERB = frozenset({"PROTEST"})

# Types whose two sides the official scorer treats as interchangeable; coordinated subjects of
# these (भारत और नेपाल ने अभ्यास किया) are actor and recipient, of the others separate actors.
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})

# Types of state action that a passive sentence reports without its agent (कर्फ्यू लगा दिया गया,
# सुरक्षा कड़ी कर दी गई, सजा सुनाई गई): the implied actor is the authorities of the article's home country.
STATE_IMPLIED = frozenset({"COERCE", "MOBILIZE", "SANCTION"})

# Types whose target, when the clause names none, is on the actor's own side: an appeal or a demand
# with no addressee (अपील की कि …), a complaint or an inquiry (जांच शुरू की), an order (लॉकडाउन
# लागू किया), relief, a promise or a protest is made to or against the actor's own public or
# authorities. In the annotated corpus 188 of 206 implied recipients of these types share the
# actor's country.
OWN_SIDE_TARGET = frozenset({"REQUEST", "ACCUSE", "COERCE", "AID", "AGREE", "PROTEST"})

# Speech acts about the future whose own modality stays asserted (the threat or the refusal
# is made now: स्वीकार नहीं करेगा).
FUTURE_CONTENT = frozenset({"THREATEN", "REJECT"})

# CAMEO roots of speech acts made by saying them (10 demand, 11 disapprove): said in the first
# person future (मैं अपील करूंगा, मैं इसकी निंदा करना चाहूंगा) they are made, not planned. An
# investigation (09, ACCUSE too) promised (मैं जांच करूंगा) is still to be done.
PERFORMATIVE_ROOTS = frozenset({"10", "11"})

# PLOVER: a statement that an actor will use force or coercion is a THREATEN (हमले जारी
# रहेंगे, अगर … तो हमला करेंगे), made when it is said: type, CAMEO code and mode of the threat.
FUTURE_THREAT: dict[str, tuple[str, str, str | None]] = {
    "ASSAULT": ("THREATEN", "138", "violence"),
    "COERCE": ("THREATEN", "137", "restrict"),
    "SANCTION": ("THREATEN", "131", None),
    "MOBILIZE": ("THREATEN", "138", "violence"),
}

# PLOVER: a ban imposed on another state (अमेरिका ने रूस पर प्रतिबंध लगाए) is a sanction, an
# embargo or a boycott (SANCTION 163), where a ban at home (पटाखों पर प्रतिबंध) restricts (COERCE
# 172): the sanction's type, CAMEO code and mode.
STATE_SANCTION: tuple[str, str, str | None] = ("SANCTION", "163", "discontinue")

# PLOVER: refusing a cooperative or yielding action (will not disarm, did not accept the aid,
# refused to meet) is a REJECT: type, CAMEO code and mode of the refusal, made when it is said.
NEGATED_AS: dict[str, tuple[str, str, str | None]] = {
    "AGREE": ("REJECT", "120", None),
    "CONSULT": ("REJECT", "125", "meet"),
    "SUPPORT": ("REJECT", "120", None),
    "CONCEDE": ("REJECT", "124", "yield"),
    "COOPERATE": ("REJECT", "121", None),
    "AID": ("REJECT", "122", "assist"),
    "RETREAT": ("REJECT", "124", "yield"),
}

# Talking to the press (बीबीसी से बातचीत की, पत्रकारों से बात की) is an interview, not a
# consultation between political actors.
INTERVIEW_TYPES = frozenset({"CONSULT"})
PRESS_SECTORS = frozenset({"MED"})

# Country codes that name no state: an international body's (a warning by the UN to a country is
# not one country threatening another).
NOT_STATES = frozenset({"IGO"})

# Sectors of private people (travellers, patients, the public): their journeys are no visits.
PRIVATE_SECTORS = frozenset({"CVL"})

# Sectors of armed non-state groups (CAMEO): their violence is an attack, not a riot.
ARMED_SECTORS = frozenset({"REB"})
