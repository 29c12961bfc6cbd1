"""kg on a Spark cluster: articles in (JSON Lines or Parquet), N-Quads partitions out.

Extraction is per article, so each partition runs the same read → extract →
resolve → map → validate code as `kg ingest`, with one spaCy pipeline per
partition; the N-Quads load into the embedded store (`kg load`) or any
cluster-grade SPARQL store. IRIs do not depend on where an article was
processed, so the graph is the one `kg ingest` would build from the same
articles into an empty store.

    spark-submit --master yarn -m kg.spark articles.jsonl out/graph.nq      # kg installed on the executors
    kg spark articles.parquet out/graph.nq --master local[4]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kg.errors import KgError
from kg.settings import Settings

RECORD_FIELDS = ("url", "date", "headline", "body", "publisher", "author", "image")


def run_spark_job(input_path: str, output_path: str, *, settings: Settings, master: str | None = None,
                  partitions: int | None = None, vocabulary=None) -> dict[str, int]:
    """Turn the articles at `input_path` into N-Quads part files under `output_path`; returns counts."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise KgError("PySpark is not installed; pip install 'kg[spark]' (and a Java runtime)") from None
    from kg.extract.lexicon import Vocabulary
    from kg.read import source_key

    # Local executors run this Python (with kg installed); on a cluster, PYSPARK_PYTHON says which.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("kg")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        records = _records(spark, input_path)
        if partitions:
            records = records.repartition(partitions)
        # A record without a url keeps the key of the input it was read from, as `kg ingest` of that file would.
        job = (settings, vocabulary or Vocabulary(), Path(input_path).stem, source_key(input_path))
        stored = spark.sparkContext.accumulator(0)
        refused = spark.sparkContext.accumulator(0)
        lines = records.mapPartitions(lambda rows: _partition(rows, job, stored, refused))
        try:
            lines.saveAsTextFile(output_path)
        except Exception as exc:  # Py4J wraps every executor failure; its first lines say what happened
            raise KgError(f"the Spark job failed: {_first_python_error(str(exc))}") from None
        return {"stored": stored.value, "refused": refused.value}
    finally:
        spark.stop()


def _first_python_error(text: str) -> str:
    """The line of a Spark failure that names the Python error, or its first line."""
    for line in text.splitlines():
        if line.strip() and line.split(":")[0].strip().endswith(("Error", "Exception")) and "Traceback" not in line:
            return line.strip()[:300]
    return text.splitlines()[0][:300] if text else "unknown error"


def _records(spark, input_path: str):
    """(line number, record dict) pairs from JSON Lines, or from Parquet with the record's columns."""
    import json

    if input_path.endswith(".parquet") or (Path(input_path).is_dir() and any(Path(input_path).glob("*.parquet"))):
        frame = spark.read.parquet(input_path)
        columns = [c for c in frame.columns if c in RECORD_FIELDS]
        return frame.select(*columns).rdd.zipWithIndex().map(
            lambda pair: (pair[1] + 1, {k: v for k, v in pair[0].asDict().items() if v is not None}))
    return (spark.sparkContext.textFile(input_path).zipWithIndex()
            .filter(lambda pair: pair[0].strip())
            .map(lambda pair: (pair[1] + 1, _json_or_none(json, pair[0]))))


def _json_or_none(json, line: str):
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return None


def _partition(rows, job: tuple, stored, refused):
    """Run kg's own per-article code over one partition; N-Quads lines out."""
    from dataclasses import replace

    from threadpoolctl import threadpool_limits

    from kg.errors import ReadError
    from kg.pipeline import ChunkProcessor, Job
    from kg.read import article_from_record

    settings, vocabulary, stem, key = job
    articles = []
    for number, record in rows:
        try:
            article = article_from_record(record, Path(f"{stem}.jsonl"), number)
        except ReadError:
            refused.add(1)
            continue
        articles.append(article if article.url else replace(article, source_key=key))
    if not articles:
        return
    threadpool_limits(1, user_api="blas")  # Spark runs a partition per core: one BLAS thread each
    worker = ChunkProcessor(Job(settings, {}, (), vocabulary, 0.0))
    for start in range(0, len(articles), 64):
        for report, nt in worker.process(articles[start:start + 64]):
            if nt is None:
                refused.add(1)
                continue
            stored.add(1)
            graph = f" <{report.iri}> ."
            for line in nt.splitlines():
                if line.strip():
                    yield line.rstrip()[:-1].rstrip() + graph


def main(argv: list[str] | None = None) -> int:
    """`spark-submit -m kg.spark INPUT OUTPUT [--partitions N]`."""
    args = list(sys.argv[1:] if argv is None else argv)
    partitions = None
    if "--partitions" in args:
        index = args.index("--partitions")
        partitions = int(args[index + 1])
        del args[index:index + 2]
    if len(args) != 2:
        print("usage: spark-submit -m kg.spark INPUT OUTPUT [--partitions N]", file=sys.stderr)
        return 2
    counts = run_spark_job(args[0], args[1], settings=Settings.from_env(), partitions=partitions)
    print(f"{counts['stored']} article(s) written, {counts['refused']} refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
