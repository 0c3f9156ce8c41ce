"""Build ``ghatna/lang/hi/actors/generated/not_names.yaml``: frequent Hindi words that are not name words.

A word is listed when
- it is frequent in the unlabeled Hindi news of ``../shared/data`` (``news_hi/`` and ``events_hi/``,
  read as ``scripts/predicate_candidates`` reads them; never ``eval/``): at least ``MIN_NEWS`` tokens;
- the part-of-speech annotated treebanks tag it (UD Hindi-PUD, the 2015 UD Hindi-HDTB dev/test, the
  HUTB PropBank subset's SSF tags mapped to UD) at least ``MIN_TAGGED`` times, as a verb, auxiliary,
  adverb, adposition, pronoun, determiner, particle, conjunction, adjective or common noun, and as a
  proper noun at most ``MAX_PROPN_SHARE`` of the time;
- no person-name list holds it as a name part: the Hindi side of the affidavit name pairs, the
  PERSON tokens of the two NER corpora (HiNER validation, IL-NER), and the first generated Hindi
  spelling of each English name word that ``MIN_KB_BEARERS`` or more knowledge-base persons bear.
  The lists hold homographs of function words (initials, foreign names), so a function word is only
  dropped when a list spells its key another way that the news uses ("मैरी" for "मेरी");
- an open-class word is no title, honorific or office word of ``actors/titles`` (those keep their
  own handling).

The treebanks are old and small: the words of later news (लॉकडाउन, संक्रमित, मास्क) and most place
names are not in them. A word is therefore also listed, as ``common``, when it is frequent in the news
(``MIN_NEWS_COMMON`` tokens), the two NER corpora tag it outside any entity ``MIN_NER_OTHER`` times or
more and never as a person, no name list holds it (here every generated spelling of every English
name word of the knowledge base counts, however few its bearers: a leader's rare surname is a name)
and it is no title word.

Words are compared by their loose matching key (``ghatna.actors.words.loose_key``); each listed word
is the key's most frequent spelling in the news. The file keeps no text, only single words with their
dominant tag.

Run: ``nice -n 10 .venv/bin/python -m training.kb.not_names`` (from the repository root; about a minute).
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

import regex
import yaml

from ghatna.actors.titles import title_book
from ghatna.actors.words import loose_key
from ghatna.kb.store import PATH as KB_PATH
from ghatna.lang import load
from ghatna.text.normalise import fold
from scripts.predicate_candidates import CORPORA

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT.parent / "shared" / "data"
XLIT_CACHE = Path(__file__).with_name("xlit_cache.tsv")
OUT = ROOT / "ghatna" / "lang" / "hi" / "actors" / "generated" / "not_names.yaml"

MIN_NEWS = 20  # tokens in the unlabeled news
MIN_TAGGED = 3  # tokens in the treebanks
MAX_PROPN_SHARE = 0.05
MIN_NAME_SPELLING = 2  # tokens of a name's spelling of a function word's key, for the key to be a name's too
MIN_KB_BEARERS = 5  # knowledge-base persons whose names hold an English word, for its spelling to count
MIN_NEWS_COMMON = 30  # tokens in the unlabeled news of a word the treebanks do not tag
MIN_NER_OTHER = 3  # tokens the NER corpora tag outside any entity, for such a word
# the classes of words that are never names, with the YAML key each is listed under
CLASSES = {
    "VERB": "verbs", "AUX": "auxiliaries", "ADV": "adverbs", "ADP": "adpositions", "PRON": "pronouns",
    "DET": "determiners", "PART": "particles", "SCONJ": "conjunctions", "CCONJ": "conjunctions",
    "ADJ": "adjectives", "NOUN": "nouns",
}
OPEN_CLASSES = frozenset({"NOUN", "ADJ", "VERB", "ADV"})  # the classes a name word may also belong to
# the HUTB's ILMT tags as UD parts of speech (QC/QF/QO numbers and quantifiers, RDP, UNK, SYM: none)
ILMT_TO_UD = {
    "NN": "NOUN", "NST": "NOUN", "NNP": "PROPN", "VM": "VERB", "VAUX": "AUX", "JJ": "ADJ", "RB": "ADV",
    "INTF": "ADV", "PSP": "ADP", "PRP": "PRON", "WQ": "PRON", "DEM": "DET", "RP": "PART", "NEG": "PART",
    "CC": "CCONJ", "INJ": "PART",
}
_DEVANAGARI_WORD = regex.compile(r"[\p{Devanagari}\u200c\u200d]+")
_SSF_TOKEN = regex.compile(r"^\d+\.\d+\t(\S+)\t(\S+)")
_UD_V1 = {"CONJ": "CCONJ"}


def news_counts() -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Tokens per key over all the unlabeled news, and the spellings of each key."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for read in CORPORA.values():
        for text in read():
            for match in _DEVANAGARI_WORD.finditer(text):
                word = unicodedata.normalize("NFC", match.group().strip("\u200c\u200d"))
                key = loose_key(word)
                if key:
                    counts[key] += 1
                    spellings[key][word] += 1
    return counts, spellings


def conllu_tags(paths: Iterable[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                yield cols[1], _UD_V1.get(cols[3], cols[3])


def ssf_tags() -> Iterator[tuple[str, str]]:
    for path in sorted((DATA / "events_hi" / "hindi_propbank_hutb_subset_tanvi2612").rglob("*.pb")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            match = _SSF_TOKEN.match(line)
            if match and match.group(2) in ILMT_TO_UD:
                yield match.group(1), ILMT_TO_UD[match.group(2)]


def tag_counts() -> dict[str, Counter[str]]:
    """UD parts of speech per key over the treebanks."""
    conllu = [DATA / "ud_hindi_pud" / "hi_pud-ud-test.conllu",
              *sorted((DATA / "ud_hindi_hdtb").glob("legacy*/*.conllu"))]
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for word, tag in (*conllu_tags(conllu), *ssf_tags()):
        tags[loose_key(word)][tag] += 1
    return tags


def name_parts() -> dict[str, set[str]]:
    """The key of every word that some person-name list holds as a part of a name, with the
    spellings (NFC) it has there."""
    parts: dict[str, set[str]] = defaultdict(set)

    def add(word: str) -> None:
        word = unicodedata.normalize("NFC", word)
        parts[loose_key(word)].add(word)

    with (DATA / "gazetteer" / "indicate_affidavit_names" / "affidavit_name_pairs_en_hi.tsv").open(
        encoding="utf-8"
    ) as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            for word in _DEVANAGARI_WORD.findall(row["name_hindi"]):
                add(word)
    for path, person in ner_corpora():
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and cols[-1].endswith(person):
                add(cols[0])
    for word in _kb_person_spellings():
        add(word)
    return parts


def ner_tags(share_alike: bool = True) -> dict[str, Counter[str]]:
    """Per key, its tokens in the NER corpora: ``person``, ``other`` (outside any entity), ``entity``;
    without ``share_alike``, IL-NER's (CC BY 4.0) only, not HiNER's (CC BY-SA 4.0)."""
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for path, person in ner_corpora(share_alike):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2:
                label = cols[-1].strip()
                tag = "person" if label.endswith(person) else "other" if label == "O" else "entity"
                tags[loose_key(unicodedata.normalize("NFC", cols[0]))][tag] += 1
    return tags


def ner_corpora(share_alike: bool = True) -> list[tuple[Path, str]]:
    """The NER corpora with the suffix of their person label; without ``share_alike``, IL-NER (CC BY
    4.0) only, not HiNER (CC BY-SA 4.0)."""
    hiner = [(DATA / "ner_hi" / "hiner_validation_only" / "validation_original.conll", "PERSON")]
    return [*(hiner if share_alike else []),
            *((p, "NEP") for p in sorted((DATA / "ner_hi" / "il_ner_hindi").glob("Hindi-*.txt")))]


def kb_spelling_keys() -> set[str]:
    """The key of every generated Hindi spelling (``xlit_cache.tsv``) of every English name word."""
    keys: set[str] = set()
    for line in XLIT_CACHE.read_text(encoding="utf-8").splitlines():
        keys.update(loose_key(s) for s in line.partition("\t")[2].split("|") if s)
    return keys


def hand_listed() -> set[str]:
    """The keys of the hand list's words (``actors/not_names``), which the generated list leaves out."""
    hand = load("actors/not_names")
    return {loose_key(word) for group, words in hand.items() if group != "endings" for word in words}


