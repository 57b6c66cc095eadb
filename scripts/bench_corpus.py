"""Synthetic dossiers for the benchmark: realistic in shape, cheap to make, the same on every run.

`make_corpus(project, n)` writes `n` dossiers under `project/dossiers/<year>/<slug>/`:
a decision letter of 1-3 pages with "Ad" sections, 5-20 request items with every
outcome, 1-8 annex PDFs of 2-40 pages of text, and reuse links to earlier
dossiers. Everything follows from a seed per dossier, so a rerun gives the same
bytes and a generated corpus can be kept and reused (see benchmark.py).

The PDFs are written directly (uncompressed objects, Flate-compressed page
streams, the standard Helvetica font): a few hundred microseconds a file instead
of fpdf2's tens of milliseconds, which is what makes N = 10,000 (hundreds of
thousands of pages) possible. pypdf reads them like any other text PDF. Each
PDF's text is unique, so a content-hash cache cannot share work between files.
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from woo_dossiers.model.laws import law_on

GENERATOR_VERSION = 3  # 2: lines fit the page (the annex check reports text off the page);
# 3: the law follows the decision date

# Plain ASCII Dutch words: the raw PDF writer uses the standard 14 fonts.
_WORD_TEXT = (
    "de het een en van in op te dat voor met zijn niet aan er om ook als bij door over naar "
    "informatie besluit verzoek documenten openbaarheid bestuur politie gemeente minister "
    "ministerie college burgemeester wethouders toezicht algoritme gegevens verwerking privacy "
    "beleid rapport notitie overleg advies memo bijlage inventaris onderdeel beoordeling "
    "persoonlijke levenssfeer opsporing vervolging strafbare feiten economische belangen "
    "bedrijfsgegevens vertrouwelijk intern beraad beleidsopvattingen afweging belang "
    "openbaarmaking weigering termijn verdaging ontvangst bezwaar beroep rechtbank kenmerk "
    "datum periode project pilot evaluatie audit cameratoezicht binnenstad register "
    "voorspellend systeem analyse risico maatregel uitvoering organisatie afdeling team "
    "medewerker functionaris leidinggevende directie bestuurder raad commissie vergadering "
    "verslag agenda actiepunt besluitenlijst begroting kosten offerte aanbesteding contract "
    "overeenkomst leverancier software licentie beveiliging incident melding datalek "
    "registratie archief dossier zaak brief email bericht telefoon gesprek afspraak planning "
    "jaarverslag kwartaal maand week resultaat conclusie aanbeveling onderzoek wetenschap "
    "universiteit burger inwoner wijk buurt straat locatie kaart camera beelden opname"
)
WORDS = tuple(_WORD_TEXT.split(" "))
ORGANISATIONS = (
    "Politie, Korpsstaf", "Gemeente Zwolle", "Gemeente Utrecht", "Ministerie van BZK",
    "Ministerie van JenV", "Provincie Overijssel", "Rijkswaterstaat", "Belastingdienst",
)
WOB_GROUNDS = ("10.1.c", "10.1.d", "10.2.a", "10.2.b", "10.2.c", "10.2.d", "10.2.e", "10.2.g", "11.1")
WOO_GROUNDS = ("5.1.1.c", "5.1.1.d", "5.1.2.a", "5.1.2.c", "5.1.2.d", "5.1.2.e", "5.1.2.i", "5.2")
LINES_PER_PAGE = 46
WORDS_PER_LINE = 12
LINE_CHARACTERS = 80  # at most 6 points a character: 480 of the 483 points between margins


@dataclass(frozen=True)
class Generated:
    dossiers: int
    annexes: int
    pdf_pages: int
    pdf_bytes: int
    slugs: list[str]


def slug_of(index: int) -> str:
    return f"{2019 + index % 7}-besluit-{index:05d}"


def folder_of(dossiers: Path, index: int) -> Path:
    slug = slug_of(index)
    return dossiers / slug[:4] / slug


def make_corpus(project: Path, n: int, workers: int = 1) -> Generated:
    """Write n dossiers into project/dossiers; returns what was made (also in manifest.json)."""
    dossiers = project / "dossiers"
    dossiers.mkdir(parents=True, exist_ok=True)
    jobs = [(str(dossiers), index) for index in range(n)]
    if workers > 1:
        from multiprocessing import Pool

        with Pool(workers) as pool:
            counts = pool.starmap(write_dossier, jobs, chunksize=64)
    else:
        counts = [write_dossier(*job) for job in jobs]
    made = Generated(n, sum(c[0] for c in counts), sum(c[1] for c in counts),
                     sum(c[2] for c in counts), [slug_of(i) for i in range(n)])
    (project / "manifest.json").write_text(json.dumps({
        "version": GENERATOR_VERSION, "dossiers": made.dossiers, "annexes": made.annexes,
        "pdf_pages": made.pdf_pages, "pdf_bytes": made.pdf_bytes}, indent=1))
    return made


def write_dossier(dossiers_dir: str, index: int) -> tuple[int, int, int]:
    """One dossier folder; returns (annexes, PDF pages, PDF bytes)."""
    rng = random.Random(index * 7919 + GENERATOR_VERSION)
    folder = folder_of(Path(dossiers_dir), index)
    folder.mkdir(parents=True, exist_ok=True)
    received = date(2019 + index % 7, 1, 1) + timedelta(days=rng.randrange(300))
    decided = received + timedelta(days=rng.randrange(20, 60))
    # The law of the decision date (model/laws.py: the Woo from 1 May 2022), as the build requires.
    law = law_on(decided).key
    grounds = WOB_GROUNDS if law == "Wob" else WOO_GROUNDS
    # Most decisions have few, short annexes; some have many, long ones.
    annex_count = min(8, 1 + int(rng.expovariate(1 / 2.2)))
    annexes = []
    pages = size = 0
    for a in range(annex_count):
        page_count = int(round(2 * 20 ** rng.random()))  # log-uniform over 2..40
        name = f"bijlage-{a + 1}-{rng.choice(WORDS)}.pdf"
        while any(name == x[0] for x in annexes):
            name = f"bijlage-{a + 1}-{rng.choice(WORDS)}-{a}.pdf"
        data = pdf_bytes(rng, f"Bijlage {a + 1} bij besluit {index}", page_count)
        (folder / name).write_bytes(data)
        annexes.append((name, f"Bijlage {a + 1}: {sentence(rng, 3, 6)}"))
        pages += page_count
        size += len(data)
    items = make_items(rng, index, annexes, grounds)
    write_yaml(folder, rng, index, law, received, decided, items, annexes)
    (folder / "decision.md").write_text(letter(rng, index, items, received, decided), "utf-8")
    return annex_count, pages, size


def sentence(rng: random.Random, low: int, high: int) -> str:
    text = " ".join(rng.choices(WORDS, k=rng.randint(low, high)))
    return text[0].upper() + text[1:]


def make_items(rng: random.Random, index: int, annexes: list[tuple[str, str]],
               grounds: tuple[str, ...]) -> list[dict]:
    items = []
    count = rng.randint(5, 20)
    number = 1
    while number <= count:
        numbers = [number, number + 1] if rng.random() < 0.1 and number < count else [number]
        number += len(numbers)
        outcome = rng.choices(
            ("disclosed", "partly-disclosed", "refused", "already-public", "not-held",
             "referred", "out-of-scope", "forwarded"),
            weights=(20, 25, 10, 10 if index else 0, 20, 5, 5, 5))[0]
        item: dict = {"item": numbers if len(numbers) > 1 else numbers[0],
                      "request": sentence(rng, 8, 30), "outcome": outcome}
        if outcome in ("disclosed", "partly-disclosed"):
            item["documents"] = sorted({rng.choice(annexes)[0] for _ in range(rng.randint(1, 2))})
        if outcome in ("partly-disclosed", "refused"):
            item["grounds"] = sorted(set(rng.choices(grounds, k=rng.randint(1, 3))))
        if outcome == "already-public":
            item["reuses"] = [slug_of(rng.randrange(index))]
        if outcome == "referred":
            item["links"] = [{"title": sentence(rng, 2, 5),
                              "url": f"https://example.org/publicaties/{index}/{number}"}]
        # About half the items are answered in the table, the others in an "Ad" section.
        if outcome in ("forwarded",) or rng.random() < 0.5:
            item["answer"] = sentence(rng, 10, 40) + "."
        items.append(item)
    return items


def write_yaml(folder: Path, rng: random.Random, index: int, law: str, received: date,
               decided: date, items: list[dict], annexes: list[tuple[str, str]]) -> None:
    out = [
        f"title: Besluit op {law}-verzoek over {sentence(rng, 3, 8).lower()} ({index})",
        f"organisation: {rng.choice(ORGANISATIONS)}",
        f"law: {law}",
        f'reference: "{decided.year}/{index:05d}"',
        f"summary: {json.dumps(sentence(rng, 25, 60) + '.')}",
        f"topics: [{', '.join(sorted(set(rng.choices(WORDS[20:], k=3))))}]",
        "dates:",
        f"  received: {received.isoformat()}",
        f"  decided: {decided.isoformat()}",
        "items:",
    ]
    for item in items:
        out.append(f"  - item: {json.dumps(item['item'])}")
        out.append(f"    request: {json.dumps(item['request'])}")
        out.append(f"    outcome: {item['outcome']}")
        for key in ("documents", "grounds", "reuses"):
            if key in item:
                out.append(f"    {key}: {json.dumps(item[key])}")
        for link in item.get("links", ()):
            out.append(f"    links:\n      - {{title: {json.dumps(link['title'])}, "
                       f"url: {json.dumps(link['url'])}}}")
        if "answer" in item:
            out.append(f"    answer: {json.dumps(item['answer'])}")
    out.append("annexes:")
    for name, title in annexes:
        out.append(f"  - file: {name}\n    title: {json.dumps(title)}")
    if index > 10 and rng.random() < 0.2:
        out.append(f"reuses: [{slug_of(rng.randrange(index))}]")
    (folder / "dossier.yml").write_text("\n".join(out) + "\n", "utf-8")


def letter(rng: random.Random, index: int, items: list[dict], received: date, decided: date) -> str:
    """A letter of roughly 1-3 pages: introduction, the request, an Ad section per unanswered item."""
    paragraphs = rng.randint(2, 8)
    out = ["Geachte heer, mevrouw,", "",
           f"Op {received.isoformat()} heb ik uw verzoek ontvangen. " + sentence(rng, 30, 60) + ".",
           "", "## Uw verzoek", ""]
    for item in items:
        label = item["item"] if isinstance(item["item"], int) else item["item"][0]
        out.append(f"{label}. {item['request'].lower()};")
    out += ["", "## Procedure", ""]
    for _ in range(paragraphs):
        out += [sentence(rng, 40, 90) + ".", ""]
    out += ["## Besluit", "", sentence(rng, 30, 70) + ".", ""]
    for item in items:
        if "answer" in item:
            continue
        numbers = item["item"] if isinstance(item["item"], list) else [item["item"]]
        out += [f"### Ad {' en '.join(map(str, numbers))}", "", sentence(rng, 30, 80) + ".", ""]
    out += ["## Tot slot", "", sentence(rng, 20, 40) + ".", "", "Hoogachtend,", "",
            f"De minister, namens deze ({decided.isoformat()})", ""]
    return "\n".join(out)


def pdf_bytes(rng: random.Random, title: str, page_count: int) -> bytes:
    """A valid PDF of `page_count` A4 pages of text, written by hand."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below, once the page tree's number is known
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = add(b"<< /Title (" + _pdf_string(title) + b") /Producer (woo benchmark) >>")
    pages_obj = add(b"")
    kids = []
    for number in range(1, page_count + 1):
        lines = [f"{title} - pagina {number}"]
        lines += [_line(rng) for _ in range(LINES_PER_PAGE)]
        text = b"BT /F1 10 Tf 14 TL 56 790 Td " + b" ".join(
            b"(" + _pdf_string(line) + b") Tj T*" for line in lines) + b" ET"
        stream = zlib.compress(text, 1)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                      + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_obj, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Count %d /Kids [" % page_count
                              + b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, xref))
    return bytes(out)


def _line(rng: random.Random) -> str:
    """Up to WORDS_PER_LINE words, no longer than fits between the margins in Helvetica 10
    (text past the page's edge is hidden text, which the build refuses)."""
    words: list[str] = []
    for word in rng.choices(WORDS, k=WORDS_PER_LINE):
        if len(" ".join([*words, word])) > LINE_CHARACTERS:
            break
        words.append(word)
    return " ".join(words)


def _pdf_string(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
