"""The web application: routes that parse a request, call one library function and render its result.

Pages are Jinja2 templates with autoescape on; every value reaches HTML
through them. Library calls that touch the store run in Starlette's thread
pool, so readers are served while an ingest or a long query runs.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg import browse, corrections
from kg.errors import KgError, QueryError
from kg.serve.security import CSRF_COOKIE, EDITOR_COOKIE, LOOPBACK, Guard, SecurityHeaders
from kg.serve.sparql import GRAPH_TYPES, Endpoint, Refused, result_format, serialize
from kg.settings import Settings

HERE = Path(__file__).parent
RDF_MEDIA = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "jsonld"}
RDF_TYPES = {"turtle": "text/turtle; charset=utf-8", "nt": "application/n-triples",
             "jsonld": "application/ld+json"}
SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld"}
INDEX_TTL = 60.0   # seconds a remote store's name index is kept (the server sees its own writes at once)


class Site:
    """What every request shares: the settings, the open store, the guard, the SPARQL endpoint, the name index."""

    def __init__(self, settings: Settings, store, guard: Guard, *, sparql_timeout: float, sparql_rows: int,
                 remote: bool) -> None:
        self.settings, self.store, self.guard, self.remote = settings, store, guard, remote
        self.endpoint = Endpoint(store, timeout=sparql_timeout, max_rows=sparql_rows)
        self._index: tuple[float, browse.NameIndex] | None = None
        self._lock = threading.Lock()
        self.ingest_lock = threading.Lock()
        self._nlp = None

    def index(self) -> browse.NameIndex:
        with self._lock:
            if self._index is None or self.remote and time.monotonic() - self._index[0] > INDEX_TTL:
                self._index = (time.monotonic(), browse.NameIndex.build(self.store))
            return self._index[1]

    def changed(self) -> None:
        """The store was written: names may have come or gone."""
        with self._lock:
            self._index = None

    def nlp(self):
        """spaCy's pipeline, loaded at the first ingest (it costs a second and a few hundred MB)."""
        with self._lock:
            if self._nlp is None:
                from kg.extract import load_pipeline

                self._nlp = load_pipeline()
            return self._nlp

    def path(self, iri: str) -> str:
        return browse.local_path(iri, self.settings) or iri


def create_app(settings: Settings, store, *, token: str | None = None, sparql_timeout: float = 10.0,
               sparql_rows: int = 10_000, secret: str | None = None) -> Starlette:
    """The application over an open store (the caller keeps it open while the app runs)."""
    from kg.store import is_remote

    site = Site(settings, store, Guard(token=token, secret=secret), sparql_timeout=sparql_timeout,
                sparql_rows=sparql_rows, remote=is_remote(settings.store))
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(path=site.path, base_iri=settings.base_iri, quote=quote)
    pages = _Pages(site, env)
    routes = [
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        Route("/", pages.home),
        Route("/search", pages.search),
        Route("/api/search", pages.api_search),
        Route("/sparql", pages.sparql, methods=["GET", "POST"]),
        Route("/query", pages.queries),
        Route("/query/{name}", pages.query),
        Route("/desk", pages.desk),
        Route("/desk/fact", pages.fact, methods=["POST"]),
        Route("/desk/link", pages.link, methods=["POST"]),
        Route("/desk/ingest", pages.upload, methods=["POST"]),
        Route("/api/ingest", pages.api_ingest, methods=["POST"]),
        Route("/login", pages.login, methods=["GET", "POST"]),
        Route("/export/{format}", pages.export),
        Route("/seo/{path:path}", pages.seo),
        Route("/{path:path}", pages.resource),
    ]
    app = Starlette(routes=routes, exception_handlers={KgError: pages.kg_error, Refused: pages.refused})
    app.state.site = site
    return SecurityHeaders(app)


