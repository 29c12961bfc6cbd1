from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ReadError
from kg.read import parse_markdown, parse_text, read_file, read_sources


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_read_text_date_header_shares_line_with_first_paragraph(tmp_path):
    path = write(tmp_path, "a.txt", " date 2021-10-25 First paragraph here.\n\nWhat is the plot of X?\n\nSecond one.")
    (article,) = read_file(path)
    assert article.date == date(2021, 10, 25)
    assert article.paragraphs == (("p", "First paragraph here."), ("h", "What is the plot of X?"),
                                  ("p", "Second one."))
    assert article.id == "a"


def test_read_datelines_and_bylines_give_the_date_and_author_and_leave_the_text():
    """Text pasted from a page keeps its dateline: the article's date (what "Friday" counts from) and author."""
    article = parse_text("Cameras Roll On 'Cold Light'\n\nBy Kari Moen, Nordic Correspondent\nPublished March 3, 2025"
                         "\n\nFilming began on Monday in Tromsø.")
    assert (article.date, article.author) == (date(2025, 3, 3), "Kari Moen")
    assert article.paragraphs == (("p", "Cameras Roll On 'Cold Light'"), ("p", "Filming began on Monday in Tromsø."))
    article = parse_markdown("# What to Watch\n\n*By Ana Ruiz — Published Monday, June 16, 2025 · Madrid*\n\n"
                             "Updated: June 17, 2025 at 9:30 a.m. ET\n\nThe series opens Friday.")
    assert (article.date, article.modified, article.author) == (date(2025, 6, 16), date(2025, 6, 17), "Ana Ruiz")
    assert article.body_paragraphs == ["The series opens Friday."]
    # The lines of a page pasted as text, with no blank line between headline, byline and dateline
    article = parse_text("Lumen+ Renews 'Gull Point'\nBy Ann Lowe\nPublished May 19, 2025\n\nThe series returns.")
    assert (article.date, article.author) == (date(2025, 5, 19), "Ann Lowe")
    assert article.paragraphs == (("p", "Lumen+ Renews 'Gull Point'"), ("p", "The series returns."))
    article = parse_markdown("# Awards\n\n*London, March 26, 2025 — by Eleanor Marsh*\n\nThe nominations are out.")
    assert (article.date, article.author) == (date(2025, 3, 26), "Eleanor Marsh")
    # A blog's "Name | April 8, 2026 @ 6:00 AM" byline line
    article = parse_text("Free Streamers Stack Their Spring Slates\nJo Kim | April 8, 2026 @ 6:00 AM\n\nThe series "
                         "films on Monday.")
    assert article.date == date(2026, 4, 8)
    # A local paper's time before its date: "Published 6:02 a.m. ET Sept. 18, 2025 | Updated …"
    article = parse_text("Hulu Series Closes Streets Downtown\nBy Ann Lowe\nPublished 6:02 a.m. ET Sept. 18, 2025 | "
                         "Updated 11:40 a.m. ET Sept. 19, 2025\n\nThe series films on Monday.")
    assert (article.date, article.modified) == (date(2025, 9, 18), date(2025, 9, 19))
    # A sentence or headline with a date or "By" is text, and a front matter's date wins over a dateline.
    for line in ("By March 3, 2025, the series will have wrapped.", "By Friday, the cast had grown.",
                 "By Popular Demand, Netflix Renews Gull Point", "By Ann Lowe · Netflix cancelled it",
                 "June 16, 2025 — Netflix renews Gull Point", "December 7, 1941 — The Movie"):
        article = parse_text(f"{line}\n\nIt stars Ada Kerr.")
        assert (article.date, article.author, len(article.paragraphs)) == (None, None, 2), line
    article = parse_markdown("# By Friday, Everything Changed\n\nIt stars Ada Kerr.")
    assert article.author is None and article.paragraphs[0] == ("h", "By Friday, Everything Changed")
    article = parse_markdown("---\ndate: 2025-01-02\n---\nPublished March 3, 2025\n\nIt stars Ada Kerr.")
    assert article.date == date(2025, 1, 2)


def test_read_text_without_date(tmp_path):
    (article,) = read_file(write(tmp_path, "b.txt", "Just text."))
    assert article.date is None


