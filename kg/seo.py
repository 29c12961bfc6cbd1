"""schema.org JSON-LD for SEO: one document per article, ready for a `<script type="application/ld+json">` tag.

The document is the article's slice of the graph (its own named graph
without provenance, plus the links and enrichment other graphs hold about
the same entities), with schema.org's IRIs turned from the graph's
`https://schema.org/` into the `http://schema.org/` the official context
maps to, compacted by pyld against the local copy of that context.
Documents are byte-stable: sorted keys, nodes and values.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox

from kg.errors import ExportError
from kg.inputs import is_web_url
from kg.settings import Settings

HTTPS_SCHEMA = "https://schema.org/"
HTTP_SCHEMA = "http://schema.org/"
CONTEXT_URL = "https://schema.org"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE_TYPES = {XSD + "date", XSD + "gYear", XSD + "gYearMonth", XSD + "dateTime"}
_PROVENANCE_TYPES = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement", "https://kg.example.org/ns#Sentence"}
_ENRICHMENT = ("sameAs", "image", "url", "birthDate")
_ARTICLE_TYPES = {"Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "Review"}
_BOM = "\ufeff"


# --- the slice -----------------------------------------------------------------------------------------

def seo_slice(store, article_iri: str, *, settings: Settings) -> list[ox.Triple]:
    """The triples the SEO document states, in http://schema.org/ terms, sorted.

    They are the article's graph without provenance, what other graphs hold about its entities and what
    search engines derive; of these, only properties schema.org allows on their subjects' types (a work of
    unknown kind is a CreativeWork, which has no `actor`), and only nodes the article reaches.
    """
    article = ox.NamedNode(article_iri)
    if not store.has_graph(article_iri):
        raise ExportError(f"no article {article_iri} in the store; ingest it first or see `kg stats`")
    quads = store.quads(article_iri)
    hidden = {q.subject for q in quads if q.predicate.value == RDF_TYPE and q.object.value in _PROVENANCE_TYPES}
    triples = {q.triple for q in quads if q.subject not in hidden and _is_schema(q.predicate)}
    entities = {t.subject for t in triples if t.subject != article}
    triples |= _enrichment(store, entities)
    triples |= _derived(triples, article)
    triples = _reached(_within_domains(triples, _vocabulary(settings.ontology_dir)), article)
    return sorted((_to_http(t) for t in triples if _on_the_web(t)), key=str)


def _on_the_web(triple: ox.Triple) -> bool:
    """Only http(s) IRIs leave kg: a `javascript:` URL (from a CMS record, an enrichment image, a loaded
    graph) is dropped with the triple that carries it."""
    return all(not isinstance(term, ox.NamedNode) or is_web_url(term.value)
               for term in (triple.subject, triple.object))


def _is_schema(predicate: ox.NamedNode) -> bool:
    return predicate.value == RDF_TYPE or predicate.value.startswith(HTTPS_SCHEMA)


def _enrichment(store, entities: set) -> set[ox.Triple]:
    """Links and facts about the article's entities that other graphs hold (Wikidata links, images)."""
    if not entities:
        return set()
    values = " ".join(str(e) for e in sorted(entities, key=str))
    props = " ".join(f"schema:{p}" for p in _ENRICHMENT)
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {props} }} ?s ?p ?o }}")
    return {ox.Triple(row["s"], row["p"], row["o"]) for row in rows}


