"""Romanisation of Devanagari names with a learned joint-sequence (graphone) n-gram model.

The model file ``ghatna/models/translit/graphones.json`` holds probabilities of grapheme chunks
(Hindi characters paired with English letters) in context; see its ``MODEL_CARD.md``.
"""

from ghatna.translit.model import JointModel, load_model, romanise

__all__ = ["JointModel", "load_model", "romanise"]
