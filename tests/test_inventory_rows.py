"""Every cell check of an inventory row, and the rules tying items to judgements."""

from __future__ import annotations

import pytest
from inventory_helpers import WHERE, lines, load_rows, make_source
from woo_dossiers.inventory import inventory_links_problems, normalise_judgement
from woo_dossiers.model.dossier import Item

ONE_ITEM = (Item((1,), "Alles", "partly-disclosed", line=10),)
WOO_GROUNDS = (
    "5.1.1.a, 5.1.1.b, 5.1.1.c, 5.1.1.d, 5.1.1.e, 5.1.2.a, 5.1.2.b, 5.1.2.c, 5.1.2.d, "
    "5.1.2.e, 5.1.2.f, 5.1.2.g, 5.1.2.h, 5.1.2.i, 5.1.5, 5.2"
)
WOB_GROUNDS = (
    "10.1.a, 10.1.b, 10.1.c, 10.1.d, 10.2.a, 10.2.b, 10.2.c, 10.2.d, 10.2.e, 10.2.f, "
    "10.2.g, 11.1"
)


def problems_of(tmp_path, *rows, **kw) -> list[str]:
    kw.setdefault("items", ONE_ITEM)
    _, problems = load_rows(tmp_path, *rows, **kw)
    return lines(problems)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Openbaar", "openbaar"),
        ("DEELS  OPENBAAR", "deels openbaar"),
        ("deels-openbaar", "deels openbaar"),
        (" Niet_openbaar ", "niet openbaar"),
        ("Reeds openbaar", "reeds openbaar"),
    ],
)
def test_judgement_spellings_are_normalised(written, key):
    assert normalise_judgement(written) == key


def test_normalised_judgement_in_a_file(tmp_path):
    inventory, problems = load_rows(
        tmp_path, "1,,Brief,DEELS-Openbaar,5.1.2e,,,1", items=ONE_ITEM
    )
    assert problems == []
    assert inventory.rows[0].judgement == "deels openbaar"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",,Brief,openbaar,,,,1",
         "2: [d] Documentnummer: the document number is empty; every document needs one"),
        ("1,,,openbaar,,,,1",
         "2: [d] Omschrijving: the description is empty; say what the document is"),
        ("1,,Brief,,,,,1",
         "2: [d] Beoordeling: the judgement is empty; expected one of openbaar, deels "
         "openbaar, niet openbaar, reeds openbaar"),
        ("1,,Brief,gedeeltelijk openbaar,,,,1",
         "2: [d] Beoordeling: 'gedeeltelijk openbaar' is not a judgement; expected one of "
         "openbaar, deels openbaar, niet openbaar, reeds openbaar"),
        ("1,2021-02-30,Brief,openbaar,,,,1",
         "2: [d] Datum: '2021-02-30' is not a date that exists; expected YYYY-MM-DD"),
        ("1,3-2-2021,Brief,openbaar,,,,1",
         "2: [d] Datum: '3-2-2021' is not written as YYYY-MM-DD; write 2021-02-03"),
        ("1,maart 2021,Brief,openbaar,,,,1",
         "2: [d] Datum: 'maart 2021' is not a date; expected YYYY-MM-DD, e.g. 2021-05-10 "
         "(leave the cell empty if the date is unknown)"),
        ("1,,Brief,niet openbaar,,,,1",
         "2: [d] Beoordelingsgrond: a 'niet openbaar' document needs the Woo ground(s) for "
         "what is withheld, separated by ';', e.g. 5.1.1.a"),
        ("1,,Brief,deels openbaar,,,,1",
         "2: [d] Beoordelingsgrond: a 'deels openbaar' document needs the Woo ground(s) for "
         "what is withheld, separated by ';', e.g. 5.1.1.a"),
        ("1,,Brief,openbaar,5.1.2.e,,,1",
         "2: [d] Beoordelingsgrond: an 'openbaar' document withholds nothing, so it takes no "
         "grounds; remove them or change the judgement"),
        ("1,,Brief,reeds openbaar,5.1.2.e,,https://example.org,1",
         "2: [d] Beoordelingsgrond: a 'reeds openbaar' document withholds nothing, so it "
         "takes no grounds; remove them or change the judgement"),
        ("1,,Brief,niet openbaar,5.1.2.x,,,1",
         f"2: [d] Beoordelingsgrond: '5.1.2.x' is not a ground of the Woo; expected one of: "
         f"{WOO_GROUNDS}"),
        ("1,,Brief,niet openbaar,10.2.e,,,1",
         f"2: [d] Beoordelingsgrond: '10.2.e' is a ground of the Wob, but this dossier is "
         f"decided under the Woo; use one of: {WOO_GROUNDS}"),
        ("1,,Brief,openbaar,,bijlage-9.pdf,,1",
         "2: [d] Bijlage: 'bijlage-9.pdf' is not an annex of this dossier; annexes listed in "
         "dossier.yml: bijlage-1.pdf, bijlage-2.pdf"),
        ("1,,Brief,openbaar,,bijlage-1.pdf#pagina 3,,1",
         "2: [d] Bijlage: '#pagina 3' is not a page; expected the file name, optionally "
         "followed by #page=N with N counting from 1, e.g. bijlage-2.pdf#page=4"),
        ("1,,Brief,openbaar,,bijlage-1.pdf#page=0,,1",
         "2: [d] Bijlage: '#page=0' is not a page; expected the file name, optionally "
         "followed by #page=N with N counting from 1, e.g. bijlage-2.pdf#page=4"),
        ("1,,Brief,openbaar,,bijlage-1.pdf#page=13,,1",
         "2: [d] Bijlage: page 13 is past the end of 'bijlage-1.pdf', which has 12 pages"),
        ("1,,Brief,reeds openbaar,,,,1",
         "2: [d] Publieke link: a 'reeds openbaar' document needs a Publieke link: the slug "
         "of the earlier dossier on this site or a URL starting with https://"),
        ("1,,Brief,reeds openbaar,,,www.example.org,1",
         "2: [d] Publieke link: 'www.example.org' is neither a URL starting with https:// "
         "nor a dossier slug (lower-case letters, digits and hyphens)"),
        ("1,,Brief,openbaar,,,,drie",
         "2: [d] Onderdeel: 'drie' is not an item number; expected numbers such as 3, "
         "'8, 9' or '1-3'"),
        ("1,,Brief,openbaar,,,,3-1",
         "2: [d] Onderdeel: '3-1' is not an item number; expected numbers such as 3, "
         "'8, 9' or '1-3'"),
        ("1,,Brief,openbaar,,,,7",
         "2: [d] Onderdeel: item 7 is not in dossier.yml; the dossier's items are 1"),
    ],
)
def test_each_cell_problem(tmp_path, row, message):
    # a second, correct row keeps the item rule (partly-disclosed) satisfied
    found = problems_of(tmp_path, row, "99,,Nota,deels openbaar,5.1.2.e,,,1")
    assert found == [f"{WHERE}:{message}"]


