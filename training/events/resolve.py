"""Turn an annotator's substrings into offsets, fill defaults, and check the result.

usage: python3 training/events/resolve.py training/events/annotations/b01.jsonl [...]
       python3 training/events/resolve.py --check FILE     (report only, write nothing)

Annotators name spans by their text; this fills the numbers (NFC code points, end exclusive):
  evidence   {"sent": n}  sentence n as numbered by show.py, or {"text": "...", "occ": k}
             -> start, end, sent   (the evidence text itself is not kept: sources are
                research-only; the offsets rebuild it)
  trigger    {"text": "...", "occ": k}  searched inside the evidence; occ counts there
  actor, recipient, location  {"text": "...", "occ": k, "sent": n}
             searched in sentence `sent` when given, else inside the evidence first and then
             in the whole article (occ counts in whichever scope is searched); -> "span": [s, e]
A text must match whole words (सरकार does not match inside सरकारी); a span that is only part
of a longer word needs "partial": true on its object (trigger, actor, recipient, location).
             an actor with no mention in the text (dropped subject, agentless passive)
             gets "implicit": true and no text
  date       {"start", "end"?, "precision"?, "text"?}: precision is filled from start's length
A text that occurs more than once in its scope needs "occ" (0-based). Missing "cameo" is
filled with a default for the type and mode; "entities" is rebuilt from the events' actors,
recipients and locations (entries with "manual": true are kept). The file is rewritten in
place only when every article in it is valid; the problems are printed otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import regex
import schema
import text as T


class SpanError(ValueError):
    pass


def needle_pattern(needle: str, whole_words: bool) -> regex.Pattern[str]:
    """The needle with any run of white space matching any white space (the sources hold
    no-break spaces that look like spaces), optionally only at word edges."""
    body = r"[\s\u00a0\u200b]+".join(regex.escape(part) for part in needle.split())
    if whole_words:
        body = rf"(?<![\p{{L}}\p{{M}}]){body}(?![\p{{L}}\p{{M}}])"
    return regex.compile(body)


def occurrences(body: str, needle: str, lo: int, hi: int, partial: bool = False) -> list[tuple[int, int]]:
    """Where needle occurs in body[lo:hi] as whole words (also inside longer words if partial)."""
    pattern = needle_pattern(needle, whole_words=not partial)
    return [(m.start(), m.end()) for m in pattern.finditer(body, lo, hi)]


def locate(body: str, needle: str, scopes: list[tuple[int, int]], occ: int | None, what: str,
           partial: bool = False) -> tuple[int, int]:
    """The span of needle in the first scope that holds it; occ (0-based) counts in that scope.
    Only whole-word matches count unless partial; a match inside a longer word is an error."""
    needle = T.nfc(needle).strip()
    for lo, hi in scopes:
        hits = occurrences(body, needle, lo, hi, partial)
        if not hits:
            continue
        if occ is None and len(hits) > 1:
            raise SpanError(f"{what} {needle!r} occurs {len(hits)} times in its scope: add \"occ\" (0-based)")
        k = occ or 0
        if k >= len(hits):
            raise SpanError(f"{what} {needle!r}: occ {k} but only {len(hits)} occurrence(s) in its scope")
        return hits[k]
    if not partial and any(occurrences(body, needle, lo, hi, partial=True) for lo, hi in scopes):
        raise SpanError(f"{what} {needle!r} occurs only inside a longer word: "
                        "give the whole word, or add \"partial\": true")
    raise SpanError(f"{what} {needle!r} not found in the article text")


def resolve_evidence(ev: dict, body: str, sents: list[tuple[int, int]]) -> tuple[int, int]:
    evid = ev.get("evidence")
    if not isinstance(evid, dict):
        raise SpanError("evidence must be an object with sent or text")
    if "start" in evid and "end" in evid:
        start, end = evid["start"], evid["end"]
    elif "text" in evid:
        start, end = locate(body, evid["text"], [(0, len(body))], evid.get("occ"), "evidence",
                            bool(evid.get("partial")))
    elif "sent" in evid:
        if not 0 <= evid["sent"] < len(sents):
            raise SpanError(f"evidence sentence {evid['sent']} does not exist ({len(sents)} sentences)")
        start, end = sents[evid["sent"]]
    else:
        raise SpanError("evidence needs sent or text")
    evid.pop("text", None)
    evid.pop("occ", None)
    evid["start"], evid["end"] = start, end
    evid["sent"] = next((n for n, (a, b) in enumerate(sents) if a <= start < b), evid.get("sent"))
    return start, end


def resolve_mention(obj: dict | None, body: str, evidence: tuple[int, int], sents: list[tuple[int, int]],
                    what: str) -> None:
    if not obj or obj.get("text") is None:
        return
    if obj.get("span"):
        s, e = obj["span"]
        if body[s:e] == obj["text"]:
            return
    if "sent" in obj:
        if not 0 <= obj["sent"] < len(sents):
            raise SpanError(f"{what} sentence {obj['sent']} does not exist ({len(sents)} sentences)")
        scopes = [sents[obj["sent"]]]
    else:
        scopes = [evidence, (0, len(body))]
    obj["text"] = T.nfc(obj["text"])
    s, e = locate(body, obj["text"], scopes, obj.get("occ"), what, bool(obj.get("partial")))
    obj["span"] = [s, e]
    obj["text"] = body[s:e]


def resolve_event(ev: dict, body: str, sents: list[tuple[int, int]]) -> None:
    evidence = resolve_evidence(ev, body, sents)
    trig = ev.get("trigger")
    if not isinstance(trig, dict) or not trig.get("text"):
        raise SpanError("trigger needs text")
    trig["text"] = T.nfc(trig["text"])
    trig["start"], trig["end"] = locate(body, trig["text"], [evidence], trig.get("occ"), "trigger",
                                        bool(trig.get("partial")))
    trig["text"] = body[trig["start"] : trig["end"]]
    for role in ("actor", "recipient", "location"):
        resolve_mention(ev.get(role), body, evidence, sents, role)
    if not ev.get("cameo") and ev.get("type"):
        ev["cameo"] = schema.default_cameo(ev["type"], ev.get("mode"))
    ev.setdefault("mode", None)
    ev.setdefault("context", [])
    date = ev.get("date")
    if isinstance(date, dict) and "start" in date and "precision" not in date:
        date["precision"] = schema.PRECISIONS.get(len(str(date["start"])))


def rebuild_entities(rec: dict) -> None:
    entities: dict[tuple, dict] = {}
    for ent in rec.get("entities", []):
        if ent.get("manual"):
            entities[(ent.get("name_en"), ent.get("country"), ent.get("sector"))] = ent
    for ev in rec["events"]:
        for role in ("actor", "recipient", "location"):
            arg = ev.get(role)
            if not arg or (arg.get("generic") and not arg.get("span")):
                continue
            key = (arg.get("name_en"), arg.get("country"), arg.get("sector"))
            ent = entities.setdefault(key, {
                "type": "LOCATION" if role == "location" else arg.get("type", "ENTITY"),
                "name_hi": arg.get("name_hi"), "name_en": arg.get("name_en"), "country": arg.get("country"),
                "sector": arg.get("sector"), "mentions": []})
            if arg.get("role") and not ent.get("role"):
                ent["role"] = arg["role"]
            if arg.get("span") and list(arg["span"]) not in ent["mentions"]:
                ent["mentions"].append(list(arg["span"]))
    for ent in entities.values():
        ent["mentions"] = sorted(ent.get("mentions", []))
    rec["entities"] = list(entities.values())


def resolve_article(rec: dict, sources: dict[str, dict]) -> list[str]:
    aid = rec.get("id")
    if aid not in sources:
        return [f"{aid}: not in sources.jsonl"]
    src = sources[aid]
    body = T.article_text(src)
    sents = T.sentences(body)
    rec["text_sha256"] = src["sha256"]
    rec.setdefault("pre_annotated", False)
    rec.setdefault("entities", [])
    problems = []
    for n, ev in enumerate(rec.get("events", [])):
        try:
            resolve_event(ev, body, sents)
        except SpanError as e:
            problems.append(f"{aid} event {n} ({ev.get('type')}): {e}")
    if problems:
        return problems
    rebuild_entities(rec)
    return schema.check_article(rec, body)


def order_keys(rec: dict) -> dict:
    first = ("id", "annotator", "pre_annotated", "text_sha256", "events", "entities")
    return {**{k: rec[k] for k in first if k in rec}, **{k: v for k, v in rec.items() if k not in first}}


def resolve_file(path: Path, write: bool) -> list[str]:
    sources = T.load_sources()
    records, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path}:{n}: not JSON: {e}")
            continue
        problems += resolve_article(rec, sources)
        records.append(order_keys(rec))
    ids = [r.get("id") for r in records]
    problems += [f"{path}: {i} annotated twice in one file" for i in sorted({i for i in ids if ids.count(i) > 1})]
    if write and not problems:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--check", action="store_true", help="report problems, do not rewrite")
    args = ap.parse_args()
    bad = 0
    for path in args.files:
        problems = resolve_file(path, write=not args.check)
        for p in problems:
            print(p)
        bad += len(problems)
        print(f"{path}: {'OK' if not problems else f'{len(problems)} problem(s), file left unchanged'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
