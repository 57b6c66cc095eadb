"""The annex cache: a second read parses no PDF; corrupt entries are read again and rewritten."""

from __future__ import annotations

import json

from annex_pdfs import fpdf_document, write
from woo_dossiers.annex import PdfFacts, ReadStats, read_pdfs


def read(paths, cache_dir):
    stats = ReadStats()
    return read_pdfs(paths, cache_dir, stats=stats), stats


def entries(cache_dir):
    """The facts files; each has its text in a `.text.json` beside it."""
    return sorted(p for p in cache_dir.rglob("*.json") if not p.name.endswith(".text.json"))


def text_file(entry):
    return entry.with_suffix(".text.json")


def test_a_second_read_parses_nothing_and_gives_the_same_facts(tmp_path):
    cache = tmp_path / ".cache" / "woo"
    good = write(tmp_path / "a.pdf", fpdf_document(["Eerste bijlage"], author="P. Jansen"))
    empty = write(tmp_path / "b.pdf", b"")
    first, stats = read([good, empty], cache)
    assert (stats.parsed, stats.cached) == (2, 0)
    second, stats = read([good, empty], cache)
    assert (stats.parsed, stats.cached) == (0, 2)
    assert second == first
    assert isinstance(second[good], PdfFacts) and second[good].findings  # findings are kept


def test_the_key_is_the_content_not_the_name(tmp_path):
    cache = tmp_path / "cache"
    write(tmp_path / "a.pdf", fpdf_document(["Tekst"]))
    read([tmp_path / "a.pdf"], cache)
    moved = (tmp_path / "a.pdf").rename(tmp_path / "renamed.pdf")
    _, stats = read([moved], cache)
    assert stats.parsed == 0
    write(moved, fpdf_document(["Andere tekst"]))
    result, stats = read([moved], cache)
    assert stats.parsed == 1
    assert "Andere tekst" in result[moved].text[0]


def test_a_corrupt_entry_is_ignored_and_rewritten(tmp_path):
    cache = tmp_path / "cache"
    path = write(tmp_path / "a.pdf", fpdf_document(["Tekst"]))
    read([path], cache)
    [entry] = entries(cache)
    for garbage in ("{not json", json.dumps({"key": "x"}), '{"key": null, "result": 3}'):
        entry.write_text(garbage, encoding="utf-8")
        result, stats = read([path], cache)
        assert stats.parsed == 1
        assert "Tekst" in result[path].text[0]
        assert json.loads(entry.read_text(encoding="utf-8"))["result"]["pages"] == 1
    # A well-formed entry whose fields have the wrong types is corrupt too.
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["result"]["findings"] = [1, 2]
    entry.write_text(json.dumps(data), encoding="utf-8")
    _, stats = read([path], cache)
    assert stats.parsed == 1


def test_text_is_left_in_the_cache_and_a_damaged_or_missing_text_file_is_read_again(tmp_path):
    cache = tmp_path / "cache"
    path = write(tmp_path / "a.pdf", fpdf_document(["Eerste"], ["Tweede"]))
    first, _ = read([path], cache)
    [entry] = entries(cache)
    assert "text" not in json.loads(entry.read_text(encoding="utf-8"))["result"]
    assert json.loads(text_file(entry).read_text(encoding="utf-8"))[1].startswith("Tweede")
    second, _ = read([path], cache)
    assert second[path].text == first[path].text and len(second[path].text) == 2
    for damage in ('["cut short"', ""):
        text_file(entry).write_text(damage, encoding="utf-8")
        result, stats = read([path], cache)
        assert stats.parsed == 1, damage
        assert "Eerste" in result[path].text[0]
    text_file(entry).unlink()
    result, stats = read([path], cache)
    assert stats.parsed == 1
    assert "Tweede" in result[path].text[1]


def test_entries_are_per_reader_version(tmp_path):
    cache = tmp_path / "cache"
    path = write(tmp_path / "a.pdf", fpdf_document(["Tekst"]))
    read([path], cache)
    [entry] = entries(cache)
    from woo_dossiers.annex import READER_VERSION

    assert READER_VERSION.split("+")[0] in str(entry.relative_to(cache))
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["reader"] = "an older reader"
    entry.write_text(json.dumps(data), encoding="utf-8")
    _, stats = read([path], cache)
    assert stats.parsed == 1


def test_without_a_cache_folder_every_read_parses(tmp_path):
    path = write(tmp_path / "a.pdf", fpdf_document(["Tekst"]))
    read([path], None)
    _, stats = read([path], None)
    assert stats.parsed == 1