def select_common(news: Counter[str], ner: dict[str, Counter[str]], names: Collection[str],
                  titles: frozenset[str], chosen: Collection[str]) -> list[str]:
    """The keys of the frequent news words that the treebanks leave out and no name list holds
    (the ``common`` class of the module doc)."""
    return [key for key, count in news.items()
            if count >= MIN_NEWS_COMMON and key not in chosen and key not in names and key not in titles
            and ner.get(key, Counter())["other"] >= MIN_NER_OTHER and not ner.get(key, Counter())["person"]]


def _kb_person_spellings() -> set[str]:
    """The first generated Hindi spelling (``xlit_cache.tsv``) of every English name word that
    ``MIN_KB_BEARERS`` or more knowledge-base persons bear."""
    query = ("SELECT f.token FROM forms f JOIN entries e ON f.entry = e.id WHERE e.kind = 'person' "
             "GROUP BY f.token HAVING COUNT(DISTINCT f.entry) >= ?")
    with sqlite3.connect(f"file:{KB_PATH}?mode=ro", uri=True) as kb:
        tokens = {token for (token,) in kb.execute(query, (MIN_KB_BEARERS,))}
    found: set[str] = set()
    for line in XLIT_CACHE.read_text(encoding="utf-8").splitlines():
        english, _, spellings = line.partition("\t")
        if english in tokens and spellings:
            found.add(spellings.split("|")[0])
    return found


