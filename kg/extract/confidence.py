"""What a fact's confidence means: how often the rule that read it is right on real text.

Each rule's precision is measured by `kg eval --calibrate` on gold sets of
text nobody on the project wrote (`make calibrate` runs it on the
WebNLG-film and Re-DocRED-film development sets) and shipped in
`data/confidences.json`. A rule seen only a few times there has little to
go on, so its measure is pulled towards a prior: with `r` facts right and
`w` wrong, the confidence is `(r + WEIGHT * PRIOR) / (r + w + WEIGHT)`, the
mean of a Beta distribution worth `WEIGHT` facts at `PRIOR`. A rule never
measured keeps the confidence it gives itself. A hedged sentence
("reportedly", "could") multiplies it by `HEDGED`.

So `--min-confidence 0.5` leaves out the facts of the rules that are wrong
about as often as right, and the facts of hedged sentences from all but the
surest rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from kg.extract.lexicon import HEDGES
from kg.model import Fact

TABLE = Path(__file__).parent / "data" / "confidences.json"
PRIOR = 0.8     # what a rule with no measure is taken to be worth
WEIGHT = 5      # how many measured facts the prior counts as
HEDGED = 0.6    # the share of its confidence a hedged sentence keeps


def smoothed(right: int, wrong: int) -> float:
    """A rule's precision pulled towards PRIOR by WEIGHT facts' worth."""
    return round((right + WEIGHT * PRIOR) / (right + wrong + WEIGHT), 3)


def calibration(by_rule: Mapping[str, tuple[int, int]], sets: Iterable[str], ignored: Iterable[str] = ()) -> str:
    """The table `kg eval --calibrate` writes, as JSON with a rule a line: each rule's right and wrong facts
    and its confidence."""
    table = {
        "about": "How often each extraction rule is right on real text; see kg/extract/confidence.py.",
        "measured": date.today().isoformat(),
        "sets": sorted(sets),
        "not scored": sorted(ignored),   # SET:RELATION pairs whose gold names things its own way
        "prior": PRIOR,
        "weight": WEIGHT,
        "rules": {rule: {"right": right, "wrong": wrong, "confidence": smoothed(right, wrong)}
                  for rule, (right, wrong) in sorted(by_rule.items())},
    }
    head = json.dumps({key: value for key, value in table.items() if key != "rules"}, ensure_ascii=False, indent=1)
    rules = ",\n".join(f"  {json.dumps(rule, ensure_ascii=False)}: {json.dumps(entry)}"
                        for rule, entry in table["rules"].items())
    return f'{head[:-2]},\n "rules": {{\n{rules}\n }}\n}}\n'


@cache
def rule_confidences(path: Path = TABLE) -> Mapping[str, float]:
    """Each measured rule's confidence, from a table `kg eval --calibrate` wrote."""
    table = json.loads(path.read_text(encoding="utf-8"))
    return {rule: entry["confidence"] for rule, entry in table["rules"].items()}


def calibrated(fact: Fact, confidences: Mapping[str, float]) -> Fact:
    """The fact with its rule's measured confidence, lowered when its sentence hedges."""
    confidence = confidences.get(fact.evidence.rule, fact.evidence.confidence)
    if is_hedged(fact.evidence.sentence):
        confidence *= HEDGED
    return fact.with_confidence(round(confidence, 3))


@lru_cache(maxsize=1024)  # (asked once for each fact of a sentence)
def is_hedged(sentence: str) -> bool:
    """Hearsay or speculation: "reportedly", "is said to", "could"."""
    lowered = sentence.lower()
    return any(hedge in lowered for hedge in HEDGES)
