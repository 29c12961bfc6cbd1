"""The `kg` command: a thin layer that parses options, calls the library and prints.

Exit status: 0 success, 1 a problem `kg` reports (bad input, a refused
article, an unknown query…), 2 a usage error. Heavy libraries (spaCy,
pyshacl, rdflib) are imported inside the commands that need them, so that
`kg --help` and `kg query run` start fast.
"""

from __future__ import annotations

import functools
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import Interrupted, KgError, is_disk_full
from kg.settings import Settings

app = typer.Typer(help="Build a knowledge graph of film and TV news.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
query_app = typer.Typer(help="Stored SPARQL queries in kg/queries/.", no_args_is_help=True)
app.add_typer(query_app, name="query")
link_app = typer.Typer(help="Link people, works, companies and places to Wikidata.")
app.add_typer(link_app, name="link")
fact_app = typer.Typer(help="Editors' corrections: reject, confirm or restore a fact; list the corrections.",
                       no_args_is_help=True)
app.add_typer(fact_app, name="fact")

StoreOption = Annotated[str | None, typer.Option("--store", help="Store directory (default: $KG_STORE or ./kg-store).",
                                                 show_default=False)]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output: table, csv, tsv or json.")]


def _reports_errors(command):
    """Print a KgError as one line on stderr and exit 1 (130 when the user interrupted kg); a full disk too,
    wherever it is met (the store's writes say what was stored; see DiskFullError). Anything else is a bug
    and keeps its traceback."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            typer.echo("Error: interrupted; nothing more was written (a store keeps whole articles only)", err=True)
            raise typer.Exit(130) from None
        except Interrupted as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(130) from None
        except KgError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            where = f"cannot write {exc.filename}" if exc.filename else "a write failed"
            typer.echo(f"Error: {where}: the disk is full (or a file-size limit was hit); free space and run the "
                       "same command again", err=True)
            raise typer.Exit(1) from None
    return wrapper


def _settings(store: str | None) -> Settings:
    return Settings.from_env(store=store)


def _vocabulary():
    """The newsroom's [vocabulary] from kg.toml (or $KG_CONFIG), checked."""
    from kg.inputs import load_config, vocabulary

    return vocabulary(load_config())


@app.command()
@_reports_errors
def ingest(
    articles: Annotated[list[str], typer.Argument(help="Files, folders, glob patterns, or - for JSON Lines on "
                                                       "stdin (.txt .md .html .json .jsonl).", show_default=False)],
    store: StoreOption = None,
    url: Annotated[str | None, typer.Option(help="The article's URL (also gives its IRI).")] = None,
    publisher: Annotated[str | None, typer.Option(help="The publisher's name.")] = None,
    headline: Annotated[str | None, typer.Option(help="The article's headline.")] = None,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Keep facts at least this sure: a fact's confidence is its rule's precision "
                               "measured on real text (0.6 of it in a hedged sentence).")] = 0.0,
    workers: Annotated[int | None, typer.Option(min=1, help="Extraction processes [number of cores].")] = None,
    force: Annotated[bool, typer.Option(help="Extract again articles whose content has not changed.")] = False,
    replace: Annotated[bool, typer.Option(help="Store an article even where its IRI holds one read from another "
                                               "file of that name, which it replaces (else it is refused).")] = False,
    server: Annotated[str | None, typer.Option(help="Send the articles to this `kg serve` (it holds the store), "
                                                    "e.g. http://127.0.0.1:8000.", show_default=False)] = None,
    token: Annotated[str | None, typer.Option(help="The server's editing token [$KG_SERVE_TOKEN].",
                                              envvar="KG_SERVE_TOKEN", show_default=False)] = None,
) -> None:
    """Read articles, extract their facts and store one named graph per article.

    Bad articles are reported at the end; the good ones are stored.
    Example: kg ingest news/ --publisher "What's on Netflix"
    """
    if server:
        _ingest_through(server, articles, token=token, url=url, publisher=publisher, headline=headline,
                        min_confidence=min_confidence or None, force=force, replace=replace)
        return
    from kg.pipeline import default_workers
    from kg.pipeline import ingest as run_ingest

    with _ingest_progress() as progress:
        report = run_ingest(articles, settings=_settings(store), url=url, publisher=publisher, headline=headline,
                            min_confidence=min_confidence, vocabulary=_vocabulary(),
                            workers=workers or default_workers(), force=force, replace_others=replace,
                            progress=progress)
    for _source, message in report.unreadable:
        typer.echo(f"Error: {message}", err=True)
    for article in report.refused:
        typer.echo(f"Error: refused {article.iri}: {article.refused}", err=True)
    typer.echo(f"{len(report.stored)} article(s) stored, {len(report.unchanged)} unchanged, "
               f"{len(report.refused)} refused, {len(report.unreadable)} unreadable")
    if not report.ok:
        raise typer.Exit(1)


