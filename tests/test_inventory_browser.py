"""The inventory page in a real browser (Debian's chromium): filters, paging, no-JS list."""

from __future__ import annotations

import pytest
from browser import serve
from inventory_site import build_project, new_project, write_dossier

HEADER = ("Documentnummer,Datum,Omschrijving,Beoordeling,Beoordelingsgrond,Bijlage,"
          "Publieke link,Onderdeel\n")
ITEMS = """\
- item: 1
  request: Notulen
  outcome: partly-disclosed
  grounds: ["5.1.2.e", "5.2"]
  documents: [bijlage-1-documenten.pdf]
- item: [2, 3]
  request: Nota's
  outcome: partly-disclosed
  grounds: ["5.1.2.e"]
  documents: [bijlage-1-documenten.pdf]
"""
JUDGED = [("openbaar", ""), ("deels openbaar", "5.1.2.e"), ("niet openbaar", "5.2"),
          ("deels openbaar", "5.1.2.e; 5.2"), ("reeds openbaar", "")]


ITEM_OF = {0: "2", 1: "3", 2: "1"}  # rows answer item 1 or the combined item 2 and 3


def _rows(count: int) -> str:
    lines = []
    for n in range(1, count + 1):
        judgement, grounds = JUDGED[n % len(JUDGED)]
        link = "https://example.org/eerder" if judgement == "reeds openbaar" else ""
        topic = "begroting" if n % 7 == 0 else "overleg"
        lines.append(f'{n},2022-01-{n % 28 + 1:02d},Verslag {topic} {n},{judgement},"{grounds}",'
                     f"bijlage-1-documenten.pdf#page={n % 12 + 1},{link},{ITEM_OF[n % 3]}\n")
    return "".join(lines)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A site with a 230-row inventory, built once and served for this module's tests."""
    project = new_project(tmp_path_factory.mktemp("browser"))
    folder = write_dossier(project, "2023-groot", "inventory.csv", items=ITEMS)
    (folder / "inventory.csv").write_text(HEADER + _rows(230), "utf-8")
    built = build_project(project)
    assert built.ok, built.messages
    with serve(built.site) as base:
        yield f"{base}dossiers/2023-groot/inventaris/"


@pytest.fixture
def browser(chromium):
    return chromium


def visible_numbers(page) -> list[str]:
    return page.eval_on_selector_all(
        "table.woo-inventory tbody tr:not([hidden])",
        "rows => rows.map(r => r.cells[0].textContent)",
    )


def status(page) -> str:
    return page.text_content(".woo-inv-status")


def test_without_javascript_the_whole_list_is_there(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server)
    assert len(visible_numbers(page)) == 230
    assert not page.is_visible("form.woo-inv-filters")
    context.close()


def test_pages_of_fifty(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    assert status(page) == "Alle 230 documenten; pagina 1 van 5."
    assert visible_numbers(page) == [str(n) for n in range(1, 51)]
    page.click(".woo-inv-pages button:text-is('Volgende')")
    assert visible_numbers(page) == [str(n) for n in range(51, 101)]
    assert page.url.endswith("?pagina=2")
    page.click(".woo-inv-pages button:text-is('5')")
    assert visible_numbers(page) == [str(n) for n in range(201, 231)]
    assert status(page) == "Alle 230 documenten; pagina 5 van 5."
    page.close()


def test_filter_by_judgement_and_ground(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    for label in ("Openbaar (46)", "Deels openbaar (92)", "Reeds openbaar (46)"):
        page.get_by_label(label, exact=True).uncheck()
    niet = [str(n) for n in range(1, 231) if n % 5 == 2]
    assert visible_numbers(page) == niet
    assert status(page) == "46 documenten van 230 gevonden."
    assert "beoordeling=niet-openbaar" in page.url
    page.get_by_label("Deels openbaar (92)", exact=True).check()
    page.select_option('select[name="grond"]', "5.1.2.e")
    # 5.1.2.e alone (n % 5 == 1) and with 5.2 (n % 5 == 3); niet openbaar rows have only 5.2
    expected = [str(n) for n in range(1, 231) if n % 5 in (1, 3)]
    assert status(page) == "92 documenten van 230 gevonden; pagina 1 van 2."
    assert visible_numbers(page) == expected[:50]
    assert "grond=5.1.2.e" in page.url
    page.close()


def test_text_search(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    page.fill('input[name="zoek"]', "Begroting")
    assert visible_numbers(page) == [str(n) for n in range(1, 231) if n % 7 == 0]
    page.fill('input[name="zoek"]', "begroting 14")
    assert visible_numbers(page) == ["14", "140", "147"]
    page.close()


def test_a_shared_filter_address(browser, server):
    page = browser.new_page()
    page.goto(server + "?beoordeling=reeds-openbaar&zoek=overleg")
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    expected = [str(n) for n in range(1, 231) if n % 5 == 4 and n % 7 != 0]
    assert visible_numbers(page) == expected
    assert page.is_checked('input[value="reeds-openbaar"]')
    assert not page.is_checked('input[value="openbaar"]')
    page.close()


def test_dossier_page_count_opens_the_filtered_list(browser, server):
    page = browser.new_page()
    page.goto(server + "../")
    page.click("a:text-is('Niet openbaar: 46')")
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    assert status(page) == "46 documenten van 230 gevonden."
    page.close()


def test_filter_by_request_item(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    options = page.eval_on_selector_all('select[name="onderdeel"] option', "os => os.map(o => o.text)")
    assert options == ["Alle onderdelen", "1 (77)", "2 en 3 (153)"]
    page.select_option('select[name="onderdeel"]', "2-3")
    assert status(page) == "153 documenten van 230 gevonden; pagina 1 van 4."
    assert visible_numbers(page) == [str(n) for n in range(1, 231) if n % 3 != 2][:50]
    page.select_option('select[name="onderdeel"]', "1")
    page.get_by_label("Openbaar (46)", exact=True).uncheck()
    assert visible_numbers(page) == [str(n) for n in range(1, 231) if n % 3 == 2 and n % 5][:50]
    assert "onderdeel=1" in page.url
    page.close()


def test_dossier_page_item_counts_open_the_list_for_that_item(browser, server):
    page = browser.new_page()
    page.goto(server + "../")
    rows = page.eval_on_selector_all(
        "table.woo-inv-items tbody tr", "rs => rs.map(r => [...r.cells].map(c => c.textContent))"
    )
    expected = []
    for label, wanted in (("1", {2}), ("2 en 3", {0, 1})):
        numbers = [n for n in range(1, 231) if n % 3 in wanted]
        per = [sum(1 for n in numbers if JUDGED[n % 5][0] == j)
               for j in ("openbaar", "deels openbaar", "niet openbaar", "reeds openbaar")]
        expected.append([label, *(str(c) for c in per), str(len(numbers))])
    assert rows == expected
    page.click("table.woo-inv-items a:text-is('2 en 3')")
    page.wait_for_selector("form.woo-inv-filters:not([hidden])")
    assert status(page) == "153 documenten van 230 gevonden; pagina 1 van 4."
    page.close()
