"""Choose a supplementary batch of unused articles rich in the event types the corpus lacks.

usage: python3 training/events/supplement.py b19 [--n 24] [--max-chars 3000] [--dry-run]
       python3 training/events/supplement.py b20 --ids ID [ID...]   (hand-picked from the clean pool)

Uses select.py's candidates and checks unchanged (no checksum or 8-word run shared with any
evaluation text, length, political actors, near-duplicates, now also against the articles
already in sources.jsonl), ranks the articles not yet chosen by supplement_keywords.tsv
(weighted counts of stems that signal COOPERATE, THREATEN, RETREAT, MOBILIZE, CONCEDE), and
takes the best with at most half of the batch from one source; or takes the articles named
with --ids, which must be in the same clean, unused pool (found by reading the cues in context). The new articles are
appended to sources.jsonl (existing lines are not touched) and listed in batches/<name>.txt.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T


def _load_select():  # training/events/select.py shares its name with the standard module
    spec = importlib.util.spec_from_file_location("corpus_select", T.HERE / "select.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


S = _load_select()

FIELDS = ("id", "source", "path", "position", "sha256", "licence", "topic", "scope", "chars",
          "pub_date", "paper", "label", "batch_reason")


def load_weights() -> dict[str, list[tuple[str, float]]]:
    groups: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for line in (S.HERE / "supplement_keywords.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            group, weight, word = line.split("\t")
            groups[group].append((T.nfc(word), float(weight)))
    return groups


def rank(cand: dict, groups: dict[str, list[tuple[str, float]]]) -> None:
    hits = {g: sum(min(cand["text"].count(w), 4) * wt for w, wt in ws) for g, ws in groups.items()}
    cand["supplement_score"] = sum(hits.values())
    cand["batch_reason"] = max(sorted(hits), key=lambda g: hits[g])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch")
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--max-chars", type=int, default=3000)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--ids", nargs="+", help="take these articles (they must pass the same checks)")
    args = ap.parse_args()
    out = S.HERE / "batches" / f"{args.batch}.txt"
    if out.exists():
        print(f"{out} exists; not overwritten", file=sys.stderr)
        return 1
    existing = T.load_sources()
    seen = [S.grams(T.article_text(src)) for src in existing.values()]
    unique, n_cands, dropped, _ = S.clean_candidates(S.load_keywords(), seen)
    groups = load_weights()
    pool = [c for c in unique if c["id"] not in existing and len(c["text"]) <= args.max_chars]
    for c in pool:
        rank(c, groups)
    pool.sort(key=lambda c: (-c["supplement_score"], c["id"]))
    if args.ids:
        by_id = {c["id"]: c for c in pool}
        missing = [i for i in args.ids if i not in by_id]
        if missing:
            print(f"not in the clean unused pool: {missing}", file=sys.stderr)
            return 1
        pool = [by_id[i] for i in args.ids]
        args.n = len(pool)
    per_source: Counter[str] = Counter()
    chosen: list[dict] = []
    for c in pool:
        if len(chosen) >= args.n:
            break
        if args.ids or per_source[c["source"]] < -(-args.n // 2):
            per_source[c["source"]] += 1
            chosen.append(c)
    for c in chosen:
        rec = {k: c[k] for k in ("id", "source", "path", "position", "sha256")}
        assert T.article_text(rec) == c["text"], c["id"]
        c["licence"] = S.LICENCES[c["source"]]
        c["chars"] = len(c["text"])
    print(f"candidates {n_cands}, clean and unused {len(pool)}, chosen {len(chosen)}; dropped {dict(dropped)}")
    print("by source:", dict(per_source), " by reason:", dict(Counter(c["batch_reason"] for c in chosen)))
    for c in chosen:
        print(f"  {c['id']}  {c['batch_reason']}  {c['supplement_score']:.1f}  {c['chars']}")
    if args.dry_run:
        return 0
    with open(S.HERE / "sources.jsonl", "a", encoding="utf-8") as f:
        for c in sorted(chosen, key=lambda c: c["id"]):
            f.write(json.dumps({k: c[k] for k in FIELDS if c.get(k) is not None}, ensure_ascii=False) + "\n")
    out.write_text("\n".join(c["id"] for c in chosen) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
