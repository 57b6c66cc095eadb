"""Long posting lists in a head and tail segments (FORMAT.md "Tails"): the first page of results
is read from the heads, and from as few tail segments as prove it, and is then the same as from
the whole lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_search_client import FACETED, QUERIES, corpus, write_bundle
from woo_dossiers.search import reader
from woo_dossiers.search.reader import parse_chunk

MORE = ["besluit woo", "verzoek politie", "gemeente", "documenten gemeente", "besluit gegevens 2021",
        "woo wob", "politie 10.2.e", "inventaris besluit verzoek"]


def two_sites(tmp_path: Path, head: int) -> tuple[list[Path], list[Path]]:
    """The same corpus with heads of `head` postings, and with every list whole."""
    out = []
    for name, head_postings in (("kop", head), ("heel", 10**9)):
        pages, annexes = corpus()
        site = tmp_path / name
        out.append([write_bundle(site, "paginas", pages, head_postings=head_postings),
                    write_bundle(site, "bijlagen", annexes, head_postings=head_postings)])
    return out[0], out[1]


@pytest.mark.parametrize("head", [2, 5, 20])
def test_hits_from_the_heads_are_those_of_the_whole_lists(tmp_path, head):
    tiered, whole = two_sites(tmp_path, head)
    tails = [e.tail for b in tiered for f in sorted((b / "t").iterdir())
             for _, e in parse_chunk(f.read_bytes())]
    assert any(tails)  # the heads are short enough to leave tails
    cases = [(q, [], limit) for q in QUERIES + MORE for limit in (1, 3, 10, 25)]
    cases += [(q, f, 10) for q, f in FACETED]
    from_heads = partly = 0
    for query, facets, limit in cases:
        read: list[str] = []
        got = reader.run(tiered, query, limit, facets, read=read)
        full = reader.run(whole, query, limit, facets)
        assert [(h.bundle, h.doc, h.score, h.part, h.excerpt) for h in got.hits] == [
            (h.bundle, h.doc, h.score, h.part, h.excerpt) for h in full.hits], (query, limit)
        assert got.corrections == full.corrections
        assert (got.total == full.total) if got.exact else (limit <= got.total <= full.total)
        tails_read = any("/p/" in name for name in read)
        from_heads += not got.exact and not tails_read
        # some tail segments read, not all: the first page was proven before the lists' ends
        partly += not got.exact and tails_read
    assert from_heads >= 20  # many of the cases were answered without a tail
    assert partly >= (5 if head < 20 else 1), partly


def test_a_word_in_every_doc_reads_no_tail_for_its_first_page(tmp_path):
    pages = [{"url": f"d{i}/", "title": f"Besluit {i}", "context": "",
              "sections": [("", "", "cameratoezicht " * (1 + i % 7) + "gemeente overleg " * (i % 3))]}
             for i in range(500)]
    bundle = write_bundle(tmp_path / "site", "paginas", pages, head_postings=32)
    read: list[str] = []
    first = reader.run([bundle], "cameratoezicht", 10, read=read)
    assert not first.exact and first.total == 500 and len(first.hits) == 10
    assert not any("/p/" in name for name in read)
    whole = reader.run([bundle], "cameratoezicht", 500)
    assert whole.exact and whole.total == 500
    assert [h.doc for h in first.hits] == [h.doc for h in whole.hits[:10]]
    # a second word the heads do not hold together: tail segments are read, the first one of
    # each key first (twice the head), and only as far as the first page needs
    read = []
    both = reader.run([bundle], "cameratoezicht gemeente", 10, read=read)
    segments = [name for name in read if "/p/" in name]
    keys = [e for _, e in parse_chunk((bundle / "t" / "0.bin").read_bytes()) if e.tail]
    assert max(len(e.tail.segments) for e in keys) == 4  # 32, 64, 128, the rest
    assert segments and len(segments) < sum(len(e.tail.segments) for e in keys) / 2
    whole = reader.run([bundle], "cameratoezicht gemeente", 500)
    assert [h.doc for h in both.hits] == [h.doc for h in whole.hits[:10]]
    assert not both.exact and 10 <= both.total <= whole.total
