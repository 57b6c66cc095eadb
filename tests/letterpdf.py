"""Make decision-letter PDFs for the import tests, in several layouts, with fpdf2.

The PDFs are real (fonts embedded, text laid out by fpdf2) and are read back by
the importer with pypdf, exactly as a letter from the communications team.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Layout:
    header: str | None = None  # repeated at the top of every page
    footer: str | None = None  # repeated at the bottom; "{n}" and "{total}" become page numbers
    # first page only, above the text; a pair is a line with a left and a right column
    letterhead: list[str | tuple[str, str]] = field(default_factory=list)
    font_size: float = 10
    line_height: float = 5
    wrap: bool = False  # False: every given line is one printed line (breaks kept as given)
    justify: bool = False


class _Letter(FPDF):
    def __init__(self, layout: Layout) -> None:
        super().__init__(format="A4")
        self.layout = layout
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=25)
        self.alias_nb_pages("{total}")

    def header(self) -> None:
        if self.layout.header:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, self.layout.header, new_x="LMARGIN", new_y="NEXT")
            self.ln(6)

    def footer(self) -> None:
        if self.layout.footer:
            self.set_y(-18)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, self.layout.footer.replace("{n}", str(self.page_no())), align="C")


def annex_pdf(path: Path, text: str, title: str | None = None) -> Path:
    """A one-page annex, with a title in its metadata when given."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


@dataclass
class TablePart:
    """A table in the letter, drawn by fpdf2 as a word processor draws one: a bold head row,
    cells that wrap within their column, borders."""

    rows: list[tuple[str, ...]]  # the first is the head
    widths: tuple[int, ...]
    repeat_head: bool = True  # the head again on each page the table runs onto


def letter_pdf(path: Path, lines: list[str | TablePart], layout: Layout | None = None) -> Path:
    """Write `lines` as a letter. A line "# Kop" is printed bold without the "# "; "" is a
    gap; "\f" starts a new page; a `TablePart` is a table."""
    layout = layout or Layout()
    pdf = _Letter(layout)
    pdf.add_page()
    pdf.set_font("DejaVu", "", layout.font_size)
    for line in layout.letterhead:
        left, right = line if isinstance(line, tuple) else (line, "")
        pdf.cell(100, layout.line_height, left)
        pdf.cell(0, layout.line_height, right, new_x="LMARGIN", new_y="NEXT")
    if layout.letterhead:
        pdf.ln(layout.line_height * 2)
    for line in lines:
        if isinstance(line, TablePart):
            with pdf.table(col_widths=line.widths, width=sum(line.widths), align="LEFT",
                           text_align="LEFT", line_height=layout.line_height,
                           repeat_headings=int(line.repeat_head)) as table:
                for cells in line.rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            continue
        if line == "\f":
            pdf.add_page()
            continue
        bold = line.startswith("# ")
        text = line[2:] if bold else line
        pdf.set_font("DejaVu", "B" if bold else "", layout.font_size)
        if not text.strip():
            pdf.ln(layout.line_height)
        elif layout.wrap:
            pdf.multi_cell(0, layout.line_height, text, align="J" if layout.justify else "L",
                           new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(0, layout.line_height, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
