"""Match keys shared by the knowledge-base build and the linker.

- ``hindi_key``: a Hindi word's loose folded key (``ghatna.actors.words.loose_key``: the project's
  ``fold`` plus vowel length);
- ``latin_tokens``: an English name as lower-case ASCII words (accents off, hyphens split);
- ``phonetic_hi`` / ``phonetic_en``: one loose sound key of a word from either script
  (``kb/spelling.yaml``), so that "ट्रम्प", "ट्रंप" and "Trump" all give ``TRNP``;
- ``skeleton_hi`` / ``skeleton_en``: the sound key with an ``a`` for each vowel heard between the
  consonants ("नकवी" and "naqvi" give ``NaKVa``, "nkwi" ``NKVa``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ghatna.actors.words import loose_key
from ghatna.lang import load

_LATIN_WORD = regex.compile(r"[a-z0-9]+")
_HINDI_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+")
_NUKTA = "\u093c"
_ANUSVARA = "\u0902"
_SOFT = frozenset("eiy")
_VOWELS = frozenset("aeiou")
VOWEL = "a"  # a vowel heard, in a sound skeleton (the class letters are capitals)
HIATUS = "A"  # a run of Latin vowel letters, one vowel or two
GLIDE = "Y"  # "y" between vowels, which Hindi writes where English may not ("Mia": मिया)
NO_VOWEL_FOR_A_CONSONANT = 3  # more than dropping the one and adding the other


@dataclass(frozen=True, slots=True)
class _Phonetic:
    devanagari: dict[str, str]
    latin: dict[str, str]
    longest: int
    soft_c: str


@cache
def _phonetic() -> _Phonetic:
    data = load("kb/spelling")["phonetic"]
    devanagari = {unicodedata.normalize("NFD", k): v for k, v in data["devanagari"].items()}
    latin: dict[str, str] = dict(data["latin"])
    return _Phonetic(devanagari, latin, max(map(len, latin)), data["soft_c"])


@cache
def letter_names() -> dict[str, str]:
    """"A" -> "ए": the Hindi names of the Latin letters."""
    return dict(load("kb/spelling")["letters"])


def hindi_key(word: str) -> str:
    return loose_key(word)


def hindi_words(text: str) -> list[str]:
    """The words of a Hindi name, hyphenated pieces apart ("अल-मौलम" -> two words)."""
    return [m.group() for m in _HINDI_WORD.finditer(text)]


def latin_tokens(text: str) -> list[str]:
    """"Recep Tayyip Erdoğan" -> ["recep", "tayyip", "erdogan"]; "A. Raja" -> ["a", "raja"]."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _LATIN_WORD.findall(plain.replace("'", ""))


def _collapse(classes: list[str]) -> str:
    """Repeated classes count once: vowels between them are too unsure in Hindi (the dropped
    inherent vowel of "मनमोहन" against "Manmohan")."""
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=1 << 15)
def phonetic_hi(word: str) -> str:
    """The sound key of one Devanagari word; nukta is dropped with its base letter kept."""
    table = _phonetic().devanagari
    decomposed = unicodedata.normalize("NFD", word).replace(_NUKTA, "")
    return _collapse([table[ch] for ch in decomposed if ch in table])


def glideless(sound: str) -> str:
    """A sound key without its glides after the first class: Hindi writes a "y" between two vowels
    where English may write the vowels alone ("पटनायक", PTNYK: "Patnaik", PTNK)."""
    return sound[:1] + sound[1:].replace(GLIDE, "")


@lru_cache(maxsize=1 << 15)
def phonetic_en(token: str) -> str:
    """The sound key of one lower-case Latin word."""
    rules = _phonetic()
    classes: list[str] = []
    i = 0
    while i < len(token):
        ch = token[i]
        nxt = token[i + 1] if i + 1 < len(token) else ""
        if ch == "c" and nxt in _SOFT:
            classes.append(rules.soft_c)
            i += 1
            continue
        if ch == "y" and nxt not in _VOWELS and i > 0:  # a vowel "y" ("Kennedy")
            i += 1
            continue
        i = _table_classes(token, i, rules, classes)  # vowels, "h" and other silent letters: none
    return _collapse(classes)