def _ingest_through(server: str, articles: list[str], *, token: str | None, **options) -> None:
    from kg.serve.client import ingest_through

    stdin = sys.stdin.buffer.read() if "-" in articles else None
    report = ingest_through(server, articles, token=token, options=options, stdin=stdin)
    for iri in report["stored"]:
        typer.echo(f"{iri}  stored by {server}")
    for _source, message in report["unreadable"]:
        typer.echo(f"Error: {message}", err=True)
    for iri, message in report["refused"]:
        typer.echo(f"Error: refused {iri}: {message}", err=True)
    typer.echo(f"{len(report['stored'])} article(s) stored, {len(report['unchanged'])} unchanged, "
               f"{len(report['refused'])} refused, {len(report['unreadable'])} unreadable")
    if report["refused"] or report["unreadable"]:
        raise typer.Exit(1)


@app.command()
@_reports_errors
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; beyond 127.0.0.1 editing needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(help="Editing token [$KG_SERVE_TOKEN; made up and printed when bound "
                                                   "beyond 127.0.0.1 without one].", envvar="KG_SERVE_TOKEN",
                                              show_default=False)] = None,
    sparql_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a /sparql query may run.")] = 10.0,
    sparql_rows: Annotated[int, typer.Option(min=1, help="Rows a /sparql query may return.")] = 10_000,
) -> None:
    """Serve the graph: entity and article pages, linked data, a SPARQL endpoint and the editors' desk.

    The server holds the store while it runs: ingest through it with `kg ingest --server URL`.
    Example: kg serve --store demo-store   (then open http://127.0.0.1:8000/)
    """
    try:
        from kg.serve import serve as run_server
        run_server  # noqa: B018 - import starlette and uvicorn now, to say what is missing
    except ImportError as exc:
        raise KgError(f"kg serve needs its extra: pip install 'kg[serve]' ({exc.name} is missing)") from None
    run_server(_settings(store), host=host, port=port, token=token, sparql_timeout=sparql_timeout,
               sparql_rows=sparql_rows, announce=lambda line: typer.echo(line, err=True))


