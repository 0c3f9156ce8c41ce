"""The actors a clause's noun phrases name: a phrase resolved through the entities and gazetteers
(coordinated phrases one by one), the first phrase that fills a frame's slot, a possessor before
its head, and an agent no gazetteer knows, named by its Hindi words."""

from __future__ import annotations

from dataclasses import replace

from ghatna.actors.api import spelt_name
from ghatna.events.actors import Home, Resolved, resolve_name, resolve_phrase, scan
from ghatna.events.clauses import NP, SentenceView
from ghatna.events.lexicon import Lexicon, Phrase, ends_like
from ghatna.records import Actor, Analysis

_MAX_NAME_TOKENS = 4


def unknown_agent(view: SentenceView, phrase: NP, lex: Lexicon, home: Home) -> Resolved:
    """The agent a clause names (गांव वालों ने, नौकर ने) that no gazetteer knows: a kind of
    actor of the article's country, named by its Hindi words only; of the country its own words
    give, when they open with a place that owns it (केरल के एक युवक) or a demonym (पाकिस्तानी नागरिक)."""
    toks = view.toks[phrase.first : phrase.last + 1]
    words = [t.text for t in toks if t.key not in lex.np_stop]
    name = " ".join(words[-_MAX_NAME_TOKENS:]) or None
    name_en = spelt_name(name) if name else None  # सिद्धार्थ को: a person no model found
    owner = _owning_country(tuple(t.key for t in toks), lex)
    if owner is not None:
        return Resolved(Actor(None, name_en, owner, None, name), "generic")
    return Resolved(Actor(None, name_en, home.generic, None, name), "generic", placed=False)


def _owning_country(keys: tuple[str, ...], lex: Lexicon) -> str | None:
    hits = scan(keys)
    if not hits or hits[0][0] != 0:
        return None
    _, last, known = hits[0]
    owned = known.kind == "demonym" or (last + 1 < len(keys) and keys[last + 1] in lex.genitives)
    return known.code if owned and known.kind in ("country", "place", "demonym") else None


def first_filled_phrase(
    view: SentenceView,
    phrases: list[NP],
    markers: list[Phrase],
    lex: Lexicon,
    analysis: Analysis,
    home: Home,
    used: set[int],
    *,
    allow_names: bool,
    persons_only: bool = False,
    possessor: bool = False,
) -> tuple[list[Resolved], NP] | None:
    """The first phrase, by the frame's order of markers, that resolves to an actor. With
    ``possessor``, a phrase headed by a thing (विपक्ष की रैली पर, उनकी नियुक्ति को)
    stands for its owner: an attack on a party's rally is aimed at the party."""
    for marker in markers:
        want = as_phrase_marker(marker)
        for phrase in reversed(phrases):
            if id(phrase) in used or phrase.marker != want:
                continue
            names_ok = allow_names and want == lex.ergative
            resolved = actors_in_span(
                view, phrase.first, phrase.last, lex, analysis, home, allow_names=names_ok, np=phrase
            )
            if want == "genitive" and persons_only:
                resolved = [r for r in resolved if _is_person(r, analysis)]
            if not resolved and possessor:
                resolved = possessor_of(view, phrase, lex, analysis, home)
            if resolved:
                used.add(id(phrase))
                return resolved, phrase
    return None


def actors_in_span(
    view: SentenceView,
    first: int,
    last: int,
    lex: Lexicon,
    analysis: Analysis,
    home: Home,
    *,
    allow_names: bool,
    np: NP | None = None,
) -> list[Resolved]:
    spans = np.conjuncts if np is not None and np.conjuncts else [(first, last)]
    if len(spans) > 1:
        spans = _join_across_mentions(analysis, view, spans)
    out: list[Resolved] = []
    for a, b in spans:
        if runs_into_predicate(view, a, b, lex, analysis):
            continue
        toks = [(t.text, t.key, t.start, t.end) for t in view.toks[a : b + 1]]
        resolved = resolve_phrase(toks, analysis, home, lex.np_stop, lex.genitives, lex.one_word_markers)
        if not resolved and allow_names and not any(e.type == "PERSON" for e in analysis.entities):
            words = [t for t in toks if t[1] not in lex.np_stop and t[1] not in lex.genitives]
            if words and len(words) <= _MAX_NAME_TOKENS and words[-1][1] not in lex.pronouns:
                resolved = [resolve_name(words, home)]
        out.extend(resolved)
    placed = [r for r in out if r.placed and r.actor.country]
    if placed and len(out) > 1:  # coordinated phrases share the country one of them states
        out = [r if r.placed else replace(r, actor=replace(r.actor, country=placed[0].actor.country)) for r in out]
    return out


def runs_into_predicate(view: SentenceView, first: int, last: int, lex: Lexicon, analysis: Analysis) -> bool:
    """A phrase that ends in a word no noun phrase ends in (चरमपंथी संगठन घोषित, पार्टी बन,
    बंदूकधारी फरार, लोग यहां), in an infinitive or a finite verb (हो गया, जिंदा रहेगा), or that opens
    with a postposition, has run into a predicate or out of another phrase: it names no party,
    unless a name the entities stage found ends it."""
    toks = [t for t in view.toks[first : last + 1] if t.key not in lex.np_stop]
    if not toks:
        return False
    tail = toks[-1]
    if any(s <= tail.start < e for entity in analysis.entities for s, e in entity.mentions):
        return False
    opens = toks[0].key in lex.genitives or toks[0].key in lex.one_word_markers
    verb = tail.key in lex.verb_ends or ends_like(tail.key, lex.future_endings)
    # an infinitive takes no ने: a word ending like one before it ends a name (गुणारत्ने ने)
    agent = view.keys(last + 1, last + len(lex.ergative)) == lex.ergative
    return opens or verb or tail.key in lex.not_heads or (lex.is_infinitive(tail.key) and not agent)


def as_phrase_marker(marker: Phrase) -> Phrase | str:
    """A frame's marker as noun phrases carry it: "subject" and "genitive" are names, not words."""
    return marker[0] if marker in (("subject",), ("genitive",)) else marker


def possessor_of(view: SentenceView, phrase: NP, lex: Lexicon, analysis: Analysis, home: Home) -> list[Resolved]:
    """The actor in the genitive before the head of ``phrase`` (X की यात्रा → X), if any."""
    genitive = max((i for i in range(phrase.first + 1, phrase.last) if view.toks[i].key in lex.genitives), default=None)
    if genitive is None:
        return []
    owner = actors_in_span(view, phrase.first, genitive - 1, lex, analysis, home, allow_names=False)
    return [r for r in owner if not r.is_place]


def _join_across_mentions(
    analysis: Analysis, view: SentenceView, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Conjuncts that one entity mention runs across (रक्षा एवं वैमानिकी उद्योग मंत्री) are one."""
    mentions = [m for entity in analysis.entities for m in entity.mentions]
    out = [spans[0]]
    for span in spans[1:]:
        prev_start, here = view.toks[out[-1][0]].start, view.toks[span[0]].start
        if any(prev_start <= m_start < here < m_end for m_start, m_end in mentions):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _is_person(resolved: Resolved, analysis: Analysis) -> bool:
    """A genitive actor of a noun event (मोदी की यात्रा) is a person; a place or an
    organisation in that slot is where the event goes (विश्वविद्यालय का दौरा)."""
    if resolved.how in ("role", "name"):
        return True
    entity = resolved.actor.entity
    return entity is not None and any(e.id == entity and e.type == "PERSON" for e in analysis.entities)
