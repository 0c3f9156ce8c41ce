"""The annotated event corpus as training data: its records joined with the texts rebuilt by
``events/text.py`` (in memory only), the pipeline's analysis of each article, and the article coded
with its gold triggers. Shared by ``event_models.py`` and ``event_oracle.py``."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import pickle
from collections.abc import Callable
from pathlib import Path

import ghatna.events.coder as coder_module
from ghatna.events.clauses import find_triggers
from ghatna.events.learned.data import GoldTrigger, token_labels
from ghatna.events.learned.model import TriggerModel
from ghatna.events.learned.triggers import labelled_triggers
from ghatna.events.lexicon import lexicon
from ghatna.events.tokens import sentence_toks
from ghatna.events.trigger_coding import TriggerCoding
from ghatna.ingest.article import make_article
from ghatna.nlp.parse import parse_sentences
from ghatna.pipeline import Pipeline
from ghatna.records import Analysis, Event

_TEXT = importlib.util.spec_from_file_location("corpus_text", Path(__file__).resolve().parent / "events" / "text.py")
assert _TEXT is not None and _TEXT.loader is not None
T = importlib.util.module_from_spec(_TEXT)
_TEXT.loader.exec_module(T)

TEST_BATCHES = ("b90", "b91")


def load_annotations() -> tuple[dict[str, dict], dict[str, dict]]:
    """(train, test) records by article id; a doubly annotated article from its first file."""
    train: dict[str, dict] = {}
    test: dict[str, dict] = {}
    for path in sorted((T.HERE / "annotations").glob("*.jsonl")):
        into = test if path.name.startswith(TEST_BATCHES) else train
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                into.setdefault(record["id"], record)
    return train, test


def cache_folder(cache: Path) -> Path:
    """The cache's sub-folder for this version of the package (its code, data and NLP models, but not
    the learned coder and its models, which the analyses do not depend on): analyses cached by an
    older pipeline are never read again."""
    package = Path(coder_module.__file__).resolve().parents[1]
    skipped = (package / "models" / "events", package / "events" / "learned")
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.parent not in skipped:
            digest.update(str(path.relative_to(package)).encode("utf-8"))
            digest.update(path.read_bytes())
    return cache / digest.hexdigest()[:16]


def analyse(record: dict, source: dict, pipeline: Pipeline, cache: Path | None) -> Analysis:
    """The pipeline's analysis of one article, with every sentence that holds a gold trigger parsed
    (as the learned coder parses the sentences where it finds one), kept in ``cache`` if given."""
    stored = cache / f"{record['id']}.pickle" if cache else None
    if stored is not None and stored.exists():
        return pickle.loads(stored.read_bytes())
    body = T.article_text(source)
    analysis = pipeline.run(make_article(body, record["id"], article_id=record["id"]))
    if analysis.article.text != body:
        raise ValueError(f"{record['id']}: the article text changed on reading")
    gold = gold_triggers(record)
    parsed = {t.sentence for t in analysis.tokens if t.dep}
    wanted = {t.sentence for t in analysis.tokens if any(g.start < t.end and t.start < g.end for g in gold)}
    if wanted - parsed:
        parse_sentences([(analysis, wanted - parsed)])
    analysis.spacy_doc = None
    if stored is not None:
        stored.write_bytes(pickle.dumps(analysis))
    return analysis


def gold_triggers(record: dict) -> list[GoldTrigger]:
    return [GoldTrigger(e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in record.get("events", [])
            if e.get("trigger", {}).get("start") is not None]


def sentences_of(record: dict, analysis: Analysis) -> list[tuple[list, list[str]]]:
    """(tokens, gold labels) per sentence of one annotated article."""
    gold = gold_triggers(record)
    return [(toks, token_labels(toks, gold)) for toks in sentence_toks(analysis).values()]


def code_with_gold_triggers(
    record: dict, analysis: Analysis, model: TriggerModel, hook: Callable[[TriggerCoding], None] | None
) -> list[Event]:
    """The article's events coded with the gold triggers (typed by the gold, spanned and framed as
    ``labelled_triggers`` does) in place of the dictionary's; ``hook`` is the argument step run
    after the rules' (None: the rules' arguments alone)."""
    lex = lexicon()
    gold = gold_triggers(record)

    def oracle(toks: list, lex_: object, coder_name: object) -> list:
        return labelled_triggers(toks, token_labels(toks, gold), find_triggers(toks, lex), lex, model)

    saved = coder_module.sentence_triggers, coder_module.argument_hook
    coder_module.sentence_triggers = oracle
    coder_module.argument_hook = lambda coder_name: hook
    try:
        return coder_module.code_events(analysis, "learned")
    finally:
        coder_module.sentence_triggers, coder_module.argument_hook = saved

