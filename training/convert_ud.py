"""Convert the legacy (2015, UD v1-style) Hindi-HDTB files to UD v2 CoNLL-U and split them.

Usage: python training/convert_ud.py OUT_DIR LEGACY.conllu [LEGACY.conllu ...]

Writes OUT_DIR/train.conllu and OUT_DIR/dev.conllu (every 10th sentence goes to dev, so the
split is deterministic), plus OUT_DIR/train-{25,50,75}.conllu (the first N% of the training
sentences) for the learning curve. The label mapping lives in training/ud_v1_to_v2.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

MAPPING = Path(__file__).with_name("ud_v1_to_v2.yaml")
DEV_EVERY = 10
FRACTIONS = (25, 50, 75)


def read_sentences(path: Path) -> list[list[list[str]]]:
    sentences: list[list[list[str]]] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(rows)
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}: not a 10-column CoNLL-U line: {line!r}")
            rows.append(cols)
    if rows:
        sentences.append(rows)
    return sentences


def _feats(upos: str, xpos: str, lemma: str, feats: str, m: dict[str, Any]) -> str:
    out: dict[str, str] = {}

    def put(spec: str) -> None:
        for item in spec.split("|"):
            key, value = item.split("=", 1)
            out[key] = value

    for item in [] if feats == "_" else feats.split("|"):
        key, value = item.split("=", 1)
        if key == "Aspect":
            if upos in ("VERB", "AUX"):
                if value == "Wa" and lemma in m["tam_past_copula_lemmas"]:
                    put(m["tam_past_copula"])
                elif value in m["tam_verbal"]:
                    put(m["tam_verbal"][value])
            elif upos == "PRON" and value in m["tam_nominal"]:
                put(m["tam_nominal"][value])
            continue
        table = m["features"].get(key)
        if table is None:
            out[key] = value
            continue
        if value not in table or table[value] is None:
            continue
        new = str(table[value])
        first, _, rest = new.partition("|")
        if key not in out:  # a fused Case from the TAM marker wins over the plain one
            out[key] = first
        if rest:
            put(rest)
    if upos in m["by_upos"]:
        put(m["by_upos"][upos])
    if xpos in m["by_xpos"]:
        put(m["by_xpos"][xpos])
    if not out:
        return "_"
    return "|".join(f"{k}={out[k]}" for k in sorted(out, key=str.lower))


def convert(sentence: list[list[str]], m: dict[str, Any]) -> list[list[str]]:
    rows = [list(r) for r in sentence]
    for r in rows:
        r[3] = m["upos"].get(r[3], r[3])
    upos_of = {r[0]: r[3] for r in rows}
    for r in rows:
        r[5] = _feats(r[3], r[4], r[2], r[5], m)
        deprel = m["deprel"].get(r[7], r[7])
        if deprel == "nmod" and upos_of.get(r[6]) in m["nmod_to_obl_when_head_upos"]:
            deprel = "obl"
        r[7] = deprel
        r[8] = "_"
        r[9] = "_"
        if deprel in m["force_upos_by_deprel"]:
            r[3] = m["force_upos_by_deprel"][deprel]
    _attach_to_next_conjunct(rows, set(m["attach_to_next_conjunct"]))
    return rows


def _attach_to_next_conjunct(rows: list[list[str]], deprels: set[str]) -> None:
    """UD v2: a coordinating conjunction (and the punctuation) before a conjunct attaches to it.

    UD v1 attached them to the first conjunct.
    """
    for r in rows:
        if r[7] not in deprels:
            continue
        head, i = int(r[6]), int(r[0])
        following = [int(x[0]) for x in rows if x[7] == "conj" and int(x[6]) == head and int(x[0]) > i]
        if head and head < i and following:
            r[6] = str(min(following))


def write(path: Path, sentences: list[list[list[str]]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for rows in sentences:
            f.write(f"# text = {' '.join(r[1] for r in rows)}\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
            f.write("\n")


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    m = yaml.safe_load(MAPPING.read_text(encoding="utf-8"))
    sentences = [convert(s, m) for p in argv[1:] for s in read_sentences(Path(p))]
    train = [s for i, s in enumerate(sentences) if i % DEV_EVERY != DEV_EVERY - 1]
    dev = [s for i, s in enumerate(sentences) if i % DEV_EVERY == DEV_EVERY - 1]
    write(out / "train.conllu", train)
    write(out / "dev.conllu", dev)
    for pct in FRACTIONS:
        write(out / f"train-{pct}.conllu", train[: len(train) * pct // 100])
    print(f"{len(train)} train / {len(dev)} dev sentences -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
