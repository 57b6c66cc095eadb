"""The annex text page built from an outline (text filled in after Markdown) is the same
HTML as the whole page rendered by Markdown, for any text a PDF can hold."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from woo_dossiers.annex.facts import StoredText, text_digest
from woo_dossiers.model.dossier import Annex, Dates, Dossier
from woo_dossiers.render.annex_page import annex_page, annex_page_outline, fill_annex_text
from woo_dossiers.render.finished import finished_page


def dossier_with(annex: Annex) -> Dossier:
    return Dossier(
        slug="2024-test", folder=Path("dossiers/2024-test"), source="dossiers/2024-test/dossier.yml",
        title="Besluit <over> & \"iets\"", organisation="Gemeente X", law="Woo", reference=None,
        summary=None, topics=(), dates=Dates(received=date(2024, 1, 2), decided=date(2024, 2, 1)),
        period=None, items=(), letter="", letter_file="decision.md", sections=(),
        annexes=(annex,), reuses=(),
    )


def rendered(page: str) -> str:
    body = page.split("\n---\n", 1)[1]  # MkDocs takes the front matter off first
    return markdown.markdown(body, extensions=["attr_list", "toc", "admonition"])


# Lines as pypdf gives them: any characters, Markdown and HTML syntax included.
PAGE_TEXT = st.lists(
    st.one_of(st.text(max_size=40), st.sampled_from([
        "<script>alert(1)</script>", "# Kop", "* punt", "**vet** _schuin_", "a & b < c",
        "<!-- woo:annex-text 1 -->", "    ingesprongen", "1. genummerd", "[link](x)", "{#id}",
        "", "   ", "\f", "Artikel 5.1, tweede lid, aanhef en onder e, Woo",
    ])),
    max_size=6,
).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(PAGE_TEXT, min_size=1, max_size=5), title=st.text(min_size=1, max_size=30))
def test_the_outline_filled_in_is_the_page_markdown_renders(texts, title):
    annex = Annex("bijlage-1.pdf", title, Path("bijlage-1.pdf"), 1234, len(texts), tuple(texts))
    dossier = dossier_with(annex)
    filled = fill_annex_text(rendered(annex_page_outline(dossier, annex)), annex)
    assert filled == rendered(annex_page(dossier, annex))


def test_text_kept_in_the_cache_fills_the_page_and_says_when_it_is_damaged(tmp_path):
    stored = tmp_path / "key.text.json"
    stored.write_text('["Eerste pagina", "Tweede <pagina>"]', encoding="utf-8")
    annex = Annex("b.pdf", "Bijlage", Path("b.pdf"), 10, 2, StoredText(stored, 2))
    html = fill_annex_text(rendered(annex_page_outline(dossier_with(annex), annex)), annex)
    assert "<p>Eerste pagina</p>" in html and "<p>Tweede &lt;pagina&gt;</p>" in html
    assert annex.text == ("Eerste pagina", "Tweede <pagina>")
    stored.write_text('["maar een pagina"]', encoding="utf-8")
    try:
        fill_annex_text(html, annex)
    except OSError as error:
        assert str(error) == (f"the annex text in the cache ({stored}) is damaged; "
                              "delete the cache folder and build again")
    else:
        raise AssertionError("damaged text was used")


def stored_text(folder: Path, pages: list[str]) -> StoredText:
    """Text kept as the annex cache keeps it: a file with its digest written beside the facts."""
    data = json.dumps(pages).encode("utf-8")
    path = folder / "key.text.json"
    path.write_bytes(data)
    return StoredText(path, len(pages), text_digest(data))


def filled(annex: Annex) -> str:
    return fill_annex_text(rendered(annex_page_outline(dossier_with(annex), annex)), annex)


def test_the_html_of_kept_text_is_kept_beside_it_and_used_while_it_checks_out(tmp_path):
    pages = ["Een informa\ufffetie.\n\nA\tB\n1\t2\n3\t4", "Tweede <pagina>"]
    annex = Annex("b.pdf", "Bijlage", Path("b.pdf"), 10, 2, stored_text(tmp_path, pages))
    expected = filled(Annex("b.pdf", "Bijlage", Path("b.pdf"), 10, 2, tuple(pages)))
    assert filled(annex) == expected
    kept = tmp_path / "key.html.json"
    assert "<p>Tweede &lt;pagina&gt;</p>" in kept.read_text("utf-8")
    # Kept HTML that checks out is used: the text itself is not read again.
    original = kept.read_bytes()
    kept.write_bytes(original.replace(b"Tweede &lt;pagina&gt;", b"Tweede &lt;PAGINA&gt;"))
    assert "Tweede &lt;PAGINA&gt;" not in filled(annex)  # changed on disk: its digest says so
    assert kept.read_bytes() == original  # made again and written anew
    head, body = original.split(b"\n", 1)
    for damaged in [
        b"", original[:-5], b"x" + original, head + b"\n" + body.replace(b"Tweede", b"Derde"),
        # checks out by itself, but made from other text, by other code, or of other pages
        *(text_digest(other).encode() + b"\n" + other for other in [
            body.replace(annex.text.digest.encode(), b"0" * 32),
            body.replace(b'"version": "', b'"version": "0'),
            json.dumps({**json.loads(body), "pages": ["<p>x</p>"]}).encode()]),
    ]:
        kept.write_bytes(damaged)
        assert filled(annex) == expected
        assert kept.read_bytes() == original
    # A kept file that checks out is used as it is (here one written by hand).
    forged = json.dumps({**json.loads(body), "pages": ["<p>uit de cache</p>", "<p>ook</p>"]}).encode()
    kept.write_bytes(text_digest(forged).encode() + b"\n" + forged)
    assert "<p>uit de cache</p>" in filled(annex)
    # The text is still checked: damage to it is noticed though its HTML is kept.
    annex.text.path.write_bytes(annex.text.path.read_bytes().replace(b"Tweede", b"Derde!"))
    with pytest.raises(OSError, match="was damaged and has been removed"):
        filled(annex)


def finished(content: str) -> str:
    """A page as the theme wraps its content: indented, with inline scripts around it."""
    return ('<!doctype html>\n<html>\n  <head>\n    <meta charset="utf-8">\n'
            "    <script>var theme = 1;</script>\n  </head>\n  <body>\n"
            '    <article class="md-content__inner md-typeset">\n      '
            + content.replace("\n", "\n      ")
            + "\n    </article>\n    <script>var after = 2;</script>\n  </body>\n</html>\n")


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(PAGE_TEXT, min_size=1, max_size=5))
def test_text_filled_in_after_the_policy_and_indentation_gives_the_same_page(texts):
    """The build fills an annex's text in after the page is finished (render/finished.py:
    its security policy, its indentation gone; plugin.on_post_page: the text is most of the
    page): the same bytes as finishing the page with its text."""
    annex = Annex("bijlage-1.pdf", "Bijlage", Path("bijlage-1.pdf"), 1234, len(texts), tuple(texts))
    page = finished(rendered(annex_page_outline(dossier_with(annex), annex)))
    for policy in (True, False):  # built, served
        def done(html: str, policy: bool = policy) -> str:
            return finished_page(html, "https://example.org/woo/", policy)

        assert fill_annex_text(done(page), annex) == done(fill_annex_text(page, annex))