@contextmanager
def _progress_bar(label: str):
    """A rich progress bar (articles, rate, ETA) on a terminal, nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda report, done, total: bar.update(task, completed=done, total=total)


@contextmanager
def _ingest_progress():
    """A rich progress bar (articles, facts, rate, ETA) on a terminal; a plain line an article otherwise."""
    if not sys.stderr.isatty():
        def line(report, done, total):
            if report.refused is None:
                typer.echo(f"unchanged {report.iri}" if report.unchanged
                           else f"{report.iri}  {report.entities} entities, {report.facts} facts")
        yield line
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    facts = 0
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[facts]} facts"),
               TextColumn("{task.fields[rate]}/s"), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("ingest", total=None, facts=0, rate="0.0")

        def update(report, done, total):
            nonlocal facts
            facts += report.facts
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, completed=done, total=total, facts=facts, rate=f"{done / elapsed:.1f}")
        yield update


@app.command()
@_reports_errors
def spark(
    input: Annotated[str, typer.Argument(help="Articles as JSON Lines or Parquet (url, date, headline, body, …).")],
    output: Annotated[str, typer.Argument(help="Folder for the N-Quads part files.")],
    master: Annotated[str | None, typer.Option(help="Spark master, e.g. local[4] [Spark's default].")] = None,
    partitions: Annotated[int | None, typer.Option(min=1, help="Repartition the input into this many.")] = None,
) -> None:
    """Extract on Spark: articles in, N-Quads partitions out (load them with `kg load`).

    Example: kg spark articles.jsonl out/graph.nq --master local[2]
    """
    from kg.spark import run_spark_job

    counts = run_spark_job(input, output, settings=_settings(None), master=master, partitions=partitions,
                           vocabulary=_vocabulary())
    typer.echo(f"{counts['stored']} article(s) written to {output}, {counts['refused']} refused")


@app.command()
@_reports_errors
def load(
    path: Annotated[Path, typer.Argument(help="An N-Quads file, or a folder of N-Quads parts (a Spark output).")],
    store: StoreOption = None,
) -> None:
    """Load N-Quads into the embedded store: each graph they carry replaces the store's graph of that name.

    All files are read before the store changes: a malformed one changes nothing.
    Then each transaction writes a batch of whole graphs: stopped part-way, each graph is old or new.

    Example: kg load out/graph.nq/
    """
    from kg.pipeline import load_nquads

    added = load_nquads(path, settings=_settings(store))
    typer.echo(f"{added} quad(s) loaded")


@app.command()
@_reports_errors
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, nquads, trig or jsonld.")] = "turtle",
    graph: Annotated[str | None, typer.Option(help="Only this article's graph (its IRI).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    store: StoreOption = None,
) -> None:
    """Serialize the graph (or one article's graph).

    Example: kg export --format nquads -o graph.nq
    """
    from kg.export import export_graph
    from kg.store import open_store

    with open_store(_settings(store)) as opened:
        data = export_graph(opened, format=format, graph=graph)
    _write(data, output)


@query_app.command("list")
@_reports_errors
def query_list(format: FormatOption = "table") -> None:
    """List the stored queries with their parameters."""
    from kg.query import QueryResult, list_queries

    queries = list_queries(_settings(None))
    rows = tuple((q.name, q.title, " ".join(f"{p.name}:{p.kind}" for p in q.parameters)) for q in queries)
    _print_rows(QueryResult(columns=("name", "title", "parameters"), rows=rows), format)


@query_app.command("run")
@_reports_errors
def query_run(
    name: Annotated[str, typer.Argument(help="The query's name (see `kg query list`).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable.")] = None,
    format: FormatOption = "table",
    store: StoreOption = None,
) -> None:
    """Run a stored query with bound parameters.

    Example: kg query run cast -p work=work/my-dearest-like-a-cherry-blossom
    """
    from kg.query import check_parameters, load_query, run_query
    from kg.store import open_store

    settings = _settings(store)
    stored = load_query(name, settings)
    values = _parse_params(param or [])
    check_parameters(stored, values, settings)  # a wrong value is reported before the store is opened
    with open_store(settings) as opened:
        result = run_query(opened, stored, values, settings=settings)
    _print_result(result, format)


@app.command()
@_reports_errors
def sparql(
    query: Annotated[str, typer.Argument(help="SPARQL text; schema:, kg:, prov:, rdf:, xsd:, wd: are predefined.")],
    format: FormatOption = "table",
    allow_service: Annotated[bool, typer.Option(help="Let SERVICE clauses send requests to other servers.")] = False,
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query over the union of all article graphs (updates and SERVICE are refused).

    Example: kg sparql 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'
    """
    from kg.query import run_query
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        result = run_query(opened, query, settings=settings, allow_service=allow_service)
    _print_result(result, format)


@app.command()
@_reports_errors
def validate(store: StoreOption = None) -> None:
    """Check every article's graph in the store against the SHACL shapes."""
    from kg.pipeline import validate_store

    results = validate_store(settings=_settings(store))
    for iri, problem in results.items():
        typer.echo(f"{'ok     ' if problem is None else 'FAILS  '}{iri}" + (f": {problem}" if problem else ""))
    failing = sum(1 for p in results.values() if p)
    typer.echo(f"{len(results)} article graph(s), {failing} failing")
    if failing:
        raise typer.Exit(1)


@app.command()
@_reports_errors
def explain(
    entity: Annotated[str, typer.Argument(help="An IRI, a path such as person/kento-nakajima, or a name.")],
    format: FormatOption = "table",
    store: StoreOption = None,
) -> None:
    """Show an entity's facts with the sentences and articles they came from."""
    from kg.query import explain_entity
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        iri, result = explain_entity(opened, entity, settings=settings)
    if format == "table":
        typer.echo(iri)
    _print_result(result, format)


@app.command()
@_reports_errors
def remove(
    article: Annotated[str, typer.Argument(help="The article's IRI (or article/ID).")],
    store: StoreOption = None,
) -> None:
    """Retract one article's graph, and nothing else."""
    from kg.pipeline import remove_article

    if not remove_article(article, settings=_settings(store)):
        raise KgError(f"no article graph {article} in the store; see `kg stats`")
    typer.echo(f"removed {article}")


@app.command()
@_reports_errors
def stats(store: StoreOption = None, format: FormatOption = "table") -> None:
    """Count articles, triples and entities by type."""
    from kg.query import QueryResult
    from kg.store import open_store

    with open_store(_settings(store)) as opened:
        counts = opened.stats()
    rows = [("articles", str(counts.articles)), ("triples", str(counts.triples))]
    rows += [(f"type {name}", str(n)) for name, n in sorted(counts.entities.items())]
    _print_rows(QueryResult(columns=("what", "count"), rows=tuple(rows)), format)


@app.command("eval")
@_reports_errors
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold files ({\"article\": FILE, \"facts\": [...]}) or folders "
                                                    "of them; each folder is a set.", show_default=False)],
    articles: Annotated[Path | None, typer.Option(help="Folder of the articles (default: each gold file's).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every missed and wrong fact.")] = False,
    rules: Annotated[bool, typer.Option("--rules", help="Precision of each extraction rule, per set.")] = False,
    calibrate: Annotated[Path | None, typer.Option(
        help="Write each rule's measured precision here, as the confidence table extraction reads "
             "(kg/extract/data/confidences.json).")] = None,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Score only the facts at least this sure, as kg ingest --min-confidence keeps.")] = 0.0,
    ignore: Annotated[list[str] | None, typer.Option(
        help="SET:RELATION not to score, where a set's gold names things its own way "
             "(redocred-film:country_of_origin: demonyms).")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Extraction processes [number of cores].")] = None,
) -> None:
    """Score extraction against gold facts: precision, recall and F1 per relation, and one line per set.

    Each set (a folder) is ingested in one run; each article is scored on its own graph, and only on the
    relations its gold file lists under "relations" when it has that key.
    Example: kg eval tests/dev ../shared/realtext/webnlg-film --rules
    """
    import json
    import tempfile

    from kg.evaluate import Score, evaluate_sets
    from kg.pipeline import default_workers

    with tempfile.TemporaryDirectory() as workdir, _progress_bar("scoring") as progress:
        sets = evaluate_sets(gold, workdir=Path(workdir), articles_dir=articles, vocabulary=_vocabulary(),
                             workers=workers or default_workers(), min_confidence=min_confidence,
                             ignore=[_set_relation(pair) for pair in ignore or ()], progress=progress)
    total = sum((s.total for s in sets), start=Score())
    if calibrate is not None:
        from kg.extract.confidence import calibration

        measured = {rule: counts for rule, counts in total.by_rule.items() if rule != "metadata"}
        calibrate.write_text(calibration(measured, (Path(s.name).name for s in sets), ignore or ()), encoding="utf-8")
    if format == "json":
        typer.echo(json.dumps({"precision": total.precision, "recall": total.recall, "f1": total.f1,
                               "tp": total.tp, "fp": total.fp, "fn": total.fn, "by_relation": total.by_relation,
                               "by_rule": total.by_rule, "missed": total.missed, "wrong": total.wrong,
                               "sets": {s.name: _score_line(s.total) for s in sets}},
                              ensure_ascii=False, indent=2))
        return
    from kg.query import QueryResult

    rows = [(relation, *_score_cells(tp, fp, fn)) for relation, (tp, fp, fn) in sorted(total.by_relation.items())]
    rows.append(("micro", *_score_cells(total.tp, total.fp, total.fn)))
    _print_rows(QueryResult(columns=("relation", "P", "R", "F1", "tp", "fp", "fn"), rows=tuple(rows)), "table")
    if rules:
        _print_rows(_rule_table(sets, total), "table")
    if verbose:
        for result in sets:
            for article, score in result.articles:
                for fact in score.missed:
                    typer.echo(f"missed {article}: {json.dumps(list(fact), ensure_ascii=False)}")
                for fact in score.wrong:
                    typer.echo(f"wrong  {article}: {json.dumps(list(fact), ensure_ascii=False)}")
    for result in sets:
        typer.echo(f"{result.name}: {_score_line(result.total)} ({len(result.articles)} articles)")


def _set_relation(pair: str) -> tuple[str, str]:
    folder, _, relation = pair.partition(":")
    if not folder or not relation:
        raise KgError(f"--ignore {pair!r}: give SET:RELATION, e.g. redocred-film:country_of_origin")
    return folder, relation


def _rule_table(sets, total):
    """Each rule's precision in each set and over all of them, as "precision (right/wrong)"."""
    from kg.query import QueryResult

    def cell(counts: tuple[int, int] | None) -> str:
        return f"{counts[0] / (counts[0] + counts[1]):.2f} ({counts[0]}/{counts[1]})" if counts else ""

    by_rule = sorted(total.by_rule.items(), key=lambda item: (-item[1][0] - item[1][1], item[0]))
    columns = ("rule", *(Path(s.name).name for s in sets), "all") if len(sets) > 1 else ("rule", "precision")
    rows = tuple((rule, *(cell(s.total.by_rule.get(rule)) for s in sets if len(sets) > 1), cell(counts))
                 for rule, counts in by_rule)
    return QueryResult(columns=columns, rows=rows)


def _score_cells(tp: int, fp: int, fn: int) -> tuple[str, ...]:
    from kg.evaluate import f1

    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    return f"{p:.3f}", f"{r:.3f}", f"{f1(p, r):.3f}", str(tp), str(fp), str(fn)


def _score_line(score) -> str:
    return (f"precision={score.precision:.3f} recall={score.recall:.3f} f1={score.f1:.3f} "
            f"tp={score.tp} fp={score.fp} fn={score.fn}")


@app.command()
@_reports_errors
def seo(
    args: Annotated[list[str] | None, typer.Argument(help="ARTICLE | check ARTICLE_OR_FILE.jsonld | inject PAGE.html "
                                                          "ARTICLE", show_default=False)] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonld, or html for the script tag.")] = "jsonld",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    all_articles: Annotated[bool, typer.Option("--all", help="Every article, one file each (with --out).")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for --all.")] = None,
    store: StoreOption = None,
) -> None:
    """schema.org JSON-LD for search engines, one document per article.

    \b
    kg seo ARTICLE [--format jsonld|html] [-o FILE]   ARTICLE: its IRI, its URL, or the file ingested
    kg seo --all --out DIR                           one file per article
    kg seo check ARTICLE|FILE.jsonld                 what search engines require and recommend
    kg seo inject PAGE.html ARTICLE [-o OUT.html]    put (or replace) the tag in a page
    """
    from kg import seo as seo_export
    from kg.store import open_store

    settings = _settings(store)
    args = args or []
    if format not in ("jsonld", "html"):
        raise KgError(f"unknown SEO format {format!r}; use jsonld or html")
    if all_articles:
        if out is None or args:
            raise KgError("kg seo --all needs --out DIR and no ARTICLE")
        with open_store(settings) as opened:
            written = seo_export.write_all(opened, out, settings=settings, html=format == "html")
        typer.echo(f"{written} document(s) written to {out}")
        return
    if args[:1] == ["check"] and len(args) == 2:
        with open_store(settings) as opened:
            findings = seo_export.check_target(opened, args[1], settings=settings)
        for finding in findings:
            typer.echo(f"{finding.severity:7s} {finding.node} ({finding.type}): {finding.message}")
        errors = sum(f.severity == "error" for f in findings)
        typer.echo(f"{errors} error(s), {len(findings) - errors} warning(s)")
        if errors:
            raise typer.Exit(1)
        return
    if args[:1] == ["inject"] and len(args) == 3:
        page = Path(args[1])
        with open_store(settings) as opened:
            iri = seo_export.find_article(opened, args[2], settings=settings)
            tag = seo_export.to_script_tag(seo_export.seo_document(opened, iri, settings=settings), article_iri=iri)
        _write(seo_export.inject(seo_export.read_page(page), tag).encode("utf-8"), output or page)
        return
    if len(args) != 1:
        raise KgError("give one ARTICLE, or `check ARTICLE`, or `inject PAGE.html ARTICLE`; see kg seo --help")
    with open_store(settings) as opened:
        iri = seo_export.find_article(opened, args[0], settings=settings)
        document = seo_export.seo_document(opened, iri, settings=settings)
    text = seo_export.to_script_tag(document, article_iri=iri) + "\n" if format == "html" \
        else seo_export.to_json(document)
    _write(text.encode("utf-8"), output)


