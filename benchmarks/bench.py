"""`make bench`: speed of kg's stages, each beside a baseline measured in the same run.

- extraction: ms per article with the full pipeline, against spaCy's own
  `nlp.pipe` over the same paragraphs (the floor of this design), and the
  rules-only pipeline;
- `kg seo --all` over 1,000 articles, against pyld used naively (its
  from_rdf parsing N-Quads, the context given inline);
- `kg --help` start-up against a bare `python -c pass`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "tests" / "dev"


def _articles(copies: int):
    from kg.read import read_file

    articles = [a for p in _article_files() for a in read_file(p)]
    return articles * copies


def _article_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.is_file() and not p.name.endswith(".gold.json"))


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


def bench_seo(articles: int = 1000) -> None:
    """`kg seo --all` over `articles` article graphs (copies of the examples under new IRIs)."""
    import tempfile

    from pyld import jsonld

    from kg.pipeline import ingest
    from kg.seo import _local_context, seo_slice, write_all
    from kg.settings import Settings
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(store=f"{tmp}/store")
        ingest(_article_files(), settings=settings)
        with open_store(settings) as store:
            sources = store.article_graphs()
            copies = [(sources[i % len(sources)], f"{sources[i % len(sources)]}-copy-{i}")
                      for i in range(articles - len(sources))]
            store.update(" ;\n".join(
                f"INSERT {{ GRAPH <{new}> {{ ?s2 ?p ?o2 }} }} WHERE {{ GRAPH <{old}> {{ ?s ?p ?o }} "
                f"BIND(IF(?s = <{old}>, <{new}>, ?s) AS ?s2) BIND(IF(?o = <{old}>, <{new}>, ?o) AS ?o2) }}"
                for old, new in copies))
            total = len(store.article_graphs())
            elapsed = _timed(lambda: write_all(store, Path(tmp) / "seo", settings=settings))
            context = _local_context(settings.ontology_dir)
            sample = store.article_graphs()[:50]
            naive = _timed(lambda: [jsonld.compact(jsonld.from_rdf(
                "".join(f"{t} <urn:g> .\n" for t in seo_slice(store, iri)), {"format": "application/n-quads"}),
                context) for iri in sample])
    print(f"kg seo --all, {total} articles: {elapsed:.2f} s ({1000 * elapsed / total:.1f} ms/article, "
          f"target < 10 s for 1,000); naive pyld (from_rdf on N-Quads, the context given inline) "
          f"{1000 * naive / len(sample):.1f} ms/article (ratio {naive / len(sample) / (elapsed / total):.1f}x slower)")


def main() -> int:
    bench_extraction()
    bench_seo()
    bench_startup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