def test_grounds_for_a_wob_dossier(tmp_path):
    found = problems_of(tmp_path, "1,,Brief,niet openbaar,5.1.2.e; 10.2.x,,,", law="Wob")
    assert found == [
        f"{WHERE}:2: [d] Beoordelingsgrond: '5.1.2.e' is a ground of the Woo, but this dossier "
        f"is decided under the Wob; use one of: {WOB_GROUNDS}",
        f"{WHERE}:2: [d] Beoordelingsgrond: '10.2.x' is not a ground of the Wob; expected one "
        f"of: {WOB_GROUNDS}",
    ]


def test_ground_spellings_are_normalised_and_deduplicated(tmp_path):
    inventory, problems = load_rows(
        tmp_path, '1,,Brief,niet openbaar,"5.1, tweede lid, onder e; 5.1.2e;5.2",,,',
        items=ONE_ITEM,
    )
    assert problems == []
    assert inventory.rows[0].grounds == ("5.1.2.e", "5.2")


def test_annex_without_known_page_count_accepts_any_page(tmp_path):
    inventory, problems = load_rows(
        tmp_path, "1,,Brief,openbaar,,bijlage-2.pdf#page=400,,", items=ONE_ITEM
    )
    assert problems == []
    assert (inventory.rows[0].annex, inventory.rows[0].page) == ("bijlage-2.pdf", 400)


def test_annex_listed_nowhere(tmp_path):
    found = problems_of(tmp_path, "1,,Brief,openbaar,,a.pdf,,", annexes={})
    assert found == [
        f"{WHERE}:2: [d] Bijlage: 'a.pdf' is not an annex of this dossier; annexes listed in "
        "dossier.yml: none"
    ]


