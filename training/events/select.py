"""Choose the articles of the event-annotation corpus and write sources.jsonl and batches/.

usage: python3 training/events/select.py [--target 480]

Candidates come from the unlabeled news in ../shared/data (COVID-19 newspapers split into
articles, BBC Hindi test rows, NTREX documents, IITP disaster-event documents, EDNIL test
documents). An article is kept when it names enough political actors (a keyword count from
select_keywords.tsv) and is not too short or too long to annotate. Anything that matches an
evaluation text (../shared/data/eval/**) by checksum or shares a run of 8 Hindi words with one
is dropped (runs that recur in several unlabeled documents, such as a site footer, are
boilerplate and not counted); the evaluation texts are read only for this comparison and nothing of them is
printed or written. Near-duplicate candidates (the IITP test files and the EDNIL documents
are the same articles) are dropped the same way. The choice is deterministic.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T

HERE = T.HERE
NGRAM = 8
WORD = regex.compile(r"[\u0900-\u097F\u200c\u200d]+")
LICENCES = {
    "covid": "none stated; scraped newspaper text, research use only",
    "bbc": "none stated; BBC copyright, research use only",
    "ntrex": "CC BY-SA 4.0",
    "iitp": "none; not publicly released by IIT Patna, internal research only",
    "ednil": "repository Apache-2.0; news text, research use only",
}
COVID_DIR = "news_hi/covid19_hindi_newspapers_2020/Corpora"
BBC_PATH = "news_hi/bbc_hindi_v01_test_subset/hindi-cleaned-test.csv"
NTREX_IDS = "news_hi/ntrex128_hi_en/DOCUMENT_IDS.tsv"
NTREX_TEXT = "news_hi/ntrex128_hi_en/newstest2019-ref.hin.txt"
IITP_DIRS = [
    "events_hi/iitp_hindi_disaster_events_nirbhay002/train_annotated_xml",
    "events_hi/iitp_hindi_disaster_events_nirbhay002/test_raw_unannotated_xml",
]
EDNIL_PATH = "news_hi/ednil2020_hindi_test_unlabeled/ednil2020_hindi_test_unlabeled.jsonl"
MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
MONTHS["ARP"] = 4  # misspelt file names in the COVID corpus
# per-source share of the target; the rest of the corpus is filled by score
QUOTA = {"covid": 0.45, "bbc": 0.15, "ntrex": 0.12, "iitp": 0.22, "ednil": 0.04}
RARE_TOPIC_WEIGHT = {"protest": 2, "violence": 2, "elections": 1.5}  # rarer in the COVID pages
FILL_FROM = ("bbc", "ntrex", "covid")  # the disaster-heavy IITP/EDNIL sets only up to their quota
LENGTH = {"min": 350, "max": 4200}
# an 8-word run found in this many unlabeled documents is boilerplate (a BBC footer, a
# newspaper's standing line), not evidence that an article copies an evaluation text
BOILERPLATE_DOCS = 4


def words(text: str) -> list[str]:
    return WORD.findall(T.nfc(text).replace("\u200c", "").replace("\u200d", ""))


def grams(text: str) -> set[int]:
    ws = words(text)
    return {hash(" ".join(ws[i : i + NGRAM])) for i in range(len(ws) - NGRAM + 1)}


def load_keywords() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for line in (HERE / "select_keywords.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            group, word = line.split("\t")
            groups[group].append(T.nfc(word))
    return groups


# ---------------------------------------------------------------- candidates per source

def covid_date(stem: str) -> str | None:
    m = regex.match(r"([A-Z]+)-(\d{4})-([A-Z]{3})-(\d{1,2})$", stem)
    if not m or m.group(3) not in MONTHS:
        return None
    return f"{m.group(2)}-{MONTHS[m.group(3)]:02d}-{int(m.group(4)):02d}"


def is_headline(line: str) -> bool:
    """A short line that does not end a sentence opens a new article (datelines are shorter)."""
    s = line.strip()
    return 40 <= len(s) <= 260 and not s.endswith(("।", ".", "|", ":", "?", "”", '"'))


def covid_candidates() -> list[dict]:
    out = []
    for f in sorted((T.DATA / COVID_DIR).rglob("*.txt")):
        if f.name.lower().startswith(("readme", "project")):
            continue
        rel = str(f.relative_to(T.DATA))
        full = T.canonical_file_text(rel)
        starts, pos = [], 0
        for line in full.split("\n"):
            if is_headline(line):
                starts.append(pos)
            pos += len(line) + 1
        starts.append(len(full))
        for k, (a, b) in enumerate(itertools.pairwise(starts)):
            body = full[a:b].rstrip()
            out.append({
                "id": f"cov-{f.stem}-{k:02d}", "source": "covid", "path": rel,
                "position": {"start": a, "end": a + len(body)}, "text": body,
                "paper": f.parent.parent.name, "pub_date": covid_date(f.stem),
            })
    return out


def bbc_candidates() -> list[dict]:
    out = []
    for i, row in enumerate(T._csv_rows(BBC_PATH)):
        if row[0] not in ("india", "international"):
            continue
        out.append({"id": f"bbcrow-{i:03d}", "source": "bbc", "path": BBC_PATH, "position": {"row": i},
                    "text": T.bbc_text(row), "label": row[0]})
    return out


def ntrex_candidates() -> list[dict]:
    ids = T._lines(NTREX_IDS)
    lines = T._lines(NTREX_TEXT)
    out, start = [], 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or ids[i] != ids[start] or not ids[i].strip():
            doc = ids[start].strip()
            if doc:
                out.append({"id": "ntrex-" + doc.replace(".", "-"), "source": "ntrex", "path": NTREX_TEXT,
                            "position": {"doc": doc, "line_start": start, "line_end": i},
                            "text": "\n".join(lines[start:i])})
            start = i
    return out


def iitp_candidates() -> list[dict]:
    out = []
    for d in IITP_DIRS:
        for f in sorted((T.DATA / d).iterdir()):
            rel = str(f.relative_to(T.DATA))
            stem = regex.sub(r"[^0-9A-Za-z]+", "-", f.name.split(".txt")[0].split(".xml")[0]).strip("-")[:60]
            out.append({"id": f"iitp-{'test' if 'test' in d else 'train'}-{stem}", "source": "iitp",
                        "path": rel, "position": {}, "text": T.iitp_text(rel)})
    return out


def ednil_candidates() -> list[dict]:
    out = []
    for i, line in enumerate(T._lines(EDNIL_PATH)):
        if line.strip():
            rec = json.loads(line)
            out.append({"id": f"ednil-{i:03d}", "source": "ednil", "path": EDNIL_PATH, "position": {"line": i},
                        "text": T.ednil_text(rec["tokens"])})
    return out


# ---------------------------------------------------------------- scoring and choice

def score(cand: dict, keywords: dict[str, list[str]]) -> None:
    text = cand["text"]
    counts = {g: sum(text.count(w) for w in ws) for g, ws in keywords.items()}
    cand["actor_hits"] = sum(1 for w in keywords["actor"] if w in text)
    topical = {g: c for g, c in counts.items() if g not in ("actor", "foreign", "india")}
    best = max(sorted(topical), key=lambda g: topical[g] * RARE_TOPIC_WEIGHT.get(g, 1))
    if cand["source"] == "covid" and topical[best] < 3:
        best = "covid_government"
    elif topical[best] == 0:
        best = "politics"
    cand["topic"] = best
    cand["scope"] = "world" if counts["foreign"] > counts["india"] else "india"
    cand["richness"] = sum(min(c, 6) for c in topical.values()) + 2 * cand["actor_hits"]


def eval_fingerprints() -> tuple[set[str], set[int]]:
    hashes: set[str] = set()
    seen: set[int] = set()
    for f in sorted((T.DATA / "eval").rglob("*.txt")):
        content = T.nfc(f.read_text(encoding="utf-8", errors="replace"))
        hashes.add(T.sha256(content))
        hashes.add(T.sha256(content.strip()))
        seen |= grams(content)
    return hashes, seen


def choose(cands: list[dict], target: int) -> list[dict]:
    by_source: dict[str, list[dict]] = defaultdict(list)
    for c in cands:
        by_source[c["source"]].append(c)
    chosen: list[dict] = []
    for source, pool in by_source.items():
        want = round(QUOTA[source] * target)
        chosen += pick_varied(pool, want)
    rest = sorted((c for c in cands if c not in chosen and c["source"] in FILL_FROM),
                  key=lambda c: (FILL_FROM.index(c["source"]), -c["richness"], c["id"]))
    chosen += rest[: max(0, target - len(chosen))]
    return chosen


def pick_varied(pool: list[dict], want: int) -> list[dict]:
    """Round-robin over topics, richest first, at most two articles per source file."""
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for c in sorted(pool, key=lambda c: (-c["richness"], c["id"])):
        by_topic[c["topic"]].append(c)
    per_file: Counter[str] = Counter()
    picked: list[dict] = []
    while len(picked) < want and any(by_topic.values()):
        for topic in sorted(by_topic):
            queue = by_topic[topic]
            while queue:
                c = queue.pop(0)
                if per_file[c["path"]] < 2 or c["source"] not in ("covid",):
                    per_file[c["path"]] += 1
                    picked.append(c)
                    break
            if len(picked) >= want:
                break
    return picked


def deal_batches(chosen: list[dict], double: int) -> dict[str, list[str]]:
    """Interleave by (source, topic) and deal; the first `double` articles go to b90/b91."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in sorted(chosen, key=lambda c: (len(c["text"]), c["id"])):
        groups[(c["source"], c["topic"])].append(c)
    order: list[dict] = []
    while any(groups.values()):
        for key in sorted(groups, key=lambda k: (k[1], k[0])):  # topics first, so sources alternate
            if groups[key]:
                order.append(groups[key].pop(0))
    # b01 is annotated first by the lead: take it from the short end of the varied order
    batches: dict[str, list[str]] = {}
    agreement, rest = order[25 : 25 + double], order[:25] + order[25 + double :]
    batches["b01"] = [c["id"] for c in rest[:25]]
    remaining = rest[25:]
    n = -(-len(remaining) // 25)
    for k in range(n):
        batches[f"b{k + 2:02d}"] = [c["id"] for c in remaining[k::n]]
    half = -(-len(agreement) // 2)
    batches["b90"] = [c["id"] for c in agreement[:half]]
    batches["b91"] = [c["id"] for c in agreement[half:]]
    return batches


def clean_candidates(keywords: dict[str, list[str]], seen_grams: list[set[int]] | None = None
                     ) -> tuple[list[dict], int, Counter[str], set[int]]:
    """All candidates that pass the eval-overlap, length, actor and near-duplicate checks (the
    near-duplicate check also runs against seen_grams, e.g. the articles already chosen).
    Returns (unique candidates, number of candidates, drop reasons, boilerplate runs)."""
    eval_hashes, eval_grams = eval_fingerprints()
    cands = covid_candidates() + bbc_candidates() + ntrex_candidates() + iitp_candidates() + ednil_candidates()
    for c in cands:
        c["_grams"] = grams(c["text"])
    doc_freq: Counter[int] = Counter(g for c in cands for g in c["_grams"])
    boilerplate = {g for g, n in doc_freq.items() if n >= BOILERPLATE_DOCS}
    eval_grams -= boilerplate
    dropped: Counter[str] = Counter()
    kept: list[dict] = []
    kept_grams: list[set[int]] = [g - boilerplate for g in seen_grams or []]
    for c in cands:
        c["sha256"] = T.sha256(c["text"])
        g = c["_grams"]
        if c["sha256"] in eval_hashes or g & eval_grams:
            dropped[f"eval overlap ({c['source']})"] += 1
            continue
        if not LENGTH["min"] <= len(c["text"]) <= LENGTH["max"] + (1000 if c["source"] == "bbc" else 0):
            dropped["length"] += 1
            continue
        score(c, keywords)
        if c["actor_hits"] < (3 if c["source"] == "covid" else 2):
            dropped["few political actors"] += 1
            continue
        kept.append(c)
    # near-duplicates among candidates: keep the first of any pair sharing 30 % of 8-word runs
    unique: list[dict] = []
    for c in kept:
        g = c["_grams"] - boilerplate
        if any(len(g & h) > 0.3 * max(1, min(len(g), len(h))) for h in kept_grams):
            dropped["duplicate"] += 1
            continue
        kept_grams.append(g)
        unique.append(c)
    return unique, len(cands), dropped, boilerplate


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", type=int, default=480)
    ap.add_argument("--double", type=int, default=40, help="articles annotated twice (b90, b91)")
    args = ap.parse_args()

    keywords = load_keywords()
    unique, n_cands, dropped, _ = clean_candidates(keywords)
    chosen = choose(unique, args.target)
    for c in chosen:  # verify the pointer rebuilds the same text
        rec = {k: c[k] for k in ("id", "source", "path", "position", "sha256")}
        assert T.article_text(rec) == c["text"], c["id"]

    fields = ("id", "source", "path", "position", "sha256", "licence", "topic", "scope", "chars",
              "pub_date", "paper", "label")
    with open(HERE / "sources.jsonl", "w", encoding="utf-8") as f:
        for c in sorted(chosen, key=lambda c: c["id"]):
            c["licence"] = LICENCES[c["source"]]
            c["chars"] = len(c["text"])
            rec = {k: c[k] for k in fields if c.get(k) is not None}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    batches = deal_batches(chosen, args.double)
    out = HERE / "batches"
    out.mkdir(exist_ok=True)
    for old in out.glob("b*.txt"):
        old.unlink()
    for name, ids in batches.items():
        (out / f"{name}.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")

    print(f"candidates {n_cands}, kept {len(unique)}, chosen {len(chosen)}; dropped {dict(dropped)}")
    print("by source:", dict(Counter(c["source"] for c in chosen)))
    print("by topic:", dict(Counter(c["topic"] for c in chosen)))
    print("by scope:", dict(Counter(c["scope"] for c in chosen)))
    print(f"batches: {len(batches)} ({', '.join(f'{k}:{len(v)}' for k, v in batches.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
