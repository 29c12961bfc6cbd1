from __future__ import annotations

import json
from datetime import date

import pytest

from kg.errors import ReadError
from kg.read import read_file, read_sources


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