_PLAIN = [("ph", "f"), ("ck", "k"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("z", "j"), ("ee", "i"),
          ("oo", "u")]
_SOFT_C = regex.compile(r"c(?=[eiy])")
_AFTER_CONSONANT_H = regex.compile(r"(?<=[bcdgkpst])h")
_DOUBLE = regex.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 15)
def plain_latin(word: str) -> str:
    """A Latin spelling with the choices that English and Hindi romanisations make differently
    evened out (c/k/q, w/v, z/j, ee/i, an h after a consonant, doubled letters): "caraat" and
    "kairat" come close, "sujeet" and "sujatha" do not."""
    text = _SOFT_C.sub("s", word.lower())
    for spelled, plain in _PLAIN:
        text = text.replace(spelled, plain)
    text = text.replace("c", "k")
    return _DOUBLE.sub(r"\1", _AFTER_CONSONANT_H.sub("", text))


@lru_cache(maxsize=1 << 16)
def skeleton_hi(word: str) -> str:
    """The consonant classes of a Devanagari word with an ``a`` for each vowel that it surely says:
    the vowel signs and letters (the vocalic r of "कृष्ण" as r and a vowel: ``KRaSN``), the inherent
    vowel of a first letter that is a consonant and of a consonant before the anusvara ("नकवी":
    ``NaKVa``). Other inherent vowels are left out: Hindi drops some of them (कमला: kamla) and keeps
    others, and an English spelling may have them or not."""
    table = _phonetic().devanagari
    classes: list[str] = []
    letters = 0
    inherent = False  # the last letter is a consonant with no vowel sign or virama yet
    for ch in unicodedata.normalize("NFD", word).replace(_NUKTA, ""):
        name = unicodedata.name(ch, "")
        if unicodedata.category(ch) == "Lo" and not _vowel_letter(name):
            if inherent and letters == 1:
                classes.append(VOWEL)
            classes.extend(table.get(ch, ""))  # "ह" has no class, as "h" has none
            letters, inherent = letters + 1, True
            continue
        if "VOCALIC" in name:  # "ृ", "ऋ": r, then a vowel ("Krishna", "Rishi")
            classes.extend([*table.get(ch, ""), VOWEL])
            letters += _vowel_letter(name)
        elif ch in table or "CANDRABINDU" in name:  # the anusvara or candrabindu: a nasal after the vowel
            if inherent:
                classes.append(VOWEL)
            classes.append(table.get(ch) or table[_ANUSVARA])  # as the keys fold "ँ" to "ं" ("गाँधी": Gandhi)
        elif "VOWEL SIGN" in name or _vowel_letter(name):
            classes.append(VOWEL)
            letters += _vowel_letter(name)
        inherent = False
    if inherent and letters == 1:  # "न": na
        classes.append(VOWEL)
    return _collapse(classes)


@cache
def _vowel_letter(name: str) -> bool:
    """An independent vowel ("DEVANAGARI LETTER AA", whose sign is "DEVANAGARI VOWEL SIGN AA")."""
    if not name.startswith("DEVANAGARI LETTER "):
        return False
    vowel = name.removeprefix("DEVANAGARI LETTER ")
    try:
        unicodedata.lookup(f"DEVANAGARI VOWEL SIGN {vowel}")
    except KeyError:
        return vowel in ("A", "SHORT A")  # the vowel that consonants carry has no sign
    return True


