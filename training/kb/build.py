"""Build the actor knowledge base ``ghatna/kb/data/kb.json.gz`` from ``../shared/data/actors/``.

``make kb`` runs it. The Hindi side is a word table: each English name word gets its IndicXlit
spellings from ``training/kb/xlit_cache.tsv`` (filled by ``xlit_words.py`` in the torch build
environment; this script never needs torch), the spellings of the same word in the English-Hindi
affidavit name pairs, the news words that the romaniser spells as it (``news_spellings.py``), and
letter names for initials and acronyms. The output is deterministic
(rows inserted in sorted order).

``--word-list FILE`` writes the name words that the cache lacks, most important people first.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ghatna.kb.keys import hindi_key, hindi_words, latin_tokens, letter_names, phonetic_en
from ghatna.kb.store import HINDI, SOUND
from ghatna.lang import load
from training.kb import sources
from training.kb.news_spellings import news_spellings
from training.kb.not_names import ner_tags, news_counts
from training.kb.sources import Record
from training.kb.spellings import aligned_words, spelling_table

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "ghatna" / "kb" / "data" / "kb.sqlite"
CACHE = Path(__file__).with_name("xlit_cache.tsv")
AFFIDAVITS = sources.SHARED / "gazetteer" / "indicate_affidavit_names" / "affidavit_name_pairs_en_hi.tsv"
RECENT = "2000"
MAX_ACRONYM = 6


def project_organisations() -> Iterable[Record]:
    """The project's hand-made organisations with their Hindi forms (context-bound ones left out)."""
    for entry in load("actors/organisations")["entries"]:
        if entry.get("country") == "HOME" or "{" in entry["en"]:
            continue
        kind = "igo" if entry.get("country") == "IGO" else "organisation"
        yield Record("ghatna:" + sources._slug(entry["en"]), kind, entry["en"], entry.get("country"),
                     entry.get("sector"), "ghatna", [], [], list(entry["hi"]))


def merge_people(records: list[Record]) -> list[Record]:
    """Phoenix persons that are Peppercat persons of the same country (by name or alias) are merged
    into them: their aliases and offices join the Wikidata entry. Organisations and armed groups
    named alike in one country are one entry too: the first source keeps its name (the project's,
    then Phoenix, then UCDP) and gains the others' names as aliases."""
    keepers: dict[tuple[str, str | None, bool], Record] = {}
    merged: list[Record] = []
    seen_ids: set[str] = set()
    for record in records:
        person = record.kind == "person"
        keys = [(" ".join(latin_tokens(n)), record.country, person) for n in [record.name_en, *record.aliases]]
        target = next((keepers[k] for k in keys if k in keepers), None)
        if target is not None and target is not record and (not person or record.source == "phoenix"):
            target.aliases.extend(a for a in [record.name_en, *record.aliases]
                                  if a not in target.aliases and a != target.name_en)
            target.offices.extend(o for o in record.offices if not person or (o.start or "9") < "1990")
            continue
        if not person or record.source == "peppercat":
            for key in keys:
                keepers.setdefault(key, record)
        while record.kb_id in seen_ids:
            record.kb_id += "+"
        seen_ids.add(record.kb_id)
        merged.append(record)
    return merged


def all_records() -> list[Record]:
    isos = sources.iso3_codes()
    names = sources.country_by_name()
    records: list[Record] = [
        *project_organisations(),
        *sources.peppercat(),
        *sources.phoenix_countries(isos),
        *sources.phoenix_international(isos),
        *sources.phoenix_armed(isos),
        *sources.ucdp(names),
    ]
    return merge_people(records)


def priority(record: Record) -> int:
    """0: heads, ministers and party leaders since 2000; 1: other offices since 2000; 2: the rest of
    the Peppercat people; 3: the other persons, armed groups and IGOs; 4: NGOs and companies."""
    if record.source != "peppercat":
        return 4 if record.kind in {"ngo", "organisation"} else 3
    recent = [o for o in record.offices if not o.end or o.end >= RECENT]
    if any(o.rank >= 2 for o in recent):
        return 0
    return 1 if recent else 2


