"""Score extraction on every gold file in a folder: `python -m benchmarks.evaluate tests/dev`."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from kg.evaluate import load_gold, score_store
from kg.pipeline import ingest
from kg.settings import Settings
from kg.store import open_store


def evaluate(folder: Path) -> tuple[int, int, int]:
    totals = [0, 0, 0]
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = load_gold(gold_path)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(store=str(Path(tmp) / "store"))
            ingest([folder / gold["article"]], settings=settings)
            with open_store(settings) as store:
                score = score_store(store, gold["facts"])
        totals = [totals[0] + score.tp, totals[1] + score.fp, totals[2] + score.fn]
        print(f"{gold['article']:40s} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
        for fact in score.missed:
            print("    missed:", json.dumps(fact, ensure_ascii=False))
        for fact in score.wrong:
            print("    wrong: ", json.dumps(fact, ensure_ascii=False))
    return tuple(totals)


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/dev")
    tp, fp, fn = evaluate(folder)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'micro':40s} P={p:.3f} R={r:.3f} F1={f:.3f} tp={tp} fp={fp} fn={fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
