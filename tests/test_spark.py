"""The Spark job builds the graph `kg ingest` builds (identical IRIs and quads), from JSON Lines or Parquet."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.pipeline import ingest, load_nquads
from kg.read import read_file
from kg.settings import Settings
from kg.store import open_store

from .conftest import EXAMPLE_ARTICLES

pyspark = pytest.importorskip("pyspark", reason="PySpark is not installed (pip install 'kg[spark]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark; `make test` installs Debian's default-jre-headless",
                allow_module_level=True)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    """The example articles as a CMS export in JSON Lines; the last without a url (its IRI then comes from its
    line, and its graph keeps the key of the file it was read from)."""
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    lines = []
    for n, source in enumerate(EXAMPLE_ARTICLES, start=1):
        for article in read_file(source):
            url = None if n == len(EXAMPLE_ARTICLES) else article.url or f"https://news.example.com/{article.id}"
            lines.append(json.dumps({"url": url,
                                     "date": article.date.isoformat() if article.date else None,
                                     "headline": article.headline, "publisher": article.publisher,
                                     "body": article.text}))
    path.write_text("\n".join(lines) + "\n")
    return path


def quads(settings) -> list[str]:
    with open_store(settings) as store:
        return store.export("nquads").decode().splitlines()


def test_spark_job_equals_kg_ingest(records, tmp_path, nlp):
    from kg.spark import run_spark_job

    reference = Settings(store=str(tmp_path / "ingested"))
    assert ingest([records], settings=reference, nlp=nlp).ok
    expected = quads(reference)
    keys = "<https://kg.example.org/ns#sourceKey>"
    assert sum(keys in q for q in expected) == 1

    counts = run_spark_job(str(records), str(tmp_path / "out-jsonl"), settings=Settings(), master="local[2]")
    assert counts == {"stored": len(EXAMPLE_ARTICLES), "refused": 0}
    from_jsonl = Settings(store=str(tmp_path / "from-jsonl"))
    load_nquads(tmp_path / "out-jsonl", settings=from_jsonl)
    assert quads(from_jsonl) == expected

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[1]").appName("kg-test-parquet").getOrCreate()
    try:
        spark.read.json(str(records)).write.parquet(str(tmp_path / "articles.parquet"))
    finally:
        spark.stop()
    run_spark_job(str(tmp_path / "articles.parquet"), str(tmp_path / "out-parquet"), settings=Settings(),
                  master="local[2]", partitions=3)
    from_parquet = Settings(store=str(tmp_path / "from-parquet"))
    load_nquads(tmp_path / "out-parquet", settings=from_parquet)
    # The Parquet file is another input: its url-less record keeps that file's key; the rest is the same graph.
    parquet = quads(from_parquet)
    assert [q for q in parquet if keys not in q] == [q for q in expected if keys not in q]
    assert sum(keys in q for q in parquet) == 1 and set(parquet) != set(expected)
