"""The one place where input from outside is checked before kg uses it.

Everything that crosses into kg passes through a parser made for its kind:
IRIs through Oxigraph's RFC 3987 parser and URLs through `urllib.parse` (only
`http` and `https` may leave kg), `kg.toml` through typed pydantic models,
JSON through a parser whose nesting is bounded, YAML front matter through a
safe loader that counts what its aliases expand to, article records and
SPARQL JSON answers through pydantic models. Each check raises the calling
stage's error (`ReadError`, `ParameterError`, `LinkError`, …) with one line
that names the input and says what to do; bounds come from `kg.limits`.
"""

from __future__ import annotations

import html
import json
import os
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.errors import ConfigError, KgError
from kg.limits import MAX_JSON_DEPTH, MAX_YAML_DEPTH, MAX_YAML_NODES, REQUEST_DEADLINE, RUN_DEADLINE

WEB_SCHEMES = ("http", "https")

# --- text, IRIs and URLs ------------------------------------------------------------------------------------


def check_text(value: str, *, what: str, error: type[KgError] = KgError) -> str:
    """Text that can be stored: no lone surrogates (JSON's "\\ud800", undecodable command-line bytes)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise error(f"{what} has a character that is not valid Unicode ({value[exc.start]!r} at {exc.start}); "
                    "fix the text") from None
    return value


def check_iri(value: str, *, what: str, error: type[KgError] = KgError) -> str:
    """An absolute IRI as RFC 3987 (and so the store) reads it."""
    check_text(value, what=what, error=error)
    try:
        return ox.NamedNode(value).value
    except ValueError as exc:
        raise error(f"{what} {value!r} is not an IRI ({exc}); give e.g. https://kg.example.org/work/x") from None


def web_url_problem(value: str) -> str | None:
    """Why `value` is not an absolute http(s) URL with a host, or None when it is one."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError as exc:
        return str(exc)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return f"only http and https URLs are used, not {parts.scheme or 'a relative URL'}"
    if not parts.hostname:
        return "it names no host"
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        return str(exc)
    return None


def check_web_url(value: str, *, what: str, error: type[KgError] = KgError, shown: str | None = None,
                  example: str = "https://example.com/a") -> str:
    """An absolute http(s) URL with a host: the only kind kg fetches from or writes into its output."""
    check_text(value, what=what, error=error)
    problem = web_url_problem(value)
    if problem:
        raise error(f"{what} {shown or repr(value)} is not a usable http(s) URL ({problem}); give e.g. {example}")
    return value


def is_web_url(value: str) -> bool:
    return web_url_problem(value) is None


# --- JSON and YAML ------------------------------------------------------------------------------------------


def json_depth(value: object) -> int:
    """How deeply arrays and objects nest in a parsed JSON value (walked without recursion)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                break
            todo.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def load_json(text: str | bytes, *, what: str, error: type[KgError] = KgError) -> Any:
    """JSON whose nesting is at most MAX_JSON_DEPTH: a deeper document is refused, not a RecursionError."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{what}: not valid JSON ({exc.msg} at line {exc.lineno}); fix the file") from None
    except RecursionError:
        value = None
        depth = MAX_JSON_DEPTH + 1
    else:
        depth = json_depth(value)
    if depth > MAX_JSON_DEPTH:
        raise error(f"{what}: JSON nested more than {MAX_JSON_DEPTH} levels deep; kg reads flat article records")
    return value


def load_front_matter(text: str, *, what: str, error: type[KgError] = KgError) -> tuple[dict, str]:
    """YAML front matter and the Markdown after it, read with a safe loader whose expansion is bounded. Only a
    text that opens with "---" has front matter: a handler given to python-frontmatter skips its detection, and
    would take the text between two horizontal rules further down for it (dropping all before)."""
    import frontmatter
    import yaml

    handler = _yaml_handler()
    if not handler.detect(text.strip()):
        return {}, text
    try:
        metadata, content = frontmatter.parse(text, handler=handler)
    except yaml.YAMLError as exc:
        detail = getattr(exc, "problem", None) or " ".join(str(exc).split()) or exc.__class__.__name__
        raise error(f"{what}: front matter is not valid YAML ({detail}); fix it") from None
    except ValueError as exc:  # a timestamp YAML reads as a date that does not exist ("date: 2025-02-30")
        raise error(f"{what}: front matter has an impossible value ({exc}); write dates as real YYYY-MM-DD days"
                    ) from None
    return metadata, content


