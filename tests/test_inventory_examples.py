"""The example dossiers' inventories: realistic size, published, and reproducible."""

from __future__ import annotations

import json
import sys

from sitebuild import ROOT, example_folder

sys.path.insert(0, str(ROOT / "scripts"))
from make_example_inventory import generate  # noqa: E402

EXAMPLES = {"2022-bzk-algoritmeregister": 240, "2023-zwolle-cameratoezicht-binnenstad": 60}


def test_example_inventories_are_published_with_every_row(example_site):
    sizes = {}
    for slug in EXAMPLES:
        folder = example_folder(slug)
        written = (folder / "inventory.csv").read_text("utf-8-sig").splitlines()
        data = json.loads((example_site.site / f"dossiers/{slug}/inventaris/inventaris.json")
                          .read_text("utf-8"))
        assert len(data["documents"]) == len(written) - 1
        assert sum(data["counts"].values()) == len(written) - 1
        table = example_site.page(f"dossiers/{slug}/inventaris/")
        assert len(table.select("table.woo-inventory tbody tr")) == len(written) - 1
        sizes[slug] = len(written) - 1
    assert sizes["2022-bzk-algoritmeregister"] >= 200
    assert min(sizes.values()) >= 40


def test_example_inventories_come_from_the_script():
    # The committed files are exactly what the script makes, so they can be regenerated
    # whenever a dossier's items change.
    for slug, rows in EXAMPLES.items():
        folder = example_folder(slug)
        expected = generate(folder, rows).encode("utf-8-sig")
        assert (folder / "inventory.csv").read_bytes() == expected
        assert "\ninventory: inventory.csv\n" in (folder / "dossier.yml").read_text("utf-8")