def test_duplicate_document_numbers_ignore_case_and_spacing(tmp_path):
    found = problems_of(
        tmp_path, "A 1,,Brief,openbaar,,,,", "B-2,,Nota,openbaar,,,,", "a  1,,Memo,openbaar,,,,"
    )
    assert found == [
        f"{WHERE}:4: [d] Documentnummer: the document number 'a  1' is also used in row 2; "
        "every document needs its own number"
    ]


@pytest.mark.parametrize(
    ("cell", "items"),
    [("1", (1,)), ("2, 3", (2, 3)), ("8 en 9", (8, 9)), ("1-3", (1, 2, 3)),
     ("1 t/m 3", (1, 2, 3)), ("1 tot en met 3; 9", (1, 2, 3, 9)), ("3,3", (3,))],
)
def test_item_cells(tmp_path, cell, items):
    every = tuple(Item((n,), "x", "referred") for n in range(1, 10))
    inventory, problems = load_rows(
        tmp_path, f'1,,Brief,reeds openbaar,,,https://example.org,"{cell}"', items=every
    )
    assert problems == []
    assert inventory.rows[0].items == items


def test_links_to_dossiers_on_the_site(tmp_path):
    inventory, problems = load_rows(
        tmp_path,
        "1,,Besluit,reeds openbaar,,,2019-oud,",
        "2,,Besluit,reeds openbaar,,,2018-weg,",
        "3,,Besluit,reeds openbaar,,,d,",
        "4,,Rapport,reeds openbaar,,,https://example.org/r,",
        items=ONE_ITEM,
    )
    assert problems == []
    found = inventory_links_problems(inventory, make_source(tmp_path), {"2019-oud", "d"})
    assert lines(found) == [
        f"{WHERE}:3: [d] Publieke link: '2018-weg' names no dossier on this site; expected the "
        "slug of an earlier dossier or a URL starting with https://",
        f"{WHERE}:4: [d] Publieke link: 'd' is this dossier itself; a Publieke link names an "
        "earlier dossier or a URL",
    ]


# --- items against judgements -------------------------------------------------------------

O_, D_, N_, R_ = "openbaar", "deels openbaar", "niet openbaar", "reeds openbaar"


def _row(number: int, judgement: str, item: int = 1) -> str:
    grounds = "5.1.2.e" if judgement in (D_, N_) else ""
    link = "https://example.org" if judgement == R_ else ""
    return f"{number},,Document {number},{judgement},{grounds},,{link},{item}"


ACCEPTED = [
    ("disclosed", [O_]), ("disclosed", [O_, R_]),
    ("partly-disclosed", [D_]), ("partly-disclosed", [O_, N_]),
    ("partly-disclosed", [O_, D_, N_, R_]),
    ("refused", [N_]), ("refused", [N_, R_]),
    ("already-public", [R_]),
    ("referred", [R_]), ("referred", []),
    ("not-held", []), ("out-of-scope", []), ("forwarded", []),
]


@pytest.mark.parametrize(("outcome", "judgements"), ACCEPTED)
def test_item_outcomes_that_agree(tmp_path, outcome, judgements):
    items = (Item((1,), "x", outcome, line=10), Item((2,), "y", "disclosed", line=12))
    rows = [_row(n, j) for n, j in enumerate(judgements, start=1)] + [_row(50, O_, item=2)]
    assert problems_of(tmp_path, *rows, items=items) == []


DISCLOSED = (
    "a disclosed item's documents are 'openbaar' (some may be 'reeds openbaar'); use "
    "partly-disclosed when anything is withheld"
)
PARTLY = (
    "a partly disclosed item has something disclosed and something withheld: a 'deels "
    "openbaar' document, or both 'openbaar' and 'niet openbaar' ones"
)
REFUSED = (
    "a refused item's documents are 'niet openbaar' (some may be 'reeds openbaar'); use "
    "partly-disclosed when anything is disclosed"
)
PUBLIC = "an already-public item's documents are all 'reeds openbaar'"

