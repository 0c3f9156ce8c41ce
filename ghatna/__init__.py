"""ghatna: Hindi news to a knowledge base of political events (PLOVER, CAMEO)."""

__version__ = "0.1.0"
