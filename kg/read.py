"""Read articles from plain text, Markdown, HTML, JSON and JSON Lines.

Every reader returns `Article`s whose paragraphs are split the same way, so
that extraction never needs to know where an article came from. Input a
user can get wrong (a missing, empty, binary, undecodable or oversized file,
an impossible date, a record of the wrong shape, a URL that is not http(s))
raises `ReadError` with the file's name; what is checked and how is in
`kg.inputs`, the bounds in `kg.limits`. JSON Lines are read a record at a
time, so a bad record never costs the good ones around it.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import BinaryIO, NamedTuple
from urllib.parse import urlsplit

from kg._text import slug
from kg.errors import ReadError
from kg.inputs import (
    ArticleFields,
    article_fields,
    check_web_url,
    is_web_url,
    json_depth,
    load_front_matter,
    load_json,
)
from kg.limits import MAX_FILE_BYTES, MAX_JSON_DEPTH, MAX_PARAGRAPH_CHARS, MAX_RECORD_BYTES
from kg.model import Article

# Byte-order marks and the codecs they announce; UTF-32's come first, since UTF-16 LE's is a prefix of one.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SENTENCE_END = re.compile(r"(?<=[.!?…。])\s+")
_DATE_HEADER = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)
_QUESTION_HEADING = re.compile(r"^[^\n]{3,160}\?$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_MARKDOWN_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_BULLET = re.compile(r"^[-*•–]\s+")  # a plain text's list item: "- ", "* ", "• ", "– "
_THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")  # "---", "* * *": no text
_NUMBERED_LINE = re.compile(r"^(?:\d{1,3}[.)]|#\d{1,3})\s+\S")  # "3. Quiet Hours …", "#3 …"; not "3 Body Problem"
_MARKDOWN_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
# Italics within one line, never across their own marker (so that an unclosed "*" costs no rescan of the line).
_MARKDOWN_ITALIC = re.compile(r"(?<![\w*])([*_])(?!\s)((?:(?!\1)[^\n]){1,300}?)(?<!\s)\1(?![\w*])")
_MARKDOWN_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),            # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),        # links keep their text
    (_MARKDOWN_BOLD, r"\2"),
    (_MARKDOWN_ITALIC, r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]
_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


STDIN = "-"
ErrorHandler = Callable[[str, ReadError], None]


def expand_sources(args: Iterable[str | Path]) -> list[str]:
    """Files as given; folders walked for article files; glob patterns expanded; "-" is stdin.

    Folders skip `*.gold.json`: gold facts kept beside their articles (as
    `kg eval` expects) are not articles.
    """
    sources: list[str] = []
    for arg in map(str, args):
        path = Path(arg)
        if arg == STDIN or path.is_file():
            sources.append(arg)
        elif path.is_dir():
            sources.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file()
                           and p.suffix.lower() in _FORMATS and not p.name.endswith(".gold.json"))
        elif any(c in arg for c in "*?["):
            sources.extend(sorted(p for p in glob.glob(arg, recursive=True) if Path(p).is_file()))
        else:
            sources.append(arg)  # reported as missing when read
    return sources


def read_sources(
    paths: Iterable[str | Path],
    *,
    url: str | None = None,
    publisher: str | None = None,
    headline: str | None = None,
    on_error: ErrorHandler | None = None,
    stdin: BinaryIO | None = None,
    source_keys: Mapping[str, str] | None = None,
) -> Iterator[Article]:
    """Read every article in `paths` ("-": JSON Lines on stdin); `url`, `publisher` and `headline` override
    what the files say. A bad file or record raises ReadError, or goes to `on_error(source, error)` so that
    the rest is still read.

    An article without a url gets its file's `source_key`, or the one `source_keys` gives for a path read in
    place of another file (`kg serve` reads an upload from a folder of its own).
    """
    if url:
        check_web_url(url, what="--url", error=ReadError)
    overrides = {k: v for k, v in (("url", url), ("publisher", publisher), ("headline", headline)) if v}
    for path in map(str, paths):
        key = (source_keys or {}).get(path) or source_key(path)
        for article in _read_source(path, on_error, stdin):
            if overrides:
                article = replace(article, **overrides)
                if "url" in overrides:
                    article = replace(article, id=article_id(url=overrides["url"]))
            yield article if article.url else replace(article, source_key=key)


def source_key(source: str) -> str:
    """Which input a url-less article was read from, as its graph keeps it (`kg:sourceKey`): a SHA-256 of the
    file's resolved, absolute path ("-", stdin, and a URI such as hdfs://… are taken as written).

    A file's name gives its article's IRI, so two files of one name in two folders would share one; their
    keys tell them apart across runs, while the same file edited keeps its key. The key is a hash, not the
    path, so that exported graphs do not show where a newsroom keeps its files; a hash of a guessable path
    hides it from a casual reader, no more. Moving a folder changes its files' keys.
    """
    name = source if source == STDIN or "://" in source else str(Path(source).resolve())
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _read_source(source: str, on_error: ErrorHandler | None, stdin: BinaryIO | None) -> Iterator[Article]:
    try:
        if source == STDIN:
            yield from _jsonl_articles(stdin or sys.stdin.buffer, Path("stdin.jsonl"), "<stdin>", on_error)
            return
        path = Path(source)
        if _FORMATS.get(path.suffix.lower()) == "jsonl":
            with _open(path) as lines:
                yield from _jsonl_articles(lines, path, str(path), on_error)
            return
        yield from read_file(path)
    except ReadError as exc:
        if on_error is None:
            raise
        on_error(source, exc)


def _jsonl_articles(lines: BinaryIO, path: Path, where: str, on_error: ErrorHandler | None) -> Iterator[Article]:
    """One article a line, read a line at a time; a bad or oversized line is reported on its own and the
    others are read."""
    for n, raw in enumerate(_bounded_lines(lines), start=1):
        try:
            if raw is None:
                raise ReadError(f"{where}:{n}: a record longer than {MAX_RECORD_BYTES:,} bytes; "
                                "split the article or check the file")
            line = _decode_bytes(raw, f"{where}:{n}", empty_ok=True).strip()
            if not line:
                continue
            yield _from_record(load_json(line, what=f"{where}:{n}", error=ReadError), path, n,
                               where=f"{where}:{n}")
        except ReadError as exc:
            if on_error is None:
                raise
            on_error(f"{where}:{n}", exc)


def _bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The stream's lines, or None for a line longer than MAX_RECORD_BYTES (whose rest is skipped)."""
    while True:
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(MAX_RECORD_BYTES)
            yield None
            continue
        yield line