@dataclass
class _Pages:
    site: Site
    env: Environment

    # --- rendering ---------------------------------------------------------------------------------------

    def render(self, request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        csrf = request.cookies.get(CSRF_COOKIE)
        fresh = csrf is None
        csrf = csrf or self.site.guard.new_csrf()
        editor = self.editor(request)
        html = self.env.get_template(template).render(
            request_path=request.url.path, csrf=csrf, editor=editor, token_needed=self.site.guard.token is not None,
            **context)
        response = HTMLResponse(html, status_code=status)
        if fresh:
            response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict")
        return response

    def editor(self, request: Request) -> str | None:
        """Who edits: the signed cookie's name; on loopback without a token anyone, as the user running kg."""
        name = self.site.guard.editor(request.cookies.get(EDITOR_COOKIE))
        if self.site.guard.token is None:
            return name or corrections.default_editor()
        return name

    async def kg_error(self, request: Request, exc: KgError) -> Response:
        status = 404 if str(exc).startswith("no ") else 400
        if _wants_html(request):
            return self.render(request, "error.html", status=status, message=str(exc))
        return PlainTextResponse(f"Error: {exc}\n", status_code=status)

    async def refused(self, request: Request, exc: Refused) -> Response:
        return PlainTextResponse(f"Error: {exc}\n", status_code=exc.status)

    # --- reading -----------------------------------------------------------------------------------------

    def home(self, request: Request) -> Response:
        articles = _article_list(self.site.store)
        stats = {"articles": len(articles), "entities": len(self.site.index())}
        return self.render(request, "home.html", articles=articles, stats=stats)

    def search(self, request: Request) -> Response:
        q = request.query_params.get("q", "")
        return self.render(request, "search.html", q=q, hits=self.site.index().search(q, limit=50))

    def api_search(self, request: Request) -> Response:
        q = request.query_params.get("q", "")
        hits = self.site.index().search(q, limit=int(request.query_params.get("limit", "10"))) if len(q) < 200 else []
        return JSONResponse([{"iri": h.iri, "path": self.site.path(h.iri), "name": h.name, "type": h.type,
                              "matched": h.matched} for h in hits])

    def resource(self, request: Request) -> Response:
        """Any IRI kg minted, by its path: HTML for a browser, Turtle, N-Triples or JSON-LD by Accept or suffix."""
        path = request.path_params["path"]
        fmt = None
        for suffix, name in SUFFIXES.items():
            if path.endswith(suffix):
                path, fmt = path[:-len(suffix)], name
        fmt = fmt or _negotiate(request.headers.get("accept", ""))
        iri = self.site.settings.base_iri + path
        store = self.site.store
        is_article = store.has_graph(iri)
        if fmt != "html":
            triples = [q.triple for q in store.quads(iri)] if is_article else browse.describe(store, iri)
            if not triples:
                raise QueryError(f"no resource {iri} in the store")
            from kg.export import serialize_triples

            return Response(serialize_triples(triples, fmt), media_type=RDF_TYPES[fmt],
                            headers={"Vary": "Accept", "Content-Location": f"/{quote(path)}{_suffix(fmt)}"})
        if is_article and iri.startswith(self.site.settings.base_iri + "article/"):
            return self.article_page(request, iri)
        if store.has_entity(iri):
            return self.entity_page(request, iri)
        triples = browse.describe(store, iri)
        if not triples:
            raise QueryError(f"no resource {iri} in the store; search for a name from the home page")
        return self.render(request, "resource.html", iri=iri, triples=triples, vary=True)

    def entity_page(self, request: Request, iri: str) -> Response:
        every_fact = request.query_params.get("facts") == "all"
        view, neighbours = browse.entity_page(self.site.store, iri, settings=self.site.settings,
                                              every_source=request.query_params.get("sources") == "all",
                                              facts=None if every_fact else browse.SHOWN)
        graph = _drawing(view, neighbours, self.site)
        response = self.render(request, "entity.html", view=view, graph=graph)
        response.headers["Vary"] = "Accept"
        return response

    def article_page(self, request: Request, iri: str) -> Response:
        from kg.seo import check_document, seo_document, to_json

        view = browse.article_view(self.site.store, iri, settings=self.site.settings)
        document = seo_document(self.site.store, iri, settings=self.site.settings)
        findings = check_document(document, settings=self.site.settings)
        response = self.render(request, "article.html", view=view, seo=to_json(document), findings=findings)
        response.headers["Vary"] = "Accept"
        return response

    def seo(self, request: Request) -> Response:
        from kg.seo import seo_document, to_json

        iri = self.site.settings.base_iri + request.path_params["path"].removesuffix(".jsonld")
        document = seo_document(self.site.store, iri, settings=self.site.settings)
        return Response(to_json(document), media_type="application/ld+json")

    def export(self, request: Request) -> Response:
        from kg.export import FORMATS, export_graph

        fmt = request.path_params["format"]
        if fmt not in FORMATS:
            raise QueryError(f"no export format {fmt!r}; use one of: {', '.join(FORMATS)}")
        media = {"turtle": "text/turtle", "nt": "application/n-triples", "nquads": "application/n-quads",
                 "trig": "application/trig", "jsonld": "application/ld+json"}[fmt]
        return Response(export_graph(self.site.store, format=fmt), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="graph.{fmt}"'})

    # --- queries -----------------------------------------------------------------------------------------

    def queries(self, request: Request) -> Response:
        from kg.query import list_queries

        sparql_text = request.query_params.get("sparql", "")
        result, error = None, None
        if sparql_text:
            try:
                result = serialize_table(self.site.endpoint.answer(sparql_text))
            except Refused as exc:
                error = str(exc)
        return self.render(request, "queries.html", queries=list_queries(self.site.settings), sparql=sparql_text,
                           result=result, error=error)

    def query(self, request: Request) -> Response:
        from kg.query import format_result, load_query, run_query

        stored = load_query(request.path_params["name"], self.site.settings)
        values = {p.name: request.query_params[p.name] for p in stored.parameters
                  if request.query_params.get(p.name)}
        fmt = request.query_params.get("format")
        missing = [p for p in stored.parameters if not p.optional and p.name not in values]
        result, error = None, None
        if not missing:
            try:
                result = run_query(self.site.store, stored, values, settings=self.site.settings)
            except KgError as exc:
                error = str(exc)
        if fmt in ("csv", "json") and result is not None:
            media = "text/csv; charset=utf-8" if fmt == "csv" else "application/sparql-results+json"
            return Response(format_result(result, fmt), media_type=media, headers={
                "Content-Disposition": f'attachment; filename="{stored.name}.{fmt}"'})
        downloads = {f: f"/query/{stored.name}?{urlencode({**values, 'format': f})}" for f in ("csv", "json")}
        return self.render(request, "query.html", query=stored, values=values, result=result, error=error,
                           downloads=downloads if result is not None else {})

    async def sparql(self, request: Request) -> Response:
        """The SPARQL 1.1 Protocol: query by GET or POST (form or application/sparql-query); never an update."""
        params = request.query_params
        text = params.get("query")
        if "update" in params:
            raise Refused(403, "this endpoint is read-only: SPARQL updates are refused")
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                raise Refused(403, "this endpoint is read-only: SPARQL updates are refused")
            if kind == "application/sparql-query":
                text = (await request.body()).decode("utf-8", errors="replace")
            elif kind == "application/x-www-form-urlencoded":
                form = await request.form()
                if "update" in form:
                    raise Refused(403, "this endpoint is read-only: SPARQL updates are refused")
                text = form.get("query")
            else:
                raise Refused(415, "POST a query as application/sparql-query or as a form field 'query'")
        if not text:
            if _wants_html(request):
                return RedirectResponse("/query", status_code=303)
            raise Refused(400, "give a SPARQL query in the 'query' parameter")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise Refused(400, "default-graph-uri and named-graph-uri are not supported: the default graph is "
                               "the union of the article graphs")
        answer = await run_in_threadpool(self.site.endpoint.answer, text)
        accept = request.headers.get("accept", "")
        if hasattr(answer, "names"):
            answer = serialize(answer, result_format(accept, params.get("format")))
        elif answer.media_type == "application/n-triples":
            media = next((m for m in GRAPH_TYPES if m in accept), "application/n-triples")
            answer = type(answer)(answer.body, media, answer.truncated)
        headers = {"Vary": "Accept", **({"X-KG-Truncated": "true"} if answer.truncated else {})}
        return Response(answer.body, media_type=answer.media_type, headers=headers)

    # --- the desk ------------------------------------------------------------------------------------------

    def desk(self, request: Request) -> Response:
        from kg.link import REVIEW_QUERY
        from kg.query import run_query

        review = run_query(self.site.store, REVIEW_QUERY, settings=self.site.settings)
        queue: dict[str, dict] = {}
        for row in review.rows:
            entity, name, outcome, item, label, score, reason = row
            entry = queue.setdefault(entity.value, {"iri": entity.value, "name": name.value if name else "",
                                                    "outcome": outcome.value, "candidates": []})
            if item is not None:
                entry["candidates"].append({"qid": item.value.rsplit("/", 1)[-1], "label": label.value,
                                            "score": score.value, "reason": reason.value})
        found = corrections.list_corrections(self.site.store, settings=self.site.settings)
        labels = browse._Reader(self.site.store).labels(
            {t.value for c in found for t in (c.subject, c.object) if isinstance(t, ox.NamedNode)})
        return self.render(request, "desk.html", queue=list(queue.values()), corrections=found, labels=labels,
                           message=request.query_params.get("message", ""))

    async def fact(self, request: Request) -> Response:
        form = await self._edit_form(request)
        editor = self.editor(request) or ""
        action = form.get("action")
        try:
            triple = next(iter(ox.parse(f"{form.get('s')} {form.get('p')} {form.get('o')} .",
                                        format=ox.RdfFormat.N_TRIPLES)))
        except (SyntaxError, ValueError, StopIteration):
            raise Refused(400, "the form does not name a fact") from None
        store, settings = self.site.store, self.site.settings
        if action == "reject":
            await run_in_threadpool(corrections.reject_fact, store, triple, by=editor, settings=settings)
        elif action == "confirm":
            await run_in_threadpool(corrections.confirm_fact, store, triple, by=editor, settings=settings)
        elif action == "restore":
            await run_in_threadpool(corrections.restore_fact, store, triple, settings=settings)
        else:
            raise Refused(400, "action must be reject, confirm or restore")
        self.site.changed()
        return RedirectResponse(_local(form.get("next")), status_code=303)

    async def link(self, request: Request) -> Response:
        from kg.link import decide

        form = await self._edit_form(request)
        decision = form.get("decision")
        if decision not in ("accept", "reject"):
            raise Refused(400, "decision must be accept or reject")
        await run_in_threadpool(decide, self.site.store, str(form.get("entity")), str(form.get("qid")), decision,
                                settings=self.site.settings)
        return RedirectResponse(_local(form.get("next") or "/desk"), status_code=303)

    async def upload(self, request: Request) -> Response:
        form = await self._edit_form(request)
        report = await self._ingest(form)
        return RedirectResponse("/desk?" + urlencode({"message": _summary(report)}), status_code=303)

    async def api_ingest(self, request: Request) -> Response:
        """`kg ingest --server URL`: articles as multipart files; a bearer token, or X-KG-Client on loopback."""
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else None
        if self.site.guard.token is not None and not self.site.guard.token_ok(token):
            raise Refused(401, "editing needs the server's token: kg ingest --server URL --token TOKEN")
        if self.site.guard.token is None and not request.headers.get("x-kg-client"):
            raise Refused(403, "send the X-KG-Client header (kg ingest --server does)")
        report = await self._ingest(await request.form())
        return JSONResponse({
            "stored": [a.iri for a in report.stored], "unchanged": [a.iri for a in report.unchanged],
            "refused": [[a.iri, a.refused] for a in report.refused],
            "unreadable": [list(u) for u in report.unreadable]})

    async def _ingest(self, form):
        from kg.pipeline import ingest

        files = [f for f in form.getlist("article") if isinstance(f, UploadFile) and f.filename]
        if not files:
            raise Refused(400, "no article uploaded")
        options = {k: form.get(k) or None for k in ("url", "publisher", "headline")}
        keys = _source_keys(form.get("source_keys"), files)
        with tempfile.TemporaryDirectory(prefix="kg-upload-") as folder:
            paths = []
            for n, upload in enumerate(files):
                name = Path(upload.filename).name or f"article-{n}.txt"
                target = Path(folder) / str(n) / name
                target.parent.mkdir()
                target.write_bytes(await upload.read())
                paths.append(str(target))

            def run():
                with self.site.ingest_lock:
                    return ingest(paths, settings=self.site.settings, store=self.site.store, nlp=self.site.nlp(),
                                  workers=1, force=form.get("force") == "true",
                                  replace_others=form.get("replace") == "true",
                                  source_keys=dict(zip(paths, keys, strict=True)),
                                  min_confidence=float(form.get("min_confidence") or 0.0), **options)
            report = await run_in_threadpool(run)
        self.site.changed()
        return _as_uploaded(report, folder)

    async def login(self, request: Request) -> Response:
        if request.method == "GET":
            return self.render(request, "login.html", next=_local(request.query_params.get("next")), error="")
        form = await self._form_with_csrf(request)
        name = str(form.get("name") or "").strip()[:80]
        if not name or not self.site.guard.token_ok(str(form.get("token") or "")):
            return self.render(request, "login.html", status=403, next=_local(form.get("next")),
                               error="give your name and the server's token")
        response = RedirectResponse(_local(form.get("next")), status_code=303)
        response.set_cookie(EDITOR_COOKIE, self.site.guard.editor_cookie(name), httponly=True, samesite="strict")
        return response

    async def _form_with_csrf(self, request: Request):
        form = await request.form()
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host"):
            raise Refused(403, "a form from another site was refused")
        if not self.site.guard.csrf_ok(request.cookies.get(CSRF_COOKIE), form.get("csrf")):
            raise Refused(403, "the form's CSRF token does not match; reload the page and try again")
        return form

    async def _edit_form(self, request: Request):
        form = await self._form_with_csrf(request)
        if self.editor(request) is None:
            raise Refused(403, "editing needs the server's token: log in at /login")
        return form


def serialize_table(answer) -> dict:
    """An endpoint answer as a table for the query page."""
    if hasattr(answer, "names"):
        return {"columns": answer.names, "rows": answer.rows, "truncated": answer.truncated}
    if answer.media_type == "application/n-triples":
        triples = list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES))
        return {"columns": ["subject", "predicate", "object"],
                "rows": [[t.subject, t.predicate, t.object] for t in triples], "truncated": answer.truncated}
    return {"columns": ["boolean"], "rows": [[ox.Literal(str(json.loads(answer.body)["boolean"]).lower())]],
            "truncated": False}


