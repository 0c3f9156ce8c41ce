"""Build ``ghatna/lang/hi/actors/generated/name_parts.yaml``: the given names and family names that
Hindi person names are made of, for spotting the names the recogniser misses ("सुभाष लखोटिया").

A word is a given name (a family name) when it is the first (the last) word of at least
``MIN_BEARERS`` person names of two words or more in the name lists: the Hindi side of the affidavit
name pairs and the PERSON spans of IL-NER (CC BY 4.0; not HiNER, whose CC BY-SA would bind the list). It is left out
when the NER corpora use it mostly outside names (it occurs there ``MIN_SEEN`` times or more and
inside a person's name less than ``MIN_NAME_SHARE`` of them: "नजर", "विश्वास", "प्रेम"), when it is
in one of the lists of words that are no names (``actors/not_names`` and its generated list), and
when it is a title word. Words are compared by their loose matching key
(``ghatna.actors.words.loose_key``); each is listed in its most frequent spelling in the lists.

The Indian lists lack foreign names. The generated Hindi spellings of the English words that open
(close) the names of ``MIN_KB_BEARERS`` or more persons of the knowledge base are added as
``foreign_given`` (``family``) names, under the same tests, when the unlabeled news uses them fewer
than ``MAX_NEWS_KB`` times (a spelling the news uses often is a Hindi word too: "बारी", Bari).

Run: ``nice -n 10 .venv/bin/python -m training.kb.name_parts`` (from the repository root; a minute).
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

import regex
import yaml

from ghatna.actors.namelike import not_names
from ghatna.actors.titles import title_book
from ghatna.actors.words import loose_key
from ghatna.kb.store import PATH as KB_PATH
from training.kb.not_names import XLIT_CACHE, ner_corpora, ner_tags, news_counts

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "ghatna" / "lang" / "hi" / "actors" / "generated" / "name_parts.yaml"

MIN_BEARERS = 1  # names that begin (end) with a word, for it to be a given (family) name
MIN_KB_BEARERS = 5  # knowledge-base persons whose names an English word opens (closes), for its spellings
# tokens in the unlabeled news from which a spelling of a foreign name word is a Hindi word as well
# ("बारी": Bari, and a turn): the news uses the foreign names themselves rarely
MAX_NEWS_KB = 20
MIN_SEEN = 3  # tokens in the NER corpora from which their use of a word is weighed
MIN_NAME_SHARE = 0.5  # of those tokens, the share inside a person's name
_DEVANAGARI_WORD = regex.compile(r"^[\p{Devanagari}\p{M}\u200c\u200d]+$")


def person_names() -> Iterator[list[str]]:
    """Every person name of the lists, as its words (NFC)."""
    path = DATA / "gazetteer" / "indicate_affidavit_names" / "affidavit_name_pairs_en_hi.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield unicodedata.normalize("NFC", row["name_hindi"]).split()
    for path, person in ner_corpora(share_alike=False):
        span: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            cols = line.split("\t")
            tag = cols[-1] if len(cols) >= 2 else "O"
            if tag.startswith("I-") and tag.endswith(person) and span:
                span.append(unicodedata.normalize("NFC", cols[0]))
                continue
            if span:
                yield span
            span = [unicodedata.normalize("NFC", cols[0])] if tag == f"B-{person}" else []


def select() -> dict[str, list[str]]:
    ends: dict[str, Counter[str]] = {"given": Counter(), "family": Counter(), "foreign_given": Counter()}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for words in person_names():
        words = [w for w in words if _DEVANAGARI_WORD.match(w)]
        if len(words) < 2:
            continue
        for part, word in (("given", words[0]), ("family", words[-1])):
            ends[part][loose_key(word)] += 1
            spellings[loose_key(word)][word] += 1
    news, _ = news_counts()
    with_kb_names(ends, spellings, kb_name_ends(), news)
    ner = ner_tags(share_alike=False)  # HiNER's CC BY-SA would bind the list
    banned = not_names() | title_book().vocabulary
    out: dict[str, list[str]] = {}
    for part, counts in ends.items():
        keys = [k for k, n in counts.items() if n >= MIN_BEARERS and k not in banned and len(k) > 1
                and _mostly_named(ner.get(k, Counter()))]
        out[part] = sorted({spellings[k].most_common(1)[0][0] for k in keys})
    return out


def with_kb_names(ends: dict[str, Counter[str]], spellings: dict[str, Counter[str]],
                  kb_ends: Mapping[str, Collection[str]], news: Counter[str]) -> None:
    """Add to ``ends`` and ``spellings`` the knowledge base's spellings ``kb_ends`` of name words whose
    keys the Indian lists lack and the news uses fewer than ``MAX_NEWS_KB`` times; every spelling of a
    key counts, in a fixed order, so that the list does not depend on the order of a set."""
    indian = {part: frozenset(counts) for part, counts in ends.items()}
    for part, words in kb_ends.items():
        for word in sorted(words):
            key = loose_key(word)
            if key not in indian[part] and news[key] < MAX_NEWS_KB:
                ends["foreign_given" if part == "given" else part][key] += MIN_BEARERS
                spellings[key][word] += 1


def kb_name_ends() -> dict[str, set[str]]:
    """The generated Hindi spellings (``xlit_cache.tsv``) of the English words that open (``given``)
    or close (``family``) the names of ``MIN_KB_BEARERS`` or more persons of the knowledge base:
    the foreign given and family names that the Indian lists lack ("क्लाउस", "म्यूलर")."""
    query = ("SELECT f.form FROM forms f JOIN entries e ON f.entry = e.id WHERE e.kind = 'person' "
             "AND f.last = 1 AND f.form LIKE '% %'")
    bearers: dict[str, dict[str, set[str]]] = {"given": defaultdict(set), "family": defaultdict(set)}
    with sqlite3.connect(f"file:{KB_PATH}?mode=ro", uri=True) as kb:
        for (form,) in kb.execute(query):
            words = str(form).split()
            bearers["given"][words[0]].add(str(form))
            bearers["family"][words[-1]].add(str(form))
    out: dict[str, set[str]] = {"given": set(), "family": set()}
    for line in XLIT_CACHE.read_text(encoding="utf-8").splitlines():
        english, _, hindi = line.partition("\t")
        for part in out:
            if len(bearers[part].get(english, ())) >= MIN_KB_BEARERS and hindi:
                out[part].update(unicodedata.normalize("NFC", w) for w in hindi.split("|") if _DEVANAGARI_WORD.match(w))
    return out


def _mostly_named(tags: Counter[str]) -> bool:
    """The NER corpora use a word too rarely to weigh, or mostly inside a person's name."""
    seen = tags.total()
    return seen < MIN_SEEN or tags["person"] >= MIN_NAME_SHARE * seen


def render(parts: dict[str, list[str]]) -> str:
    header = [
        "# GENERATED by training/kb/name_parts.py (python -m training.kb.name_parts). Do not edit.",
        f"# Given names: first words, family names: last words of >= {MIN_BEARERS} person names of the affidavit",
        "# name pairs (in-rolls/indicate, MIT) and IL-NER's persons (CC BY 4.0); minus words those corpora",
        "# use mostly outside names, the not-name lists and title words (see the script). Foreign given",
        f"# names and more family names: spellings of the words that open or close >= {MIN_KB_BEARERS} names of",
        "# the knowledge base's persons, which the unlabeled news rarely uses.",
    ]
    dumped = yaml.safe_dump(parts, allow_unicode=True, default_flow_style=None, width=100, sort_keys=False)
    return "\n".join(header) + "\n" + dumped


def main() -> int:
    parts = select()
    OUT.write_text(render(parts), encoding="utf-8")
    counts = ", ".join(f"{len(words)} {part}" for part, words in parts.items())
    sys.stderr.write(f"{counts} -> {OUT.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
