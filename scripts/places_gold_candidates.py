"""Print the place mentions that ghatna finds in gold sources, as gold-shaped JSONL rows with the
geocoder's current answer and reason, for a person to check and correct (never a gold by itself).

    .venv/bin/python scripts/places_gold_candidates.py SOURCE... > candidates.jsonl

A SOURCE is a text file or ``<csv>#<row>`` (see ghatna.places.evaluate), relative to this folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ghatna.pipeline import default_pipeline
from ghatna.places.evaluate import read_source


def main() -> None:
    pipeline = default_pipeline()
    for source in sys.argv[1:]:
        analysis = pipeline.run(read_source(source, Path.cwd()))
        for m in analysis.places:
            place = m.place
            row = {"source": source, "start": m.start, "end": m.end, "name_hi": m.name_hi,
                   "geonames_id": place.geonames_id if place else None, "country": place.country if place else None,
                   "found_en": place.name_en if place else None, "reason": m.reason}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