def _derived(triples: set[ox.Triple], article: ox.NamedNode) -> set[ox.Triple]:
    """What search engines read from other properties: the page the article is the main entity of, and
    a work's release date as its datePublished (and, for a Movie, dateCreated, as Google documents)."""
    schema = {name: ox.NamedNode(HTTPS_SCHEMA + name) for name in
              ("url", "mainEntityOfPage", "releasedEvent", "startDate", "datePublished", "dateCreated", "Movie")}
    by_subject: dict = defaultdict(lambda: defaultdict(list))
    for t in triples:
        by_subject[t.subject][t.predicate].append(t.object)
    derived: set[ox.Triple] = set()
    for url in by_subject[article][schema["url"]]:
        derived.add(ox.Triple(article, schema["mainEntityOfPage"], url))
    for work, props in list(by_subject.items()):
        for event in props[schema["releasedEvent"]]:
            for day in by_subject[event][schema["startDate"]]:
                derived.add(ox.Triple(work, schema["datePublished"], day))
                if schema["Movie"] in props[ox.NamedNode(RDF_TYPE)]:
                    derived.add(ox.Triple(work, schema["dateCreated"], day))
    return derived


def _within_domains(triples: set[ox.Triple], vocabulary: _Vocabulary) -> set[ox.Triple]:
    """The triples whose property schema.org allows on one of the subject's types; a Role keeps the property
    that points at it (schema.org's Role pattern: the PerformanceRole of an `actor` carries `actor`)."""
    types: dict = defaultdict(set)
    pointed_by: dict = defaultdict(set)
    for t in triples:
        if t.predicate.value == RDF_TYPE:
            types[t.subject].add(_local(t.object.value))
        elif isinstance(t.object, ox.NamedNode):
            pointed_by[t.object].add(_local(t.predicate.value))

    def allowed(t: ox.Triple) -> bool:
        prop, kinds = _local(t.predicate.value), types[t.subject]
        if t.predicate.value == RDF_TYPE or any(vocabulary.is_a(k, d) for k in kinds
                                                 for d in vocabulary.domains.get(prop, ())):
            return True
        return prop in pointed_by[t.subject] and any(vocabulary.is_a(k, "Role") for k in kinds)
    return {t for t in triples if allowed(t)}


def _reached(triples: set[ox.Triple], article: ox.NamedNode) -> set[ox.Triple]:
    """The triples about nodes the article leads to (a role whose work lost its `actor` goes with it)."""
    by_subject: dict = defaultdict(list)
    for t in triples:
        by_subject[t.subject].append(t)
    reached, todo = {article}, [article]
    while todo:
        for t in by_subject[todo.pop()]:
            if t.object in by_subject and t.object not in reached:
                reached.add(t.object)
                todo.append(t.object)
    return {t for t in triples if t.subject in reached}


def _to_http(triple: ox.Triple) -> ox.Triple:
    """schema.org terms in the http form of the official context; dates typed schema:Date as it coerces them."""
    predicate = _http_iri(triple.predicate)
    obj = triple.object
    if isinstance(obj, ox.NamedNode) and triple.predicate.value == RDF_TYPE:
        obj = _http_iri(obj)
    elif isinstance(obj, ox.Literal) and obj.datatype.value in _DATE_TYPES:
        obj = ox.Literal(obj.value, datatype=ox.NamedNode(HTTP_SCHEMA + "Date"))
    return ox.Triple(triple.subject, predicate, obj)


def _http_iri(node: ox.NamedNode) -> ox.NamedNode:
    if node.value.startswith(HTTPS_SCHEMA):
        return ox.NamedNode(HTTP_SCHEMA + node.value[len(HTTPS_SCHEMA):])
    return node


# --- the document -----------------------------------------------------------------------------------------

def seo_document(store, article_iri: str, *, settings: Settings) -> dict:
    """The article's JSON-LD document: `"@context": "https://schema.org"` and a sorted `@graph`."""
    from pyld import jsonld

    expanded = _expanded(seo_slice(store, article_iri, settings=settings))
    loader = _document_loader(settings.ontology_dir)
    compacted = jsonld.compact(expanded, CONTEXT_URL, {"documentLoader": loader, "graph": True,
                                                       "skipExpansion": True})  # built expanded already
    nodes = compacted.get("@graph", [])
    order = _node_order(nodes, article_iri)
    return {"@context": CONTEXT_URL, "@graph": [_sorted_values(n) for n in sorted(nodes, key=order)]}


