"""The romaniser: pinned accuracy on the NEWS 2012 test names, and the evaluate CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ghatna.actors.romanise import romanise_name
from ghatna.evaluate.translit import DEFAULT_TEST, edit_distance, evaluate, read_test
from ghatna.translit.model import load_model
from tests.conftest import ROOT, SHARED

MODEL = ROOT / "ghatna" / "models" / "translit" / "graphones.json"


def test_accuracy_floor_on_the_news2012_test_pairs() -> None:
    assert (SHARED / DEFAULT_TEST.relative_to("../shared")).exists()
    figures = evaluate(read_test(SHARED / DEFAULT_TEST.relative_to("../shared")))
    assert figures["pairs"] == 1079
    assert figures["top1_accuracy"] >= 0.45
    assert figures["mean_edit_distance"] <= 1.05


def test_the_model_is_small_and_holds_probabilities_not_pairs() -> None:
    assert MODEL.stat().st_size < 5_000_000
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert set(data) == {"order", "max_source", "trained_on", "pairs", "aligned", "ngrams"}
    assert all(len(units) <= data["order"] and isinstance(lp, float) for units, lp, _ in data["ngrams"])


def test_names_are_title_cased_latin() -> None:
    assert romanise_name("अस्ताना") == "Astana"
    name = romanise_name("निर्मला सीतारमण")
    assert name is not None and name.startswith("Nirmala ") and name.isascii()
    assert romanise_name("  ") is None


def test_a_latin_word_is_kept_and_punctuation_is_no_part_of_a_name() -> None:
    assert romanise_name("BBC") == "BBC"
    assert romanise_name("राम ,") == "Ram"
    assert romanise_name("- .") is None


def test_initials_written_as_letter_names_become_latin_initials() -> None:
    assert romanise_name("एल डी मंडलोई") == f"L. D. {romanise_name('मंडलोई')}"
    assert romanise_name("एसएस वर्मा") == f"S. S. {romanise_name('वर्मा')}"
    # the last word is the name itself, and a word that is not all letter names is no initial
    assert romanise_name("राम जी") == f"{romanise_name('राम')} {romanise_name('जी')}"
    assert not (romanise_name("एकता वर्मा") or "").startswith("E.")


def test_edit_distance() -> None:
    assert edit_distance("sitarman", "sitharaman") == 2
    assert edit_distance("", "abc") == 3


def test_unknown_characters_do_not_crash() -> None:
    assert load_model().decode("ॐ") is not None


def test_evaluate_cli_prints_json(tmp_path: Path, cli: Callable[..., Any]) -> None:
    test = tmp_path / "pairs.tsv"
    test.write_text("id\tsource_en\ttarget_hi\n1\tAstana\tअस्ताना\n2\tBharat\tभारत\n", encoding="utf-8")
    result = cli("evaluate", "translit", "--test", str(test), "--json")
    assert result.code == 0
    figures = json.loads(result.out)
    assert figures["pairs"] == 2 and 0 <= figures["top1_accuracy"] <= 1


def test_evaluate_cli_reports_a_missing_file(tmp_path: Path, cli: Callable[..., Any]) -> None:
    result = cli("evaluate", "translit", "--test", str(tmp_path / "none.tsv"))
    assert result.code == 2 and "--test" in result.err


def _unpruned_decode(word: str, beam: int = 24) -> list[tuple[str, float]]:
    """The beam search without the decoder's shortcuts: every hypothesis stored, each scored by
    ``score``, the ``beam`` best expanded at each position, all derivations summed at the end."""
    import math

    from ghatna.translit.model import BOUNDARY, _log10_add
    from ghatna.translit.units import hindi_units

    model = load_model()
    units = hindi_units(word)
    frontier: dict[int, dict[tuple[str, ...], float]] = {0: {(BOUNDARY,): 0.0}}
    for pos in range(len(units)):
        states = sorted(frontier.pop(pos, {}).items(), key=lambda kv: -kv[1])[:beam]
        for history, score in states:
            chunks = [(size, "".join(units[pos : pos + size])) for size in range(1, model.max_source + 1)]
            readings = [(size, g) for size, c in chunks if pos + size <= len(units) for g in model.by_source.get(c, ())]
            if not readings:
                bucket = frontier.setdefault(pos + 1, {})
                bucket[history] = max(bucket.get(history, -math.inf), score - 5.0)
            for size, graphone in readings:
                bucket = frontier.setdefault(pos + size, {})
                total = score + model.score(history, graphone)
                new = (*history, graphone)
                bucket[new] = max(bucket.get(new, -math.inf), total)
    finals: dict[str, float] = {}
    for history, score in frontier.get(len(units), {}).items():
        text = "".join(g.split("|", 1)[1] for g in history[1:])
        finals[text] = _log10_add(finals.get(text, -math.inf), score + model.score(history, BOUNDARY))
    return sorted(finals.items(), key=lambda kv: -kv[1])


def test_the_decoder_gives_the_plain_beam_search_n_best_to_the_last_bit() -> None:
    import regex

    from tests.conftest import SAMPLES

    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    words = list(dict.fromkeys(regex.findall(r"\p{Devanagari}+", text)))[:300]
    words += ["क़ुतुब", "अल-मौलम", "ज्ञ", "श्री", "x१२"]
    model = load_model()
    assert [model.decode(w) for w in words] == [_unpruned_decode(w) for w in words]