def _open(path: Path) -> BinaryIO:
    if not path.is_file():
        raise ReadError(f"{path}: no such file; check the path")
    try:
        return path.open("rb")
    except OSError as exc:
        raise ReadError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


def read_file(path: Path) -> list[Article]:
    """The articles in one file, by its extension (plain text when unknown)."""
    kind = _FORMATS.get(path.suffix.lower(), "text")
    text = "" if kind == "jsonl" else _decode(path)
    if kind == "jsonl":
        with _open(path) as lines:
            return list(_jsonl_articles(lines, path, str(path), None))
    if kind == "json":
        data = load_json(text, what=str(path), error=ReadError)
        records = data if isinstance(data, list) else [data]
        return [_from_record(record, path, n) for n, record in enumerate(records, start=1)]
    reader = {"text": parse_text, "markdown": parse_markdown, "html": parse_html}[kind]
    return [reader(text, source=str(path), default_id=slug(path.stem))]


def article_from_record(record: object, path: Path, number: int) -> Article:
    """The article of one JSON Lines record, as `kg ingest` would read line `number` of `path`."""
    return _from_record(record, path, number, where=f"{path}:{number}")


def content_hash(article: Article) -> str:
    """What an article was extracted from, with kg's version: an unchanged article needs no new extraction."""
    from kg import __version__

    fields = (__version__, article.text, article.date, article.headline, article.publisher, article.url,
              article.author, article.image, article.modified, article.markup, article.paragraphs,
              article.emphasized)
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()


def read_bytes(path: Path) -> bytes:
    """A file's bytes, refusing a missing, empty or oversized one (read no further than the bound)."""
    with _open(path) as stream:
        raw = stream.read(MAX_FILE_BYTES + 1)
    if not raw:
        raise ReadError(f"{path}: the file is empty; give an article with some text")
    if len(raw) > MAX_FILE_BYTES:
        raise ReadError(f"{path}: more than {MAX_FILE_BYTES:,} bytes is too large for one article; "
                        "split it or use JSON Lines")
    return raw


def _decode(path: Path) -> str:
    """The file's text, refusing what is not an article: missing, empty, huge, binary or undecodable."""
    return _decode_bytes(read_bytes(path), str(path))


def _decode_bytes(raw: bytes, where: str, *, empty_ok: bool = False) -> str:
    """UTF-8, or UTF-16/32 announced by a byte-order mark; NUL bytes without one mean a binary file."""
    codec = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if codec is None and b"\x00" in raw[:8192]:
        raise ReadError(f"{where}: looks binary, not an article; give a text, Markdown, HTML or JSON file")
    try:
        text = raw.decode(codec or "utf-8")
    except UnicodeDecodeError as exc:
        name = (codec or "utf-8").removesuffix("-sig").upper()
        raise ReadError(f"{where}: not UTF-8, nor UTF-16 or UTF-32 with a byte-order mark ({name} fails at byte "
                        f"{exc.start}); convert it, e.g. iconv -t UTF-8") from None
    if not text.strip() and not empty_ok:
        raise ReadError(f"{where}: the input has no text; give an article with some text")
    return text


def parse_text(text: str, *, source: str = "", default_id: str = "article") -> Article:
    """Plain text: an optional leading `date YYYY-MM-DD`, paragraphs split on blank lines."""
    article_date = None
    match = _DATE_HEADER.match(text)
    if match:
        article_date = parse_iso_date(match.group(1), source)
        text = text[match.end():]
    masthead = _masthead(tuple(_text_paragraphs(_masthead_lines_apart(text))))
    return _article(_subheadings(masthead.paragraphs), source=source, default_id=default_id,
                    headline=_first_line(masthead),
                    date=article_date or masthead.published, author=masthead.author, modified=masthead.updated)


def _first_line(masthead: Masthead) -> str | None:
    """A plain text's headline: its first paragraph when that is one line with no full stop, under a kicker in
    capitals if there is one ("ANNECY 2025" over "Studio Unveils Slate: 'X', 'Y'")."""
    paragraphs = list(masthead.paragraphs)
    if paragraphs and _EDITORS_NOTE.fullmatch(paragraphs[0][1]):
        paragraphs.pop(0)  # ("[Translated from Spanish.]" over the headline)
    if len(paragraphs) >= 3 and _section_name(paragraphs[0][1]) and _headline_like(paragraphs[1][1]):
        paragraphs.pop(0)  # (a section's name over the headline: "Television & radio")
    if paragraphs and ((paragraphs[0][0] == "h" and _capitals_heading(paragraphs[0][1]))
                       or _SITE_NAME_LINE.match(paragraphs[0][1])):
        paragraphs.pop(0)  # (a kicker in capitals; a site's name and motto: "THE CRYPT GAZETTE — a horror blog")
    if len(paragraphs) < 2:  # (a headline heads a body)
        return None
    kind, text = paragraphs[0]
    # (above a byline or a dateline, a headline may end in a full stop: "… Now She Wants the Money.")
    ended = text.endswith(".") and (masthead.author is not None or masthead.published is not None)
    return text if kind == "p" and len(text) <= _MAX_HEADLINE_CHARS and len(text.split()) >= 3 \
        and (ended or not _goes_on(text)) else None


