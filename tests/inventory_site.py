"""Write small real dossiers with inventories into a temporary project and build it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml
from fpdf import FPDF
from sitebuild import Built, build_site, make_project


def make_pdf(path: Path, pages: int) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(text=f"{path.stem}, pagina {number}")
    pdf.output(str(path))


def write_dossier(project: Path, slug: str, inventory: str | None, *, law: str = "Woo",
                  items: str | None = None, annexes: dict[str, int] | None = None,
                  extra: str = "") -> Path:
    """A dossier whose items are answered in the letter; `items` is dossier.yml YAML."""
    folder = project / "dossiers" / slug
    folder.mkdir()
    annexes = {"bijlage-1-documenten.pdf": 12} if annexes is None else annexes
    for name, pages in annexes.items():
        make_pdf(folder / name, pages)
    first = next(iter(annexes), None)
    items = items or textwrap.dedent(f"""\
        - item: 1
          request: Notulen van het managementteam
          outcome: partly-disclosed
          grounds: ["5.1.2.e"]
          documents: [{first}]
        - item: 2
          request: E-mails over de planning
          outcome: disclosed
          documents: [{first}]
        - item: 3
          request: Eerdere rapporten
          outcome: already-public
          links: [{{title: Rapport, url: "https://example.org/rapport"}}]
        """)
    annex_yaml = "".join(f"  - {{file: {name}, title: Bijlage {name}}}\n" for name in annexes)
    numbers = sorted({n for entry in yaml.safe_load(items)
                      for n in (entry["item"] if isinstance(entry["item"], list)
                                else [entry["item"]])})
    # A decision falls under the law in force on its date (Woo from 1 May 2022).
    year = 2021 if law == "Wob" else 2023
    (folder / "dossier.yml").write_text(
        f"title: Besluit {slug}\norganisation: Gemeente Voorbeeld\nlaw: {law}\n"
        f"dates: {{received: {year}-01-11, decided: {year}-03-01}}\n"
        + (f"inventory: {inventory}\n" if inventory else "")
        + "items:\n" + textwrap.indent(items, "  ")
        + ("annexes:\n" + annex_yaml if annexes else "")
        + extra,
        "utf-8",
    )
    letter = "# Besluit\n\n" + "".join(f"## Ad {n}\n\nAntwoord.\n\n" for n in numbers)
    (folder / "decision.md").write_text(letter, "utf-8")
    return folder


def new_project(tmp_path: Path) -> Path:
    """The project's config and docs with an empty dossiers folder."""
    return make_project(tmp_path, slugs=[])


def build_project(project: Path, strict: bool = True) -> Built:
    return build_site(project, strict=strict)