def _article_list(store) -> list[tuple[str, str, str]]:
    rows = store.query("SELECT ?a ?h ?d WHERE { GRAPH ?a { ?a a schema:NewsArticle OPTIONAL { ?a schema:headline ?h } "
                       "OPTIONAL { ?a schema:datePublished ?d } } } ORDER BY DESC(?d) ?a LIMIT 200")
    return [(r["a"].value, r["h"].value if r["h"] is not None else r["a"].value.rsplit("/", 1)[-1],
             r["d"].value if r["d"] is not None else "") for r in rows]


def _negotiate(accept: str) -> str:
    """html, turtle, nt or jsonld: the best of the Accept header, an exact type before a wildcard (HTML when
    it names none)."""
    choices = [("html", 0.0, 0)]
    for part in accept.split(","):
        media, *params = [p.strip().lower() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if re.fullmatch(r"q=[01](\.\d{0,3})?", p)), 1.0)
        if media in ("text/html", "application/xhtml+xml"):
            choices.append(("html", q, 1))
        elif media in ("*/*", "text/*"):
            choices.append(("html", q, 0))
        elif media in RDF_MEDIA:
            choices.append((RDF_MEDIA[media], q, 1))
    return max(choices, key=lambda c: (c[1], c[2]))[0]


def _suffix(fmt: str) -> str:
    return {v: k for k, v in SUFFIXES.items()}[fmt]


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _local(target) -> str:
    """A redirect target on this site only (never another host)."""
    text = str(target or "/")
    return text if text.startswith("/") and not text.startswith("//") and "\\" not in text else "/"