def _section_name(line: str) -> bool:
    """"Television & radio", "Film", "TV News": the name of a site's section, over the headline."""
    words = line.replace("&", " ").replace("/", " ").casefold().split()
    return bool(words) and all(word in _SECTION_WORDS for word in words)


_SECTION_WORDS = frozenset({"television", "tv", "radio", "film", "films", "movie", "movies", "news", "culture",
                            "arts", "entertainment", "reviews", "review", "streaming", "music", "anime", "and",
                            "features", "stage", "media", "showbiz", "celebrity", "k-drama", "drama", "series"})


def _headline_like(text: str) -> bool:
    """A line as a headline is written: several words, no full stop at its end."""
    return len(text.split()) >= _MIN_HEADLINE_WORDS and len(text) <= _MAX_HEADLINE_CHARS \
        and not text.endswith((".", "!", "?")) and not _goes_on(text)


def _markdown_headline(content: str) -> str | None:
    """A Markdown text's headline: the "# " heading that opens the text, or a lower one that reads as a headline
    where the page's own title was left out ("## X TV Anime Reveals Cast", not a section's "## Cast")."""
    first = next((line for line in content.splitlines() if line.strip()), "")
    heading = _MARKDOWN_HEADING.match(first)
    if heading is None:
        return None
    text = _strip_inline(heading.group(1))
    return text if first.startswith("# ") or (_headline_like(text) and not text.startswith("By ")) else None


def parse_markdown(text: str, *, source: str = "", default_id: str = "article") -> Article:
    """Markdown with optional YAML front matter (date, title/headline, url, publisher, author)."""
    metadata, content = load_front_matter(text, what=source, error=ReadError)
    meta = article_fields(metadata, what=f"{source} front matter", error=ReadError)
    masthead = _masthead(tuple(_markdown_paragraphs(content)))
    return _article(
        masthead.paragraphs, source=source, default_id=default_id,
        emphasized=_markdown_italics(content),
        date=_meta_date(meta.get("date"), source) or masthead.published,
        headline=_meta_str(meta.get("headline", "title")) or _markdown_headline(content),
        url=_user_url(meta, source), publisher=_meta_str(meta.get("publisher")),
        author=_meta_str(meta.get("author")) or masthead.author, image=_meta_str(meta.get("image")),
        modified=_meta_date(meta.get("modified", "dateModified"), source) or masthead.updated,
    )


def parse_html(text: str, *, source: str = "", default_id: str = "article") -> Article:
    """HTML: trafilatura finds the body, headline, date and author of the page."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(text)
    for element in list(tree.iter("noscript")) if tree is not None else ():
        element.drop_tree()  # what a page shows without JavaScript ("please enable JavaScript") is not the article
    for aside in tree.xpath("//article//aside") if tree is not None else ():
        if _credits_box([line for line in (" ".join(e.text_content().split()) for e in aside.iter("li", "p")) if line]):
            aside.tag = "div"  # a review's credits set beside its text are the article's (trafilatura drops asides)
    document = trafilatura.bare_extraction(tree if tree is not None else text, with_metadata=True,
                                           include_comments=False, include_formatting=True)
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise ReadError(f"{source}: no article text found in the HTML; is it the article's page?")
    # trafilatura writes the body as Markdown (headings, list items, italics), which reads as a Markdown file
    # does; the headline repeats as the first heading.
    headline = _meta_str(document.title)
    paragraphs = tuple(paragraph for paragraph in _markdown_paragraphs(body) if paragraph[1] != headline)
    article = _article(
        paragraphs, source=source, default_id=default_id,
        date=_meta_date(document.date, source), headline=headline,
        url=_web_url_or_none(_meta_str(document.url)), author=_meta_str(document.author),
        publisher=_meta_str(document.sitename), image=_meta_str(document.image),
        emphasized=(element.text_content() for element in tree.iter("i", "em", "cite")) if tree is not None else (),
    )
    return replace(article, markup=_page_markup(text))


def _page_markup(html: str) -> tuple[str, ...]:
    """The structured data a page already carries (JSON-LD, microdata, RDFa), one JSON text per item."""
    import extruct

    try:
        found = extruct.extract(html, syntaxes=["json-ld", "microdata", "rdfa"], uniform=True, errors="ignore")
    except Exception:  # extruct raises many parser errors on broken pages; their markup is simply absent
        return ()
    items = [item for syntax in ("json-ld", "microdata", "rdfa") for item in found.get(syntax, [])]
    return tuple(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items
                 if isinstance(item, dict) and json_depth(item) <= MAX_JSON_DEPTH)


def parse_iso_date(value: str, source: str = "") -> date:
    """A `YYYY-MM-DD` date, refusing impossible ones (2021-02-30) with a clear message."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ReadError(f"{source}: date {value!r} is not a real calendar date; write it as YYYY-MM-DD") from None


def article_id(*, url: str | None = None, default_id: str = "article") -> str:
    """A stable id: from the URL when there is one (readable last segment and a short hash), else given."""
    if not url:
        return default_id
    path = urlsplit(url).path.rstrip("/")
    tail = slug(path.rsplit("/", 1)[-1].rsplit(".", 1)[0]) if path else "article"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{tail[:60]}-{digest}"