@lru_cache(maxsize=1 << 16)
def skeleton_en(token: str) -> str:
    """The sound key of a lower-case Latin word with an ``a`` for each vowel letter and an ``A`` for
    each run of two or more, which Hindi may write as two vowels ("Mia": मिया)."""
    rules = _phonetic()
    classes: list[str] = []
    i = 0
    while i < len(token):
        run = _vowel_run(token, i)
        if run:
            classes.append(VOWEL if run == 1 else HIATUS)
            i += run
            continue
        ch = token[i]
        nxt = token[i + 1] if i + 1 < len(token) else ""
        if ch == "c" and nxt in _SOFT:
            classes.append(rules.soft_c)
            i += 1
            continue
        after = token[i + 2 : i + 3]
        if ch == "q" and nxt == "u" and after not in _SOFT:  # "Rafiqul": k-u, "Quade": k-w ("Enrique": k)
            classes.extend(["K", "V" if _is_vowel(token, i + 2) else VOWEL])
            i += 2
            continue
        if ch == "c" and nxt == "h" and after in ("r", "l"):  # "Christian": k
            classes.append("K")
            i += 2
            continue
        if ch == "d" and nxt == "g" and after in _SOFT:  # "Lodge": j
            classes.append("J")
            i += 2
            continue
        if ch == "t" and nxt == "i" and i > 0 and _is_vowel(token, i + 2):  # "Aviation": sh
            classes.append("S")
            i += 1
            continue
        i = _table_classes(token, i, rules, classes)  # "h" and other silent letters: none
    return _collapse(classes)


def _table_classes(token: str, at: int, rules: _Phonetic, classes: list[str]) -> int:
    """Adds the classes of the longest spelling in the rules' table that starts at ``at`` (none for a
    letter the table lacks) and returns where the next one starts."""
    for size in range(min(rules.longest, len(token) - at), 0, -1):
        found = rules.latin.get(token[at : at + size])
        if found is not None:
            classes.extend(found)
            return at + size
    return at + 1


def _is_vowel(token: str, at: int) -> bool:
    """A vowel letter; "y" not before a vowel nor first ("Kennedy"); "w" after a vowel not before
    one ("Shaw")."""
    if at >= len(token):
        return False
    ch = token[at]
    if ch in _VOWELS:
        return True
    if ch not in "wy" or at == 0 or token[at + 1 : at + 2] in _VOWELS:
        return False
    return ch == "y" or token[at - 1] in _VOWELS


def _vowel_run(token: str, at: int) -> int:
    end = at
    while _is_vowel(token, end):
        end += 1
    return end - at


def skeleton_distance(hindi: str, latin: str, vowel: int = 1) -> int:
    """How far an English spelling's sound skeleton is from a Hindi word's: each
    vowel that the Hindi word says and the English one lacks costs ``vowel``, each consonant class that
    one of them lacks or reads otherwise 1. Free: vowels the English word adds (Hindi drops inherent vowels
    it does not write), a glide "y" on either side, b for v (Bengali "Debabrata"), and a run of English
    vowel letters for a Hindi vowel-glide-vowel ("Mia": मिया)."""
    rows, cols = len(hindi), len(latin)
    cost = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        cost[i][0] = cost[i - 1][0] + _dropped(hindi[i - 1], vowel)
    for j in range(1, cols + 1):
        cost[0][j] = cost[0][j - 1] + _added(latin[j - 1])
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            h, e = hindi[i - 1], latin[j - 1]
            best = min(cost[i - 1][j] + _dropped(h, vowel), cost[i][j - 1] + _added(e),
                       cost[i - 1][j - 1] + _read(h, e))
            if e == HIATUS and hindi[max(i - 3, 0) : i] == VOWEL + GLIDE + VOWEL:
                best = min(best, cost[i - 3][j - 1])
            cost[i][j] = best
    return cost[rows][cols]


def _dropped(hindi: str, vowel: int) -> int:
    return vowel if hindi == VOWEL else 0 if hindi == GLIDE else 1


def _added(latin: str) -> int:
    return 0 if latin in (VOWEL, HIATUS, GLIDE) else 1


def _read(hindi: str, latin: str) -> int:
    vowels = (hindi == VOWEL) + (latin in (VOWEL, HIATUS))
    if vowels == 2 or hindi == latin or {hindi, latin} == {"B", "V"}:
        return 0
    return 1 if vowels == 0 else NO_VOWEL_FOR_A_CONSONANT