@pytest.mark.parametrize("content, message", [
    ("", "is empty"),
    ("   \n\n  ", "has no text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "looks binary"),
    (b"caf\xe9 au lait", "not UTF-8"),
    ("date 2021-02-30 An impossible date.", "not a real calendar date"),
])
def test_read_refuses_bad_input(tmp_path, content, message):
    with pytest.raises(ReadError, match=message):
        read_file(write(tmp_path, "bad.txt", content))


def test_read_refuses_missing_file(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "missing.txt")


def test_read_refuses_huge_file(tmp_path):
    with pytest.raises(ReadError, match="too large"):
        read_file(write(tmp_path, "huge.txt", "word " * 1_100_000))


def test_read_markdown_front_matter_and_lists(tmp_path):
    text = ("---\ntitle: A headline\ndate: 2023-05-12\nurl: https://example.com/news/a-story\n"
            "publisher: Hallyu Post\n---\n\n# Heading\n\nSome *italic* text.\n\n- Item one\n- Item two\n")
    (article,) = read_file(write(tmp_path, "a.md", text))
    assert (article.headline, article.publisher, article.date) == ("A headline", "Hallyu Post", date(2023, 5, 12))
    assert article.paragraphs == (("h", "Heading"), ("p", "Some italic text."), ("p", "Item one"), ("p", "Item two"))
    assert article.id.startswith("a-story-")


def test_read_markdown_rules_are_no_front_matter(tmp_path):
    """Two horizontal rules further down are no front matter (python-frontmatter, handed its handler, would
    have read the text between them as YAML and dropped all before); a rule is no paragraph."""
    text = "# A headline\n\nThe first paragraph.\n\n---\n\n## NBC\n\nThe second one.\n\n---\n\nThe last one.\n"
    article = parse_markdown(text)
    assert article.paragraphs == (("h", "A headline"), ("p", "The first paragraph."), ("h", "NBC"),
                                  ("p", "The second one."), ("p", "The last one."))
    assert parse_text("One.\n\n* * *\n\nTwo.").paragraphs == (("p", "One."), ("p", "Two."))


def test_read_a_listings_days_and_capitals_head_their_items():
    text = "NEW THIS MONTH\n\nWednesday, October 1\nGull Point (2013). A caper.\n\nOct. 3\nLow Tide. A drama."
    assert parse_text(text).paragraphs == (("h", "NEW THIS MONTH"), ("h", "Wednesday, October 1"),
                                           ("p", "Gull Point (2013). A caper."), ("h", "Oct. 3"),
                                           ("p", "Low Tide. A drama."))
    dated = parse_text("Friday, May 16, 2025\nGull Point opens today. IT IS GOOD.")  # a dateline is the masthead's
    assert dated.date == date(2025, 5, 16)


def test_read_a_plain_texts_and_a_markdown_texts_headline():
    """A plain text's headline is its first line when that has no full stop and a body follows (under a kicker
    in capitals, if any); a Markdown text's is its opening "# " heading, or a lower one that reads as a headline
    (not a section's "## Cast")."""
    text = "ANNECY 2025\n\nLumen Unveils Slate: 'Gull Point' and 'Low Tide'\n\nLumen showed two films."
    assert parse_text(text).headline == "Lumen Unveils Slate: 'Gull Point' and 'Low Tide'"
    assert parse_text("Lumen showed two films on Monday\n\nBoth open in May.").headline == \
        "Lumen showed two films on Monday"
    assert parse_text("Lumen showed two films.\n\nBoth open in May.").headline is None
    assert parse_text('Lumen is developing "Gull Point."').headline is None  # (no body: one sentence)
    assert parse_markdown("# Gull Point Gets a Trailer\n\nThe trailer is out.").headline == "Gull Point Gets a Trailer"
    assert parse_markdown("## Cast\n\nAda Kerr.").headline is None
    assert parse_markdown("## Gull Point Anime Reveals Its Cast\n\n### The studio adapts the manga\n\nThe "
                          "anime stars Ada Kerr.").headline == "Gull Point Anime Reveals Its Cast"


def test_read_a_plain_texts_bulleted_items_are_paragraphs():
    text = "Other deals:\n- Lumen bought Gull Point, a long drama about a long summer.\n- Kestrel took Low Tide."
    assert parse_text("Intro.\n\n" + text).paragraphs[1:] == (
        ("h", "Other deals:"), ("p", "Lumen bought Gull Point, a long drama about a long summer."),
        ("p", "Kestrel took Low Tide."))


def test_read_a_bold_line_heads_the_text_under_it():
    article = parse_markdown("## NBC\n\n**RENEWED: *Gull Point* (Season 7)**\nThe drama returns this fall.\n")
    assert article.paragraphs == (("h", "NBC"), ("h", "RENEWED: Gull Point (Season 7)"),
                                  ("p", "The drama returns this fall."))
    assert parse_markdown("**Ada Kerr**\njoins the cast.").paragraphs == (("p", "Ada Kerr joins the cast."),)


def test_read_a_byline_with_its_reading_time():
    article = parse_markdown("# Gull Point starts shooting\n\n*By Ann Lowe-Hart · Thursday, August 21, 2025 · "
                             "5 min read*\n\nGull Point is in production.")
    assert (article.date, article.author) == (date(2025, 8, 21), "Ann Lowe-Hart")
    assert article.paragraphs == (("h", "Gull Point starts shooting"), ("p", "Gull Point is in production."))


@pytest.mark.parametrize("text, day, author", [
    ("Lumen+ Orders 'Dry Wells'\nThe series adapts Ada Kerr's novel.\nBY ANN LOWE-HART\nMAY 19, 2025 10:05AM\n\n"
     "Lumen+ is heading west.", date(2025, 5, 19), "Ann Lowe-Hart"),
    ("Gull Point Gets A Date\nPosted by kdramafan22 · May 19, 2025 · K-Drama News\n\nLumen+ is heading west.",
     date(2025, 5, 19), "kdramafan22"),
    ("Gull Point Gets A Date\nby haneul | May 19, 2025\n\nLumen+ is heading west.", date(2025, 5, 19), "haneul"),
    ("Gull Point Gets A Date\n\n*Posted May 19, 2025 by Ann Lowe, Festival Desk*\n\nLumen+ is heading west.",
     date(2025, 5, 19), "Ann Lowe"),
])
def test_read_the_bylines_of_trade_sites_and_fan_blogs(text, day, author):
    """A byline in capitals over a dateline in capitals (a heading, were it not a date), a site's user name as its
    byline, "Posted <date> by <name>": the article's date and author. A headline and its standfirst over them
    are apart, and the headline is the first."""
    article = parse_text(text)
    assert (article.date, article.author, article.headline) == (day, author, text.split("\n")[0])
    assert article.body_paragraphs[-1] == "Lumen+ is heading west."


def test_read_a_schema_org_news_article(tmp_path):
    """A schema.org NewsArticle as a CMS or a page's JSON-LD gives it: the author and publisher as a Person and
    an Organization, the image as an ImageObject, the date with its time and zone."""
    record = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Gull Point bows in May",
              "datePublished": "2025-09-29T08:00:00-04:00", "dateModified": "2025-09-30",
              "author": [{"@type": "Person", "name": "Ann Lowe"}, {"@type": "Person", "name": "Tom Avery"}],
              "publisher": {"@type": "Organization", "name": "StreamWise", "logo": {"url": "https://s.example/l.png"}},
              "image": [{"@type": "ImageObject", "url": "https://s.example/gull.jpg"}],
              "mainEntityOfPage": {"@type": "WebPage", "@id": "https://s.example/news/gull-point"},
              "articleBody": "Gull Point is a drama.\n\nIt bows in May."}
    (article,) = read_file(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.headline, article.date, article.modified) == ("Gull Point bows in May", date(2025, 9, 29),
                                                                  date(2025, 9, 30))
    assert (article.author, article.publisher) == ("Ann Lowe, Tom Avery", "StreamWise")
    assert (article.url, article.image) == ("https://s.example/news/gull-point", "https://s.example/gull.jpg")
    assert article.paragraphs == (("p", "Gull Point is a drama."), ("p", "It bows in May."))