def _article(paragraphs: tuple[tuple[str, str], ...], *, source: str, default_id: str,
             date: date | None = None, headline: str | None = None, url: str | None = None,
             publisher: str | None = None, author: str | None = None, image: str | None = None,
             modified: date | None = None, emphasized: Iterable[str] = ()) -> Article:
    """Assemble an Article; the text is the paragraphs joined by blank lines, offsets refer to it. Of the
    emphasized phrases, those the text has are kept (a dateline's italics are no part of it). Mojibake is
    undone here, once for every format."""
    paragraphs = _lead_ins_as_headings(tuple((kind, _repaired(paragraph)) for kind, paragraph in _bounded(paragraphs)))
    if not any(kind == "p" for kind, _ in paragraphs):
        raise ReadError(f"{source}: no paragraphs of text found; give an article with some text")
    paragraphs, filed = _without_lead_dateline(paragraphs, headline)
    date = date or filed
    text = "\n\n".join(p for _, p in paragraphs)
    phrases = islice(dict.fromkeys(p for p in (" ".join(_repaired(e).split()) for e in emphasized)
                                   if 0 < len(p) <= _MAX_EMPHASIZED_CHARS), _MAX_EMPHASIZED)
    return Article(id=article_id(url=url, default_id=default_id), text=text, paragraphs=paragraphs,
                   date=date, headline=headline and _repaired(headline), publisher=publisher, url=url, author=author,
                   image=_absolute_url(image), modified=modified, source=source,
                   emphasized=tuple(p for p in phrases if p in text))


def _lead_ins_as_headings(paragraphs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A short paragraph that leads into the list after it ("The anime stars:", then a line an item) heads that
    list, as a Markdown heading does, whatever blank line or markup sets the two apart."""
    kinds = [kind for kind, _ in paragraphs]
    for n, (kind, text) in enumerate(paragraphs[:-2]):
        items = [item for _, item in paragraphs[n + 1:n + 3]]
        if kind == "p" and text.endswith(":") and len(text.split()) <= _MAX_LIST_LINE_WORDS \
                and all(_title_line(item) for item in items):
            kinds[n] = "h"
    return tuple(zip(kinds, (text for _, text in paragraphs), strict=True))


def _subheadings(paragraphs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """"Meanwhile, in Argentina" on a line of its own between paragraphs of prose: a page's subheading pasted as
    plain text (which, unlike Markdown or HTML, has no mark for it), a few words with no sentence's end, which
    heads the paragraphs under it."""
    kinds = [kind for kind, _ in paragraphs]
    for n in range(1, len(paragraphs) - 1):
        (before_kind, before), (kind, text), (_, after) = paragraphs[n - 1:n + 2]
        if kind == "p" and before_kind == "p" and _prose(before) and _prose(after) \
                and len(text.split()) <= _MAX_SUBHEADING_WORDS and text[:1].isupper() and ":" not in text \
                and "(" not in text and not _CAPTION.match(text) and not _goes_on(text) and not text.endswith("?") \
                and not _section_name(text):  # ("Film Reviews" under a dek: the site's section, heading nothing)
            kinds[n] = "h"
    return tuple(zip(kinds, (text for _, text in paragraphs), strict=True))


def _prose(paragraph: str) -> bool:
    """A paragraph of sentences: many words, ending as a sentence does."""
    return len(paragraph.split()) > _MAX_LIST_LINE_WORDS and paragraph.rstrip("\"'”’»").endswith((".", "!", "?"))


_MAX_SUBHEADING_WORDS = 8
# A photo's caption between paragraphs, no heading: "A still from X", "Pictured: …", "Photo by …".
_CAPTION = re.compile(r"(?i)(?:an?\s+still|still|pictured|photo|image|courtesy|credit|watch|via)\b")


def _without_lead_dateline(paragraphs: tuple[tuple[str, str], ...],
                           headline: str | None) -> tuple[tuple[tuple[str, str], ...], date | None]:
    """The paragraphs with a wire's dateline taken off the body's first ("MADRID, 14 July 2025 — The film …",
    "LOS ANGELES (AP) — …": where and when it was filed, no part of its first sentence), and that date."""
    first = next((n for n, (kind, text) in enumerate(paragraphs) if kind == "p" and text != headline), None)
    match = _lead_dateline().match(paragraphs[first][1]) if first is not None else None
    if match is None:
        return paragraphs, None
    day = _day(match.group("date")) if match.group("date") else None
    if day is None and not (match.group("city").isupper() and match.group("agency")):
        return paragraphs, None  # ("Paris, Texas — the film that …" is a sentence; "SALT MARSH — A directs" a title)
    kept = list(paragraphs)
    kept[first] = ("p", paragraphs[first][1][match.end():])
    return tuple(kept), day


@cache
def _lead_dateline():
    """A dateline before a body's first sentence: a city (and a state), a date, an agency, a dash."""
    import regex

    from kg.extract.dates import DATE

    return regex.compile(
        r"(?P<city>(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}))(?:,\s+(?-i:[A-Z][\w.]+))??"
        rf"(?:,\s+(?P<date>{DATE}))?(?P<agency>\s+\([^)]{{1,40}}\))?\s+(?:—|–|--)\s+"
        r"(?=(?-i:[\"“‘'(\p{Lu}\d]))", regex.IGNORECASE)  # (a sentence after it: "— that was the night …" goes on)


def _repaired(text: str) -> str:
    """`text` with its mojibake undone ("ZacarÃ­as", "4Â°C": UTF-8 read as Windows-1252 by a feed or a scraper
    on its way here)."""
    return _mojibake_fixer()(text)


@cache
def _mojibake_fixer() -> Callable[[str], str]:
    """ftfy's fix_text set to undo mojibake and nothing else: quotes, widths and ligatures stay as written."""
    import ftfy  # on first use: importing it costs kg's start 70 ms

    config = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                                  fix_latin_ligatures=False, explain=False)
    return partial(ftfy.fix_text, config=config)


class Masthead(NamedTuple):
    """What the lines above an article's body say of it: when it was published and updated, and by whom."""

    paragraphs: tuple[tuple[str, str], ...]   # the article without those lines
    published: date | None = None
    updated: date | None = None
    author: str | None = None


