"""Readers of the actor sources under ``../shared/data/actors/``: each yields ``Record`` objects in
English (the knowledge base's Hindi side is added later, word by word)."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
ACTORS = SHARED / "actors"
SECTOR_RULES = Path(__file__).with_name("position_sectors.tsv")


@dataclass(slots=True)
class Office:
    role: str
    sector: str
    country: str | None
    start: str  # YYYY-MM-DD or ""
    end: str
    rank: int  # 3 head of state or government, 2 minister or party leader, 1 other office, 0 none


@dataclass(slots=True)
class Record:
    kb_id: str
    kind: str  # person, organisation, igo, ngo, armed_group
    name_en: str
    country: str | None
    sector: str | None
    source: str
    aliases: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    names_hi: list[str] = field(default_factory=list)


def iso3_codes() -> set[str]:
    with (ACTORS / "leaders" / "ngec_countries.csv").open(encoding="utf-8") as handle:
        return {row["CCA3"] for row in csv.DictReader(handle) if row["CCA3"]}


def country_by_name() -> dict[str, str]:
    """English country names and nationalities (lower case) -> ISO3."""
    names: dict[str, str] = {}
    with (ACTORS / "leaders" / "ngec_countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in [row["Name"], *row["Nationality"].split(",")]:
                if name.strip():
                    names.setdefault(name.strip().lower(), row["CCA3"])
    return names


def _sector_rules() -> list[tuple[re.Pattern[str], str, int]]:
    rules = []
    for line in SECTOR_RULES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pattern, sector, rank = line.split("\t")
            rules.append((re.compile(pattern), sector, int(rank)))
    return rules


def position_sector(position: str, rules: list[tuple[re.Pattern[str], str, int]]) -> tuple[str, int]:
    lowered = position.lower()
    for pattern, sector, rank in rules:
        if pattern.search(lowered):
            return sector, rank
    return "GOV", 1


def peppercat() -> Iterator[Record]:
    """Office-holders since 1990 (CC BY-NC 4.0), one record per Wikidata person."""
    rules = _sector_rules()
    people: dict[str, Record] = {}
    igo_slugs = {"european-union", "world"}
    with (ACTORS / "leaders" / "peppercat_leaders_combined.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = row["iso3"] or ("IGO" if row["slug"] in igo_slugs else None)
            if country is None:  # unrecognised states (Abkhazia, Transnistria ...): left out
                continue
            sector, rank = position_sector(row["position"], rules)
            if country == "IGO":
                sector = "IGO"
            person = people.get(row["wikidata_qid"])
            if person is None:
                label = row["person"] if not row["person"].startswith("Q") else row["enwiki"]
                title = re.sub(r"\s*\(.*\)$", "", row["enwiki"]) or label
                # the usual English name: the shorter of the Wikidata label and the article title
                name, other = (title, label) if len(title.split()) < len(label.split()) else (label, title)
                person = Record(row["wikidata_qid"], "person", name, country, sector, "peppercat")
                people[row["wikidata_qid"]] = person
                if other != name:
                    person.aliases.append(other)
            person.offices.append(Office(row["position"], sector, country, row["start"], row["end"], rank))
    yield from people.values()


_CODE = re.compile(r"\[([~A-Z]*)\s*([<>]?\s*\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")


def _cameo_date(text: str | None) -> str:
    if not text:
        return ""
    digits = text.strip("<> ")
    if len(digits) == 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    year = int(digits[:2])
    century = 1900 if year >= 30 else 2000
    return f"{century + year}-{digits[2:4]}-{digits[4:]}"


def _cameo_name(raw: str) -> str:
    """"RUFUS_T._FIREFLY_" -> "Rufus T. Firefly"; "AL-NUSRA" -> "Al-Nusra"."""
    words = raw.replace("_", " ").split()
    return " ".join(w if not w.isupper() or (len(w) <= 3 and "." in w) else _capitalise(w) for w in words)


def _capitalise(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _blocks(path: Path) -> Iterator[tuple[str, list[str], list[tuple[str, str, str]]]]:
    """(name, aliases, codes) of each entry of a TABARI/PETRARCH actor file."""
    name: str | None = None
    aliases: list[str] = []
    codes: list[tuple[str, str, str]] = []
    for raw_line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw_line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = _CODE.sub("", line).strip()
        found = [(m.group(1), m.group(2) or "", m.group(3) or "") for m in _CODE.finditer(line)]
        if line[0] in " \t" and not head:
            codes.extend(found)
            continue
        if head.startswith("+"):
            aliases.append(head[1:].strip())
            codes.extend(found)
            continue
        if name is not None:
            yield name, aliases, codes
        name, aliases, codes = head, [], list(found)
    if name is not None:
        yield name, aliases, codes


_TITLE_WORDS = frozenset(
    {
        "president", "presidential", "prime", "minister", "ministers", "mr", "mrs", "ms", "dr", "sen", "senator",
        "secretary", "administration", "governor", "general", "gen", "king", "queen", "prince", "princess", "sheikh",
        "chancellor", "premier", "vice", "deputy", "chairman", "leader", "chief", "foreign", "former", "government",
        "regime", "u.s.", "us", "american", "amir", "emir", "ambassador", "spokesman", "colonel", "col", "lt",
        "commander", "president-elect", "sir", "lord", "the",
    }
)


def _plain_alias(alias: str) -> bool:
    words = _cameo_name(alias).lower().replace(".", ". ").split()
    return bool(words) and not any(w.strip(".") in _TITLE_WORDS for w in words)


def _interval(start: str, end: str) -> tuple[str, str]:
    if start.startswith(">"):
        return _cameo_date(start), ""
    if start.startswith("<"):
        return "", _cameo_date(start)
    return _cameo_date(start), _cameo_date(end)


# Words that make a CAMEO country entry an institution or a group rather than a person.
_ORGANISATION_WORDS = frozenset(
    {
        "front", "party", "army", "movement", "council", "ministry", "organization", "organisation", "union",
        "brigade", "brigades", "group", "committee", "league", "congress", "forces", "force", "police", "court",
        "bank", "assembly", "parliament", "government", "agency", "bureau", "service", "commission", "alliance",
        "jabhat", "hezbollah", "hizbullah", "taliban", "tigers", "association", "federation", "corps", "guard",
        "militia", "coalition", "national", "republic", "institute", "office", "department", "senate",
    }
)


def phoenix_countries(isos: set[str]) -> Iterator[Record]:
    """Named persons and institutions of the CAMEO country dictionary (MIT), to about 2015."""
    path = ACTORS / "phoenix_petrarch2" / "Phoenix.Countries.actors.txt"
    for raw_name, aliases, codes in _blocks(path):
        offices = []
        for code, start, end in codes:
            country, sector = code[:3], code[3:6]
            if country not in isos or not sector:
                continue
            begin, finish = _interval(start, end)
            rank = 2 if sector == "GOV" else 1
            offices.append(Office("", sector, country, begin, finish, rank))
        if not offices:
            continue  # country names and their cities carry a bare country code
        name = _cameo_name(raw_name)
        kb_id = "cameo:" + _slug(raw_name)
        kind = "organisation" if _ORGANISATION_WORDS & set(name.lower().replace("-", " ").split()) else "person"
        yield Record(kb_id, kind, name, offices[-1].country, offices[-1].sector, "phoenix",
                     [_cameo_name(a) for a in aliases if _plain_alias(a)], offices)


def phoenix_international(isos: set[str]) -> Iterator[Record]:
    """IGOs, NGOs, multinational companies and international persons (MIT)."""
    path = ACTORS / "phoenix_petrarch2" / "Phoenix.International.actors.txt"
    for raw_name, aliases, codes in _blocks(path):
        if not codes:
            continue
        code = codes[0][0]
        if code.startswith("IGO"):
            kind, country, sector = "igo", "IGO", "IGO"
        elif code.startswith("NGO"):
            kind, country, sector = "ngo", None, "CVL"
        elif code.startswith("MNC"):
            kind, country, sector = "organisation", code[3:6] if code[3:6] in isos else None, "BUS"
        elif code[:3] in isos:
            kind, country, sector = "person", code[:3], code[3:6] or "GOV"
        else:
            continue
        offices = []
        for code_i, start, end in codes:
            begin, finish = _interval(start, end)
            if begin or finish:
                where = "IGO" if code_i.startswith("IGO") else code_i[:3] if code_i[:3] in isos else None
                offices.append(Office("", "IGO" if where == "IGO" else code_i[3:6] or "GOV", where, begin, finish, 1))
        if offices:
            kind = "person"
        yield Record("cameo:" + _slug(raw_name), kind, _cameo_name(raw_name), country, sector, "phoenix",
                     [_cameo_name(a) for a in aliases if _plain_alias(a)], offices)


def phoenix_armed(isos: set[str]) -> Iterator[Record]:
    path = ACTORS / "phoenix_petrarch2" / "Phoenix.MilNonState.actors.txt"
    for raw_name, aliases, codes in _blocks(path):
        if not codes:
            continue
        code = codes[0][0]
        country = code[:3] if code[:3] in isos else None
        yield Record("cameo:" + _slug(raw_name), "armed_group", _cameo_name(raw_name), country, "REB", "phoenix",
                     [_cameo_name(a) for a in aliases])


def ucdp(names: dict[str, str]) -> Iterator[Record]:
    """Rebel and militant groups of the UCDP actor list v22.1 (CC BY 4.0); governments left out."""
    path = ACTORS / "armed_groups" / "ucdp-actor-221.csv"
    with path.open(encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            if row["Org"] not in {"1", "2"}:
                continue
            places = [p.strip() for p in row["Location"].split(",") if p.strip()]
            countries = {names.get(re.sub(r"\s*\(.*\)$", "", p).lower()) for p in places}
            country = countries.pop() if len(countries) == 1 else None
            aliases = [a.strip() for a in row["NamePrev"].split(",") if a.strip()]
            if row["NameOrigFullEng"] not in {"n/a", "", row["NameData"]}:
                aliases.append(row["NameOrigFullEng"])
            yield Record(f"ucdp:{row['ActorId']}", "armed_group", row["NameData"], country, "REB", "ucdp", aliases)


def _slug(raw: str) -> str:
    text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")