def test_read_a_schema_org_article_whose_page_is_a_fragment(tmp_path):
    record = {"@type": "NewsArticle", "headline": "H", "datePublished": "2025-01-02", "articleBody": "Text here.",
              "mainEntityOfPage": {"@type": "WebPage", "@id": "#webpage"}}
    (article,) = read_file(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.url, article.headline) == (None, "H")


def test_read_markdown_bad_yaml(tmp_path):
    with pytest.raises(ReadError, match="front matter"):
        read_file(write(tmp_path, "a.md", "---\ntitle: \"unclosed\n---\nBody."))


def test_read_html_metadata_and_body(tmp_path):
    html = ("<html><head><title>T</title><meta property='og:site_name' content='Screen Ledger'>"
            "<meta property='article:published_time' content='2024-02-06'></head><body><article>"
            "<h1>The headline</h1><p>" + "A real paragraph of article text about a film. " * 5 + "</p>"
            "<p>Another paragraph, long enough to be kept by the extractor of page bodies.</p></article></body></html>")
    (article,) = read_file(write(tmp_path, "a.html", html))
    assert article.date == date(2024, 2, 6)
    assert article.publisher == "Screen Ledger"
    assert any("Another paragraph" in text for _, text in article.paragraphs)


def test_read_italics_are_kept_as_emphasized_phrases(tmp_path):
    """Italics are where news sets titles: Markdown's *X* and _X_ and HTML's <i>, <em>, <cite>, as phrases of the
    text (bold is for names, and a dateline's italics are no part of the text)."""
    article = parse_markdown("*Published June 16, 2025*\n\n**Ada Kerr** joins *Gull Point* and _Low Tide_, "
                             "not snake_case_words.\n")
    assert article.emphasized == ("Gull Point", "Low Tide")
    article = parse_markdown("Unclosed *a " * 3000 + "but *Gull Point* is closed.")  # no rescan per "*"
    assert article.emphasized == ("Gull Point",)
    html = ("<html><body><article><h1>Casting</h1><p>" + "Ada Kerr joins <i>Gull Point</i> for its second run. " * 4
            + "</p><p>The <em>Low  Tide</em> cast grows, writes <cite>Screen Ledger</cite> of the long shoot.</p>"
            "</article><nav><i>Menu</i></nav></body></html>")
    (article,) = read_file(write(tmp_path, "a.html", html))
    assert article.emphasized == ("Gull Point", "Low Tide", "Screen Ledger")