# Countries whose people are named family name first in English too ("Kim Jong Un", "Xi Jinping"):
# a bare mention of them is the first word, so their names also get the family name at the end.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"})
REGNAL = re.compile(r"[IVX]+")  # "Juan Carlos I" is also "Juan Carlos": a numeral is no surname


def name_forms(record: Record) -> list[str]:
    forms = [record.name_en, *record.aliases, *acronyms(record)]
    forms += [" ".join(f.split()[:-1]) for f in forms if len(f.split()) > 2 and REGNAL.fullmatch(f.split()[-1])]
    if record.kind == "person" and record.country in FAMILY_NAME_FIRST:
        words = record.name_en.split()
        if len(words) > 1:
            forms.append(" ".join([*words[1:], words[0]]))
    return list(dict.fromkeys(forms))


def acronyms(record: Record) -> list[str]:
    """"Central Bureau of Investigation" -> "CBI" for organisations of three words or more."""
    if record.kind == "person":
        return []
    words = [w for w in record.name_en.replace("-", " ").split() if w[:1].isupper()]
    return ["".join(w[0] for w in words)] if len(words) >= 3 else []


def word_list(records: list[Record], cached: set[str]) -> list[str]:
    ordered: dict[str, None] = {}
    for record in sorted(records, key=priority):
        for form in name_forms(record):
            for token in latin_tokens(form):
                if len(token) > 1 and token.isalpha() and token not in cached:
                    ordered.setdefault(token, None)
    return list(ordered)


def read_cache(path: Path) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            word, _, spellings = line.partition("\t")
            if spellings:
                table[word] = spellings.split("|")
    return table