def _bounded_loader():
    """A yaml.SafeLoader that counts every value its aliases expand to, and the nesting."""
    import yaml

    class BoundedLoader(yaml.SafeLoader):
        def __init__(self, stream) -> None:
            super().__init__(stream)
            self.sizes: dict[int, int] = {}
            self.total = 0
            self.depth = 0

        def compose_node(self, parent, index):
            alias = self.check_event(yaml.AliasEvent)
            self.depth += 1
            if self.depth > MAX_YAML_DEPTH:
                raise yaml.YAMLError(f"nested more than {MAX_YAML_DEPTH} levels")
            try:
                node = super().compose_node(parent, index)
            finally:
                self.depth -= 1
            if not alias:
                self.sizes[id(node)] = 1 + sum(self.sizes.get(id(child), 1) for child in _children(node))
            self.total += self.sizes.get(id(node), 1) if alias else 1
            if self.total > MAX_YAML_NODES:
                raise yaml.YAMLError(f"its aliases expand to more than {MAX_YAML_NODES:,} values")
            return node

    return BoundedLoader


def _children(node) -> Iterator:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _yaml_handler():
    """python-frontmatter's YAML handler, loading with kg's bounded loader."""
    import yaml
    from frontmatter.default_handlers import YAMLHandler

    class BoundedYAMLHandler(YAMLHandler):
        def load(self, fm: str, **kwargs: object) -> Any:
            return yaml.load(fm, Loader=_bounded_loader())  # noqa: S506 - a SafeLoader subclass

    return BoundedYAMLHandler()


# --- article records and front matter -----------------------------------------------------------------------

Scalar = str | int | float | date | datetime


@dataclass(frozen=True)
class ArticleFields:
    """The metadata fields of a CMS record or front matter, each checked to be one value (not a list or a
    table), as text; dates as given, for the reader to parse."""

    values: dict[str, str | date]

    def get(self, *names: str) -> str | date | None:
        for name in names:
            if self.values.get(name) not in (None, ""):
                return self.values[name]
        return None


FIELDS = ("url", "date", "headline", "title", "body", "publisher", "author", "image", "modified", "dateModified")


def article_fields(data: object, *, what: str, error: type[KgError] = KgError) -> ArticleFields:
    """The fields kg reads from a record or front matter; any other key is ignored. A schema.org article as
    JSON-LD writes it is read under kg's names (see `schema_org_fields`)."""
    if not isinstance(data, dict):
        raise error(f"{what}: expected an object with a text \"body\"; see the README for the fields")
    if "articleBody" in data:
        data = schema_org_fields(data)
    data = _under_kgs_names(data)
    values: dict[str, str | date] = {}
    for name in FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, Scalar):
            raise error(f"{what}: {name} should be one value, not {type(value).__name__}; fix the record")
        values[name] = value if isinstance(value, date) else check_text(str(value), what=f"{what}: {name}",
                                                                          error=error)
    return ArticleFields(values)


