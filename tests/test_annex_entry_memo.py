"""annex/cache.EntryMemo: `mkdocs serve` keeps the annex cache entries it read, and reads an
entry again whenever its file is not the one it read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from woo_dossiers.annex.cache import Cache, EntryMemo
from woo_dossiers.annex.facts import PdfFacts

KEY = "ab" * 32
LATER = 10**30  # a clock long after every file's times: every file is quiet
FACTS = PdfFacts(pages=1, size=10, title="Bijlage", text=("Eerste pagina",))


def _cache(tmp_path: Path, memo: EntryMemo) -> tuple[Cache, Path]:
    cache = Cache(tmp_path, memo=memo)
    cache.put(KEY, FACTS)
    return cache, cache._entry(KEY)


def _rewrite_atomically(entry: Path, text: str) -> None:
    temporary = entry.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, entry)


def _rewrite_in_place(entry: Path, text: str) -> None:
    """Same size, the modification time set back: only the change time tells."""
    status = os.stat(entry)
    entry.write_text(text, encoding="utf-8")
    os.utime(entry, ns=(status.st_atime_ns, status.st_mtime_ns))


# (what happens to the entry between two builds, whether the second build reads the file)
CASES = [
    ("unchanged", lambda entry: None, False),
    ("replaced", lambda entry: _rewrite_atomically(entry, entry.read_text().replace("Bijlage", "Andere")), True),
    ("rewritten in place, same size and mtime",
     lambda entry: _rewrite_in_place(entry, entry.read_text().replace("Bijlage", "Andere")), True),
]


@pytest.mark.parametrize(("name", "change", "read_again"), CASES, ids=[c[0] for c in CASES])
def test_an_entry_is_read_again_unless_its_file_is_the_one_read(tmp_path: Path, name, change,
                                                                 read_again: bool) -> None:
    memo = EntryMemo(now=lambda: LATER)
    cache, entry = _cache(tmp_path, memo)
    memo.start_build()
    first = memo.read(entry)
    memo.start_build()
    change(entry)
    second = memo.read(entry)
    assert (second is not first) == read_again  # parsed again: a new dict
    assert second == (first if not read_again else json.loads(entry.read_text()))


def test_an_entry_written_a_moment_ago_is_not_kept(tmp_path: Path) -> None:
    """Within its timestamp tick a rewrite in place could keep the stamp: not trusted yet."""
    memo = EntryMemo(now=lambda: os.stat(tmp_path).st_mtime_ns)
    _, entry = _cache(tmp_path, memo)
    first = memo.read(entry)
    memo.start_build()
    assert memo.read(entry) is not first


def test_a_gone_entry_is_gone(tmp_path: Path) -> None:
    memo = EntryMemo(now=lambda: LATER)
    _, entry = _cache(tmp_path, memo)
    memo.read(entry)
    memo.start_build()
    entry.unlink()
    with pytest.raises(FileNotFoundError):
        memo.read(entry)


def test_only_the_latest_build_is_kept(tmp_path: Path) -> None:
    memo = EntryMemo(now=lambda: LATER)
    _, entry = _cache(tmp_path, memo)
    first = memo.read(entry)
    memo.start_build()  # a build that did not ask for it
    memo.start_build()
    assert memo.read(entry) is not first


def test_get_with_a_memo_checks_what_it_checked_before(tmp_path: Path) -> None:
    """The same facts as without a memo; a text file cut short is still noticed."""
    memo = EntryMemo(now=lambda: LATER)
    cache, _ = _cache(tmp_path, memo)
    plain = Cache(tmp_path)
    for _ in range(2):
        memo.start_build()
        with_memo, without = cache.get(KEY), plain.get(KEY)
        assert isinstance(with_memo, PdfFacts) and isinstance(without, PdfFacts)
        assert (with_memo.pages, with_memo.title, with_memo.findings, list(with_memo.text)) == (
            without.pages, without.title, without.findings, list(without.text))
    text = cache._text_entry(KEY)
    text.write_bytes(text.read_bytes()[:-3])
    memo.start_build()
    assert cache.get(KEY) is None