def select(news: Counter[str], spellings: dict[str, Counter[str]], tags: dict[str, Counter[str]],
           names: dict[str, set[str]], titles: frozenset[str]) -> dict[str, str]:
    """Key -> its dominant class, for every key that passes the thresholds of the module doc. The
    name lists hold homographs of function words (initials "के", regional surnames, generated
    spellings of foreign names): a function word is kept unless a name list spells its key
    otherwise and the news uses that spelling (the loose key of "मैरी" is that of "मेरी")."""
    chosen: dict[str, str] = {}
    for key, count in news.items():
        tagged = tags.get(key)
        if count < MIN_NEWS or not tagged:
            continue
        total = sum(tagged.values())
        if total < MIN_TAGGED or tagged["PROPN"] > MAX_PROPN_SHARE * total:
            continue
        tag = tagged.most_common(1)[0][0]
        named = names.get(key, set())
        if tag in OPEN_CLASSES and (named or key in titles):
            continue
        if tag in CLASSES and not _spelt_apart(named, spellings[key]):
            chosen[key] = tag
    return chosen


def _spelt_apart(named: set[str], seen: Counter[str]) -> bool:
    """A name list spells a function word's key another way ("मैरी" for "मेरी"), and the news uses
    that spelling ``MIN_NAME_SPELLING`` times or more."""
    main = fold(seen.most_common(1)[0][0]).key
    others = {fold(word).key for word in named} - {main}
    return any(count >= MIN_NAME_SPELLING for word, count in seen.items() if fold(word).key in others)


def render(chosen: dict[str, str], spellings: dict[str, Counter[str]], news: Counter[str]) -> str:
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(chosen, key=lambda k: (-news[k], k)):
        groups[CLASSES.get(chosen[key], chosen[key])].append(spellings[key].most_common(1)[0][0])
    header = [
        "# GENERATED by training/kb/not_names.py (python -m training.kb.not_names). Do not edit: add",
        "# words by hand to ../not_names.yaml. Frequent words of the unlabeled Hindi news (news_hi/,",
        f"# events_hi/; >= {MIN_NEWS} tokens) that the UD Hindi-PUD, UD Hindi-HDTB 2015 and HUTB PropBank",
        f"# treebanks tag (>= {MIN_TAGGED} times) as a verb, auxiliary, adverb, adposition, pronoun, determiner,",
        f"# particle, conjunction, adjective or common noun and as a proper noun <= {MAX_PROPN_SHARE:.0%} of the time,",
        "# minus the name parts of the affidavit names, the NER corpora's persons and the knowledge",
        "# base's persons (see the script), and minus title words. By dominant tag, most frequent first.",
        f"# common: words of >= {MIN_NEWS_COMMON} news tokens the treebanks lack, that the NER corpora tag outside",
        f"# any entity >= {MIN_NER_OTHER} times and never as a person, and that no name list (every generated",
        "# spelling of the knowledge base's name words included) holds.",
        "# Words of the hand list are left out here.",
    ]
    body = {group: groups[group] for group in sorted(groups)}
    dumped = yaml.safe_dump(body, allow_unicode=True, default_flow_style=None, width=100, sort_keys=False)
    return "\n".join(header) + "\n" + dumped


def main() -> int:
    news, spellings = news_counts()
    names, titles = name_parts(), title_book().vocabulary
    chosen = select(news, spellings, tag_counts(), names, titles)
    unnamed = {*names, *kb_spelling_keys()}
    chosen.update(dict.fromkeys(select_common(news, ner_tags(), unnamed, titles, chosen), "common"))
    for key in hand_listed() & chosen.keys():
        del chosen[key]
    OUT.write_text(render(chosen, spellings, news), encoding="utf-8")
    sys.stderr.write(f"{len(chosen)} words -> {OUT.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