def _under_kgs_names(record: dict) -> dict:
    """A CMS's record with kg's names for the fields it reads: the first of each field's other names the record
    has ("content", "published_at", "updatedAt"), WordPress's {"rendered": …} as its text, an author or a
    publisher given as an object (or a list of them) as its name, and an image given so as its URL."""
    record = dict(record)
    for name, others in _OTHER_NAMES.items():
        if record.get(name) in (None, ""):
            found = next((record[other] for other in others if _usable(name, record.get(other))), None)
            if found is not None:
                record[name] = found
    for name in FIELDS:
        value = record.get(name)
        if isinstance(value, dict) and isinstance(value.get("rendered"), str):
            # (WordPress escapes a title's quotes and dashes: "&#8216;X&#8217;")
            record[name] = value["rendered"] if name == "body" else html.unescape(value["rendered"])
    for name in ("author", "publisher"):
        if isinstance(record.get(name), (dict, list)):
            record[name] = ", ".join(filter(None, (_thing_name(item) for item in _listed(record[name])))) or None
        elif isinstance(record.get(name), (int, float)):
            record[name] = None  # (WordPress gives its user's number)
    if isinstance(record.get("image"), (dict, list)):
        record["image"] = next(filter(None, (_thing_url(item) for item in _listed(record["image"]))), None)
    return record


def _usable(name: str, value: object) -> bool:
    """Whether a CMS's other field holds what kg's field does: text or a date (not Jekyll's "published: true",
    an epoch in milliseconds, or a relative link)."""
    if isinstance(value, bool) or value in (None, ""):
        return False
    if name == "url":
        return isinstance(value, str) and is_web_url(value)
    if name in ("date", "modified"):
        return isinstance(value, (date, datetime)) or (isinstance(value, str) and not value.strip().isdigit())
    return isinstance(value, (str, dict, list))


# The names CMS exports give the fields kg reads (WordPress's REST API, Ghost, a site's own export).
_OTHER_NAMES = {
    "body": ("content", "text", "article_body", "html", "body_text", "bodyText", "story", "article_text"),
    "date": ("published", "published_at", "publishedAt", "pubDate", "pub_date", "date_published", "publish_date",
             "published_date", "publishedDate", "first_published", "firstPublished", "firstPublicationDate",
             "webPublicationDate", "datePublished", "created_at"),
    "modified": ("updated", "updated_at", "updatedAt", "date_modified", "dateModified", "last_modified",
                 "lastModified"),
    "url": ("link", "permalink", "canonical_url", "webUrl", "web_url"),
    "author": ("byline", "authors", "creator"),
}


def schema_org_fields(article: dict) -> dict:
    """A schema.org `NewsArticle` (or any `Article`) as a CMS or a page's JSON-LD gives it, with kg's names:
    `articleBody` is the body, `datePublished` the date; an author or publisher given as a `Person` or an
    `Organization` is its name (several authors joined), an image as an `ImageObject` or a list its first URL,
    and `mainEntityOfPage` the URL when there is no `url`."""
    fields = {name: article[key] for key, name in _SCHEMA_ORG_NAMES.items() if key in article}
    for name in ("author", "publisher"):
        if name in fields:
            fields[name] = ", ".join(filter(None, (_thing_name(item) for item in _listed(fields[name])))) or None
    if "image" in fields:
        fields["image"] = next(filter(None, (_thing_url(item) for item in _listed(fields["image"]))), None)
    page = _thing_url(article.get("mainEntityOfPage"))
    if "url" not in fields and page is not None and is_web_url(page):  # (not "#webpage", a node of the page)
        fields["url"] = page
    return fields


# schema.org's names for the fields kg reads (its own `url`, `headline`, `image`, `author`, `publisher`,
# `dateModified` are kg's names already)
_SCHEMA_ORG_NAMES = {"articleBody": "body", "datePublished": "date", "dateModified": "dateModified",
                     "headline": "headline", "name": "title", "url": "url", "image": "image", "author": "author",
                     "publisher": "publisher"}


def _listed(value: object) -> list:
    return value if isinstance(value, list) else [value]


def _thing_name(value: object) -> str | None:
    """A `Person` or `Organization` by its name; a name given as text is itself."""
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _thing_url(value: object) -> str | None:
    """An `ImageObject` or a `WebPage` by its URL (`url`, `contentUrl` or `@id`); a URL given as text is itself."""
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return value if isinstance(value, str) and value.strip() else None


# --- kg.toml ------------------------------------------------------------------------------------------------


