"""The searchable text of built pages: title, sections at h2/h3 ids, ignored regions."""

from __future__ import annotations

import pytest
from woo_dossiers.search.page_text import page_sections
from woo_dossiers.search.writer import Section


def test_dossier_page_sections(example_site) -> None:
    html = (example_site.site / "dossiers" / "2023-zwolle-cameratoezicht-binnenstad" / "index.html").read_text("utf-8")
    title, sections = page_sections(html)
    assert title == "Besluit op Woo-verzoek over cameratoezicht in de binnenstad"
    anchors = [s.anchor for s in sections]
    assert anchors[0] == "" and sections[0].heading == ""
    assert sections[0].text.startswith(title + " Verzoek om documenten")  # text before the first h2
    for anchor in ["antwoorden", "brief", "ad-6", "ad-7", "bezwaar", "bijlagen"]:
        assert anchor in anchors
    ad6 = sections[anchors.index("ad-6")]
    assert ad6.heading == "Ad 6"
    assert ad6.text.startswith("Ad 6 Er zijn vier verslagen van het lokale driehoeksoverleg")
    assert "Ad 7" not in ad6.text  # the next section starts at its heading
    for section in sections:
        assert "<" not in section.text and "  " not in section.text and "&amp;" not in section.text
    # nothing outside the article: the theme's skip link and navigation
    assert "Ga naar inhoud" in html and "Weigeringsgronden" in html
    assert not any("Ga naar inhoud" in s.text or "Weigeringsgronden" in s.text
                   for s in sections)


def test_inventory_between_markers_is_left_out(example_site) -> None:
    # The inventory page puts its rows between the markers (render/inventory_page.py).
    path = example_site.site / "dossiers" / "2023-zwolle-cameratoezicht-binnenstad" / "inventaris" / "index.html"
    html = path.read_text("utf-8")
    document = "Nota over de evaluatie van het cameratoezicht in de binnenstad over 2018"
    assert html.count("<!-- zoek:negeer -->") == 1 and document in html
    title, sections = page_sections(html)
    assert title == "Inventarislijst"
    assert not any(document in s.text for s in sections)
    assert sections[0].text.startswith("Inventarislijst")  # the text around the table stays
    unmarked = html.replace("<!-- zoek:negeer -->", "").replace("<!-- /zoek:negeer -->", "")
    _, sections = page_sections(unmarked)
    assert any(document in s.text for s in sections)


def page(body: str) -> str:
    return (
        '<html><head><script>var inHead = 1;</script></head><body><nav>Navigatie</nav>'
        '<article class="md-content__inner md-typeset">'
        f"{body}</article><footer>Voet</footer></body></html>"
    )


CASES = [
    # (article body, title, sections)
    ("<h1>Titel</h1><p>Intro</p>", "Titel", [Section("", "", "Titel Intro")]),
    (
        '<h1 id="t">Titel <em>met</em> nadruk</h1><p>A</p><h2 id="een">Eén &amp; twee</h2><p>B</p>'
        '<h3 class="x" id="drie">Drie</h3><p>C</p>',
        "Titel met nadruk",
        [Section("", "", "Titel met nadruk A"), Section("een", "Eén & twee", "Eén & twee B"),
         Section("drie", "Drie", "Drie C")],
    ),
    # a heading without an id is no section; h4 neither
    ("<h1>T</h1><h2>Geen id</h2><p>x</p><h4 id='v'>Vier</h4>", "T", [Section("", "", "T Geen id x Vier")]),
    # theme permalink and edit button, scripts, styles, comments
    (
        '<a href="e" title="Bewerken" class="md-content__button md-icon"><svg><path/></svg>Bewerk</a>'
        '<h1>T</h1><h2 id="a">Kop<a class="headerlink" href="#a" title="Permanent link">&para;</a></h2>'
        "<style>.x{color:red}</style><script>alert(1)</script><!-- opmerking --><p>Tekst</p>",
        "T",
        [Section("", "", "T"), Section("a", "Kop", "Kop Tekst")],
    ),
    # inline tags do not split words, block tags do; entities are unescaped
    ("<p>Wo<em>o</em>-besluit</p><p>twee</p><ul><li>een</li><li>drie</li></ul>x&nbsp;&lt;y&gt;",
     "", [Section("", "", "Woo-besluit twee een drie x <y>")]),
    # ignored regions, more than one
    ("<p>a</p><!-- zoek:negeer --><table><tr><td>weg</td></tr></table><!-- /zoek:negeer --><p>b</p>"
     "<!-- zoek:negeer -->ook weg<!-- /zoek:negeer -->c", "", [Section("", "", "a b c")]),
]


@pytest.mark.parametrize(("body", "title", "sections"), CASES)
def test_page_sections(body: str, title: str, sections: list[Section]) -> None:
    assert page_sections(page(body)) == (title, sections)


def test_a_page_without_an_article() -> None:
    assert page_sections('<html><body><meta http-equiv="refresh" content="0; url=x/"></body></html>') is None


def test_the_labels_of_a_chart_and_a_form_stay_words_apart() -> None:
    # The statistics page draws its charts as inline SVG: "10.2.e Wob" and "4 onderdelen" are
    # two labels, not "Wob4" (and a ground code glued to a word is not found as a code).
    body = ('<svg><title>Gronden</title><desc>per grond</desc>'
            '<text>onderdelen</text><text>10.2.e Wob</text><rect/><text>4 onderdelen</text></svg>'
            '<form><label>Jaar</label><select><option>Alle jaren</option><option>2021 (3)</option>'
            '</select><button>Wissen</button></form>')
    _, [section] = page_sections(page(body))
    assert section.text == ("Gronden per grond onderdelen 10.2.e Wob 4 onderdelen "
                            "Jaar Alle jaren 2021 (3) Wissen")