REJECTED = [
    ("disclosed", [N_, N_],
     f":2: [d] Onderdeel: item 1 is 'disclosed' (dossier.yml line 10) but 2 documents naming "
     f"it are 'niet openbaar' (rows 2, 3); {DISCLOSED}"),
    ("disclosed", [O_, D_],
     f":3: [d] Onderdeel: item 1 is 'disclosed' (dossier.yml line 10) but 1 document naming "
     f"it is 'deels openbaar' (row 3); {DISCLOSED}"),
    ("disclosed", [R_],
     f":2: [d] Onderdeel: item 1 is 'disclosed' (dossier.yml line 10) but none of its "
     f"1 document is 'openbaar'; {DISCLOSED}"),
    ("disclosed", [],
     f": [d] Onderdeel: item 1 is 'disclosed' (dossier.yml line 10) but no document names it "
     f"in the Onderdeel column; {DISCLOSED}"),
    ("partly-disclosed", [O_, O_],
     f":2: [d] Onderdeel: item 1 is 'partly-disclosed' (dossier.yml line 10) but none of its "
     f"2 documents is 'deels openbaar' or 'niet openbaar'; {PARTLY}"),
    ("partly-disclosed", [N_, R_],
     f":2: [d] Onderdeel: item 1 is 'partly-disclosed' (dossier.yml line 10) but none of its "
     f"2 documents is 'openbaar' or 'deels openbaar'; {PARTLY}"),
    ("refused", [N_, O_, D_],
     f":3: [d] Onderdeel: item 1 is 'refused' (dossier.yml line 10) but 2 documents naming "
     f"it are 'openbaar' or 'deels openbaar' (rows 3, 4); {REFUSED}"),
    ("refused", [R_],
     f":2: [d] Onderdeel: item 1 is 'refused' (dossier.yml line 10) but none of its 1 "
     f"document is 'niet openbaar'; {REFUSED}"),
    ("already-public", [R_, O_],
     f":3: [d] Onderdeel: item 1 is 'already-public' (dossier.yml line 10) but 1 document "
     f"naming it is 'openbaar' (row 3); {PUBLIC}"),
    ("already-public", [],
     f": [d] Onderdeel: item 1 is 'already-public' (dossier.yml line 10) but no document "
     f"names it in the Onderdeel column; {PUBLIC}"),
    ("referred", [O_],
     ":2: [d] Onderdeel: item 1 is 'referred' (dossier.yml line 10) but 1 document naming "
     "it is 'openbaar' (row 2); a referred item's documents, if listed, are 'reeds openbaar'"),
    ("not-held", [R_],
     ":2: [d] Onderdeel: item 1 is 'not-held' (dossier.yml line 10) but 1 document naming it "
     "is 'reeds openbaar' (row 2); a not-held item has no documents"),
    ("out-of-scope", [O_],
     ":2: [d] Onderdeel: item 1 is 'out-of-scope' (dossier.yml line 10) but 1 document naming "
     "it is 'openbaar' (row 2); an out-of-scope item has no documents in the inventory"),
    ("forwarded", [N_],
     ":2: [d] Onderdeel: item 1 is 'forwarded' (dossier.yml line 10) but 1 document naming it "
     "is 'niet openbaar' (row 2); a forwarded item has no documents in the inventory"),
]


@pytest.mark.parametrize(("outcome", "judgements", "message"), REJECTED)
def test_item_outcomes_that_disagree(tmp_path, outcome, judgements, message):
    items = (Item((1,), "x", outcome, line=10), Item((2,), "y", "disclosed", line=12))
    rows = [_row(n, j) for n, j in enumerate(judgements, start=1)] + [_row(50, O_, item=2)]
    assert problems_of(tmp_path, *rows, items=items) == [f"{WHERE}{message}"]


def test_long_lists_of_rows_are_shortened(tmp_path):
    items = (Item((1,), "x", "disclosed", line=10),)
    rows = [_row(n, N_) for n in range(1, 14)]
    assert problems_of(tmp_path, *rows, items=items) == [
        f"{WHERE}:2: [d] Onderdeel: item 1 is 'disclosed' (dossier.yml line 10) but 13 "
        "documents naming it are 'niet openbaar' (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 "
        f"more); {DISCLOSED}"
    ]


def test_items_spanning_several_numbers(tmp_path):
    items = (Item((8, 9), "x", "refused", line=10),)
    assert problems_of(tmp_path, _row(1, N_, 8), _row(2, O_, 9), items=items) == [
        f"{WHERE}:3: [d] Onderdeel: item 8 en 9 is 'refused' (dossier.yml line 10) but 1 "
        f"document naming it is 'openbaar' (row 3); {REFUSED}"
    ]


def test_item_rules_are_skipped_without_the_onderdeel_column(tmp_path):
    items = (Item((1,), "x", "not-held"),)
    assert problems_of(tmp_path, "1,,Brief,openbaar,,,,", items=items) == []
