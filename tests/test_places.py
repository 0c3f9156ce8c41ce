"""Places: the shipped table and its data files, the geocoder's choices, the stage's event places,
the output contract, the store columns and the GDELT geo columns. Sentences are written for these tests."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest

from ghatna.errors import InputError, LanguageDataError
from ghatna.ingest.article import make_article
from ghatna.lang import SCHEMAS, load
from ghatna.output import to_record, validate_record
from ghatna.pipeline import default_pipeline
from ghatna.places.build import build_rows, country_codes_text, index_text, letters_text, table_text
from ghatna.places.cues import Query
from ghatna.places.gazetteer import country_codes, place_table
from ghatna.places.geocode import Context, candidates, choose
from ghatna.places.skeleton import hindi_skeleton, matching_letters, skeleton, spelling_likeness
from ghatna.places.stage import geocode_span
from ghatna.records import Analysis
from ghatna.store import open_store
from ghatna.store.gdelt import GDELT_COLUMNS
from tests.conftest import CliResult

Cli = Callable[..., CliResult]
DATA = resources.files("ghatna.places").joinpath("data")


def _analyse(text: str) -> Analysis:
    return default_pipeline().run(make_article(text, "test", article_id="t"))


# --- the table ----------------------------------------------------------------------------------


def test_the_shipped_table_is_what_make_places_builds() -> None:
    rows = build_rows()
    assert DATA.joinpath("places.tsv").read_text(encoding="utf-8") == table_text(rows)
    assert DATA.joinpath("names_hi.tsv").read_text(encoding="utf-8") == index_text(rows, "hindi")
    assert DATA.joinpath("names_en.tsv").read_text(encoding="utf-8") == index_text(rows, "english")
    assert DATA.joinpath("letters_en.tsv").read_text(encoding="utf-8") == letters_text(rows)
    assert DATA.joinpath("country_codes.tsv").read_text(encoding="utf-8") == country_codes_text()


def test_the_table_holds_countries_divisions_continents_and_towns() -> None:
    table = place_table()
    kinds = Counter(table.entry(n).feature for n in range(len(table)))
    assert kinds["PCLI"] >= 240 and kinds["CONT"] == 7 and kinds["PPL"] >= 34000
    assert kinds["ADM1"] == 51 + 36 + 7  # US states (with DC), Indian states and territories, Pakistan's divisions
    assert table.country("IND") is not None and table.country("IND").name_en == "India"  # type: ignore[union-attr]


# each state capital (or largest town) of the package lies in the division our data file gives its code
CAPITALS = {
    "लखनऊ": "Uttar Pradesh", "पटना": "Bihar", "मुंबई": "Maharashtra", "कोलकाता": "West Bengal", "चेन्नई": "Tamil Nadu",
    "भोपाल": "Madhya Pradesh", "जयपुर": "Rajasthan", "बेंगलुरु": "Karnataka", "तिरुवनंतपुरम": "Kerala",
    "गांधीनगर": "Gujarat", "रांची": "Jharkhand", "रायपुर": "Chhattisgarh", "देहरादून": "Uttarakhand",
    "शिमला": "Himachal Pradesh", "भुवनेश्वर": "Odisha", "इंफाल": "Manipur", "शिलांग": "Meghalaya", "कोहिमा": "Nagaland",
    "आइजोल": "Mizoram", "अगरतला": "Tripura", "गंगटोक": "Sikkim", "ईटानगर": "Arunachal Pradesh", "पणजी": "Goa",
    "पोर्ट ब्लेयर": "Andaman and Nicobar Islands", "लेह": "Ladakh", "श्रीनगर": "Jammu and Kashmir",
    "गुवाहाटी": "Assam", "अमृतसर": "Punjab", "लाहौर": "Punjab", "कराची": "Sindh", "क्वेटा": "Balochistan",
    "पेशावर": "Khyber Pakhtunkhwa", "विजयवाड़ा": "Andhra Pradesh", "वारंगल": "Telangana", "फरीदाबाद": "Haryana",
    "सिलवासा": "Dadra and Nagar Haveli and Daman and Diu", "मुज़फ़्फ़राबाद": "Azad Kashmir", "गिलगित": "Gilgit-Baltistan",
}


@pytest.mark.parametrize("town", sorted(CAPITALS))
def test_division_codes_agree_with_the_package(town: str) -> None:
    found = [e for e in candidates(town).entries if e.feature == "PPL" and e.country in ("IND", "PAK")]
    assert found, f"{town} has no Indian or Pakistani town"
    best = max(found, key=lambda e: e.population)
    division = place_table().division(best)
    assert division is not None and division.name_en == CAPITALS[town]


def test_every_division_of_the_data_file_has_towns_and_coordinates() -> None:
    table = place_table()
    for entry in load("places/admin1")["entries"]:
        row = table.by_division[(entry["country"], entry["admin1"])]
        division = table.entry(row)
        assert division.lat is not None and division.lon is not None, entry["en"]


def test_the_place_data_files_are_validated_against_closed_keys() -> None:
    with pytest.raises(LanguageDataError, match="unknown keys"):
        SCHEMAS["places/admin1"]("x", {"entries": [{"en": "X", "country": "IND", "admin1": "99", "hi": ["क"],
                                                     "capital": "Y"}]})
    with pytest.raises(LanguageDataError, match="admin1"):
        SCHEMAS["places/admin1"]("x", {"entries": [{"en": "X", "country": "IND", "admin1": "9.9", "hi": ["क"]}]})
    with pytest.raises(LanguageDataError, match="feature"):
        SCHEMAS["places/names"]("x", {"entries": [{"en": "X", "country": "IND", "feature": "ADM2", "hi": ["क"]}]})
    with pytest.raises(LanguageDataError, match="Latin"):
        SCHEMAS["places/letters"]("x", {"letters": {"क": "K"}})


def test_country_codes_give_fips_and_alpha2() -> None:
    codes = country_codes()
    assert codes.fips["IND"] == "IN" and codes.fips["GBR"] == "UK" and codes.fips["DEU"] == "GM"
    assert codes.iso2["PAK"] == "PK"


# --- names and letters ---------------------------------------------------------------------------


def test_spelling_variants_meet_through_the_normaliser() -> None:
    assert candidates("फ़ैसलाबाद").entries == candidates("फैसलाबाद").entries != ()
    assert candidates("बेंगलुरू").entries == candidates("बेंगलुरु").entries != ()


def test_letter_skeletons_meet_english_names() -> None:
    assert hindi_skeleton("मुज़फ़्फ़रनगर") == skeleton("Muzaffarnagar")
    assert hindi_skeleton("कंधार") == skeleton("Kandahar")
    assert hindi_skeleton("बार्सिलोना") == skeleton("Barcelona")
    assert spelling_likeness("दंतेवाड़ा", "Dantewara") > 0.8 > 0.4 > spelling_likeness("भिड़ंत", "Baramati")


@pytest.mark.parametrize(("name_hi", "name_en"), [
    ("ऊना", "Una"), ("ऊना", "Ankara"), ("नाहन", "Nahan"), ("नाहन", "Nanjing"), ("दतिया", "Datia"), ("उरई", "Orai"),
    ("उरई", "Uri"), ("चुरू", "Churu"), ("हवाई", "Hawaii"), ("बांदा", "Bundi"), ("क", "K"), ("ऊना", ""),
])
def test_the_quick_likeness_test_agrees_with_the_likeness(name_hi: str, name_en: str) -> None:
    from ghatna.places.skeleton import alike_at_least

    for threshold in (0.5, 0.7, 0.8, 0.9, 1.0):
        assert alike_at_least(name_hi, name_en, threshold) == (spelling_likeness(name_hi, name_en) >= threshold)


@pytest.mark.parametrize(("a", "b"), [
    ("dantevara", "dantewara"), ("mujfarnagar", "muzaffarnagar"), ("abcabcab", "bcabca"), ("aaaa", "aa"),
    ("kandhar", "kandahar"), ("silod", "sillod"), ("xyz", "abc"), ("abxcdyab", "abcdab"), ("banana", "ananas"),
])
def test_matching_letters_count_as_difflib_does(a: str, b: str) -> None:
    expected = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
    assert matching_letters(a, b) == expected


def test_matching_letters_count_as_difflib_does_on_random_spellings() -> None:
    import random

    draw = random.Random(22)
    for _ in range(3000):
        letters = draw.choice(("ab", "abc", "aeknr", "abcdefghijklmnop"))
        a = "".join(draw.choice(letters) for _ in range(draw.randint(0, 12)))
        b = "".join(draw.choice(letters) for _ in range(draw.randint(0, 12)))
        expected = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
        assert matching_letters(a, b) == expected, (a, b)


# --- the geocoder --------------------------------------------------------------------------------


def test_same_name_towns_follow_the_article_country() -> None:
    india = choose(Query("हैदराबाद", 0), Context(Counter({"IND": 2})))
    pakistan = choose(Query("हैदराबाद", 0), Context(Counter({"PAK": 3, "IND": 1})))
    assert india.entry is not None and india.entry.country == "IND" and india.entry.admin1 == "40"
    assert pakistan.entry is not None and pakistan.entry.country == "PAK" and pakistan.entry.geonames_id == 1176734
    assert "PAK" in pakistan.reason


def test_a_kind_word_picks_the_division() -> None:
    pakistan = Context(Counter({"PAK": 2}))
    assert choose(Query("पंजाब", 0, word_after="प्रांत"), pakistan).entry.feature == "ADM1"  # type: ignore[union-attr]
    city = choose(Query("दिल्ली", 0), Context(Counter({"IND": 1})))
    state = choose(Query("दिल्ली", 0, word_after="राज्य"), Context(Counter({"IND": 1})))
    assert city.entry is not None and city.entry.feature == "PPL" and city.entry.geonames_id == 1273294
    assert state.entry is not None and state.entry.feature == "ADM1"


def test_neighbours_in_the_sentence_break_a_tie() -> None:
    sindh = place_table().entry(place_table().by_division[("PAK", "05")])
    alone = choose(Query("हैदराबाद", 0), Context())
    beside = choose(Query("हैदराबाद", 0), Context(), [sindh])
    assert alone.entry is not None and alone.entry.country == "IND"
    assert beside.entry is not None and beside.entry.country == "PAK" and "Sindh" in beside.reason


def test_letters_alone_need_a_division_the_article_names() -> None:
    assert candidates("दंतेवाड़ा").romanised
    lone = choose(Query("दंतेवाड़ा", 0), Context(Counter({"IND": 1})))
    placed = choose(Query("दंतेवाड़ा", 0), Context(Counter({"IND": 1}), None, {("IND", "37"): frozenset({"छत्तीसगढ़"})}))
    assert lone.entry is None and "letters" in lone.reason
    assert placed.entry is not None and placed.entry.name_en == "Dantewara"


def test_a_short_letter_match_needs_a_kind_word_or_its_division_named() -> None:
    india = Context(Counter({"IND": 1}))
    nepal = Context(Counter({"NPL": 2, "IND": 1}))  # in a story about home, Satna's size would do
    assert candidates("सतना").short
    assert choose(Query("सतना", 0), nepal).entry is None
    district = choose(Query("सतना", 0, word_after="जिले"), india)
    assert district.entry is not None and district.entry.name_en == "Satna"
    in_state = choose(Query("सतना", 0), Context(Counter({"IND": 1}), None, {("IND", "35"): frozenset({"मध्य प्रदेश"})}))
    assert in_state.entry is not None and in_state.entry.name_en == "Satna"


def test_a_very_short_name_spelt_alike_in_its_named_division() -> None:
    himachal = Context(Counter({"IND": 1}), None, {("IND", "11"): frozenset({"हिमाचल"})})
    assert candidates("ऊना").tiny and choose(Query("ऊना", 0), Context(Counter({"IND": 1}))).entry is None
    una = choose(Query("ऊना", 0), himachal).entry
    assert una is not None and (una.name_en, una.admin1) == ("Una", "11")
    # a kind word alone does not make a two-letter skeleton a place: Buda (Hungary) is no Ugandan district
    assert choose(Query("बुडुडा", 0, word_after="जिले"), Context(Counter({"UGA": 2}))).entry is None


def test_a_kind_word_alone_needs_a_like_spelling_in_an_unnamed_division() -> None:
    india = Context(Counter({"IND": 1}))
    assert choose(Query("बल्लुआना", 0, word_after="गांव"), india).entry is None  # Behlana is spelt otherwise
    sirmaur = choose(Query("सिरमौर", 0, word_after="जिले"), india).entry
    assert sirmaur is not None and sirmaur.admin1 == "35"  # a town of Madhya Pradesh
    # the article names Himachal: a namesake town of another state is not the district meant
    himachal = Context(Counter({"IND": 1}), None, {("IND", "11"): frozenset({"हिमाचल"})})
    assert choose(Query("सिरमौर", 0, word_after="जिले"), himachal).entry is None


def test_a_division_that_won_over_its_namesake_places_the_article() -> None:
    from ghatna.places.stage import _divisions

    punjab = choose(Query("पंजाब", 0), Context(Counter({"IND": 2}))).entry
    assert punjab is not None and len(candidates("पंजाब").entries) > 1
    assert ("IND", "23") in _divisions([("पंजाब", punjab)])


def test_a_place_name_inside_another_name_is_nil() -> None:
    usa = Context(Counter({"USA": 2}))
    assert choose(Query("न्यूयॉर्क", 0), usa).entry is not None
    paper = choose(Query("न्यूयॉर्क", 0, word_after="टाइम्स"), usa)
    radio = choose(Query("कनाडा", 0, word_before="रेडियो"), Context(Counter({"CAN": 2})))
    assert paper.entry is None and "part of a name" in paper.reason and radio.entry is None


def test_a_kind_word_inside_the_span_is_read_as_a_cue() -> None:
    from ghatna.places.stage import _query

    text = "रिपोर्ट कांकेर ज़िले से आई है और उत्तर प्रदेश से भी।"
    district = _query(text, text.index("कांकेर"), text.index(" से आई"), 0)
    state = _query(text, text.index("उत्तर"), text.index(" से भी"), 0)
    assert (district.name_hi, district.word_after) == ("कांकेर", "ज़िले")
    assert state.name_hi == "उत्तर प्रदेश"  # प्रदेश is part of this name
    town = "वह जोगेंद्र नगर में रहता है।"
    whole = _query(town, town.index("जोगेंद्र"), town.index(" में"), 0)
    assert whole.name_hi == "जोगेंद्र नगर"  # जोगेंद्र alone is no place: नगर is part of the name


def test_unknown_names_are_nil() -> None:
    nil = choose(Query("झिलमिलपुरवा", 0), Context(Counter({"IND": 1})))
    assert nil.entry is None and nil.score < 0.5


# --- the stage and the output --------------------------------------------------------------------


def test_event_place_from_its_clause_with_coordinates() -> None:
    analysis = _analyse("नई दिल्ली: रक्षा मंत्री ने मंगलवार को अस्ताना में कजाकिस्तान के रक्षा मंत्री से मुलाकात की।")
    event = analysis.events[0]
    assert event.location is not None and event.location.geonames_id == 1526273 and event.location.basis == "clause"
    assert event.location.lat == pytest.approx(51.18, abs=0.1) and event.location.feature == "P.PPL"
    assert analysis.article.dateline is not None and analysis.article.dateline.name_en == "New Delhi"


def test_dateline_only_when_no_place_is_nearer() -> None:
    only = _analyse("लखनऊ: मुख्यमंत्री ने सोमवार को विपक्ष की कड़ी आलोचना की।")
    assert only.events and only.events[0].location is not None
    assert only.events[0].location.basis == "dateline" and only.events[0].location.name_en == "Lucknow"
    nearer = _analyse("लखनऊ: मुख्यमंत्री सोमवार को गोरखपुर पहुंचे। वहां उन्होंने विपक्ष की कड़ी आलोचना की।")
    assert nearer.events and nearer.events[-1].location is not None
    assert nearer.events[-1].location.basis != "dateline" and nearer.events[-1].location.name_en == "Gorakhpur"


def test_same_name_town_in_a_pakistani_story() -> None:
    analysis = _analyse("इस्लामाबाद: पाकिस्तान के सिंध प्रांत के हैदराबाद शहर में पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया।")
    hyderabad = [m for m in analysis.places if m.name_hi == "हैदराबाद"]
    assert hyderabad and hyderabad[0].place is not None and hyderabad[0].place.country == "PAK"
    assert all(e.location is not None and e.location.admin1 == "PK.05" for e in analysis.events)


def test_records_carry_places_and_validate_old_and_new() -> None:
    record = to_record(_analyse("हैदराबाद में तेलंगाना के मुख्यमंत्री ने किसानों से मुलाकात की।"), include_text=False)
    validate_record(record)
    assert record["output_version"] == 2
    assert {p["name_hi"] for p in record["places"]} >= {"हैदराबाद", "तेलंगाना"}
    assert all({"span", "score", "reason", "geonames_id"} <= set(p) for p in record["places"])
    old = {"id": "a", "source": "s", "language": "hi", "output_version": 1, "entities": [],
           "events": [{"type": "CONSULT", "modality": "asserted", "confidence": 0.5,
                       "evidence": {"sentence": 0, "start": 0, "end": 1, "trigger": "x"},
                       "location": {"name_hi": "अस्ताना", "name_en": "Astana", "country": "KAZ"}}]}
    validate_record(old)
    old["events"][0]["location"]["lat"] = 123.0
    with pytest.raises(jsonschema.ValidationError):
        validate_record(old)


# --- store and GDELT -----------------------------------------------------------------------------


def test_migration_adds_the_geo_columns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with open_store(url):
        pass
    connection = sqlite3.connect(tmp_path / "kb.db")
    for table in ("events", "fused_events"):
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        assert {"location_geonames_id", "location_lat", "location_lon", "location_feature", "location_admin1",
                "location_basis"} <= columns
    assert int(connection.execute("SELECT value FROM ghatna_meta WHERE key = 'schema_version'").fetchone()[0]) >= 6


def test_gdelt_row_parses_with_coordinates(cli: Cli, kb_url: str, tmp_path: Path) -> None:
    with open_store(kb_url) as store:
        store.add([_analyse("नई दिल्ली: रक्षा मंत्री ने मंगलवार को अस्ताना में कजाकिस्तान के रक्षा मंत्री से मुलाकात की।")])
    path = tmp_path / "events.export.CSV"
    assert cli("export", "--db", kb_url, "--format", "gdelt", "-o", str(path)).code == 0
    frame = pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype={"EventCode": str})
    row = frame.iloc[0]
    assert row["ActionGeo_Type"] == 4 and row["ActionGeo_CountryCode"] == "KZ" and row["ActionGeo_FeatureID"] == 1526273
    assert row["ActionGeo_Lat"] == pytest.approx(51.18, abs=0.1)
    assert row["ActionGeo_Long"] == pytest.approx(71.45, abs=0.1)
    assert row["ActionGeo_FullName"].endswith("Kazakhstan") and row["ActionGeo_ADM1Code"].startswith("KZ")


def test_a_jsonl_source_is_a_line_of_tokens(tmp_path: Path) -> None:
    from ghatna.places.evaluate import read_source

    lines = [{"tokens": ["पहली", "पंक्ति"]}, {"tokens": ["धारचूला", "में", "बारिश", "।"]}]
    (tmp_path / "set.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n")
    assert read_source("set.jsonl#1", tmp_path).text == "धारचूला में बारिश ।"
    with pytest.raises(InputError):
        read_source("set.jsonl#2", tmp_path)


def test_a_span_is_geocoded_with_the_divisions_the_article_names() -> None:
    text = "उत्तराखंड के पहाड़ी इलाकों में तेज बारिश हुई। धारचूला में दो मकान गिर गए।"
    analysis = default_pipeline().run(make_article(text, "t"))
    start = text.index("धारचूला")
    found = geocode_span(analysis, start, start + len("धारचूला"))
    assert found.place is not None and found.place.geonames_id == 1272864, found.reason  # Dharchula
    assert "as other places" in found.reason


def test_a_story_naming_no_country_takes_a_large_home_town_by_its_letters() -> None:
    # local news names its district towns without their state: a town of 20,000 or more spelt alike
    # is taken in a story about home (none named, or the home country its main one), not a village
    text = "छिंदवाड़ा में बुधवार को तेज बारिश से दो मकान गिर गए। सरदारपुरा में भी पानी भर गया।"
    analysis = _analyse(text)
    for name, geonames_id in (("छिंदवाड़ा", 1274304), ("सरदारपुरा", None)):
        start = text.index(name)
        found = geocode_span(analysis, start, start + len(name))
        got = found.place.geonames_id if found.place is not None else None
        assert got == geonames_id, found.reason  # Chhindwara; Sardarpur (7,293 people) stays NIL
    abroad = choose(Query("छिंदवाड़ा", 0), Context(Counter({"NPL": 3})))
    assert abroad.entry is None, abroad.reason  # a story about Nepal: no Indian town by letters alone
    assumed = choose(Query("छिंदवाड़ा", 0), Context())
    assert "names no country" in assumed.reason and "article names" not in assumed.reason, assumed.reason


def test_state_abbreviations_name_their_states() -> None:
    for name, geonames_id in (("यूपी", 1253626), ("उप्र", 1253626), ("मप्र", 1264542), ("एमपी", 1264542)):
        found = choose(Query(name, 0), Context(Counter({"IND": 1})))
        assert found.entry is not None and found.entry.geonames_id == geonames_id, found.reason


# --- the gold set --------------------------------------------------------------------------------

GOLD = Path(__file__).resolve().parent / "resources" / "places_gold.jsonl"
#: 29 mentions of ten other BBC rows, labelled without looking at the geocoder's answers (0.862 at
#: the id when first measured; 0.965 after the two fixes its errors pointed to)
HELD_OUT = Path(__file__).resolve().parent / "resources" / "places_gold_heldout.jsonl"
#: 127 mentions of 23 EDNIL disaster reports, labelled blind (docs/places.md): 0.819 at the id and
#: 0.850 at the country when first measured, 0.850 and 0.882 after two general fixes; a development
#: set since: 0.945 and 0.953 after the fixes its errors' classes pointed to
BLIND = Path(__file__).resolve().parent / "resources" / "places_gold_blind.jsonl"
#: 158 mentions of 20 other EDNIL reports, labelled blind and committed before the first run: 0.791
#: and 0.823 then, 0.867 and 0.886 after the fixes found on BLIND (it was not looked at case by case)
BLIND2 = Path(__file__).resolve().parent / "resources" / "places_gold_blind2.jsonl"
#: 182 mentions (72 NIL) of 12 other EDNIL reports, labelled blind and committed before the first
#: run: 0.901 and 0.929 then, 0.940 and 0.962 after the name and country fixes of docs/places.md
BLIND3 = Path(__file__).resolve().parent / "resources" / "places_gold_blind3.jsonl"
#: 149 mentions (14 NIL) of six COVID-19 newspaper pages, labelled blind and committed before the
#: first run: 0.906 and 0.926 then, 0.926 and 0.946 after the home-story fix of docs/places.md
BLIND4 = Path(__file__).resolve().parent / "resources" / "places_gold_blind4.jsonl"


def test_gold_set_is_large_and_from_allowed_sources() -> None:
    from ghatna.places.evaluate import load_gold

    rows = load_gold(GOLD)
    assert len(rows) >= 200
    assert sum(r.geonames_id is None for r in rows) >= 5
    assert all(r.source.startswith(("../shared/data/eval/dev/", "../shared/data/news_hi/")) for r in rows)
    assert not any("/dev2/" in r.source or "/heldout/" in r.source for r in rows)
    blind = load_gold(BLIND)
    assert len(blind) >= 100 and sum(r.geonames_id is None for r in blind) >= 20
    assert all(r.source.startswith("../shared/data/news_hi/ednil2020_hindi_test_unlabeled/") for r in blind)
    blind2 = load_gold(BLIND2)
    assert len(blind2) >= 100 and sum(r.geonames_id is None for r in blind2) >= 20
    assert not {r.source for r in blind2} & {r.source for r in blind}
    blind3 = load_gold(BLIND3)
    assert len(blind3) >= 120 and sum(r.geonames_id is None for r in blind3) >= 20
    assert not {r.source for r in blind3} & ({r.source for r in blind} | {r.source for r in blind2})
    blind4 = load_gold(BLIND4)
    assert len(blind4) >= 120 and sum(r.geonames_id is None for r in blind4) >= 10
    assert all("/covid19_hindi_newspapers_2020/" in r.source for r in blind4)


@pytest.mark.skipif(not (Path(__file__).resolve().parents[2] / "shared" / "data").is_dir(), reason="../shared missing")
@pytest.mark.parametrize(
    ("gold", "id_floor", "country_floor"),
    [(GOLD, 0.95, 0.97), (HELD_OUT, 0.90, 0.90), (BLIND, 0.93, 0.94), (BLIND2, 0.90, 0.93), (BLIND3, 0.92, 0.94),
     (BLIND4, 0.92, 0.94)],
)
def test_place_gold_floors(cli: Cli, gold: Path, id_floor: float, country_floor: float) -> None:
    import json

    root = Path(__file__).resolve().parents[1]
    result = cli("evaluate", "places", str(gold), "--json", "--base", str(root))
    assert result.code == 0, result.err
    report: dict[str, Any] = json.loads(result.out)
    assert report["accuracy_id"] >= id_floor and report["accuracy_country"] >= country_floor, report["errors"]
    assert report["nil"]["recall"] >= 0.5


def test_the_shipped_letters_of_short_skeletons_are_those_of_their_rows_english_names() -> None:
    from ghatna.places.gazetteer import SHORT_SKELETON
    from ghatna.places.skeleton import english_letters

    table = place_table()
    short = [key for key in table._by_skeleton if len(key) < SHORT_SKELETON]
    assert len(short) > 200
    for key in short:
        rows, letters = table.short_names(key)
        assert letters == [english_letters(table.entry(int(row)).name_en) for row in rows], key
    assert table.short_names("bhgl") == ([], [])  # a skeleton long enough is matched by its index alone


def test_the_short_name_index_agrees_with_comparing_every_name_of_the_skeleton() -> None:
    from ghatna.places.gazetteer import place_table
    from ghatna.places.short_names import LIKE_SHORT, short_candidates
    from ghatna.places.skeleton import alike_at_least, english_letters, english_letters_of, hindi_skeleton

    names = ["Una", "Ḍhāka", "", "O'Neill"]
    assert english_letters_of(names) == [english_letters(n) for n in names] and english_letters_of([]) == []
    table = place_table()
    for name_hi in ("ऊना", "बुडुडा", "आरा", "गया", "मऊ", "केन", "ईरा", "अन्नू", "मोगा", "बाली", "आयी"):
        skeleton = hindi_skeleton(name_hi)
        every = [e for e in table.romanised(skeleton) if alike_at_least(name_hi, e.name_en, LIKE_SHORT)]
        assert list(short_candidates(name_hi, skeleton)) == every