@link_app.callback(invoke_without_command=True)
@_reports_errors
def link(
    ctx: typer.Context,
    endpoint: Annotated[str | None, typer.Option(help="SPARQL endpoint (default: the Wikidata Query Service, "
                                                      "or [link] endpoint in kg.toml).")] = None,
    offline: Annotated[bool, typer.Option(help="Link from the cache alone; send nothing.")] = False,
    threshold: Annotated[float | None, typer.Option(min=0.0, max=1.0, help="Lowest score linked [0.85].")] = None,
    types: Annotated[str | None, typer.Option(help="Only these types, e.g. Person,Movie.")] = None,
    enrich: Annotated[bool, typer.Option(help="Also bring back images, birth dates, websites, IMDb and "
                                              "Wikipedia pages of linked entities.")] = False,
    contact: Annotated[str | None, typer.Option(help="Contact URL or mailto: for the User-Agent.")] = None,
    store: StoreOption = None,
) -> None:
    """Link the store's entities to Wikidata (schema:sameAs with score and method).

    Example: kg link --types Person,Movie --enrich
    """
    if ctx.invoked_subcommand:
        return
    from kg._wikidata import ClientConfig
    from kg.inputs import load_config
    from kg.link import link_entities
    from kg.store import open_store

    settings = _settings(store)
    config = load_config().link
    client = ClientConfig(endpoint=endpoint or config.endpoint or ClientConfig.endpoint,
                          contact=contact or config.contact or ClientConfig.contact, offline=offline,
                          timeout=config.timeout, retries=config.retries, backoff=config.backoff,
                          max_wait=config.max_wait, deadline=config.deadline)
    chosen = [t.strip() for t in types.split(",")] if types else None
    with open_store(settings) as opened, _progress("Linking") as progress:
        report = link_entities(opened, settings=settings, config=client,
                               threshold=threshold if threshold is not None else config.threshold,
                               types=chosen, enrich=enrich, progress=progress)
    outcomes: dict[str, int] = {}
    for attempt in report.attempts:
        outcomes[attempt.outcome] = outcomes.get(attempt.outcome, 0) + 1
    details = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()) if outcome != "linked")
    typer.echo(f"linked {len(report.linked)} of {len(report.attempts)} entities"
               + (f" ({details})" if details else "") + f"; {report.requests_sent} request(s) sent")


