"""The knowledge-base build's readers (training/kb): CAMEO dictionary blocks, dates, office sectors."""

from __future__ import annotations

from pathlib import Path

from ghatna.kb.keys import hindi_key, skeleton_distance, skeleton_en, skeleton_hi
from training.kb import sources
from training.kb.spellings import aligned_words, spelling_table

DICTIONARY = """\
# a comment line
FREEDONIA_  [FRD]
+FREEDONIAN_
RUFUS_T._FIREFLY_  # a made-up leader
+PRESIDENT_FIREFLY_
+FIREFLY_
	[FRDGOV 330101-331231]
	[FRDELI >340101]
TRENTINO_ [SYLGOV] [SYLELI 19200101-19301231]
"""


def test_blocks_keep_names_aliases_and_dated_codes(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    blocks = list(sources._blocks(path))
    assert [b[0] for b in blocks] == ["FREEDONIA_", "RUFUS_T._FIREFLY_", "TRENTINO_"]
    _, aliases, codes = blocks[1]
    assert aliases == ["PRESIDENT_FIREFLY_", "FIREFLY_"]
    assert codes == [("FRDGOV", "330101", "331231"), ("FRDELI", ">340101", "")]
    assert blocks[2][2] == [("SYLGOV", "", ""), ("SYLELI", "19200101", "19301231")]


def test_cameo_dates_and_names() -> None:
    assert sources._interval("330101", "331231") == ("1933-01-01", "1933-12-31")
    assert sources._interval(">011222", "") == ("2001-12-22", "")
    assert sources._interval("<19991231", "") == ("", "1999-12-31")
    assert sources._cameo_name("RUFUS_T._FIREFLY_") == "Rufus T. Firefly"
    assert not sources._plain_alias("PRESIDENT_FIREFLY_")
    assert sources._plain_alias("FIREFLY_")


def test_office_titles_give_sector_and_rank() -> None:
    rules = sources._sector_rules()
    assert sources.position_sector("Prime Minister", rules) == ("GOV", 3)
    assert sources.position_sector("Deputy Prime Minister", rules) == ("GOV", 2)
    assert sources.position_sector("Minister of Foreign Affairs", rules) == ("GOV", 2)
    assert sources.position_sector("Speaker of the National Assembly", rules) == ("LEG", 1)
    assert sources.position_sector("Chief Justice", rules) == ("JUD", 1)
    assert sources.position_sector("Chief of the General Staff", rules) == ("MIL", 1)
    assert sources.position_sector("President", rules) == ("GOV", 3)
    assert sources.position_sector("First Lady", rules) == ("ELI", 0)


def test_the_spelling_table_takes_the_best_attested_spelling(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("name_english\tname_hindi\tstate\tparty\n"
                     "SYED RAHIM\tसैयद रहीम\tX\tY\n"
                     "SAYED KARIM\tसैयद करीम\tX\tY\n"
                     "SYED ALI KHAN\tसैयद अली\tX\tY\n"  # two words against three: not aligned
                     "M P SURESH\tएम पी सुरेश\tX\tY\n", encoding="utf-8")
    names = aligned_words(pairs)
    assert names[0] == [("सैयद", "syed"), ("रहीम", "rahim")] and len(names) == 3
    assert names[2] == [("सुरेश", "suresh")]  # single letters are initials, not spellings
    flat = [pair for name in names for pair in name]
    table = spelling_table({}, {}, [*flat, ("सैयद", "syed")])
    assert table[hindi_key("सैयद")] == "syed"
    # many knowledge-base names with a generated spelling outweigh one pair, and a second-best
    # generated spelling weighs less than a best one
    table = spelling_table({"sayed": 40, "syed": 1}, {"sayed": ["सैयद"], "syed": ["सैयद"]}, flat)
    assert table[hindi_key("सैयद")] == "sayed"
    table = spelling_table({"trump": 3, "tramp": 3}, {"trump": ["ट्रंप"], "tramp": ["ट्रैंप", "ट्रंप"]}, [])
    assert table[hindi_key("ट्रंप")] == "trump" and table[hindi_key("ट्रैंप")] == "tramp"


def test_of_spellings_counted_alike_the_one_that_sounds_like_the_hindi_word_wins() -> None:
    # "nkwi" drops the vowel after the first consonant that "नकवी" says; counted alike, it used to win
    # as the shorter word
    table = spelling_table({"nkwi": 1, "naqvi": 1}, {"nkwi": ["नकवी"], "naqvi": ["नक़वी"]}, [])
    assert table[hindi_key("नकवी")] == "naqvi"
    # consonants the Hindi word lacks lose too; far fewer votes still lose
    table = spelling_table({}, {}, [("फोर्स", "forces"), ("फोर्स", "forces"), ("फोर्स", "force"), ("मोदी", "modi"),
                                    ("मोदी", "modi"), ("मोदी", "modi"), ("मोदी", "mody")])
    assert table[hindi_key("फोर्स")] == "force" and table[hindi_key("मोदी")] == "modi"


def test_sound_skeletons_keep_the_vowels_hindi_says() -> None:
    assert skeleton_hi("नकवी") == skeleton_en("naqvi") == "NaKVa" != skeleton_en("nkwi")
    assert skeleton_hi("कमला") == "KaNLa"  # the inherent vowel of म may or may not be said
    assert skeleton_en("rafiqul") == "RaFaKaL" and skeleton_en("quade")[:2] == "KV"
    assert skeleton_distance(skeleton_hi("कमला"), skeleton_en("kamala")) == 0  # English may add vowels
    assert skeleton_distance(skeleton_hi("नद"), skeleton_en("nda")) == 1  # but not drop one
    assert skeleton_distance(skeleton_hi("मिया"), skeleton_en("mia")) == 0  # "ia" for िया
    assert skeleton_distance(skeleton_hi("केशव"), skeleton_en("keshab")) == 0  # Bengali b for v
    assert skeleton_distance(skeleton_hi("लॉज"), skeleton_en("lodge")) == 0  # English "dge", "tion", "chr"
    assert skeleton_en("aviation") == skeleton_en("aviacion") and skeleton_en("christian")[0] == "K"
    assert skeleton_hi("सिंह") == "SaN"  # "ह" has no class, as "h" has none