def attested_spellings(news: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """English word -> Hindi words, from the word-aligned affidavit name pairs and the ``news`` pairs."""
    table: dict[str, list[str]] = defaultdict(list)
    for hi, en in [*(pair for name in aligned_words(AFFIDAVITS) for pair in name), *news]:
        if hi not in table[en]:
            table[en].append(hi)
    return table


def token_counts(records: list[Record]) -> dict[str, int]:
    """English name word -> the number of entries whose names hold it."""
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        for token in {t for form in name_forms(record) for t in latin_tokens(form)}:
            counts[token] += 1
    return dict(counts)


def hindi_index(
    records: list[Record], xlit: dict[str, list[str]], people: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Hindi word key -> the English name words it spells."""
    letters = {k.lower(): v for k, v in letter_names().items()}
    tokens = {t for r in records for f in name_forms(r) for t in latin_tokens(f)}
    index: dict[str, set[str]] = defaultdict(set)
    for token in tokens:
        spellings = [*xlit.get(token, []), *people.get(token, [])]
        if len(token) == 1 and token in letters:
            spellings.append(letters[token])
        if 1 < len(token) <= MAX_ACRONYM and token.isalpha() and _is_acronym(token, records):
            spellings.append("".join(letters[c] for c in token))
        for spelling in spellings:
            index[hindi_key(spelling)].add(token)
    return {k: sorted(v) for k, v in sorted(index.items()) if k}


_ACRONYMS: set[str] = set()


def _is_acronym(token: str, records: list[Record]) -> bool:
    if not _ACRONYMS:
        for record in records:
            for form in name_forms(record):
                _ACRONYMS.update(w.lower() for w in form.split() if w.isupper() and w.isalpha())
    return token in _ACRONYMS


def phonetic_index(records: list[Record]) -> dict[str, list[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for form in name_forms(record):
            for token in latin_tokens(form):
                if token.isalpha():
                    index[phonetic_en(token)].add(token)
    return {k: sorted(v) for k, v in sorted(index.items()) if k}


def entry_row(record: Record) -> tuple[object, ...]:
    offices = sorted(([o.role, o.sector, o.country, o.start, o.end, o.rank] for o in record.offices),
                     key=lambda o: (str(o[3]), str(o[0])))
    return (record.kb_id, record.kind, record.name_en, record.country, record.sector,
            json.dumps(offices, ensure_ascii=False, separators=(",", ":")), record.source)


SCHEMA = """
CREATE TABLE entries (id INTEGER PRIMARY KEY, kb_id TEXT UNIQUE NOT NULL, kind TEXT, name_en TEXT,
                      country TEXT, sector TEXT, offices TEXT, source TEXT);
CREATE TABLE forms (token TEXT NOT NULL, last INTEGER NOT NULL, rank INTEGER NOT NULL, entry INTEGER NOT NULL,
                    form TEXT NOT NULL);
CREATE TABLE words (key TEXT NOT NULL, token TEXT NOT NULL);
CREATE TABLE hindi_names (key TEXT NOT NULL, entry INTEGER NOT NULL);
CREATE TABLE spellings (key TEXT PRIMARY KEY, token TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def write(path: Path, records: list[Record], hindi: dict[str, list[str]], sound: dict[str, list[str]],
          spellings: dict[str, str], stats: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    forms, names = [], []
    for row, record in enumerate(records, 1):
        db.execute("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?)", (row, *entry_row(record)))
        rank = max((o.rank for o in record.offices), default=0)
        for form in dict.fromkeys(" ".join(latin_tokens(f)) for f in name_forms(record)):
            words = form.split()
            forms.extend((token, int(token == words[-1]), rank, row, form) for token in sorted(set(words)))
        for name in dict.fromkeys(" ".join(hindi_key(w) for w in hindi_words(n)) for n in record.names_hi):
            names.append((name, row))
    db.executemany("INSERT INTO forms VALUES (?,?,?,?,?)", sorted(forms))
    db.executemany("INSERT INTO hindi_names VALUES (?,?)", sorted(names))
    words = [(HINDI + k, t) for k, ts in hindi.items() for t in ts]
    words += [(SOUND + k, t) for k, ts in sound.items() for t in ts]
    db.executemany("INSERT INTO words VALUES (?,?)", sorted(words))
    db.executemany("INSERT INTO spellings VALUES (?,?)", sorted(spellings.items()))
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted((k, str(v)) for k, v in stats.items()))
    db.executescript("""
CREATE INDEX forms_token ON forms (token, last, rank);
CREATE INDEX words_key ON words (key);
CREATE INDEX hindi_names_key ON hindi_names (key);
""")
    db.commit()
    db.execute("VACUUM")
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--word-list", type=Path, help="write the uncached words here and stop")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=CACHE, help="the IndicXlit word table")
    args = parser.parse_args()
    started = time.monotonic()
    records = all_records()
    xlit = read_cache(args.cache)
    if args.word_list:
        args.word_list.write_text("\n".join(word_list(records, set(xlit))) + "\n", encoding="utf-8")
        return 0
    records.sort(key=lambda r: r.kb_id)
    covered = {r.kb_id for r in records if all(t in xlit for f in name_forms(r) for t in latin_tokens(f)
                                                if len(t) > 1 and t.isalpha())}
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        counts[f"{record.source}/{record.kind}"] += 1
    stats: dict[str, object] = {"entries": len(records), "xlit_words": len(xlit),
                                "xlit_covered_entries": len(covered), **dict(sorted(counts.items()))}
    pairs = [pair for name in aligned_words(AFFIDAVITS) for pair in name]
    spellings = spelling_table(token_counts(records), xlit, pairs)
    stats["spellings"] = len(spellings)
    news = news_spellings(token_counts(records), *news_counts(), ner_tags(share_alike=False))
    stats["news_spellings"] = len(news)
    write(args.output, records, hindi_index(records, xlit, attested_spellings(news)), phonetic_index(records),
          spellings, stats)
    summary = {"seconds": round(time.monotonic() - started, 1), "bytes": args.output.stat().st_size, **stats}
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
