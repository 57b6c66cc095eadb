"""Hands a dossier's inventory to MkDocs: its page, its open data files and the script."""

from __future__ import annotations

import json
from importlib import resources

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from ..inventory.export import inventory_csv_bytes, inventory_json
from ..model import Dossier
from ..render.inventory_page import (
    SCRIPT,
    InventoryPage,
    inventory_csv_url,
    inventory_json_url,
    inventory_page_path,
)


def inventory_files(config: MkDocsConfig, dossier: Dossier,
                    dossiers: dict[str, Dossier]) -> list[File]:
    inventory = dossier.inventory
    if inventory is None:
        return []
    page = InventoryPage(dossier, inventory, dossiers).markdown()
    data = json.dumps(inventory_json(inventory, dossier.slug), ensure_ascii=False, indent=1)
    return [
        File.generated(config, inventory_page_path(dossier.slug), content=page,
                       inclusion=InclusionLevel.NOT_IN_NAV),
        File.generated(config, inventory_csv_url(dossier.slug),
                       content=inventory_csv_bytes(inventory)),
        File.generated(config, inventory_json_url(dossier.slug), content=data.encode("utf-8")),
    ]


def inventory_script(config: MkDocsConfig) -> File:
    script = resources.files("woo_dossiers").joinpath("assets", "inventaris.js").read_text("utf-8")
    return File.generated(config, SCRIPT, content=script)
