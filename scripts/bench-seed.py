"""The seed lesson's validation checklist, run on a JSON Lines file, for the benchmark.

The function is the lesson's own, copied verbatim into scripts/seed_checklist.py, so the benchmark
measures the seed's code. The file is loaded with the standard library,
streamed: `validate_preference_dataset` only iterates over its argument once, so a generator serves it, and
is faster and leaner than a list of every record (the comparison favours the seed, not dataset-ci).

    python3 scripts/bench-seed.py FILE.jsonl
"""

import json
import pathlib
import sys

def seed_checklist():
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from seed_checklist import validate_preference_dataset

    return validate_preference_dataset


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