def _masthead(paragraphs: tuple[tuple[str, str], ...]) -> Masthead:
    """Datelines and bylines among the first lines ("Published April 8, 2025", "By Ann Lowe, TV Editor",
    "By Ann Lowe — Published Monday, June 16, 2025"): the article's date and author, and no part of its
    text (the dateline of a text pasted from a page is the date its "Friday" and "next month" count from).
    A line that could be a sentence or a heading ("By Friday, the cast had grown.") is text."""
    found: dict[str, object] = {}
    kept = list(paragraphs)
    for kind, text in paragraphs[:_MASTHEAD_LINES]:
        # (a dateline in capitals, "JUNE 20, 2024 11:05AM", was taken for a heading; a heading in any other case,
        # "## Thursday, June 12", heads a listing's day)
        fields = _masthead_fields(text) if len(text) <= _MAX_MASTHEAD_CHARS and (kind == "p" or text.isupper()) \
            else None
        if fields is not None:
            kept.remove((kind, text))
            for key, value in fields.items():
                found.setdefault(key, value)
    if not found or not any(kind == "p" for kind, _ in kept):
        return Masthead(paragraphs)
    return Masthead(tuple(kept), **found)


def _masthead_lines_apart(text: str) -> str:
    """The first lines of a plain text with a blank line around each dateline or byline, which a page pasted
    as text runs into its headline ("Headline / By Ann Lowe / Published May 19, 2025" with no blank line); the
    lines above a byline (a headline, its standfirst) are each apart too."""
    lines = text.split("\n")
    last = max((n for n, line in enumerate(lines[:_MASTHEAD_LINES * 2])
                if len(line) <= _MAX_MASTHEAD_CHARS and _masthead_fields(line) is not None), default=None)
    if last is None:
        return text
    return "\n\n".join(lines[:last + 1]) + "\n\n" + "\n".join(lines[last + 1:])


def _masthead_fields(line: str) -> dict[str, object] | None:
    """The date and author a dateline or byline gives, or None when the line is anything else. Its parts
    (split at dashes, bars and dots) are each a dateline, a byline or a label in title case ("Aarhus", "K-Drama
    News"); a byline's name is of two to four names, and what follows its comma is a job ("TV Editor")."""
    line = line.strip(" *_")
    if line.endswith((".", "!", "?")) or not line:
        return None
    fields: dict[str, object] = {}
    for part in _MASTHEAD_SEPARATOR.split(line):
        dateline, byline = _dateline().fullmatch(part), _BYLINE.fullmatch(part)
        if dateline is not None:
            day = _day(dateline.group("date"))
            if day is None:
                return None
            updated = (dateline.group("verb") or "").lower().endswith("updated")
            fields.setdefault("updated" if updated else "published", day)
        elif byline is not None and _byline_name(byline.group("author").title()) \
                and (byline.group("job") is None or byline.group("job").split()[-1] in _JOBS):
            author = byline.group("author")  # ("BY ANN LOWE" is Ann Lowe)
            fields.setdefault("author", author.title() if author.isupper() else author)
        elif (handle := _HANDLE_BYLINE.fullmatch(part)) is not None:
            fields.setdefault("author", handle.group("handle"))
        elif not _label(part):
            return None
    return fields or None


def _byline_name(name: str) -> bool:
    """"Ann Lowe", not "Friday Night" or "Then It Was": no weekday, month or little word among its words."""
    return not any(word in _NOT_NAMES for word in name.split())


def _label(part: str) -> bool:
    """A few words in title case beside a dateline: a place, a desk; or the reading time ("5 min read")."""
    if _READING_TIME.fullmatch(part) or _TIME_ONLY.fullmatch(part):
        return True
    words = part.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and all(w[:1].isupper() or w[:1].isdigit() or w in _LABEL_JOINS
                                                      for w in words)


def _day(text: str) -> date | None:
    """A dateline's date, when it names a day ("April 8, 2025", "Monday, 16 June 2025", "2025-06-16") of the
    web's years (a headline's "December 7, 1941" is no dateline)."""
    from kg.extract.dates import parse_date

    day = parse_date(text, None, future=False)
    if day is None or day.day is None or not _FIRST_WEB_YEAR <= day.year <= date.today().year + 1:
        return None
    return date(day.year, day.month, day.day)


# Of the phrases a page sets in italics, the first this many (titles are short, and a page of thousands of
# italics is no article to take titles from).
_MAX_EMPHASIZED = 300
_MAX_EMPHASIZED_CHARS = 120
_MASTHEAD_LINES = 6
_MIN_HEADLINE_WORDS = 4
_MAX_MASTHEAD_CHARS = 160
_MAX_HEADLINE_CHARS = 220
_MAX_LABEL_WORDS = 4
_FIRST_WEB_YEAR = 1990
_LABEL_JOINS = frozenset({"of", "and", "&", "the", "de", "on", "in"})
_READING_TIME = re.compile(r"\d{1,3}[ -]?(?:min|minute)s?(?: read)?|\d{1,5} comments?|no comments|leave a comment",
                           re.IGNORECASE)  # (and a blog's comment count: "14 comments")
# (a dash, a bar or a dot; a "by" right after the date: "Posted July 22, 2025 by Ann Lowe, Festival Desk")
_BY = r"(?:[Bb]y|BY)"
_MASTHEAD_SEPARATOR = re.compile(rf"\s+[—–|·•-]\s+|\s*\|\s*|(?<=\d)\s+(?={_BY}\s)"
                                 r"|(?<=\w)\s+on\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|"
                                 r"Fri|Sat|Sun)[a-z]*\.?\s|\d{1,4}\b)")  # ("Posted by A on October 12, 2023")


@cache
def _dateline():
    """A dateline: the project's date grammar (kg.extract.dates.DATE), with the city it was filed from, a
    "Published" or "Updated" before it and a time after it. Compiled on first use (kg --help reads no dates)."""
    import regex

    from kg.extract.dates import DATE

    return regex.compile(
        r"(?:(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}),\s+)?"   # "London, "
        r"(?:(?P<verb>(?:First\s+)?Published|Posted|(?:Last\s+)?Updated)(?:\s+on)?:?\s+)?"
        rf"(?:{_TIME}\s+)?"  # ("Published 6:02 a.m. ET Sept. 18")
        rf"(?P<date>{DATE})"
        rf"(?:,?\s+(?:at\s+|@\s*)?{_TIME})?", regex.IGNORECASE)  # ("Aug. 18, 2025 3 AM PT")


