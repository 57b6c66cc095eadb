"""Review 2: failing tests for the importer's answer tables."""

from __future__ import annotations


_TABLE_LETTER = """Geachte heer,

U heeft op grond van de Wet open overheid (Woo) verzocht om de volgende documenten.

Onderdeel   Omschrijving                  Besluit          Weigeringsgrond
1           Notulen overleg               Openbaar
2           E-mails met de minister       Niet openbaar    {ground}

4

Hoogachtend,
"""


def _table_draft(ground: str):
    from woo_dossiers.importer.draft import build_draft
    from woo_dossiers.importer.yamlwrite import dossier_yaml
    draft = build_draft([_TABLE_LETTER.format(ground=ground)], "brief.pdf", [], [])
    return draft, dossier_yaml(draft, "x")


def test_a_table_ground_in_common_short_notation_is_read_or_flagged():
    """'art. 5.1 lid 2 sub e' in the grounds column of a refused row: the draft has no
    grounds for item 2 and says nothing about it (only '5.1.2.e' or 'artikel 5.1, tweede lid,
    onder e' are read)."""
    draft, yaml = _table_draft("art. 5.1 lid 2 sub e")
    item = next(i for i in draft.items if i.number == 2)
    assert item.guess.outcome == "refused"
    block = yaml[yaml.index("  - item: 2"):yaml.index("  - item: 4")]
    assert item.grounds == ["5.1.2.e"] or "ONTBREEKT" in block.split("request:")[1].split("\n", 1)[1], block


def test_a_page_number_under_a_table_is_no_item():
    """A lone '4' (the page's number) under the table becomes item 4 with answer
    'Onderdeel: 4': an item the letter never had."""
    draft, _ = _table_draft("5.1.2.e")
    assert [i.number for i in draft.items] == [1, 2], [i.number for i in draft.items]


def test_an_answer_table_that_goes_on_over_a_page_keeps_its_rows():
    """Rows 3 and 4 continue on the next page without the head repeated (pypdf gives each
    page apart): they are dropped from the draft without a word, the team gets items 1 and 2
    only (importer/tables.py reads a table only under a head, per page)."""
    from woo_dossiers.importer.draft import build_draft
    head, rest = _TABLE_LETTER.format(ground="5.1.2.e").split("\n4\n")
    following = ("3           Memo over het project         Niet openbaar    5.1.2.i\n"
                 "4           Agenda                        Openbaar\n" + rest)
    draft = build_draft([head, following], "brief.pdf", [], [])
    assert [i.number for i in draft.items] == [1, 2, 3, 4], [i.number for i in draft.items]
