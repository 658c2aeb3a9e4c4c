"""HTML input: str or bytes, declared charsets, and pages that are not news at all."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.html import MAX_PAGE, PageError, clean_html, decode_page, explain_html

BODY = "Heavy rain closed the coast road on Monday, the council said. " * 5
PAGE = (
    "<html><head><title>Rain closes coast road</title>"
    '<meta name="author" content="Jane Doe"></head><body><article>'
    "<h1>Rain closes coast road</h1><p>September 5, 2021</p><p>2 mins read</p>"
    f"<p>{BODY}</p><p>Share this article</p></article></body></html>"
)


def test_clean_html_returns_the_story() -> None:
    text = clean_html(PAGE)
    assert text.startswith("Rain closes coast road")
    assert BODY.strip() in text
    for furniture in ("September 5, 2021", "2 mins read", "Share this article"):
        assert furniture not in text


def test_metadata_merges_and_names_its_sources() -> None:
    meta = explain_html(PAGE).metadata
    assert meta.title == "Rain closes coast road" and meta.sources["title"] == "trafilatura"
    assert meta.authors == ("Jane Doe",) and meta.sources["authors"] == "trafilatura"
    assert meta.read_time == 2 and meta.sources["read_time"] == "cleaners"
    assert meta.published_date is not None


def test_removals_replay_on_the_extracted_text() -> None:
    cleaned = explain_html(PAGE)
    assert newsclean.apply_removals(cleaned.extracted, cleaned.removals) == cleaned.text


def test_bytes_honour_the_declared_charset() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "Monday", "Montag, Café"
    )
    assert "Café" in clean_html(page.encode("latin-1"))
    assert decode_page(b"\xef\xbb\xbfabc") == "abc"
    assert (
        decode_page('<meta charset="nonsense-9"><p>é</p>'.encode())
        == '<meta charset="nonsense-9"><p>é</p>'
    )


@pytest.mark.parametrize("page", ["", "   ", b"", "<html></html>", "<<<>>>"])
def test_empty_pages_give_empty_text(page: str | bytes) -> None:
    assert clean_html(page) == ""


@pytest.mark.parametrize("page", ["<p>unclosed <div><b>", "<html><body><p>a</body>", "<!-- x"])
def test_broken_markup_gives_text_not_an_exception(page: str) -> None:
    assert isinstance(clean_html(page), str)


def test_truncated_page_does_not_crash() -> None:
    assert isinstance(clean_html(PAGE[: len(PAGE) // 2]), str)


def test_binary_and_huge_pages_raise_a_clear_error() -> None:
    with pytest.raises(PageError, match="binary"):
        clean_html(b"\x00\x01\x02" * 1000)
    with pytest.raises(PageError, match="MAX_PAGE"):
        clean_html("<p>" + "x" * (MAX_PAGE + 1))


def test_wrong_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        clean_html(42)  # type: ignore[arg-type]
