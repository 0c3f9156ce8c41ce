"""The event coder's language knowledge, compiled from ``ghatna/lang/hi/events/*.yaml`` into
folded token tuples (variant-insensitive: नुक़्ता, candrabindu and class nasals do not matter)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ghatna.events.decisions import Decision, decisions, noun_forms, verb_forms
from ghatna.lang import load
from ghatna.text.normalise import match_key

Phrase = tuple[str, ...]


def key_tokens(text: str) -> Phrase:
    """A cue or a surface phrase as a tuple of folded tokens."""
    return tuple(match_key(text).split())


@dataclass(frozen=True, slots=True)
class Predicate:
    cue: str
    phrase: Phrase
    light: frozenset[str] | None  # folded light-verb forms that must follow, or None
    type: str
    cameo: str
    mode: str | None
    context: tuple[str, ...]
    frame: str
    weight: float
    requires_marker: Phrase | None  # folded tokens of the case marker the trigger needs
    verbal: bool
    after_infinitive: bool = False
    # an event with no agent of its own (विस्फोट हुआ, शहीद हो गए): an attack only with an attacker
    needs_agent: bool = False
    blocks: bool = False  # a noun + light verb decided "not an event" (दिल का दौरा पड़ा): no trigger here


@dataclass(frozen=True, slots=True)
class Frame:
    actor: tuple[Phrase, ...]
    recipient: tuple[Phrase, ...]
    place: tuple[Phrase, ...]
    owner: bool = False  # a thing in a recipient phrase stands for its owner (X की रैली पर हमला)
    both: tuple[Phrase, ...] = ()  # a coordinated phrase that names both sides (X और Y के बीच)
    blames_doer: bool = False  # a condemned event already told stands for its doer (हमले की निंदा)


@dataclass(frozen=True, slots=True)
class Lexicon:
    predicates: tuple[Predicate, ...]
    by_first: dict[str, tuple[Predicate, ...]]
    blockers: dict[str, tuple[Predicate, ...]]
    frames: dict[str, Frame]
    light_forms: frozenset[str]
    markers: tuple[Phrase, ...]  # longest first
    one_word_markers: frozenset[str]  # the case markers of one word (ने, को, पर), genitives left out
    genitives: frozenset[str]
    passive: frozenset[str]
    comparatives: frozenset[str]
    complementisers: frozenset[str]
    participles: frozenset[str]
    happened: frozenset[str]
    orders: frozenset[str]
    upcoming: frozenset[str]
    anaphoric: frozenset[str]
    attackers: frozenset[str]
    inanimate: frozenset[str]
    warnings: frozenset[str]  # चेतावनी, चेताया
    threat_cues: frozenset[str]  # what makes a warning a threat (कार्रवाई की चेतावनी)
    charges: frozenset[str]  # a charge or case named by an event noun (हत्या का आरोप)
    refusals: frozenset[str]  # इनकार, खंडन
    claims: frozenset[str]  # what is denied rather than refused (इस बात से इनकार)
    comments: frozenset[str]  # a comment declined, also after an infinitive (टिप्पणी करने से इनकार)
    health_senses: tuple[Phrase, ...]  # जांच, संपर्क में: a check-up or contact with the infected
    health_words: frozenset[str]  # words of disease (कोरोना, संक्रमित)
    enabling: tuple[Phrase, ...]  # a locative and a help noun after an infinitive (बचाने में मदद)
    enabling_between: frozenset[str]  # what may stand between them (बचाने में बहुत मदद)
    cases: frozenset[str]  # what an investigation is of (मामले की जांच)
    labelling: frozenset[str]
    object_pronouns: frozenset[str]
    dative_pronouns: frozenset[str]
    reflexives: frozenset[str]
    relatives: frozenset[str]
    conjunctive: frozenset[str]
    before_subject: frozenset[Phrase]
    adjuncts: frozenset[Phrase]  # compound postpositions of adjuncts (के बाद, को लेकर)
    infinitive_endings: tuple[str, ...]
    not_infinitives: frozenset[str]  # oblique nouns ending like an infinitive (थाने, सामने)
    not_heads: frozenset[str]  # words that never end a phrase naming a party (घोषित, फरार, यहां)
    predicative_markers: frozenset[str]
    boundaries: frozenset[str]
    coordinators: frozenset[str]
    verb_ends: frozenset[str]
    speech_verbs: frozenset[str]
    pronouns: frozenset[str]
    during: tuple[Phrase, ...]
    np_stop: frozenset[str]
    negation: frozenset[str]
    future_words: frozenset[str]
    future_endings: tuple[str, ...]
    first_person_endings: tuple[str, ...]  # करूंगा: future, performative for a speech act
    hypothetical_words: frozenset[str]
    subjunctive: frozenset[str]  # सहयोग करें ।: an act asked for
    conditional_openers: tuple[Phrase, ...]
    question_marks: frozenset[str]
    question_words: frozenset[str]
    topic_markers: frozenset[str]
    topic_nouns: frozenset[str]
    purpose_markers: tuple[Phrase, ...]
    purpose_openers: frozenset[str]
    direct_infinitive_endings: tuple[str, ...]  # गिरफ्तार करना बाकी है: an act talked about
    infinitive_lookalikes: frozenset[str]  # मांग मानी: a perfective, no infinitive
    infinitive_told: frozenset[str]  # प्रदर्शन करना शुरू किया: the infinitive's act told
    conjunctive_endings: tuple[str, ...]  # धरना देकर: a participle of the main verb's tense
    contexts: tuple[tuple[Phrase, str], ...]
    ergative: Phrase  # the marker of the agent of a perfective verb
    dative: Phrase  # the marker of a recipient or a definite object
    ablative: Phrase  # the marker of the one asked, met or parted from

    def is_infinitive(self, key: str) -> bool:
        """Whether a word is an oblique infinitive (करने, लौटने), not a noun that ends like one (थाने)."""
        if key in self.not_infinitives:
            return False
        return ends_like(key, self.infinitive_endings)

    def is_direct_infinitive(self, key: str) -> bool:
        """Whether a word is a direct infinitive (करना, करनी), not a perfective that ends like one (मानी)."""
        if key in self.infinitive_lookalikes:
            return False
        return ends_like(key, self.direct_infinitive_endings)


def ends_like(key: str, endings: Sequence[str]) -> bool:
    """Whether a word ends in one of ``endings`` after a stem of two letters or more (करना, लौटने,
    देकर; not the ending alone, nor one letter before it)."""
    return any(key.endswith(e) and len(key) > len(e) + 1 for e in endings)


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(match_key(w) for w in words)


@cache
def lexicon() -> Lexicon:
    classes = {name: _keys(forms) for name, forms in load("events/light_verbs")["classes"].items()}
    predicates: list[Predicate] = []
    for entry in load("events/predicates")["predicates"]:
        light = classes[entry["light"]] if entry.get("light") else None
        for surface in (entry["cue"], *entry.get("forms", [])):
            predicates.append(
                Predicate(
                    cue=surface,
                    phrase=key_tokens(surface),
                    light=light,
                    type=entry["type"],
                    cameo=entry["cameo"],
                    mode=entry.get("mode"),
                    context=tuple(entry.get("context", [])),
                    frame=entry["frame"],
                    weight=float(entry.get("weight", 0.6)),
                    requires_marker=key_tokens(entry["requires_marker"]) if entry.get("requires_marker") else None,
                    verbal=bool(entry.get("verbal", False)),
                    after_infinitive=bool(entry.get("after_infinitive", False)),
                    needs_agent=bool(entry.get("needs_agent", False)),
                )
            )
    decided, blocking = decided_predicates(classes, predicates, load("events/light_verbs").get("lemmas", {}))
    predicates.extend(decided)
    by_first: dict[str, list[Predicate]] = {}
    for predicate in predicates:
        by_first.setdefault(predicate.phrase[0], []).append(predicate)
    blockers: dict[str, list[Predicate]] = {}
    for predicate in blocking:
        blockers.setdefault(predicate.phrase[0], []).append(predicate)
    frame_data = load("events/frames")
    frames = {
        name: Frame(
            actor=tuple(key_tokens(m) for m in frame.get("actor", [])),
            recipient=tuple(key_tokens(m) for m in frame.get("recipient", [])),
            place=tuple(key_tokens(m) for m in frame.get("place", [])),
            owner=bool(frame.get("owner", False)),
            blames_doer=bool(frame.get("blames_doer", False)),
            both=tuple(key_tokens(m) for m in frame.get("both", [])),
        )
        for name, frame in frame_data["frames"].items()
    }
    clauses = load("events/clauses")
    modality = load("events/modality")
    adjuncts = frozenset(key_tokens(m) for m in clauses["adjunct_markers"])
    markers = sorted({key_tokens(m) for m in clauses["markers"]} | adjuncts, key=len, reverse=True)
    contexts = tuple(
        (key_tokens(word), context) for context, words in load("events/contexts")["contexts"].items() for word in words
    )
    return Lexicon(
        predicates=tuple(predicates),
        by_first={k: tuple(sorted(v, key=lambda p: (-len(p.phrase), p.light is None))) for k, v in by_first.items()},
        blockers={k: tuple(v) for k, v in blockers.items()},
        frames=frames,
        light_forms=frozenset().union(*classes.values()),
        markers=tuple(markers),
        one_word_markers=frozenset(m[0] for m in markers if len(m) == 1) - _keys(clauses["genitives"]),
        genitives=_keys(clauses["genitives"]),
        passive=_keys(clauses["passive"]),
        comparatives=_keys(clauses["comparatives"]),
        complementisers=_keys(clauses["complementisers"]),
        participles=_keys(clauses["participles"]),
        happened=_keys(clauses["happened"]),
        orders=_keys(clauses["orders"]),
        upcoming=_keys(clauses["upcoming"]),
        anaphoric=_keys(clauses["anaphoric"]),
        attackers=_keys(clauses["attackers"]),
        inanimate=_keys(clauses["inanimate"]),
        warnings=_keys(clauses["warnings"]),
        threat_cues=_keys(clauses["threat_cues"]),
        charges=_keys(clauses["charges"]),
        refusals=_keys(clauses["refusals"]),
        claims=_keys(clauses["claims"]),
        comments=_keys(clauses["comments"]),
        health_senses=tuple(key_tokens(p) for p in clauses["health_senses"]),
        health_words=_keys(clauses["health_words"]),
        enabling=tuple(key_tokens(p) for p in clauses["enabling"]),
        enabling_between=_keys(clauses["enabling_between"]),
        cases=_keys(clauses["cases"]),
        labelling=_keys(clauses["labelling"]),
        object_pronouns=_keys(clauses["object_pronouns"]),
        dative_pronouns=_keys(clauses["dative_pronouns"]),
        reflexives=_keys(clauses["reflexives"]),
        relatives=_keys(clauses["relatives"]),
        conjunctive=_keys(clauses["conjunctive"]),
        before_subject=frozenset(key_tokens(m) for m in clauses["before_subject"]) | adjuncts,
        adjuncts=adjuncts,
        infinitive_endings=tuple(match_key(e) for e in clauses["infinitive_endings"]),
        not_infinitives=_keys(clauses["not_infinitives"]),
        not_heads=_keys(clauses["not_heads"]),
        predicative_markers=_keys(clauses["predicative_markers"]),
        boundaries=_keys(clauses["boundaries"]),
        coordinators=_keys(clauses["coordinators"]),
        verb_ends=_keys(clauses["verb_ends"]),
        speech_verbs=_keys(clauses["speech_verbs"]),
        pronouns=_keys(clauses["pronouns"]),
        during=tuple(key_tokens(p) for p in clauses["during"]),
        np_stop=_keys(clauses["np_stop"]),
        negation=_keys(modality["negation"]),
        future_words=_keys(modality["future_words"]),
        future_endings=tuple(modality["future_endings"]),
        first_person_endings=tuple(modality["first_person_endings"]),
        hypothetical_words=_keys(modality["hypothetical_words"]),
        subjunctive=_keys(modality["subjunctive"]),
        conditional_openers=tuple(key_tokens(p) for p in modality["conditional_openers"]),
        question_marks=frozenset(modality["question_marks"]),
        question_words=_keys(modality["question_words"]),
        topic_markers=_keys(modality["topic_markers"]),
        topic_nouns=_keys(modality["topic_nouns"]),
        purpose_markers=tuple(key_tokens(p) for p in modality["purpose_markers"]),
        purpose_openers=_keys(modality["purpose_openers"]),
        direct_infinitive_endings=tuple(match_key(e) for e in modality["infinitive_endings"]),
        infinitive_lookalikes=_keys(modality["infinitive_lookalikes"]),
        infinitive_told=_keys(modality["infinitive_told"]),
        conjunctive_endings=tuple(match_key(e) for e in modality["conjunctive_endings"]),
        contexts=contexts,
        ergative=key_tokens(frame_data["case_markers"]["ergative"]),
        dative=key_tokens(frame_data["case_markers"]["dative"]),
        ablative=key_tokens(frame_data["case_markers"]["ablative"]),
    )


def decided_predicates(
    classes: dict[str, frozenset[str]], listed: list[Predicate], light_classes: dict[str, str | None]
) -> tuple[list[Predicate], list[Predicate]]:
    """Triggers for the coded event decisions whose cue ``predicates.yaml`` does not already hold
    (its entries, with their tuned frames and weights, come first), and blockers for the
    decisions that are not events and are longer than a word: a noun + light verb (दौरा पड़ा)
    or a compound noun (प्रेस वार्ता)."""
    taken = {p.phrase for p in listed}
    taken_pairs = {(p.phrase, p.light) for p in listed}
    triggers: list[Predicate] = []
    blockers: list[Predicate] = []
    for decision in decisions().values():
        if decision.type is not None and not decision.coded:
            continue
        surfaces = _surfaces(decision, classes, light_classes)
        if decision.type is not None and decision.kind in ("noun", "phrase") and key_tokens(decision.lemma) in taken:
            continue  # the hand entries say how this noun triggers (वादा only with किया: not चुनावी वादे)
        for surface, light in surfaces:
            phrase = key_tokens(surface)
            if decision.type is None:
                if light is not None or len(phrase) > 1:
                    blockers.append(_predicate(decision, surface, phrase, light, blocks=True))
            elif light is not None and (phrase, light) not in taken_pairs:
                taken_pairs.add((phrase, light))
                triggers.append(_predicate(decision, surface, phrase, light))
            elif light is None and phrase not in taken:
                taken.add(phrase)
                triggers.append(_predicate(decision, surface, phrase, light))
    return triggers, blockers


def _surfaces(
    decision: Decision, classes: dict[str, frozenset[str]], light_classes: dict[str, str | None]
) -> list[tuple[str, frozenset[str] | None]]:
    """The cues a decision is matched by, with the light-verb forms that must follow."""
    if decision.kind == "verb":
        return [(form, None) for form in verb_forms(decision.lemma)]
    if decision.kind in ("noun", "phrase"):
        return [(form, None) for form in noun_forms(decision.lemma)]
    *noun, light = decision.lemma.split(" ")
    name = light_classes.get(light)
    if name is None:
        return []
    return [(form, classes[name]) for form in noun_forms(" ".join(noun))]


def _predicate(
    decision: Decision, surface: str, phrase: Phrase, light: frozenset[str] | None, blocks: bool = False
) -> Predicate:
    return Predicate(
        cue=surface,
        phrase=phrase,
        light=light,
        type=decision.type or "",
        cameo=decision.cameo or "",
        mode=decision.mode,
        context=decision.context,
        frame=decision.frame or "agent",
        weight=decision.weight,
        requires_marker=None,
        verbal=decision.kind == "verb",
        blocks=blocks,
    )