def test_read_malformed_html_without_text(tmp_path):
    with pytest.raises(ReadError, match="no article text"):
        read_file(write(tmp_path, "a.html", "<html><body><div><p></div></span>"))


def test_read_json_and_jsonl(tmp_path):
    record = {"url": "https://example.com/x", "date": "2024-01-02", "headline": "H", "body": "Text.",
              "publisher": "P"}
    (article,) = read_file(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.url, article.headline, article.publisher) == ("https://example.com/x", "H", "P")
    lines = "\n".join(json.dumps({**record, "url": f"https://example.com/{i}"}) for i in range(3))
    assert len(read_file(write(tmp_path, "a.jsonl", lines))) == 3


@pytest.mark.parametrize("record", [
    {"title": "H", "published": "2025-11-20T08:30:00+01:00", "author": {"name": "Ada Eze", "role": "Reporter"},
     "content": "Text.", "image": {"src": "/a.jpg"}, "updated": "2025-11-21"},
    {"title": {"rendered": "H"}, "date": "2025-11-20T08:30:00", "modified": "2025-11-21",
     "content": {"rendered": "<p>Text.</p><p>More text.</p>"}, "link": "https://example.com/x",
     "author": [{"name": "Ada Eze"}]},
    {"headline": "H", "published_at": "2025-11-20", "updatedAt": "2025-11-21", "text": "Text.",
     "author": "Ada Eze"},
    {"headline": "H", "first_published": "2025-11-20T09:00:00Z", "last_modified": "2025-11-21T10:00:00Z",
     "byline": ["Ada Eze"], "body_text": "Text.", "standfirst": "A first look."},
])
def test_read_json_takes_a_cms_exports_own_field_names(tmp_path, record):
    """CMS exports name their fields their own way ("content", "published_at", WordPress's {"rendered": …}, an
    author object): kg reads them as its own instead of refusing the record."""
    (article,) = read_file(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.headline, article.date, article.modified) == ("H", date(2025, 11, 20), date(2025, 11, 21))
    assert article.text.startswith("Text.") and article.author == "Ada Eze"


def test_read_json_errors_name_the_record(tmp_path):
    with pytest.raises(ReadError, match="not valid JSON"):
        read_file(write(tmp_path, "a.json", "{nope"))
    with pytest.raises(ReadError, match="record 1"):
        read_file(write(tmp_path, "b.json", json.dumps({"headline": "no body"})))


def test_read_overrides_metadata(tmp_path):
    path = write(tmp_path, "a.txt", "Text.")
    (article,) = read_sources([path], url="https://example.com/a", publisher="P", headline="H")
    assert (article.url, article.publisher, article.headline) == ("https://example.com/a", "P", "H")
    assert article.id.startswith("a-")


# --- issue 10: every reader gives articles or a one-line ReadError, and keeps the good records --------------

def read_all(paths, **options):
    errors: list[tuple[str, str]] = []
    articles = list(read_sources(paths, on_error=lambda source, error: errors.append((source, str(error))),
                                 **options))
    return articles, errors


