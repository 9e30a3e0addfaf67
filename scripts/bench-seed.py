"""The seed lesson's validation checklist, run on a JSON Lines file, for the benchmark.

The function is taken verbatim from the lesson (../shared/seed/creating-preference-datasets.md), not
copied here, so the benchmark measures the seed's own code. The file is loaded with the standard library,
streamed: `validate_preference_dataset` only iterates over its argument once, so a generator serves it, and
is faster and leaner than a list of every record (the comparison favours the seed, not dataset-ci).

    python3 scripts/bench-seed.py FILE.jsonl
"""

import json
import pathlib
import re
import sys

SEED = pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "creating-preference-datasets.md"


def seed_checklist():
    text = SEED.read_text(encoding="utf-8")
    match = re.search(r"```python\n(def validate_preference_dataset\(.*?\n)# Run validation", text, re.S)
    if not match:
        sys.exit(f"validate_preference_dataset not found in {SEED}")
    namespace = {}
    exec(match.group(1), namespace)
    return namespace["validate_preference_dataset"]


def load(path, skipped):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                skipped["invalid json"] += 1
                continue
            # The checklist indexes the three fields without checking them, so a record missing one (or
            # holding a non-string) would stop the whole run with a KeyError/TypeError: leave those out.
            if not isinstance(record, dict) or not all(
                isinstance(record.get(key), str) for key in ("prompt", "chosen", "rejected")
            ):
                skipped["unusable record"] += 1
                continue
            yield record


skipped = {"invalid json": 0, "unusable record": 0}
issues = seed_checklist()(load(sys.argv[1], skipped))
print(f"{len(issues)} issues; skipped {skipped}")