def _as_uploaded(report, folder: str):
    """The report with each upload named as it was sent (story.txt, feed.jsonl:3), not by the folder the server
    read it from, which means nothing to the sender."""
    from dataclasses import replace

    folders = re.compile(re.escape(folder + os.sep) + r"\d+" + re.escape(os.sep))

    def named(text: str | None) -> str | None:
        return folders.sub("", text) if text else text

    return replace(report, articles=tuple(replace(a, source=named(a.source), refused=named(a.refused))
                                          for a in report.articles),
                   unreadable=tuple((named(source), named(message)) for source, message in report.unreadable))


_SOURCE_KEY = re.compile(r"[0-9a-f]{64}")


def _source_keys(sent, files: list) -> list[str]:
    """The source key of each upload: the one `kg ingest --server` sent (a hash of the file's path on the
    client, as `kg ingest` would keep it there), else, from the desk's form, which knows only names, a hash of
    the file's name: there, uploads of one name are one article."""
    if sent is None:
        return [hashlib.sha256(f"upload {Path(f.filename).name}".encode()).hexdigest() for f in files]
    try:
        keys = json.loads(sent)
    except ValueError:
        keys = None
    if not isinstance(keys, list) or len(keys) != len(files) or \
            not all(isinstance(k, str) and _SOURCE_KEY.fullmatch(k) for k in keys):
        raise Refused(400, "source_keys must be a JSON list of one SHA-256 (hex) per uploaded article")
    return keys