def test_read_utf16_and_utf32_with_a_byte_order_mark(tmp_path):
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
        path = write(tmp_path, f"{codec}.txt", bom + "Night Bloom is a Korean series. Café.".encode(codec))
        (article,) = read_file(path)
        assert article.text == "Night Bloom is a Korean series. Café."


def test_read_mojibake_is_undone_and_nothing_else(tmp_path):
    """A feed that read UTF-8 as Windows-1252 writes "ZacarÃ­as": the reader gets the name back, in the text, the
    italics and the headline, while the article's own curly quotes, dashes and full-width letters stay."""
    garbled = "Ramón Zacarías".encode().decode("cp1252")
    assert garbled == "RamÃ³n ZacarÃ­as"
    sentence = "directed “Dust Lane” — a ｔｅｓｔ."
    (text,) = read_file(write(tmp_path, "a.txt", f"{garbled} {sentence}\n"))
    (markdown,) = read_file(write(tmp_path, "a.md", f"# {garbled}\n\n*{garbled} Returns* {sentence}\n"))
    assert text.text == f"Ramón Zacarías {sentence}"
    assert markdown.text.endswith(f"Ramón Zacarías Returns {sentence}")
    assert markdown.emphasized == ("Ramón Zacarías Returns",)


def test_read_noscript_text_is_not_article_text(tmp_path):
    html = ("<html><body><noscript>Please enable JavaScript to view this page. It is needed to read everything "
            "on this site, thank you for understanding.</noscript><div><p>Night Bloom is a Korean thriller "
            "series directed by Kim Ho.</p></div></body></html>")
    (article,) = read_file(write(tmp_path, "a.html", html))
    assert "JavaScript" not in article.text and "Kim Ho" in article.text