@link_app.command("review")
@_reports_errors
def link_review(format: FormatOption = "table", store: StoreOption = None) -> None:
    """Entities not linked, with every candidate, its score and the reasons for it."""
    from kg.link import REVIEW_QUERY
    from kg.query import run_query
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        _print_rows(run_query(opened, REVIEW_QUERY, settings=settings), format)


@link_app.command("accept")
@_reports_errors
def link_accept(entity: Annotated[str, typer.Argument(help="The entity's IRI (or path such as person/x).")],
                qid: Annotated[str, typer.Argument(help="The Wikidata item, e.g. Q907311.")],
                store: StoreOption = None) -> None:
    """Link an entity to an item, as an editor's decision kept across runs."""
    _decide(entity, qid, "accept", store)


@link_app.command("reject")
@_reports_errors
def link_reject(entity: Annotated[str, typer.Argument(help="The entity's IRI (or path such as person/x).")],
                qid: Annotated[str, typer.Argument(help="The Wikidata item, e.g. Q907311.")],
                store: StoreOption = None) -> None:
    """Never link an entity to an item (and drop that link if it exists)."""
    _decide(entity, qid, "reject", store)


def _decide(entity: str, qid: str, decision: str, store: str | None) -> None:
    from kg.link import decide
    from kg.query import find_entity
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        iri = find_entity(opened, entity, settings=settings)
        decide(opened, iri, qid, decision, settings=settings)
    typer.echo(f"{decision}ed {iri} {qid}")


