"""The seed lesson's validation checklist, verbatim, for the benchmark (scripts/bench-seed.py).

Copied unchanged from the lesson that defines the domain (shared/seed/creating-preference-datasets.md,
section "Validating Your Dataset", the `validate_preference_dataset` code block), so that the benchmark runs
the seed's own code from a fresh clone. Its bugs are the lesson's; dataset-ci implements what it means.
"""

def validate_preference_dataset(dataset):
    """Validate preference dataset quality."""
    issues = []

    for idx, example in enumerate(dataset):
        # Check all fields present
        if not all(k in example for k in ["prompt", "chosen", "rejected"]):
            issues.append(f"Example {idx}: Missing required field")

        # Check contrast is clear
        if len(example["chosen"]) < 50:
            issues.append(f"Example {idx}: Chosen response too short")

        if len(example["rejected"]) < 50:
            issues.append(f"Example {idx}: Rejected response too short")

        # Check for lecturing in chosen
        lecturing_phrases = ["you should", "you must", "it's wrong", "how dare"]
        if any(phrase in example["chosen"].lower() for phrase in lecturing_phrases):
            issues.append(f"Example {idx}: Chosen response may be lecturing")

        # Check for alternatives in chosen
        alternative_signals = ["I can help", "instead", "alternatively", "what if"]
        if not any(signal in example["chosen"].lower() for signal in alternative_signals):
            issues.append(f"Example {idx}: Chosen may lack alternatives")

        # Check rejected actually shows harm
        if "I can't" in example["rejected"] or "I won't" in example["rejected"]:
            issues.append(f"Example {idx}: Rejected looks like a refusal")

    return issues