def test_read_paragraph_longer_than_spacy_accepts_is_split(tmp_path):
    from kg.limits import MAX_PARAGRAPH_CHARS

    sentence = "Night Bloom is a Korean thriller series directed by Kim Ho. "
    (article,) = read_file(write(tmp_path, "long.txt", sentence * (1_200_000 // len(sentence))))
    assert all(len(text) <= MAX_PARAGRAPH_CHARS for _, text in article.paragraphs)
    assert all(text.endswith("Kim Ho.") for _, text in article.paragraphs)
    (article,) = read_file(write(tmp_path, "word.txt", "x" * 250_000))
    assert [len(text) for _, text in article.paragraphs] == [MAX_PARAGRAPH_CHARS, MAX_PARAGRAPH_CHARS, 50_000]


def test_read_jsonl_bad_records_keep_their_neighbours(tmp_path):
    good = [json.dumps({"url": f"https://example.com/{n}", "body": f"Story {n}."}) for n in range(3)]
    bad = ["[" * 100_000 + "]" * 100_000, json.dumps({"url": "http://[::1", "body": "x"}),
           json.dumps({"body": "lone \ud800 surrogate"}), json.dumps({"body": "x", "headline": ["a", "b"]}),
           json.dumps({"url": "javascript:alert(1)", "body": "x"}), "{nope"]
    path = write(tmp_path, "mixed.jsonl", "\n".join([good[0], *bad[:3], good[1], *bad[3:], good[2]]))
    articles, errors = read_all([path])
    assert [a.url for a in articles] == [f"https://example.com/{n}" for n in range(3)]
    assert [source.rsplit(":", 1)[1] for source, _ in errors] == ["2", "3", "4", "6", "7", "8"]
    messages = [message for _, message in errors]
    assert "nested more than 64 levels" in messages[0] and "Invalid IPv6 URL" in messages[1]
    assert "not valid Unicode" in messages[2] and "headline should be one value" in messages[3]
    assert "only http and https" in messages[4] and "not valid JSON" in messages[5]
    assert all("\n" not in message for message in messages)


def test_read_oversized_jsonl_record_is_refused_alone(tmp_path, monkeypatch):
    import kg.read

    monkeypatch.setattr(kg.read, "MAX_RECORD_BYTES", 100)
    lines = [json.dumps({"body": "Short one."}), json.dumps({"body": "x" * 500}), json.dumps({"body": "Short two."})]
    articles, errors = read_all([write(tmp_path, "a.jsonl", "\n".join(lines))])
    assert [a.text for a in articles] == ["Short one.", "Short two."]
    assert errors[0][0].endswith(":2") and "longer than 100 bytes" in errors[0][1]


def test_read_url_override_must_be_http(tmp_path):
    path = write(tmp_path, "a.txt", "Text.")
    for url in ("javascript:alert(1)", "http://[::1"):
        with pytest.raises(ReadError, match="--url"):
            list(read_sources([path], url=url))


def test_read_front_matter_values_are_checked(tmp_path):
    with pytest.raises(ReadError, match="title should be one value, not list"):
        read_file(write(tmp_path, "a.md", "---\ntitle: [a, b]\n---\n\nBody.\n"))
    with pytest.raises(ReadError, match="url 'javascript:x' is not a usable http"):
        read_file(write(tmp_path, "b.md", "---\nurl: javascript:x\n---\n\nBody.\n"))
    with pytest.raises(ReadError, match="impossible value"):
        read_file(write(tmp_path, "c.md", "---\ndate: 2025-02-30\n---\n\nBody.\n"))


SUFFIXES = st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"])
TEXTS = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.builds(lambda meta, body: f"---\n{meta}\n---\n{body}".encode("utf-8", "surrogatepass"),
              st.text(max_size=80), st.text(max_size=80)),
    st.builds(lambda value: json.dumps({"body": "Text.", "url": value, "date": value, "headline": value}).encode(),
              st.recursive(st.none() | st.integers() | st.text(max_size=20), lambda c: st.lists(c, max_size=2),
                           max_leaves=4)),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(SUFFIXES, TEXTS)
def test_read_any_input_gives_articles_or_one_line_errors(tmp_path, suffix, content):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    articles, errors = read_all([path])
    assert all("\n" not in message for _, message in errors)
    for article in articles:
        article.text.encode("utf-8")
        assert article.url is None or article.url.startswith(("http://", "https://"))


def test_the_lines_of_a_list_stay_apart_in_plain_text_and_markdown():
    """A list written line by line without markers ("The cast includes:" or "Staff", then one item a line) is
    read as a heading and its items, not as one run-on sentence; lines of prose still join."""
    text = "The cast includes:\nAda Kerr as Lady Wren\nTom Avery as Abel Moss\n\nA film that\nruns long."
    assert parse_text(text).paragraphs == (("h", "The cast includes:"), ("p", "Ada Kerr as Lady Wren"),
                                           ("p", "Tom Avery as Abel Moss"), ("p", "A film that runs long."))
    markdown = "Staff\nDirector: Ida Bell\nMusic: Ray Dunn\nEditing: Lena Moss\n"
    assert parse_markdown(markdown).paragraphs == (("h", "Staff"), ("p", "Director: Ida Bell"),
                                                   ("p", "Music: Ray Dunn"), ("p", "Editing: Lena Moss"))


def test_a_listicles_numbered_item_line_heads_the_text_under_it():
    """"2. Paper Harbour (Netflix, Friday, May 8)" on its own line over the item's text is the item's heading, in
    plain text and in Markdown; a wrapped line of prose (no item number) still joins the next."""
    text = ("1. Moth Island, Season 2 (Hulu, Tuesday)\nThe island drama is back.\n\n"
            "2. Paper Harbour (Netflix, Friday)\nThe thriller follows a ferry\ncaptain.\n\n"
            "Quiet Harbour was shot in\nNovember.")
    expected = (("h", "1. Moth Island, Season 2 (Hulu, Tuesday)"), ("p", "The island drama is back."),
                ("h", "2. Paper Harbour (Netflix, Friday)"), ("p", "The thriller follows a ferry captain."),
                ("p", "Quiet Harbour was shot in November."))
    assert parse_text(text).paragraphs == expected
    assert parse_markdown(text).paragraphs == expected


def test_a_credits_box_keeps_a_line_for_each_credit():
    """A review's credits box, a "Label: value" line each, some long or ending in a full stop, is read a line
    at a time in plain text and Markdown (run together, its labels became parts of titles and names)."""
    lines = ["GULL POINT (Punta Gaviota)", "Argentina/Uruguay, 2025. 118 min.", "Director: Ida Bell",
             "Screenplay: Ida Bell, Tom Avery, based on Avery's 2017 stage play Rope and Pendulum",
             "Cast: Ray Dunn (Elena), Mia Fox (Inés), Lena Moss (Rosa)",
             "Release: In cinemas from Thursday, September 4; streaming later in the year."]
    expected = tuple(("p", line) for line in lines)
    assert parse_markdown("\n".join(lines)).paragraphs == expected
    # (in plain text the title in capitals over the box heads it, as a production listing's entry does)
    assert parse_text("\n".join(lines)).paragraphs == (("h", lines[0]), *expected[1:])
    prose = "Director: Ida Bell has a new film.\nIt opens in May, and\nit is long."
    expected_prose = (("p", "Director: Ida Bell has a new film. It opens in May, and it is long."),)
    assert parse_text(prose).paragraphs == expected_prose


def test_read_a_dateline_and_byline_in_capitals_on_one_line():
    """"JUNE 20, 2024 BY ANN LOWE": a capitals byline after the date on one line."""
    article = parse_text("Lumen+ Orders 'Dry Wells'\nJUNE 20, 2024 BY ANN LOWE\n\nLumen+ is heading west.")
    assert (article.date, article.author) == (date(2024, 6, 20), "Ann Lowe")


@pytest.mark.parametrize("masthead, day", [
    ("By Mira Castell\nPublished March 9, 2025 | Updated 11:02 a.m. ET", date(2025, 3, 9)),
    ("By Lorena Bright\nTelevision Critic\nAug. 18, 2025 3 AM PT", date(2025, 8, 18)),
])
def test_read_a_dateline_with_a_time_of_its_own(masthead, day):
    """"Published March 9, 2025 | Updated 11:02 a.m. ET", "Aug. 18, 2025 3 AM PT": a time beside the date (with no
    minutes, or alone after "Updated") leaves the line a dateline; a headline above it may end in a full stop."""
    article = parse_text("Ada Kerr Spent a Decade Playing Detectives. Now She Wants the Money.\nThe actor toplines "
                         f"a Victorian drama.\n\n{masthead}\n\nLIVERPOOL, England — On a gray morning, Kerr walked "
                         "the dock.")
    assert article.date == day
    assert article.headline == "Ada Kerr Spent a Decade Playing Detectives. Now She Wants the Money."


@pytest.mark.parametrize("first, day, kept", [
    ("LISBON, 3 June 2025 — \"Mar de fundo\" opens the festival.", date(2025, 6, 3), "\"Mar de fundo\" opens"),
    ("Lisbon, June 3, 2025 – The festival opens with a drama.", date(2025, 6, 3), "The festival opens"),
    ("TORONTO (Wire) — The festival opens with a drama.", None, "The festival opens"),
    ("Paris, Texas — the film that made a road movie of a family — returns.", None, "Paris, Texas — the film"),
    ("Nora Vance — who wrote the novel — will direct.", None, "Nora Vance — who wrote"),
])
def test_read_a_wire_dateline_before_the_first_sentence_is_no_part_of_it(first, day, kept):
    """"LISBON, 3 June 2025 — "Mar de fundo" opens …": a wire's dateline is where and when the story was filed:
    its date is the article's, and its city is no part of the first sentence (where it read as a work's
    subject); a sentence that opens with a name and a dash is left whole."""
    article = parse_text(f"Festival Opens With Drama\n\n{first}\n\nMore to come.")
    assert article.date == day
    assert article.text.split("\n\n")[1].startswith(kept)


def test_read_a_blogs_masthead_and_posted_line():
    """A fan blog pasted as text: its name and motto over the headline ("THE GRAVE GAZETTE — a horror blog for
    night owls") is no headline, and "Posted by handle on October 2, 2024 · 9 comments" gives the date and the
    author."""
    article = parse_text("THE GRAVE GAZETTE — a horror blog for night owls\n\nEverything we know about the shoot "
                         "of THE SALT BELL\n\nPosted by nightowl_jo on October 2, 2024 · 9 comments\n\nOkay, deep "
                         "breath. The Salt Bell is shooting in Maine.")
    assert article.headline == "Everything we know about the shoot of THE SALT BELL"
    assert (article.date, article.author) == (date(2024, 10, 2), "nightowl_jo")


def test_read_a_cms_records_unusable_other_fields_are_ignored(tmp_path):
    """Another name's value kg cannot use is no reason to refuse the record: Jekyll's "published: true", an epoch
    in milliseconds, a relative link, WordPress's author number; its rendered title's entities are undone."""
    record = {"title": {"rendered": "&#8216;Gray Gate&#8217; tops the chart"}, "published": True,
              "publishedAt": "2025-05-06", "updatedAt": 1746525600000, "link": "/news/gray-gate", "author": 3,
              "content": {"rendered": "<p>Gray Gate took $20 million.</p><p>More text.</p>"}}
    (article,) = read_file(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.headline, article.date, article.modified) == ("‘Gray Gate’ tops the chart", date(2025, 5, 6),
                                                                  None)
    assert article.author is None and article.url is None


def test_read_markdown_heading_right_over_its_list():
    """"### June 3" with its list items on the very next lines is a heading over three paragraphs, not one line
    "### June 3 - Gray Gate — …" (a streaming calendar is written so)."""
    article = parse_markdown("# New on Hulu\n\nWhat arrives this month.\n\n### June 3\n- ***Gray Gate*** — A thriller "
                             "starring Ada Kerr.\n- ***Blue Fen*** — A comedy.\n\n### June 9\n- ***Salt Road*** — A "
                             "drama.\n")
    assert article.text.split("\n\n")[2:] == ["June 3", "Gray Gate — A thriller starring Ada Kerr.",
                                              "Blue Fen — A comedy.", "June 9", "Salt Road — A drama."]


def test_read_a_tv_listing_with_a_section_name_over_its_headline():
    """"Television & radio" over the headline is the site's section; each entry's day and title lines head its
    text, and its slot ("9pm, BBC Two") is a line of its own, not run into the text."""
    text = ("Television & radio\n\nWhat to watch this week: Salt Acre and Low Fen\n\nOur picks.\n\nMonday\nSalt "
            "Acre\n9pm, BBC Two\nA new rural drama from Ines Holt.\n\nTuesday\nLow Fen\nITV\nThe police drama "
            "returns.")
    article = parse_text(text)
    assert article.headline == "What to watch this week: Salt Acre and Low Fen"
    assert article.paragraphs[-4:] == (("h", "Tuesday"), ("h", "Low Fen"), ("p", "ITV"),
                                       ("p", "The police drama returns."))
    assert parse_text("Salt Road review\n\nA slow burn that never catches fire\n\nThe film opens.").headline \
        == "Salt Road review"


def test_read_a_short_line_between_paragraphs_of_plain_text_is_a_subheading():
    """A page pasted as plain text keeps its subheadings as short lines with no sentence's end between paragraphs
    of prose; a credit line or a line that leads into a list is no such heading, and Markdown marks its own."""
    prose = "The series, which follows a crew of retired bank robbers, was a hit for the platform last year."
    article = parse_text(f"Headline Here\n\n{prose}\n\nMeanwhile, in Argentina\n\n{prose}\n\nDirector: Ana Ruiz"
                         f"\n\n{prose}")
    assert ("h", "Meanwhile, in Argentina") in article.paragraphs
    assert ("p", "Director: Ana Ruiz") in article.paragraphs
    article = parse_markdown(f"# Headline Here\n\n{prose}\n\nMeanwhile, in Argentina\n\n{prose}")
    assert ("p", "Meanwhile, in Argentina") in article.paragraphs


def test_read_a_sites_section_under_the_dek_heads_nothing():
    """"Film Reviews" between a review's dek and its first paragraph is the site's section, pasted with the
    page: no subheading, which would make it the title the review's facts are about."""
    prose = "The series, which follows a crew of retired bank robbers, was a hit for the platform last year."
    article = parse_text("Gull Point Review: A Heist Gone Gentle\n\nA slow, warm caper about three old thieves "
                         "that wins you over by the end, and a fine showcase for its cast."
                         f"\n\nFilm Reviews\n\n{prose}")
    assert ("p", "Film Reviews") in article.paragraphs


def test_read_a_tv_listings_entries_under_their_times_or_titles():
    """A listings page pasted as text: "7.00pm / Channel 5 – Gull Point / text" and, under "PICK OF THE DAY",
    "Low Tide / 8pm, ITV1 / text": each programme's title heads its entry, its time and channel are its slot."""
    article = parse_text("TV tonight: Saturday\n\nPICK OF THE DAY\nLow Tide\n8pm, ITV1\nNew series. A detective "
                         "returns home.\n\nSATURDAY: WHAT'S ON\n\n7.00pm\nChannel 5 – Gull Point\nA lamb arrives on "
                         "the first warm day of the year.")
    assert article.paragraphs[1:] == (
        ("h", "PICK OF THE DAY"), ("h", "Low Tide"), ("p", "8pm, ITV1"), ("p", "New series. A detective returns home."),
        ("h", "SATURDAY: WHAT'S ON"), ("h", "Gull Point"), ("p", "7.00pm, Channel 5"),
        ("p", "A lamb arrives on the first warm day of the year."))