def _expanded(triples: list[ox.Triple]) -> list[dict]:
    """Expanded JSON-LD node objects, one per subject (what pyld's from_rdf makes, without the parsing)."""
    nodes: dict[str, dict] = {}
    for t in triples:
        node = nodes.setdefault(t.subject.value, {"@id": t.subject.value})
        if t.predicate.value == RDF_TYPE:
            node.setdefault("@type", []).append(t.object.value)
            continue
        node.setdefault(t.predicate.value, []).append(_expanded_value(t.object))
    return list(nodes.values())


def _expanded_value(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"@id": term.value}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD + "string":
        return {"@value": term.value}
    if term.datatype.value == XSD + "integer":
        return {"@value": int(term.value)}
    return {"@value": term.value, "@type": term.datatype.value}


def _node_order(nodes: list[dict], article_iri: str):
    about = {ref["@id"] for node in nodes if node.get("@id") == article_iri
             for ref in _as_list(node.get("about"))}

    def key(node: dict) -> tuple:
        node_id = node.get("@id", "")
        return (0 if node_id == article_iri else 1 if node_id in about else 2, node_id)
    return key


def _as_list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _sorted_values(value):
    """Arrays in compacted JSON-LD are unordered sets: sort them so that output is byte-stable."""
    if isinstance(value, dict):
        return {k: _sorted_values(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted_values(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


@lru_cache(maxsize=2)
def _local_context(ontology_dir: Path) -> dict:
    return json.loads((ontology_dir / "schema-context.jsonld").read_text(encoding="utf-8"))


def _document_loader(ontology_dir: Path):
    """Serve the schema.org context from disk; refuse every other URL (nothing is fetched)."""
    context = _local_context(ontology_dir)

    def load(url: str, options: dict | None = None) -> dict:
        if url.rstrip("/") in ("https://schema.org", "http://schema.org", "https://schema.org/docs/jsonldcontext.json"):
            return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                    "document": context}
        raise ExportError(f"the JSON-LD refers to {url}; kg loads only the schema.org context, from disk")
    return load


def to_json(document: dict) -> str:
    """The document as stable JSON text."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def to_script_tag(document: dict, *, article_iri: str | None = None) -> str:
    """A `<script type="application/ld+json">` tag whose content no article text can close.

    `<`, `>` and `&` are written as JSON `\\u` escapes (as are U+2028/2029),
    so "</script>" inside a headline stays inside the JSON string.
    """
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    marker = f' data-kg="{html.escape(article_iri, quote=True)}"' if article_iri else " data-kg"
    return f'<script type="application/ld+json"{marker}>{text}</script>'


def inject(page: str, tag: str) -> str:
    """The page with kg's tag in place of every tag kg wrote before (or before </head>, after <body>, or
    first); every other character is kept, a byte-order mark included.

    kg's tags are found by an HTML parser: a `<script>` whose attribute is exactly `data-kg` (not
    `data-kg-config`), never text inside a comment, a script or a string that only looks like a tag.
    """
    bom = _BOM if page.startswith(_BOM) else ""
    page = page[len(bom):]
    found = _PageTags(page)
    if found.kg_tags:
        (first_start, first_end), *stale = found.kg_tags
        for start, end in reversed(stale):
            page = page[:start] + page[end:]
        return bom + page[:first_start] + tag + page[first_end:]
    if found.head_end is not None:
        return bom + page[:found.head_end] + tag + "\n" + page[found.head_end:]
    if found.body_start is not None:
        return bom + page[:found.body_start] + "\n" + tag + page[found.body_start:]
    return bom + tag + "\n" + page


class _PageTags(HTMLParser):
    """Where kg's script tags, </head> and the end of <body> are in a page, as an HTML parser reads it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)
        self.page = page
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        self.kg_tags: list[tuple[int, int]] = []
        self.head_end: int | None = None
        self.body_start: int | None = None
        self._kg_start: int | None = None
        self.feed(page)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if tag == "script" and any(name == "data-kg" for name, _ in attrs):
            self._kg_start = start
        elif tag == "body" and self.body_start is None:
            self.body_start = start + len(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        if tag == "script" and self._kg_start is not None:
            self.kg_tags.append((self._kg_start, self.page.index(">", start) + 1))
            self._kg_start = None
        elif tag == "head" and self.head_end is None:
            self.head_end = start


def find_article(store, target: str, *, settings: Settings) -> str:
    """An article's IRI from its IRI (or path such as article/x), its URL, or the file it was ingested from."""
    if store.has_graph(target):
        return target
    if not Path(target).is_file() and store.has_graph(settings.expand(target)):
        return settings.expand(target)
    path = Path(target)
    if path.is_file():
        from kg.read import read_file
        from kg.resolve import article_iri

        (article, *_) = read_file(path)
        iri = article_iri(settings, article.id)
        if store.has_graph(iri):
            return iri
        raise ExportError(f"{target} has not been ingested into this store; run `kg ingest {target}` first")
    rows = list(store.query(f"SELECT ?a WHERE {{ ?a a schema:NewsArticle ; schema:url {ox.NamedNode(target)} }}")) \
        if re.match(r"^https?://\S+$", target) else []
    if rows:
        return rows[0]["a"].value
    raise ExportError(f"no article {target!r} in the store; give its IRI, its URL or the file you ingested")


def write_all(store, folder: Path, *, settings: Settings, html: bool = False) -> int:
    """One document per article in `folder`, named after the article's IRI; returns how many."""
    count = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for iri in store.article_graphs():
            document = seo_document(store, iri, settings=settings)
            name = iri.rstrip("/").rsplit("/", 1)[-1]
            if html:
                (folder / f"{name}.html").write_text(to_script_tag(document, article_iri=iri) + "\n",
                                                     encoding="utf-8")
            else:
                (folder / f"{name}.jsonld").write_text(to_json(document), encoding="utf-8")
            count += 1
    except OSError as exc:
        raise ExportError(f"cannot write to {folder}: {exc.strerror or exc}; choose another --out folder "
                          f"({count} document(s) written)") from None
    return count


def read_page(path: Path) -> str:
    """An HTML page in UTF-8 as text, its byte-order mark kept (so that writing it back keeps every byte)."""
    from kg.errors import ReadError
    from kg.read import read_bytes

    raw = read_bytes(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{path}: not UTF-8 (byte {exc.start}); kg seo inject writes into UTF-8 pages") from None


def check_target(store, target: str, *, settings: Settings) -> list[Finding]:
    """Check a JSON-LD file, or the document of an article in the store."""
    path = Path(target)
    if path.suffix.lower() in (".jsonld", ".json") and path.is_file():
        from kg.inputs import load_json
        from kg.read import read_bytes

        document = load_json(read_bytes(path), what=target, error=ExportError)
        if not isinstance(document, dict):
            raise ExportError(f"{target}: a JSON-LD document is an object; give kg seo's output or a page's JSON-LD")
        return check_document(document, settings=settings)
    return check_document(seo_document(store, find_article(store, target, settings=settings), settings=settings),
                          settings=settings)


# --- the checker ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    node: str
    type: str
    severity: str  # "error" or "warning"
    message: str


# Google's rich results, and what each requires and recommends per type (its structured-data documentation).
# A feature's rules apply only where the page can get it: an article page can get the Article result; only
# a list of movies (an ItemList whose items are Movies) can get the Movie carousel, so a news article about a
# film is judged as an Article, not as a Movie page.
ARTICLE_RESULT = "Article rich result"
MOVIE_CAROUSEL = "Movie carousel"
GOOGLE_RULES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    ARTICLE_RESULT: {name: ((), ("headline", "image", "datePublished", "dateModified", "author"))
                     for name in sorted(_ARTICLE_TYPES)},
    MOVIE_CAROUSEL: {"ItemList": (("itemListElement",), ()),
                     "ListItem": (("position", "url|item"), ()),  # url on a summary page, item on an all-in-one
                     "Movie": (("name", "image"), ("dateCreated", "director", "review", "aggregateRating"))},
}


def check_document(document: dict, *, settings: Settings) -> list[Finding]:
    """What search engines require and recommend, and schema.org's domain and range for every property."""
    from pyld import jsonld

    try:
        flat = jsonld.flatten(document, None, {"documentLoader": _document_loader(settings.ontology_dir)})
    except jsonld.JsonLdError as exc:
        return [Finding("(document)", "", "error", f"not valid JSON-LD: {exc}")]
    vocabulary = _vocabulary(settings.ontology_dir)
    nodes = {node["@id"]: node for node in flat if "@id" in node}
    role_properties = _role_properties(nodes)
    carousel = _carousel(nodes)
    findings: list[Finding] = []
    for node_id, node in sorted(nodes.items()):
        types = [_local(t) for t in node.get("@type", [])]
        label = "/".join(types) or "(untyped)"
        findings.extend(_url_findings(node_id, label, node))
        findings.extend(_google_findings(node_id, label, types, node, nodes, carousel))
        findings.extend(_schema_findings(node_id, label, types, node, nodes, vocabulary,
                                         role_properties.get(node_id, set())))
    return findings


def _url_findings(node_id: str, label: str, node: dict) -> list[Finding]:
    """Every IRI a page would publish must be an http(s) URL: `javascript:` and the like are errors."""
    iris = [("@id", node_id)] + [(_local(key), value["@id"]) for key, values in node.items()
                                 if not key.startswith("@") for value in values if "@id" in value]
    return [Finding(node_id, label, "error", f"{prop} {iri[:100]!r} is not an http(s) URL")
            for prop, iri in iris if not iri.startswith("_:") and not is_web_url(iri)]


def _role_properties(nodes: dict) -> dict[str, set[str]]:
    """For each node used as a value: the properties that point at it (a Role repeats its property)."""
    pointed: dict[str, set[str]] = defaultdict(set)
    for node in nodes.values():
        for key, values in node.items():
            if not key.startswith("@"):
                for value in values:
                    if "@id" in value:
                        pointed[value["@id"]].add(_local(key))
    return pointed


def _local(iri: str) -> str:
    for prefix in (HTTP_SCHEMA, HTTPS_SCHEMA):
        if iri.startswith(prefix):
            return iri[len(prefix):]
    return iri


def _carousel(nodes: dict) -> set[str]:
    """The nodes of a Movie carousel page: its ItemLists, their ListItems and the things those list."""
    lists = {i for i, n in nodes.items() if HTTP_SCHEMA + "ItemList" in n.get("@type", [])}
    elements = {v["@id"] for i in lists for v in nodes[i].get(HTTP_SCHEMA + "itemListElement", []) if "@id" in v}
    items = {v["@id"] for i in elements for v in nodes.get(i, {}).get(HTTP_SCHEMA + "item", []) if "@id" in v}
    return lists | elements | items


def _google_findings(node_id: str, label: str, types: list[str], node: dict, nodes: dict,
                     carousel: set[str]) -> list[Finding]:
    """What Google requires and recommends of this node, for the rich results its page can get."""
    findings = []
    present = {_local(k) for k in node if not k.startswith("@")}
    feature = ARTICLE_RESULT if set(types) & _ARTICLE_TYPES else MOVIE_CAROUSEL if node_id in carousel else None
    for type_name in types:
        required, recommended = GOOGLE_RULES.get(feature, {}).get(type_name, ((), ()))
        findings += [Finding(node_id, label, "error", f"{type_name} requires {p.replace('|', ' or ')} for "
                             f"Google's {feature}") for p in required if not set(p.split("|")) & present]
        findings += [Finding(node_id, label, "warning", f"{type_name} should have {p} for Google's {feature}")
                     for p in recommended if p not in present]
    if feature == ARTICLE_RESULT:
        for author in node.get(HTTP_SCHEMA + "author", []):
            target = nodes.get(author.get("@id"), {})
            findings += [Finding(node_id, label, "warning", f"author {author.get('@id')} should have {part}")
                         for part in ("name", "url") if HTTP_SCHEMA + part not in target]
    return findings


def _schema_findings(node_id: str, label: str, types: list[str], node: dict, nodes: dict,
                     vocabulary: _Vocabulary, pointed_by: set[str]) -> list[Finding]:
    findings = []
    is_role = any(vocabulary.is_a(t, "Role") for t in types)
    for key, values in node.items():
        if key.startswith("@"):
            continue
        prop = _local(key)
        if prop not in vocabulary.domains:
            findings.append(Finding(node_id, label, "error", f"{prop} is not a schema.org property kg knows"))
            continue
        role_property = is_role and prop in pointed_by  # a Role carries the property it stands for
        if not role_property and not any(vocabulary.is_a(t, d) for t in types for d in vocabulary.domains[prop]):
            findings.append(Finding(node_id, label, "error",
                                    f"{prop} is not a property of {label} (schema.org: "
                                    f"{', '.join(sorted(vocabulary.domains[prop]))})"))
        for value in values:
            problem = _range_problem(prop, value, nodes, vocabulary)
            if problem:
                findings.append(Finding(node_id, label, "error", problem))
    return findings


def _range_problem(prop: str, value: dict, nodes: dict, vocabulary: _Vocabulary) -> str | None:
    ranges = vocabulary.ranges[prop]
    if "@id" in value:
        if "URL" in ranges:
            return None
        target_types = [_local(t) for t in nodes.get(value["@id"], {}).get("@type", [])]
        if any(vocabulary.is_a(t, "Role") for t in target_types):
            return None  # schema.org's Role pattern: a Role may stand in for any property's value
        if any(vocabulary.is_a(t, r) for t in target_types for r in ranges):
            return None
        return f"{prop} expects {' or '.join(sorted(ranges))}, not {'/'.join(target_types) or 'an untyped node'}"
    literal = str(value.get("@value", ""))
    if ranges & {"Date", "DateTime"} and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T[\d:.+\-Z]+)?)?)?", literal):
        return f"{prop} expects an ISO 8601 date, not {literal!r}"
    if ranges == {"Integer"} and not re.fullmatch(r"-?\d+", literal):
        return f"{prop} expects an integer, not {literal!r}"
    if not ranges & {"Text", "Date", "DateTime", "Integer", "URL"}:
        return f"{prop} expects {' or '.join(sorted(ranges))}, not text {literal!r}"
    return None


