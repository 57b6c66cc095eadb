"""PDFs with a page layout to read back as text: paragraphs, hyphenation, a list, a table.

Made with fpdf2 (fonts embedded, each line placed where a word processor puts it),
so the annex reader sees what it would in a real letter.
"""

from __future__ import annotations

from fpdf import FPDF
from letterpdf import FONTS

PARAGRAPH = ["Op 3 april 2024 vroeg u om de informa-", "tie over het project in Noord-",
             "Holland en over uw Woo-", "verzoek van vorig jaar. Wij sturen u de zee-",
             "eend notities en de stukken hieronder."]
ROWS = [("Nr.", "Document", "Datum", "Besluit"), ("1", "Nota aan het college", "12-01-2024",
        "Openbaar"), ("2", "E-mail projectteam", "30-01-2024", "Deels openbaar"),
        ("3", "Advies jurist", "14-02-2024", "Niet openbaar")]
BULLETS = ["• wij maken 12 documenten openbaar;", "• wij maken 3 documenten deels openbaar;",
           "• één document blijft geheim."]
WIDTHS = (15, 70, 35, 40)


def layout_pdf(*, table: bool = True) -> bytes:
    """A letter page: a heading, a paragraph with hyphenated line ends, a list, a table
    with its column heads in bold, a closing paragraph of two lines."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 16)
    pdf.cell(0, 10, "Besluit op uw verzoek", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    for line in PARAGRAPH:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for line in BULLETS:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    if table:
        for number, row in enumerate(ROWS):
            pdf.set_font("DejaVu", "" if number else "B", 11)  # column heads in bold
            for width, cell in zip(WIDTHS, row, strict=True):
                pdf.cell(width, 7, cell)
            pdf.ln(7)
        pdf.ln(6)
    pdf.cell(0, 6, "Wij hopen u hiermee voldoende te hebben geïnformeerd. Met vriendelijke",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "groet, namens het college.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def prose_columns_pdf() -> bytes:
    """Two columns of prose written row by row: aligned, but not a table."""
    words = ["de", "gemeente", "heeft", "alle", "stukken", "over", "het", "project", "verzameld", "en", "beoordeeld", "voordat", "zij", "besloot", "welke", "delen", "openbaar", "kunnen", "worden", "gemaakt"]
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for row in range(8):
        left = " ".join(words[row:row + 5])
        right = " ".join(words[row + 3:row + 8])
        pdf.cell(90, 5, left)
        pdf.cell(90, 5, right)
        pdf.ln(5)
    return bytes(pdf.output())


def lines_pdf(lines: list[str]) -> bytes:
    """One line of text per entry, an empty entry a gap of one line."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    for line in lines:
        if line:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(6)
    return bytes(pdf.output())
