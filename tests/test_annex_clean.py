"""woo opschonen: rewrites an annex without metadata, XMP and history."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from annex_pdfs import append_update, simple_pdf, stream, text_content, write
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from woo_dossiers.annex import read_pdfs

ROOT = Path(__file__).resolve().parents[1]

XMP = (b"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
       b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
       b"<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
       b"<dc:creator><rdf:Seq><rdf:li>Piet Jansen</rdf:li></rdf:Seq></dc:creator>"
       b"</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")


def dirty_pdf() -> bytes:
    """Metadata with an e-mail address, XMP naming the author, and an incremental update
    that replaced a sentence naming someone."""
    original = simple_pdf(
        text_content("Besluit over Karel Geheimnaam"),
        catalog=b"/Metadata 6 0 R",
        extra=[stream(XMP, b" /Type /Metadata /Subtype /XML"),
               b"<< /Author (Piet Jansen) /Creator (p.jansen@example.org) /Title (Besluit) >>"],
        trailer=b"/Root 1 0 R /Info 7 0 R",
    )
    return append_update(original, {5: stream(text_content("Besluit over X"))}, size=8,
                         trailer=b"/Root 1 0 R /Info 7 0 R")


def all_bytes(path: Path) -> bytes:
    """The file's bytes plus every decoded stream: where hidden text could still be."""
    data = path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    chunks = [data]
    for generation, numbers in reader.xref.items():
        for number in numbers:
            obj = reader.get_object(IndirectObject(number, generation, reader))
            if hasattr(obj, "get_data"):
                chunks.append(obj.get_data())
    return b"".join(chunks)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    return subprocess.run([sys.executable, "-m", "woo_dossiers.cli", "opschonen", *args],
                          capture_output=True, text=True, check=False, env=env)


def test_cleaning_removes_metadata_xmp_and_history(tmp_path):
    path = write(tmp_path / "bijlage.pdf", dirty_pdf())
    before = read_pdfs([path])[path]
    assert {f.code for f in before.findings} == {
        "metadata-author", "metadata-email", "xmp-author", "earlier-version"}

    done = run(str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"{path}: opgeschoond naar {path}; verwijderd:\n"
        "  - documenteigenschappen: Author, Creator, Title\n"
        "  - XMP-metadata (document)\n"
        "  - 1 eerdere versie(s) uit incrementeel opslaan\n"
    )
    after = read_pdfs([path])[path]
    assert after.findings == ()
    assert after.text == ("Besluit over X",)
    content = all_bytes(path)
    for secret in (b"Geheimnaam", b"Jansen", b"example.org", b"xpacket"):
        assert secret not in content
    assert path.read_bytes().count(b"%%EOF") == 1  # one version: fully rewritten


def test_output_to_another_file_keeps_the_original(tmp_path):
    path = write(tmp_path / "bijlage.pdf", dirty_pdf())
    original = path.read_bytes()
    done = run(str(path), "--output", str(tmp_path / "schoon.pdf"))
    assert done.returncode == 0
    assert path.read_bytes() == original
    assert read_pdfs([tmp_path / "schoon.pdf"])[tmp_path / "schoon.pdf"].findings == ()


def test_hidden_text_is_refused_and_the_file_left_alone(tmp_path):
    content = text_content("Jan Jansen") + b"\n0 g 60 740 200 30 re f"
    path = write(tmp_path / "bijlage.pdf", simple_pdf(content))
    original = path.read_bytes()
    done = run(str(path))
    assert done.returncode == 1
    assert done.stdout.startswith(
        f"{path}: GEWEIGERD: er staat tekst in het bestand die niet te zien is (een mislukte "
        "lakking); opschonen lost dat niet op. Doe de lakking opnieuw in de laksoftware, zodat "
        "de tekst zelf verdwijnt, en exporteer de PDF opnieuw. Gevonden: pagina 1, 2,9 cm van "
        "boven en 2,5 cm van links: 2 woord(en) liggen onder een vlak (zoals een zwart blok);")
    assert "Jansen" not in done.stdout
    assert path.read_bytes() == original


def test_an_unreadable_file_is_refused(tmp_path):
    path = write(tmp_path / "bijlage.pdf", b"")
    done = run(str(path))
    assert done.returncode == 1
    assert done.stdout == (
        f"{path}: GEWEIGERD: het bestand is niet te lezen: het bestand is leeg (0 bytes); "
        "exporteer of kopieer de PDF opnieuw\n"
    )


def test_a_clean_file_is_rewritten_and_remaining_problems_are_named(tmp_path):
    path = write(tmp_path / "scan.pdf", simple_pdf(b""))
    done = run(str(path))
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == f"{path}: herschreven naar {path}; er was niets te verwijderen"
    assert lines[1].startswith("  let op (niet opgelost): pagina 1 (van 1) zonder tekstlaag")


def test_output_needs_a_single_file(tmp_path):
    done = run("a.pdf", "b.pdf", "--output", "c.pdf")
    assert done.returncode == 2
    assert "--uitvoer kan alleen met één bestand" in done.stderr


def test_restrictions_are_removed(tmp_path):
    from pypdf import PdfWriter

    source = write(tmp_path / "plain.pdf", simple_pdf(text_content("Openbaar besluit")))
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="AES-256")
    path = tmp_path / "bijlage.pdf"
    with path.open("wb") as out:
        writer.write(out)
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    assert "  - beveiliging (beperkingen op kopiëren of afdrukken)\n" in done.stdout
    assert not PdfReader(path).is_encrypted
    assert read_pdfs([path])[path].findings == ()


def test_a_cleaned_file_can_be_served_by_a_web_server_of_another_user(tmp_path):
    # mkstemp writes 0600; the annex must stay readable for others (as a new file would be).
    source = write(tmp_path / "bijlage.pdf", dirty_pdf())
    source.chmod(0o644)
    assert run(str(source), "--output", str(tmp_path / "schoon.pdf")).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "schoon.pdf").stat().st_mode & 0o777 == 0o666 & ~umask
    assert run(str(source)).returncode == 0  # in place: the file keeps its own mode
    assert source.stat().st_mode & 0o777 == 0o644