# A time of day: "6:02 a.m. ET", "11:05AM", "3 AM PT".
_TIME = r"\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+(?-i:[A-Z]{2,4}))?"
# A time alone beside a dateline: "Published March 9, 2025 | Updated 11:02 a.m. ET".
_TIME_ONLY = re.compile(rf"(?:(?:Last\s+)?Updated|Published|Posted)(?:\s+at)?:?\s+{_TIME}", re.IGNORECASE)


_BYLINE = re.compile(rf"(?:Posted\s+)?{_BY}\s+"
                     r"(?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|da|di|del|le|la)){1,3})(?:,\s+(?P<job>[^,]{1,40}))?")
# A site's user name as its byline: "Posted by yukiwatari", "by haneulbyeol".
_HANDLE_BYLINE = re.compile(rf"(?:Posted\s+)?{_BY}\s+(?P<handle>@?[a-z][a-z0-9_.]{{2,30}})")
# The last word of a byline's job: "By Ann Lowe, TV Editor", "…, Nordic Correspondent".
_JOBS = frozenset({"Editor", "Reporter", "Correspondent", "Critic", "Writer", "Desk", "Staff", "Contributor",
                   "Columnist", "Journalist", "Producer", "Chief", "Editor-at-Large", "Intern", "Analyst"})
_NOT_NAMES = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Christmas Easter Halloween The A An It Its This That These Those Then
Now Is Was Were Be Been Are All Some No Not Any Every
""".split())


def _text_paragraphs(text: str) -> Iterator[tuple[str, str]]:
    """Paragraphs split on blank lines; the lines of a list stay apart, as in Markdown, rather than run into one
    sentence, and the line that leads into a list ("The cast includes:") heads it, as a Markdown heading does."""
    for block in re.split(r"\n\s*\n", text):
        yield from _block_paragraphs([" ".join(line.split()) for line in block.splitlines()
                                      if line.strip() and not _THEMATIC_BREAK.match(line)])


def _block_paragraphs(lines: list[str]) -> Iterator[tuple[str, str]]:
    """The paragraphs of one block of lines; what an item's header heads is read as a block of its own
    ("PICK OF THE DAY" over a listing's entry)."""
    items = lines[1:] if lines and (_leads_list(lines) or _capitals_heading(lines[0])) else lines
    if len(items) >= 2 and all(_BULLET.match(line) for line in items):  # "- A deal …" lines, each an item
        yield from _list_paragraphs(lines[:len(lines) - len(items)] + [_BULLET.sub("", line) for line in items])
    elif _listing_header(lines):
        title, note = _without_listing_note(lines[0])
        yield "h", title
        if note:
            yield "p", note  # ("8 episodes x 60 min.": the entry's own words, under its title)
        yield from _list_paragraphs(lines[1:])
    elif _listing_entry(lines):
        yield from _listing_entry_paragraphs(lines)
    elif _timed_entry(lines):
        yield from _timed_entry_paragraphs(lines)
    elif _list_lines(lines):
        yield from _list_paragraphs(lines)
    elif _item_header(lines):
        yield "h", lines[0]
        rest = lines[1:]
        while len(rest) > 1 and _LABELED_LINE.match(rest[0]) and not _goes_on(rest[0]) \
                and len(rest[0].partition(":")[2].split()) <= _MAX_LABEL_VALUE_WORDS:
            yield "p", rest.pop(0)  # ("Streaming on: Hulu" over the item's text; not a wrapped line of prose)
        yield from _block_paragraphs(rest) if _timed_entry(rest) else [_classify(" ".join(rest))]
    elif lines:
        yield _classify(" ".join(lines))


def _list_lines(lines: list[str]) -> bool:
    """Two or more short lines without a sentence's punctuation at their ends, after an optional lead line; or
    a credits box."""
    if _credits_box(lines):
        return True
    items = lines[1:] if lines and _leads_list(lines) else lines
    return len(items) >= 2 and all(len(line.split()) <= _MAX_LIST_LINE_WORDS and not line.endswith(
        (".", "!", "?", ",", ";")) for line in items)


def _credits_box(lines: list[str]) -> bool:
    """A review's or a listing's credits, a "Label: value" line each ("Director: A", "Production companies: C,
    D", "Release: In cinemas from …"): each line is a sentence of its own, not run into the next. (An interview's
    "Q:" and "Ruiz:" lines repeat their labels; a credits box names each credit once.)"""
    labels = [m.group("label") for m in map(_LABELED_LINE.match, lines) if m]
    return len(labels) >= 3 and 2 * len(labels) >= len(lines) and len(set(labels)) == len(labels)


_LABELED_LINE = re.compile(r"^(?P<label>[A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,2}):\s+\S")


def _item_header(lines: list[str]) -> bool:
    """"3. Quiet Hours (Prime Video, Friday, April 10)", "Wednesday, October 1" or "WOLVES OF TARRAGONA" on a line
    of its own over the item's text: a listicle's numbered item, a listing's day or a round-up's item in capitals
    heads the text under it, as a heading does (no sentence ends there, and a wrapped line of prose never starts
    with an item's number or is a date alone)."""
    first = lines[0] if lines else ""
    return len(lines) >= 2 and (bool(_NUMBERED_LINE.match(first)) or _listing_day(first) or _capitals_heading(first)) \
        and len(first.split()) <= _MAX_LIST_LINE_WORDS and not _goes_on(first) and not first.endswith("?") \
        and _strip_inline(lines[1])[:1].isupper()


def _listing_header(lines: list[str]) -> bool:
    """"THE LONG FIELD (Feature)" or "GULL POINT (TV Series) -- 8 episodes" over "Start: …", "Director: A" lines:
    a production listing's title heads its credits box."""
    return len(lines) > 3 and _capitals_heading(_without_listing_note(lines[0])[0]) and _credits_box(lines[1:])


def _without_listing_note(line: str) -> tuple[str, str]:
    """A production listing's title line, and what it adds after a dash: "-- 8 episodes x 60 min.", "— Season 2"."""
    note = _LISTING_NOTE.search(line)
    return (line[:note.start()], note.group("note")) if note else (line, "")


_LISTING_NOTE = re.compile(r"\s+(?:--|—|–)\s+(?P<note>[^A-Z]?[\w ,.'’x×-]{1,40})$")


def _listing_entry(lines: list[str]) -> bool:
    """A TV listing's entry: a day ("Monday", "Friday 3 October") over the programme's title, on lines of their
    own, over the slot and the text ("Monday / The Long Field / 9pm, BBC Two / A new six-part drama …")."""
    return len(lines) >= 3 and (lines[0] in _DAY_LINES or _listing_day(lines[0])) and _title_line(lines[1])


def _listing_entry_paragraphs(lines: list[str]) -> Iterator[tuple[str, str]]:
    """The day and the title head the entry, as headings do; the slot ("9pm, BBC Two") is a line of its own;
    the rest is its text."""
    yield "h", lines[0]
    yield "h", lines[1]
    rest = lines[2:]
    while len(rest) > 1 and _title_line(rest[0]):
        yield "p", rest.pop(0)
    yield _classify(" ".join(rest))


def _timed_entry(lines: list[str]) -> bool:
    """A TV listing's entry under its time: "7.00pm / Channel 5 – Wrenfield Vets / A lamb arrives …", or under
    its title: "Fenwick Moor / 8pm, ITV1 / New series. …"."""
    if len(lines) < 3:
        return False
    if _TIME_LINE.fullmatch(lines[0]):
        return bool(_CHANNEL_AND_TITLE.fullmatch(lines[1]))
    return _title_line(lines[0]) and bool(_TIMED_SLOT.fullmatch(lines[1]))


def _timed_entry_paragraphs(lines: list[str]) -> Iterator[tuple[str, str]]:
    """The programme's title heads the entry; its time and channel are its slot line ("7.00pm, Channel 5", as the
    listings that put the title first write it); the rest is its text."""
    if _TIME_LINE.fullmatch(lines[0]):
        match = _CHANNEL_AND_TITLE.fullmatch(lines[1])
        yield "h", match.group("title")
        yield "p", f"{lines[0]}, {match.group('channel')}"
    else:
        yield "h", lines[0]
        yield "p", lines[1]
    yield _classify(" ".join(lines[2:]))


# A listing's time of day ("9pm", "7.00pm", "10:30 am"), which a slot line ("9pm, BBC Two") opens with.
_TIME_OF_DAY = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)"
_TIME_LINE = re.compile(_TIME_OF_DAY, re.IGNORECASE)
_TIMED_SLOT = re.compile(rf"{_TIME_OF_DAY},\s+[^\d,.;!?][^,;!?]{{1,40}}", re.IGNORECASE)
# "Channel 5 – Wrenfield Vets", "BBC Two – Seaglass (2024)": a channel, a dash, the programme.
_CHANNEL_AND_TITLE = re.compile(r"(?P<channel>[^–—:]{2,30}?)\s+[–—]\s+(?P<title>[^–—]{2,80})")


