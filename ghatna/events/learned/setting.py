"""Which coder finds the triggers: ``rules`` (the dictionary), ``learned`` (the trained tagger,
typed by the model, with the rules' argument and modality steps) or ``both`` (the dictionary's
triggers and the tagger's where the dictionary has none). Set by ``ghatna --coder`` or the
environment variable ``GHATNA_CODER``, which worker processes inherit."""

from __future__ import annotations

import os
from typing import Literal

from ghatna.errors import GhatnaError

Coder = Literal["rules", "learned", "both"]
CODERS: tuple[Coder, ...] = ("rules", "learned", "both")
DEFAULT_CODER: Coder = "rules"
ENVIRONMENT = "GHATNA_CODER"


def coder_setting() -> Coder:
    value = os.environ.get(ENVIRONMENT, "").strip() or DEFAULT_CODER
    for coder in CODERS:
        if value == coder:
            return coder
    raise GhatnaError(f"{ENVIRONMENT}={value!r}: expected one of {', '.join(CODERS)}")


def use_coder(coder: Coder) -> None:
    """Choose the coder for this process and the workers it starts."""
    if coder not in CODERS:
        raise GhatnaError(f"unknown coder {coder!r}: expected one of {', '.join(CODERS)}")
    os.environ[ENVIRONMENT] = coder