@link_app.command("export")
@_reports_errors
def link_export(format: Annotated[str, typer.Option("--format", "-f", help="csv, tsv, json or table.")] = "csv",
                store: StoreOption = None) -> None:
    """Every link with its entity, item, label, score and method, for an editor to audit."""
    from kg.link import EXPORT_QUERY
    from kg.query import run_query
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        _print_rows(run_query(opened, EXPORT_QUERY, settings=settings), format)


FactArgument = Annotated[list[str], typer.Argument(help="The fact's id (from `kg explain` or `kg fact list`), or "
                                                       "SUBJECT RELATION VALUE, e.g. \"Blue Signal\" director "
                                                       "\"Jang Hoon\".", show_default=False)]
EditorOption = Annotated[str | None, typer.Option("--by", help="The editor's name [the user running kg].",
                                                  show_default=False)]


@fact_app.command("reject")
@_reports_errors
def fact_reject(fact: FactArgument, by: EditorOption = None, store: StoreOption = None) -> None:
    """Mark a fact wrong: it leaves exports, SEO documents and query results, and stays out across re-ingests.

    Example: kg fact reject "Blue Signal" director "Jang Hoon" --by alice
    """
    _correct(fact, "reject", by, store)


@fact_app.command("confirm")
@_reports_errors
def fact_confirm(fact: FactArgument, by: EditorOption = None, store: StoreOption = None) -> None:
    """Confirm a fact (a rejected one is restored first)."""
    _correct(fact, "confirm", by, store)


