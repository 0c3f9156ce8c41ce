"""Loading of the language data files under ``ghatna/lang/<lang>/``.

Every file is validated against a closed set of keys declared in ``SCHEMAS`` so that a typo in a
data file fails loudly instead of silently dropping knowledge. The validators live in
``ghatna.lang.schemas``, which sits above ``ghatna.text`` (some of them compare matching keys);
the loader, below ``ghatna.text``, imports that package by name when it first loads a file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection
from functools import cache
from importlib import import_module, resources
from typing import Any

import regex
import yaml

from ghatna.errors import LanguageDataError

Validator = Callable[[str, Any], None]
SCHEMAS: dict[str, Validator] = {}

_GLUED = regex.compile(r"[,;|]|\s{2,}|^\s|\s$")


def register_schema(name: str) -> Callable[[Validator], Validator]:
    """Declare the validator of the data file ``name`` (path under the language folder, no suffix)."""

    def wrap(func: Validator) -> Validator:
        SCHEMAS[name] = func
        return func

    return wrap


def check_keys(where: str, mapping: Any, allowed: Collection[str], required: Collection[str] = ()) -> None:
    if not isinstance(mapping, dict):
        raise LanguageDataError(f"{where}: expected a mapping, got {type(mapping).__name__}")
    unknown = set(mapping) - set(allowed)
    if unknown:
        raise LanguageDataError(f"{where}: unknown keys {sorted(unknown)}; allowed {sorted(allowed)}")
    missing = set(required) - set(mapping)
    if missing:
        raise LanguageDataError(f"{where}: missing keys {sorted(missing)}")


def check_terms(where: str, terms: Any, *, single_words: bool = False) -> list[str]:
    """A list of unique, NFC, unglued strings (no separators, no stray spaces; no space at all
    when ``single_words``)."""
    if not isinstance(terms, list) or not all(isinstance(t, str) and t for t in terms):
        raise LanguageDataError(f"{where}: expected a list of non-empty strings")
    seen: set[str] = set()
    for term in terms:
        if unicodedata.normalize("NFC", term) != term:
            raise LanguageDataError(f"{where}: {term!r} is not NFC")
        if _GLUED.search(term) or (single_words and " " in term):
            raise LanguageDataError(f"{where}: {term!r} looks glued (separator or stray space)")
        if term in seen:
            raise LanguageDataError(f"{where}: duplicate entry {term!r}")
        seen.add(term)
    return list(terms)


try:  # libyaml's parser, about 7 times faster, with the same safe constructor
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _UniqueKeyLoader(_SafeLoader):
    """A YAML loader that rejects duplicate mapping keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    keys: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in keys:
            raise LanguageDataError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        keys.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def data_names(lang: str = "hi") -> list[str]:
    """Every YAML data file of a language, as names relative to its folder without the suffix."""
    root = resources.files("ghatna.lang").joinpath(lang)
    names: list[str] = []

    def walk(node: Any, prefix: str) -> None:
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(".yaml"):
                names.append(prefix + child.name.removesuffix(".yaml"))

    walk(root, "")
    return sorted(names)


@cache
def load(name: str, lang: str = "hi") -> Any:
    """Load and validate ``ghatna/lang/<lang>/<name>.yaml``."""
    path = resources.files("ghatna.lang").joinpath(lang, f"{name}.yaml")
    where = f"ghatna/lang/{lang}/{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise LanguageDataError(f"{where}: no such data file") from e
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except LanguageDataError as e:
        raise LanguageDataError(f"{where}: {e}") from e
    except yaml.YAMLError as e:
        raise LanguageDataError(f"{where}: not valid YAML: {e}") from e
    import_module("ghatna.lang.schemas")  # registers every validator
    validator = SCHEMAS.get(name)
    if validator is None:
        raise LanguageDataError(f"{where}: no schema is registered for this file")
    validator(where, data)
    return data