def _title_line(line: str) -> bool:
    """A short line with no sentence's end: a title, a time and a channel."""
    return len(line.split()) <= _MAX_LIST_LINE_WORDS and not line.endswith((".", "!", "?", ";", ":")) \
        and line[:1].isalnum()


_DAY_LINES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _listing_day(line: str) -> bool:
    from kg.extract.dates import is_listing_day  # (imported on first use: kg --help reads no dates)

    return is_listing_day(_strip_inline(line))


def _leads_list(lines: list[str]) -> bool:
    """The first line of a list heads it: "The cast includes:", or a label of a word or two ("Staff", "Cast")."""
    first = lines[0]
    return first.endswith(":") or (len(lines) > 2 and len(first.split()) <= 2 and ":" not in first
                                   and not first.endswith((".", "!", "?")))


def _list_paragraphs(lines: list[str]) -> Iterator[tuple[str, str]]:
    """Each line of a list a paragraph, the line that leads into it a heading; a line that goes on from one
    ending in a comma ("Cast: A, B," then "C, D") is part of it."""
    for n, line in enumerate(_with_continuations(lines)):
        yield ("h", line) if n == 0 and _leads_list(lines) else ("p", line)


def _with_continuations(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].endswith(",") and not _LABELED_LINE.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


_MAX_LIST_LINE_WORDS = 12
_MAX_LABEL_VALUE_WORDS = 5