def _models():
    """The typed tables of kg.toml, built on first use so that commands that need no config skip pydantic."""
    from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

    from kg.extract.lexicon import CUE_RELATIONS

    Name = Annotated[str, StringConstraints(min_length=1, max_length=300)]

    class Table(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    class LinkTable(Table):
        endpoint: str | None = None
        contact: str | None = Field(None, min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]+$")
        threshold: float = Field(0.85, ge=0.0, le=1.0)
        timeout: float = Field(REQUEST_DEADLINE, gt=0.0, le=600.0)
        retries: int = Field(4, ge=0, le=10)
        backoff: float = Field(2.0, ge=0.0, le=60.0)
        max_wait: float = Field(300.0, ge=0.0, le=3600.0)
        deadline: float = Field(RUN_DEADLINE, gt=0.0, le=86_400.0)

        @field_validator("endpoint")
        @classmethod
        def _web_url(cls, value: str | None) -> str | None:
            problem = value and web_url_problem(value)
            if problem:
                raise ValueError(f"not a usable http(s) URL ({problem})")
            return value

    class StoreTable(Table):
        query: str = "query"        # Virtuoso: sparql
        update: str = "update"      # Virtuoso: sparql
        graph_store: str = "store"  # Fuseki: data; Virtuoso: sparql-graph-crud

        @field_validator("query", "update", "graph_store")
        @classmethod
        def _path(cls, value: str) -> str:
            segments = value.split("/")
            if not all(re.fullmatch(r"[\w.~-]+", part) and part not in (".", "..") for part in segments):
                raise ValueError("should be a path on the server, such as store, data or sparql")
            return value

    class VocabularyTable(Table):
        platforms: list[Name] = []
        studios: list[Name] = []
        organizations: list[Name] = []
        titles: list[Name] = []
        genres: list[Name] = []
        aliases: dict[Name, Name] = {}
        cues: dict[str, list[Name]] = {}

        @field_validator("cues")
        @classmethod
        def _known_relations(cls, cues: dict[str, list[str]]) -> dict[str, list[str]]:
            wrong = sorted(set(cues) - set(CUE_RELATIONS))
            if wrong:
                raise ValueError(f"no relation {wrong[0]!r}; use {', '.join(CUE_RELATIONS)}")
            return cues

    class Config(Table):
        link: LinkTable = LinkTable()
        store: StoreTable = StoreTable()
        vocabulary: VocabularyTable = VocabularyTable()

    return Config


_CONFIG_MODEL = None


def parse_config(data: dict, *, where: str = "kg.toml"):
    """Typed config from a parsed kg.toml: a wrong type or an unknown key is one line naming the key."""
    from pydantic import ValidationError

    global _CONFIG_MODEL
    _CONFIG_MODEL = _CONFIG_MODEL or _models()
    try:
        return _CONFIG_MODEL.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_config_problem(exc.errors()[0], where)) from None


_EXPECTED = {"list_type": "a list in brackets, e.g. {key} = [\"…\"]", "dict_type": "a table of names",
             "float_type": "a number", "int_type": "a whole number", "string_type": "text in quotes",
             "model_type": "a table", "bool_type": "true or false"}


def _config_problem(error: dict, where: str) -> str:
    """One line naming the table and key, e.g. `kg.toml [vocabulary.cues] director: should be a list …`."""
    loc = [str(part) for part in error["loc"]]
    table, key = ".".join(loc[:-1]), loc[-1] if loc else ""
    if error["type"] == "extra_forbidden":
        if not table:
            return f"{where} has no table [{key}]; its tables are [link], [store] and [vocabulary]"
        return f"{where} [{table}] has no key {key!r}; remove it or check its spelling (see the README)"
    if error["type"] in _EXPECTED:
        message = "should be " + _EXPECTED[error["type"]].format(key=key)
    else:
        message = error["msg"].removeprefix("Value error, ")
    return f"{where} [{table}] {key}: {message}" if table else f"{where} [{key}]: {message}"