@fact_app.command("restore")
@_reports_errors
def fact_restore(fact: FactArgument, store: StoreOption = None) -> None:
    """Undo a rejection or confirmation; a rejected fact goes back into its articles' graphs."""
    _correct(fact, "restore", None, store)


def _correct(parts: list[str], action: str, by: str | None, store: str | None) -> None:
    from kg import corrections
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        triple = corrections.resolve_fact(opened, parts, settings=settings)
        if action == "restore":
            count = corrections.restore_fact(opened, triple, settings=settings)
            typer.echo(f"restored {count} fact(s): {corrections.fact_key(triple)}")
            return
        act = corrections.reject_fact if action == "reject" else corrections.confirm_fact
        done = act(opened, triple, by=by or corrections.default_editor(), settings=settings)
    for correction in done:
        typer.echo(f"{correction.verdict} {correction.key}: {correction.subject.value} "
                   f"{correction.predicate.value} {correction.object.value}")


@fact_app.command("list")
@_reports_errors
def fact_list(format: FormatOption = "table",
              verdict: Annotated[str | None, typer.Option(help="Only rejected or confirmed facts.")] = None,
              store: StoreOption = None) -> None:
    """Every correction, newest first: the fact, the verdict, who gave it and when, where the fact was read."""
    from kg import corrections
    from kg.query import QueryResult
    from kg.store import open_store

    settings = _settings(store)
    with open_store(settings) as opened:
        found = corrections.list_corrections(opened, settings=settings, verdict=verdict)
    rows = tuple((c.key, c.verdict, c.by, c.at, c.subject.value, c.predicate.value, c.object.value,
                  " | ".join(sorted({article for article, _ in c.sources}))) for c in found)
    _print_rows(QueryResult(columns=("fact", "verdict", "by", "at", "subject", "predicate", "object", "articles"),
                            rows=rows), format)


@contextmanager
def _progress(label: str):
    """A rich progress bar on a terminal; nothing when output is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _write(data: bytes, output: Path | None) -> None:
    """Bytes to the -o file or stdout; a directory, an unwritable path or a full disk is one line."""
    try:
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            output.write_bytes(data)
    except OSError as exc:
        where = output or "standard output"
        raise KgError(f"cannot write {where}: {exc.strerror or exc}; choose another -o path") from None


def _parse_params(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise KgError(f"parameter {pair!r} is not NAME=VALUE; e.g. -p work=work/parasite")
        values[name.strip()] = value
    return values


def _print_result(result, format: str) -> None:
    if result.boolean is not None or result.graph is not None:
        from kg.query import format_result

        typer.echo(format_result(result, format), nl=False)
        return
    _print_rows(result, format)


def _print_rows(result, format: str) -> None:
    from kg.query import format_result

    if format != "table":
        typer.echo(format_result(result, format), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.columns, show_lines=False)
    for row in result.text_rows():
        table.add_row(*row, style=None)
    Console().print(table)
    typer.echo(f"{len(result.rows)} row(s)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
