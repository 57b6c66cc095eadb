"""The annex cache: a second read parses no PDF; corrupt entries are read again and rewritten."""

from __future__ import annotations

import json
import os
import time

from annex_pdfs import fpdf_document, simple_pdf, text_content, write
from woo_dossiers.annex import PdfFacts, ReadStats, read_pdfs
from woo_dossiers.annex.hashes import INDEX_FILE, HashIndex


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


def damaged_then_read(damaged, garbage, path, cache):
    """Write `garbage` over a cache file; the next read must parse the PDF again."""
    damaged.write_text(garbage, encoding="utf-8")
    result, stats = read([path], cache)
    assert stats.parsed == 1, garbage
    return result[path]


def test_a_corrupt_entry_is_ignored_and_rewritten(tmp_path):
    cache = tmp_path / "cache"
    path = write(tmp_path / "a.pdf", fpdf_document(["Tekst"]))
    read([path], cache)
    [entry] = entries(cache)
    for garbage in ("{not json", json.dumps({"key": "x"}), '{"key": null, "result": 3}'):
        assert "Tekst" in damaged_then_read(entry, garbage, path, cache).text[0]
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
        assert "Eerste" in damaged_then_read(text_file(entry), damage, path, cache).text[0]
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


# --- the stat index: unchanged files are not read again to find their entry -----------

HOUR = 3600 * 10**9


def age(path, hours_ago: int = 1):
    """Give the file an old modification time, as files untouched since an earlier build have."""
    stamp = time.time_ns() - hours_ago * HOUR
    os.utime(path, ns=(stamp, stamp))
    return path


def test_an_unchanged_file_is_not_read_again(tmp_path):
    cache = tmp_path / "cache"
    path = age(write(tmp_path / "a.pdf", fpdf_document(["Tekst"])))
    first, stats = read([path], cache)
    assert (stats.hashed, stats.parsed) == (1, 1)
    second, stats = read([path], cache)
    assert (stats.hashed, stats.parsed, stats.cached) == (0, 0, 1)
    assert second == first


def test_an_edit_that_keeps_the_size_is_noticed(tmp_path):
    cache = tmp_path / "cache"
    before, after = simple_pdf(text_content("Jan Jansen")), simple_pdf(text_content("Piet Poels"))
    assert len(before) == len(after)
    path = age(write(tmp_path / "a.pdf", before), hours_ago=2)
    read([path], cache)
    inode = path.stat().st_ino
    age(write(path, after), hours_ago=1)  # rewritten in place: same size, same inode
    assert path.stat().st_ino == inode
    result, stats = read([path], cache)
    assert (stats.hashed, stats.parsed) == (1, 1)
    assert result[path].text == ("Piet Poels",)


def test_a_touched_file_is_hashed_again_but_not_parsed(tmp_path):
    cache = tmp_path / "cache"
    path = age(write(tmp_path / "a.pdf", fpdf_document(["Tekst"])), hours_ago=2)
    read([path], cache)
    age(path, hours_ago=1)
    _, stats = read([path], cache)
    assert (stats.hashed, stats.parsed, stats.cached) == (1, 0, 1)


def remembered(path, cache, seconds_after_writing: float) -> bool:
    """Whether the index keeps the hash of `path` when it is hashed that long after its last
    write. The index's clock is set from the file's own mtime, so the outcome is decided by
    the rule alone, not by how long reading took on a busy machine."""
    written = path.stat().st_mtime_ns
    index = HashIndex(cache, now=lambda: written + int(seconds_after_writing * 10**9))
    index.key(path)
    index.save()
    later = HashIndex(cache)  # the next build
    later.key(path)
    return later.hashed == 0


def test_a_file_written_just_now_is_not_trusted_yet(tmp_path):
    # Another write within the same timestamp tick would keep size and mtime.
    path = write(tmp_path / "a.pdf", fpdf_document(["Tekst"]))
    assert not remembered(path, tmp_path / "cache-0", 0)
    assert not remembered(path, tmp_path / "cache-1", 1)
    assert remembered(path, tmp_path / "cache-3600", 3600)  # the check can fail


def test_a_corrupt_index_is_ignored_and_rewritten(tmp_path):
    cache = tmp_path / "cache"
    path = age(write(tmp_path / "a.pdf", fpdf_document(["Tekst"])))
    read([path], cache)
    index = cache / INDEX_FILE
    stored = json.loads(index.read_text(encoding="utf-8"))
    [entry] = stored["files"].values()
    bad_hash = {**stored, "files": {k: [*v[:3], "f" * 64, v[4]] for k, v in stored["files"].items()}}
    for garbage in ("{not json", "[]", json.dumps({"format": 99, "files": stored["files"]}),
                    json.dumps({"format": 1, "files": {os.path.abspath(path): entry[:4]}}),
                    json.dumps({"format": 2, "files": {os.path.abspath(path): entry[:4]}}),
                    json.dumps(bad_hash), "\x00" * 10):
        index.write_text(garbage, encoding="utf-8")
        result, stats = read([path], cache)
        assert (stats.hashed, stats.parsed, stats.cached) == (1, 0, 1), garbage
        assert "Tekst" in result[path].text[0]
        assert json.loads(index.read_text(encoding="utf-8")) == stored
    _, stats = read([path], cache)
    assert stats.hashed == 0


def test_an_index_entry_changed_on_disk_is_not_believed(tmp_path):
    # Two files' hashes swapped in the index (or a digit changed) must not give either file
    # the other's text: each entry's checksum no longer matches, so both are hashed again.
    cache = tmp_path / "cache"
    a = age(write(tmp_path / "a.pdf", fpdf_document(["Eerste bijlage"])))
    b = age(write(tmp_path / "b.pdf", fpdf_document(["Tweede bijlage"])))
    read([a, b], cache)
    index = cache / INDEX_FILE
    stored = json.loads(index.read_text(encoding="utf-8"))
    name_a, name_b = os.path.abspath(a), os.path.abspath(b)
    swapped = {name_a: [*stored["files"][name_a][:3], stored["files"][name_b][3],
                        *stored["files"][name_a][4:]],
               name_b: [*stored["files"][name_b][:3], stored["files"][name_a][3],
                        *stored["files"][name_b][4:]]}
    index.write_text(json.dumps({**stored, "files": swapped}), encoding="utf-8")
    result, stats = read([a, b], cache)
    assert (stats.hashed, stats.parsed, stats.cached) == (2, 0, 2)
    assert "Eerste" in result[a].text[0] and "Tweede" in result[b].text[0]
    assert json.loads(index.read_text(encoding="utf-8")) == stored


def test_the_index_keeps_only_the_files_of_the_latest_build(tmp_path):
    cache = tmp_path / "cache"
    a = age(write(tmp_path / "a.pdf", fpdf_document(["Eerste"])))
    b = age(write(tmp_path / "b.pdf", fpdf_document(["Tweede"])))
    read([a, b], cache)
    read([a], cache)
    stored = json.loads((cache / INDEX_FILE).read_text(encoding="utf-8"))
    assert list(stored["files"]) == [os.path.abspath(a)]
    _, stats = read([a, b], cache)
    assert (stats.hashed, stats.parsed, stats.cached) == (1, 0, 2)