def _summary(report) -> str:
    return (f"{len(report.stored)} article(s) stored, {len(report.unchanged)} unchanged, "
            f"{len(report.refused)} refused, {len(report.unreadable)} unreadable")


# --- the neighbourhood, drawn ------------------------------------------------------------------------------

def _drawing(view: browse.EntityView, neighbours: list[browse.Neighbour], site: Site) -> dict:
    """Positions for an SVG: the entity in the middle, its neighbours on a circle, grouped by kind."""
    width, height = 640, 420
    cx, cy = width / 2, height / 2
    radius = 160 if len(neighbours) > 6 else 120
    nodes = []
    for n, nb in enumerate(neighbours):
        angle = 2 * math.pi * n / max(1, len(neighbours)) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * 0.85 * math.sin(angle)
        nodes.append({"x": round(x, 1), "y": round(y, 1), "name": nb.name, "kind": nb.kind,
                      "relation": nb.relation, "href": site.path(nb.iri),
                      "anchor": "end" if x < cx - 20 else "start" if x > cx + 20 else "middle",
                      "lx": round(x + (-10 if x < cx - 20 else 10 if x > cx + 20 else 0), 1),
                      "ly": round(y + (16 if y > cy + 20 else -10 if y < cy - 20 else 4), 1)})
    return {"width": width, "height": height, "cx": cx, "cy": cy, "nodes": nodes, "name": view.name,
            "kind": view.kind}


# --- running it ---------------------------------------------------------------------------------------------

def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          sparql_timeout: float = 10.0, sparql_rows: int = 10_000, announce=print) -> None:
    """Open the store, and serve it until interrupted. Bound beyond loopback, editing needs a token: one is
    made (and announced) when none is given."""
    import secrets

    import uvicorn

    from kg.store import open_store

    if host not in LOOPBACK and not token:
        token = secrets.token_urlsafe(18)
        announce(f"editing token (bound to {host}): {token}")
    with open_store(settings) as store:
        app = create_app(settings, store, token=token, sparql_timeout=sparql_timeout, sparql_rows=sparql_rows)
        announce(f"kg serve: http://{host if ':' not in host else f'[{host}]'}:{port}/ (store {settings.store}; "
                 "Ctrl-C stops)")
        uvicorn.run(app, host=host, port=port, log_level="warning")
