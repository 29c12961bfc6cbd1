"""`make bench`: speed of kg's stages, each beside a baseline measured in the same run.

- extraction: ms per article with the full pipeline, against spaCy's own
  `nlp.pipe` over the same paragraphs (the floor of this design), and the
  rules-only pipeline;
- `kg --help` start-up against a bare `python -c pass`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _articles(copies: int):
    from kg.read import read_file

    articles = [a for p in sorted(EXAMPLES.iterdir()) if p.is_file() for a in read_file(p)]
    return articles * copies


def _timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def bench_extraction(copies: int = 20) -> None:
    import spacy

    from kg.extract import extract_facts, load_pipeline

    nlp = load_pipeline()
    articles = _articles(copies)
    paragraphs = [text for a in articles for kind, text in a.paragraphs if kind == "p"]
    list(extract_facts(articles[:6], nlp=nlp))  # warm up dateparser and the regex caches
    spacy_only = _timed(lambda: list(nlp.pipe(paragraphs, batch_size=64)))
    full = _timed(lambda: list(extract_facts(articles, nlp=nlp)))
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    rules_only = _timed(lambda: list(extract_facts(articles, nlp=blank)))
    n = len(articles)
    print(f"extraction, {n} articles: {1000 * full / n:.1f} ms/article; "
          f"spaCy nlp.pipe alone {1000 * spacy_only / n:.1f} ms/article (ratio {full / spacy_only:.2f}); "
          f"rules-only pipeline {1000 * rules_only / n:.1f} ms/article")


def bench_startup(runs: int = 5) -> None:
    kg = Path(sys.executable).parent / "kg"
    help_times = [_timed(lambda: subprocess.run([str(kg), "--help"], capture_output=True)) for _ in range(runs)]
    bare = [_timed(lambda: subprocess.run([sys.executable, "-c", "pass"], capture_output=True)) for _ in range(runs)]
    print(f"kg --help: median {statistics.median(help_times):.3f} s; "
          f"python -c pass {statistics.median(bare):.3f} s "
          f"(ratio {statistics.median(help_times) / statistics.median(bare):.1f})")


def main() -> int:
    bench_extraction()
    bench_startup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
