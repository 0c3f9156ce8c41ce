"""The closed vocabularies of an event annotation and the checks on one resolved article.

Types and modes come from the PLOVER ontology file, CAMEO codes from the TSV in
spec/CAMEO_PLOVER.md, country codes from the ISO 3166 list in the gazetteer, sectors and
modalities from spec/OUTPUT.md. `check_article` returns readable problems, never raises.
"""
from __future__ import annotations

import json
from functools import lru_cache

import regex
import text as T

SHARED = T.DATA.parent
SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "ELI", "REB", "CVL", "BUS", "MED", "IGO"}
NON_STATE_COUNTRIES = {"IGO"}
MODALITIES = {"asserted", "future", "negated", "hypothetical"}
DATE = regex.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISIONS = {4: "year", 7: "month", 10: "day"}
ACTOR_KEYS = {"text", "occ", "sent", "span", "name_hi", "name_en", "country", "sector", "role", "generic",
              "implicit", "type", "partial"}
# pairs where the PLOVER manual's modes and the CAMEO translation table disagree
CAMEO_TYPE_EXCEPTIONS = {
    ("SANCTION", "116"),  # a court's conviction or sentence is SANCTION/convict; 116 "find guilty" is the nearest code
}
EVENT_KEYS = {"type", "mode", "cameo", "actor", "recipient", "trigger", "evidence", "modality", "context",
              "date", "location", "note", "quantity"}


@lru_cache(maxsize=1)
def ontology() -> dict:
    return json.loads((T.DATA / "ontology/plover/plover_ontology.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def countries() -> set[str]:
    rows = json.loads((T.DATA / "gazetteer/iso_country_names_hi_en/codes.json").read_text(encoding="utf-8"))
    return {r[1] for r in rows} | NON_STATE_COUNTRIES | {"KOS"}


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from the TSV block of CAMEO_PLOVER.md."""
    lines = (SHARED / "spec/CAMEO_PLOVER.md").read_text(encoding="utf-8").split("```tsv", 1)[1]
    table = {}
    for line in lines.split("```", 1)[0].strip().splitlines()[1:]:
        cols = line.split("\t")
        table[cols[0]] = (cols[4].strip(), cols[5].strip() if len(cols) > 5 else "")
    return table


def default_cameo(event_type: str, mode: str | None) -> str | None:
    """The first CAMEO code whose PLOVER translation is this type (and mode, when one matches)."""
    table = cameo_table()
    codes = sorted((c for c, (t, _) in table.items() if t == event_type and len(c) == 3))
    with_mode = [c for c in codes if mode and table[c][1] == mode]
    return (with_mode or codes or [None])[0]


def modes(event_type: str) -> set[str]:
    return set(ontology()["event_types"][event_type]["modes"])


def check_argument(role: str, arg: object, body: str, where: str) -> list[str]:
    if arg is None:
        return []
    if not isinstance(arg, dict):
        return [f"{where}: {role} must be an object"]
    errs = [f"{where}: {role} has unknown key {k!r}" for k in sorted(set(arg) - ACTOR_KEYS)]
    if not arg.get("name_en") and not arg.get("generic"):
        errs.append(f"{where}: {role} needs name_en (or generic: true)")
    country = arg.get("country")
    if country is not None and country not in countries():
        errs.append(f"{where}: {role} country {country!r} is not ISO 3166 alpha-3 or IGO")
    sector = arg.get("sector")
    if sector is not None and sector not in SECTORS:
        errs.append(f"{where}: {role} sector {sector!r} not in {sorted(SECTORS)}")
    errs += check_span(role, arg, body, where, needed=not arg.get("implicit"))
    return errs


def check_span(role: str, obj: dict, body: str, where: str, needed: bool) -> list[str]:
    span = obj.get("span")
    if span is None:
        return [f"{where}: {role} has no span (give text, or implicit: true)"] if needed else []
    start, end = span
    if not (0 <= start < end <= len(body)):
        return [f"{where}: {role} span {span} outside the text"]
    if obj.get("text") is not None and body[start:end] != obj["text"]:
        return [f"{where}: {role} span {span} does not hold {obj['text']!r}"]
    return []


def check_date(date: object, where: str) -> list[str]:
    if date is None:
        return []
    if not isinstance(date, dict) or "start" not in date:
        return [f"{where}: date needs start"]
    errs = []
    for key in ("start", "end"):
        if key in date and not DATE.match(str(date[key])):
            errs.append(f"{where}: date {key} {date[key]!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if not errs and date.get("precision") != PRECISIONS[len(date["start"])]:
        errs.append(f"{where}: date precision should be {PRECISIONS[len(date['start'])]!r}")
    return errs


def check_event(ev: dict, body: str, where: str) -> list[str]:
    errs = [f"{where}: unknown key {k!r}" for k in sorted(set(ev) - EVENT_KEYS)]
    etype = ev.get("type")
    if etype not in ontology()["event_types"]:
        return [*errs, f"{where}: type {etype!r} is not a PLOVER type"]
    if ev.get("mode") is not None and ev["mode"] not in modes(etype):
        errs.append(f"{where}: mode {ev['mode']!r} not a mode of {etype} {sorted(modes(etype))}")
    cameo = ev.get("cameo")
    if cameo not in cameo_table() or cameo_table()[cameo][0] == "dropped":
        errs.append(f"{where}: cameo {cameo!r} is not a coded CAMEO code")
    elif not cameo_table()[cameo][0].startswith(etype) and (etype, cameo) not in CAMEO_TYPE_EXCEPTIONS:
        errs.append(f"{where}: cameo {cameo} is {cameo_table()[cameo][0]} in PLOVER, not {etype}")
    if ev.get("modality") not in MODALITIES:
        errs.append(f"{where}: modality {ev.get('modality')!r} not in {sorted(MODALITIES)}")
    for ctx in ev.get("context", []):
        if ctx not in ontology()["contexts"]:
            errs.append(f"{where}: context {ctx!r} is not a PLOVER context")
    if not ev.get("actor"):
        errs.append(f"{where}: no actor")
    errs += check_argument("actor", ev.get("actor"), body, where)
    errs += check_argument("recipient", ev.get("recipient"), body, where)
    errs += check_date(ev.get("date"), where)
    if ev.get("location") is not None:
        loc = ev["location"]
        if loc.get("country") is not None and loc["country"] not in countries():
            errs.append(f"{where}: location country {loc['country']!r} is not ISO 3166 alpha-3")
        errs += check_span("location", loc, body, where, needed=False)
    evid, trig = ev.get("evidence") or {}, ev.get("trigger") or {}
    if "start" not in evid or "end" not in evid:
        errs.append(f"{where}: evidence has no offsets")
    elif not 0 <= evid["start"] < evid["end"] <= len(body):
        errs.append(f"{where}: evidence offsets outside the text")
    if "start" not in trig or "end" not in trig:
        errs.append(f"{where}: trigger has no offsets")
    elif body[trig["start"] : trig["end"]] != trig.get("text"):
        errs.append(f"{where}: trigger offsets do not hold {trig.get('text')!r}")
    elif "start" in evid and not evid["start"] <= trig["start"] < trig["end"] <= evid["end"]:
        errs.append(f"{where}: trigger lies outside the evidence")
    return errs


def check_article(rec: dict, body: str) -> list[str]:
    aid = rec.get("id")
    errs = []
    for key in ("id", "annotator", "pre_annotated", "events", "entities"):
        if key not in rec:
            errs.append(f"{aid}: missing {key}")
    for n, ev in enumerate(rec.get("events", [])):
        errs += check_event(ev, body, f"{aid} event {n}")
    return errs
