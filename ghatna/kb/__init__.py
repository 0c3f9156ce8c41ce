"""The actor knowledge base: who is who, with English names, countries, sectors and dates in office.

``ArticleLinker(countries, day).link(name_hi, title_hi)`` links a Hindi name mention of an article
to an entry (or None); ``find_actors(query)`` answers a search by QID, English or Hindi name.
"""

from ghatna.kb.link import ArticleLinker, Link, find_actors
from ghatna.kb.store import Entry, KnowledgeBase, Office, knowledge_base

__all__ = ["ArticleLinker", "Entry", "KnowledgeBase", "Link", "Office", "find_actors", "knowledge_base"]
