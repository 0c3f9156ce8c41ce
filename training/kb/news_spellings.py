"""Hindi spellings of English name words that the news uses and the generated spellings miss.

IndicXlit's top three spellings of an English word are not always the one Hindi news writes ("modi":
मोड़ी, मोडी; the news: मोदी). A word of the unlabeled Hindi news (``news_hi/``, ``events_hi/``; never
``eval/``) counts as a spelling of an English name word of the knowledge base when
- the news has it ``MIN_NEWS`` times or more;
- it is no frequent word of another class (``ghatna.actors.namelike.not_names``: "सरकार" is no
  spelling of "Sarkar"), and the IL-NER corpus (CC BY 4.0; not HiNER, whose share-alike licence would
  bind the knowledge base) tags it as a person more often than outside any entity (पिता, देख, जल are
  no names, though "pitta", "dec", "zaal" are name words);
- the project's romaniser (``ghatna.translit``) spells it as that English word, up to the spelling
  choices that English and Hindi romanisations make differently (``plain_latin``: "modi").

Only single words are kept, no text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection

from ghatna.actors.namelike import not_names
from ghatna.kb.keys import plain_latin
from ghatna.translit import romanise

MIN_NEWS = 5  # tokens of the word in the unlabeled news
MIN_LETTERS = 3  # English words shorter once evened out ("ann", "esh") are initials and particles


def news_spellings(tokens: Collection[str], news: Counter[str], spellings: dict[str, Counter[str]],
                   ner: dict[str, Counter[str]]) -> list[tuple[str, str]]:
    """(Hindi word, English name word) pairs. ``tokens``: the English name words of the knowledge
    base; ``news`` and ``spellings``: the loose key counts of the news words and their spellings;
    ``ner``: per key, its ``person`` and ``other`` tokens in the NER corpora."""
    by_plain: dict[str, list[str]] = defaultdict(list)
    for token in sorted(tokens):
        plain = plain_latin(token)
        if len(plain) >= MIN_LETTERS and token.isalpha():
            by_plain[plain].append(token)
    banned = not_names()
    pairs: list[tuple[str, str]] = []
    for key, count in sorted(news.items()):
        tagged = ner.get(key, Counter())
        if count < MIN_NEWS or key in banned or tagged["person"] <= tagged["other"]:
            continue
        word = spellings[key].most_common(1)[0][0]
        pairs.extend((word, token) for token in by_plain.get(plain_latin(romanise(word)), []))
    return pairs