@dataclass(frozen=True)
class _Vocabulary:
    domains: dict[str, set[str]]
    ranges: dict[str, set[str]]
    parents: dict[str, set[str]]

    def is_a(self, type_name: str, ancestor: str) -> bool:
        seen, todo = set(), [type_name]
        while todo:
            current = todo.pop()
            if current == ancestor or ancestor == "Thing" and current:
                return True
            if current not in seen:
                seen.add(current)
                todo.extend(self.parents.get(current, ()))
        return False


@lru_cache(maxsize=2)
def _vocabulary(ontology_dir: Path) -> _Vocabulary:
    from rdflib import RDFS, Graph, URIRef

    graph = Graph().parse(ontology_dir / "kg.ttl", format="turtle")
    domain, range_ = URIRef(HTTPS_SCHEMA + "domainIncludes"), URIRef(HTTPS_SCHEMA + "rangeIncludes")
    domains, ranges, parents = defaultdict(set), defaultdict(set), defaultdict(set)
    for s, o in graph.subject_objects(domain):
        domains[_local(str(s))].add(_local(str(o)))
    for s, o in graph.subject_objects(range_):
        ranges[_local(str(s))].add(_local(str(o)))
    for s, o in graph.subject_objects(RDFS.subClassOf):
        parents[_local(str(s))].add(_local(str(o)))
    return _Vocabulary(dict(domains), dict(ranges), dict(parents))