def load_config(path: str | Path | None = None):
    """The user's `kg.toml` (or `$KG_CONFIG`, or `path`), typed and checked; defaults when there is none."""
    explicit = path or os.environ.get("KG_CONFIG")
    candidate = Path(explicit or "kg.toml")
    if not candidate.is_file():
        if explicit:
            raise ConfigError(f"config file {candidate} not found; check --config or KG_CONFIG")
        return parse_config({})
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{candidate}: not valid TOML ({exc}); fix the file") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {candidate}: {exc.strerror}; check the file") from None
    return parse_config(data, where=str(candidate))


def vocabulary(config):
    """The extraction Vocabulary built from the checked [vocabulary] table."""
    from kg.extract.lexicon import Vocabulary

    table = config.vocabulary
    return Vocabulary(
        platforms=tuple(table.platforms),
        organizations=tuple(table.studios) + tuple(table.organizations),
        titles=tuple(table.titles),
        genres=tuple(g.lower() for g in table.genres),
        aliases=tuple(table.aliases.items()),
        cues=tuple((relation, phrase) for relation, phrases in table.cues.items() for phrase in phrases),
    )


# --- SPARQL JSON answers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SparqlAnswer:
    """A SPARQL 1.1 JSON answer, checked: variables and rows of pyoxigraph terms, or a boolean."""

    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, object], ...] = ()
    boolean: bool | None = None


def _answer_model():
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field

    class Term(BaseModel):
        model_config = ConfigDict(populate_by_name=True)
        type: Literal["uri", "literal", "typed-literal", "bnode"]
        value: str
        datatype: str | None = None
        lang: str | None = Field(None, alias="xml:lang")

    class Head(BaseModel):
        vars: list[str] = []

    class Results(BaseModel):
        bindings: list[dict[str, Term]]

    class Answer(BaseModel):
        head: Head = Head()
        results: Results | None = None
        boolean: bool | None = None

    return Answer


_ANSWER_MODEL = None


def blank_comment_lines(sparql: str) -> str:
    """A query's comment lines blanked out (same length, so offsets hold): a WHERE in a comment is no group,
    and a description that says "created" no update (SPARQLWrapper reads a query's form from its text, and of
    several comment lines in a row strips only every other)."""
    return re.sub(r"(?m)^[ \t]*#.*$", lambda m: " " * len(m.group(0)), sparql)


def parse_sparql_json(body: bytes | str, *, what: str, error: type[KgError] = KgError,
                      required: tuple[str, ...] = ()) -> SparqlAnswer:
    """A SPARQL JSON answer as terms; a wrong shape, a bad term or a row without a `required` variable is
    an error before anything uses (or caches) the answer."""
    from pydantic import ValidationError

    global _ANSWER_MODEL
    _ANSWER_MODEL = _ANSWER_MODEL or _answer_model()
    try:
        answer = _ANSWER_MODEL.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise error(f"{what} sent malformed SPARQL JSON results ({place + ': ' if place else ''}{first['msg']}); "
                    "nothing was used from them") from None
    if answer.results is None:
        if answer.boolean is None:
            raise error(f"{what} sent malformed SPARQL JSON results (neither results nor a boolean); "
                        "nothing was used from them")
        return SparqlAnswer(boolean=answer.boolean)
    rows = []
    for number, binding in enumerate(answer.results.bindings, start=1):
        missing = [name for name in required if name not in binding]
        if missing:
            raise error(f"{what} sent malformed SPARQL JSON results (row {number} lacks ?{missing[0]}); "
                        "nothing was used from them")
        try:
            rows.append({name: _term(term) for name, term in binding.items()})
        except (ValueError, UnicodeEncodeError) as exc:
            raise error(f"{what} sent malformed SPARQL JSON results (row {number}: {exc}); "
                        "nothing was used from them") from None
    return SparqlAnswer(tuple(answer.head.vars), tuple(rows))


def _term(term) -> object:
    if term.type == "uri":
        return ox.NamedNode(term.value)
    if term.type == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    if term.datatype:
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.value)
