"""A stable id of an article's text."""

from __future__ import annotations

import hashlib

from ghatna.text.normalise import nfc


def content_id(text: str) -> str:
    """A stable id from the NFC text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(nfc(text).encode("utf-8")).hexdigest()[:16]
