"""Why the annex reader refuses a file (annex/intake.py, examine.py, workers.py, reader.py).

A refusal is not a problem by itself: the loader reports it as "'<file>' cannot be
published: <reason>" (code annex-refused in messages/dossier.py), so these
templates are the reason part. The guide lists them under that one heading.
"""

from __future__ import annotations

from . import Message

# What a file renamed to .pdf really is (annex/intake.py), judged from its first bytes.
FILE_KINDS: dict[str, tuple[str, str]] = {
    "png": ("a PNG image", "een PNG-afbeelding"),
    "jpeg": ("a JPEG image", "een JPEG-afbeelding"),
    "gif": ("a GIF image", "een GIF-afbeelding"),
    "tiff": ("a TIFF image", "een TIFF-afbeelding"),
    "zip": ("a ZIP archive (perhaps a Word or Excel file)",
            "een ZIP-archief (misschien een Word- of Excel-bestand)"),
    "ole": ("an old Microsoft Office file (.doc or .xls)",
            "een oud Microsoft Office-bestand (.doc of .xls)"),
    "rtf": ("an RTF text document", "een RTF-tekstdocument"),
    "html": ("a web page (HTML), perhaps an error page saved instead of the download",
             "een webpagina (HTML), misschien een foutpagina die is bewaard in plaats van de "
             "download"),
}

MESSAGES: dict[str, Message] = {
    "file-empty": Message(
        "the file is empty (0 bytes); export or copy the PDF again",
        "het bestand is leeg (0 bytes); exporteer of kopieer de PDF opnieuw"),
    "not-pdf-kind": Message(
        "the file is not a PDF but {kind} with a .pdf name; convert it to PDF (e.g. print or "
        "export to PDF) and add that file instead",
        "het bestand is geen PDF maar een ander soort bestand met een naam op .pdf ({kind}); "
        "zet het om naar PDF (bijvoorbeeld afdrukken of exporteren als PDF) en voeg dat bestand "
        "toe",
        en_parts={"kind": lambda k: FILE_KINDS[k][0]}, nl_parts={"kind": lambda k: FILE_KINDS[k][1]}),
    "not-pdf": Message(
        "the file is not a PDF (it does not start with %PDF-); export the document to PDF and "
        "add that file instead",
        "het bestand is geen PDF (het begint niet met %PDF-); exporteer het document als PDF "
        "en voeg dat bestand toe"),
    "pdf-behind-other": Message(
        "the file does not start with %PDF-: something else comes before the PDF, so a browser "
        "could open it as another kind of file, such as a web page; export the PDF again and "
        "add that file instead",
        "het bestand begint niet met %PDF-: er staat iets anders vóór de PDF, zodat een browser "
        "het als een ander soort bestand kan openen, zoals een webpagina; exporteer de PDF "
        "opnieuw en voeg dat bestand toe"),
    "pdf-truncated": Message(
        "the PDF is truncated (it does not end with %%EOF): it was probably not copied or "
        "downloaded completely; copy or export it again",
        "de PDF is afgebroken (hij eindigt niet op %%EOF): waarschijnlijk is hij niet helemaal "
        "gekopieerd of gedownload; kopieer of exporteer hem opnieuw"),
    "pdf-encrypted": Message(
        "the PDF is encrypted with a password, so the public cannot open it; publish an "
        "unencrypted copy",
        "de PDF is met een wachtwoord versleuteld, zodat het publiek hem niet kan openen; "
        "publiceer een onversleutelde kopie"),
    # `error`: pypdf's exception, as "Type: words".
    "pdf-damaged": Message(
        "the PDF is damaged and cannot be read ({error})",
        "de PDF is beschadigd en kan niet worden gelezen ({error})"),
    # `reason`: PDFium's words, lower-case.
    "pdf-damaged-viewers": Message(
        "the PDF is damaged and cannot be read (PDF viewers such as Chrome's cannot open it: "
        "{reason})",
        "de PDF is beschadigd en kan niet worden gelezen (PDF-lezers zoals die van Chrome "
        "kunnen hem niet openen: {reason})"),
    # `error`: pypdf's words.
    "pdf-bomb": Message(
        "the PDF is too large or too complex to read safely ({error}); a part of it unpacks to "
        "an enormous size (a 'decompression bomb' or an oversized image). Export it again (e.g. "
        "print to PDF) or split it into several files",
        "de PDF is te groot of te ingewikkeld om veilig te lezen ({error}); een deel ervan pakt "
        "uit tot een enorme omvang (een 'decompressiebom' of een te grote afbeelding). "
        "Exporteer hem opnieuw (bijvoorbeeld afdrukken als PDF) of splits hem in meer bestanden"),
    "pdf-no-pages": Message(
        "the PDF has no pages; export the document to PDF again",
        "de PDF heeft geen pagina's; exporteer het document opnieuw als PDF"),
    "pdf-memory": Message(
        "the PDF is too large to read within the memory limit ({megabytes} MB); export it again "
        "with smaller images, or split it into several files",
        "de PDF is te groot om te lezen binnen de geheugengrens ({megabytes} MB); exporteer hem "
        "opnieuw met kleinere afbeeldingen, of splits hem in meer bestanden"),
    "pdf-too-slow": Message(
        "the PDF is too large or too complex to read within {seconds} seconds; export it again "
        "(e.g. print to PDF) or split it into several files",
        "de PDF is te groot of te ingewikkeld om op tijd te lezen ({seconds} seconden); "
        "exporteer hem opnieuw (bijvoorbeeld afdrukken als PDF) of splits hem in meer bestanden"),
    # `detail`: "" or " (what the worker said)", which is the worker's own text.
    "reader-crashed": Message(
        "the PDF reader stopped unexpectedly while reading this file{detail}; if it happens "
        "again, the file is probably damaged: export or save it as PDF again",
        "het lezen van de PDF stopte onverwacht{detail}; gebeurt dat opnieuw, dan is het "
        "bestand waarschijnlijk beschadigd: exporteer of bewaar het opnieuw als PDF"),
    # `error`: the operating system's words.
    "file-unopenable": Message(
        "the file cannot be opened ({error}); check that it exists and can be read",
        "het bestand kan niet worden geopend ({error}); controleer of het bestaat en leesbaar "
        "is"),
    "not-read": Message("it was not read", "het is niet gelezen"),
}