def _bounded(paragraphs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Paragraphs of at most MAX_PARAGRAPH_CHARS: a longer one (a page flattened into one line) is split at
    sentence ends, or at spaces, or hard, so that no input reaches spaCy beyond what it accepts."""
    for kind, text in paragraphs:
        while len(text) > MAX_PARAGRAPH_CHARS:
            window = text[:MAX_PARAGRAPH_CHARS]
            ends = [m.end() for m in _SENTENCE_END.finditer(window)] or [window.rfind(" ") + 1]
            cut = ends[-1] if ends[-1] > MAX_PARAGRAPH_CHARS // 2 else MAX_PARAGRAPH_CHARS
            yield kind, text[:cut].strip()
            text = text[cut:].strip()
        if text:
            yield kind, text


def _classify(paragraph: str) -> tuple[str, str]:
    """Question-style subheadings ("When is the … release date?") and lines in capitals ("ARRIVING ON NETFLIX
    IN OCTOBER") are headings, not facts."""
    return ("h", paragraph) if _QUESTION_HEADING.match(paragraph) or _capitals_heading(paragraph) \
        else ("p", paragraph)


_EDITORS_NOTE = re.compile(r"\[[^\[\]]+\]")
_SITE_NAME_LINE = re.compile(r"[A-Z0-9][A-Z0-9 '’&.!-]{2,60}[A-Z0-9!]\s+[—–|]\s+[a-z][^.!?]*$")


def _capitals_heading(paragraph: str) -> bool:
    """"ARRIVING ON NETFLIX IN OCTOBER", or a slate's "ROOFTOP MERCY (feature film)": a line in capitals, but
    for a gloss in brackets at its end."""
    paragraph = _END_GLOSS.sub("", paragraph)
    return paragraph.isupper() and len(paragraph.split()) <= _MAX_LIST_LINE_WORDS \
        and not _goes_on(paragraph) and sum(c.isalpha() for c in paragraph) >= 6


_END_GLOSS = re.compile(r"\s+\([^()]{1,40}\)$")


def _goes_on(line: str) -> bool:
    """A line that ends a sentence or leads into more ("… opens today.", "The cast includes:"), inside its
    closing quotes: no heading or headline."""
    return line.rstrip("\"'”’»").endswith((".", "!", ",", ";", ":"))


def _markdown_paragraphs(body: str) -> Iterator[tuple[str, str]]:
    """Headings become "h" (a heading is one line, however close the text under it); each list item is a
    paragraph of its own (cast lists are written so)."""
    for block in re.split(r"\n\s*\n", body):
        lines = [line for line in block.splitlines() if line.strip() and not _THEMATIC_BREAK.match(line)]
        while len(lines) > 1 and (heading := _MARKDOWN_HEADING.match(lines[0])):  # ("### July 1" over its list)
            yield "h", _strip_inline(heading.group(1))
            lines.pop(0)
        if not lines:
            continue
        if all(_MARKDOWN_LIST_ITEM.match(line) for line in lines):
            for line in lines:
                yield "p", _strip_inline(_MARKDOWN_LIST_ITEM.sub("", line))
            continue
        heading = _MARKDOWN_HEADING.match(lines[0]) if len(lines) == 1 else None
        if heading:
            yield "h", _strip_inline(heading.group(1))
            continue
        plain = [_strip_inline(line) for line in lines]
        if _list_lines(plain):  # lines of a list without Markdown's markers ("Staff", then "Director: A" lines)
            yield from _list_paragraphs(plain)
            continue
        if _item_header(plain) or _bold_header(lines):
            yield "h", plain[0]
            yield _classify(" ".join(plain[1:]))
            continue
        yield _classify(_strip_inline(" ".join(line.strip() for line in lines)))


def _bold_header(lines: list[str]) -> bool:
    """"**RENEWED: *Night Desk* (Season 7)**" on a line of its own over the text: a bold line heads what is
    under it, as a heading does ("**Ada Kerr**" over "joins the cast." is one sentence wrapped)."""
    return len(lines) >= 2 and bool(_MARKDOWN_BOLD.fullmatch(lines[0].strip())) \
        and len(lines[0].split()) <= _MAX_LIST_LINE_WORDS and _strip_inline(lines[1])[:1].isupper() \
        and not _strip_inline(lines[0]).rstrip("\"'”’").endswith((".", "!", "?"))  # (a bold lede is a sentence)


def _markdown_italics(content: str) -> Iterator[str]:
    """The phrases Markdown sets in italics (not in bold: "**Ada Kerr**" is a name, "*Gull Point*" a title)."""
    return (_strip_inline(m.group(2)) for m in _MARKDOWN_ITALIC.finditer(_MARKDOWN_BOLD.sub(r"\2", content)))


def _strip_inline(text: str) -> str:
    for pattern, repl in _MARKDOWN_INLINE:
        text = pattern.sub(repl, text)
    return " ".join(text.replace("\\", "").split())


def _from_record(record: object, path: Path, n: int, *, where: str | None = None) -> Article:
    """A CMS export record: {"url", "date", "headline", "body", "publisher", "author"}."""
    where = where or f"{path} record {n}"
    record = article_fields(record, what=where, error=ReadError)
    body = record.get("body")
    if not isinstance(body, str):
        raise ReadError(f"{where}: expected an object with a text \"body\"; see the README for the fields")
    if not body.strip():
        raise ReadError(f"{where}: the body is empty; give an article with some text")
    if body.lstrip().startswith("<"):
        parsed = parse_html(body, source=where)
    else:
        parsed = parse_text(body, source=where)
    default_id = slug(f"{path.stem}-{n}") if n > 1 or path.suffix.lower() in (".jsonl", ".ndjson") \
        else slug(path.stem)
    url = _user_url(record, where) or parsed.url
    return replace(
        parsed,
        id=article_id(url=url, default_id=default_id),
        url=url,
        date=_meta_date(record.get("date"), where) or parsed.date,
        headline=_meta_str(record.get("headline", "title")) or parsed.headline,
        publisher=_meta_str(record.get("publisher")) or parsed.publisher,
        author=_meta_str(record.get("author")) or parsed.author,
        image=_absolute_url(_meta_str(record.get("image"))) or parsed.image,
        modified=_meta_date(record.get("dateModified", "modified"), where) or parsed.modified,
    )


def _user_url(fields: ArticleFields, where: str) -> str | None:
    """The url a record or front matter gives: it names the article, so one that is not http(s) is an error."""
    url = _meta_str(fields.get("url"))
    return check_web_url(url, what=f"{where}: url", error=ReadError) if url else None


def _web_url_or_none(value: str | None) -> str | None:
    """A URL found in a page (its canonical link) is used only when it is an absolute http(s) URL."""
    return value if value and is_web_url(value) else None


def _meta_date(value: object, source: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return parse_iso_date(str(value), source)


def _absolute_url(value: str | None) -> str | None:
    """Only absolute http(s) URLs are kept as images: a relative path means nothing outside its page."""
    return _web_url_or_none(value)


def _meta_str(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
