"""The search index writer, read back through the reference reader (FORMAT.md "Query")."""

from __future__ import annotations

import json
import stat
from collections import Counter
from pathlib import Path

import pytest
from woo_dossiers.search.derived import is_word
from woo_dossiers.search.reader import PREFIX_CHUNKS, _Bundle, parse_chunk, run, search
from woo_dossiers.search.tokens import STOP_WORDS, impact, tokens
from woo_dossiers.search.writer import IndexWriter, Section


def write(out: Path, docs: list, work: Path | None = None, titled: bool = True,
          **options) -> IndexWriter:
    """docs: ("page", url, [(anchor, heading, text), ...]) or ("paged", url, [page text, ...]).

    Titles are words too (they weigh more); `titled=False` leaves them empty, for tests that
    count the words of the text alone."""
    writer = IndexWriter(out, work_dir=work or out.parent / "work", **options)
    for kind, url, parts in docs:
        if kind == "page":
            writer.add_page(url, f"Titel {url}" if titled else "", "", [Section(*p) for p in parts])
        else:
            writer.add_paged(url, f"Bijlage {url}" if titled else "", "Bijlage bij het besluit",
                             parts)
    writer.finish()
    return writer


def page(url: str, *texts: str) -> tuple:
    return ("page", url, [("", "", texts[0])] + [(f"s{i}", f"Kop {i}", t) for i, t in enumerate(texts[1:], 1)])


def urls(bundles: list[Path], query: str, limit: int = 10) -> list[str]:
    return [hit.url for hit in search(bundles, query, limit)]


def all_postings(bundle: Path, derived: bool = False) -> dict[str, list[tuple[int, int, int]]]:
    """Every word's postings (with `derived`, also the stem, part and facet keys)."""
    meta = json.loads((bundle / "meta.json").read_text())
    reading = _Bundle(bundle.name, bundle, meta)
    terms: dict[str, list] = {}
    for i in range(len(meta["chunks"])):
        entries = parse_chunk((bundle / "t" / f"{i}.bin").read_bytes())
        assert meta["chunks"][i] == entries[0][0]  # the correction reads by the chunks' first terms
        for term, entry in entries:
            assert meta["chunks"][i] <= term, (i, term)
            if i + 1 < len(meta["chunks"]):
                assert term < meta["chunks"][i + 1], (i, term)
            terms[term] = sorted(reading.full(entry))  # head and tail, in doc order
    assert list(terms) == sorted(terms)
    return terms if derived else {t: p for t, p in terms.items() if is_word(t)}


FILLER = "kwartaal rapport gemeente overleg planning college systeem"


def test_exact_beats_prefix_and_short_words_match_exactly(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    write(bundle, [page("a/", "camera " + FILLER), page("b/", "cameratoezicht " + FILLER),
                   page("c/", "ca " + FILLER), page("d/", "cab " + FILLER)])
    assert urls([bundle], "camera") == ["a/", "b/"]  # exact weight 1.0, prefix 0.5
    assert urls([bundle], "came") == ["a/", "b/"]  # both by prefix, then doc id
    assert urls([bundle], "ca") == ["c/"]  # 2 characters: the exact term only
    assert urls([bundle], "CAMERATOEZICHT") == ["b/"]
    assert urls([bundle], "fotocamera") == []


def test_every_word_first_then_any_word(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    write(bundle, [page("a/", "alfa beta " + FILLER), page("b/", "alfa " + FILLER),
                   page("c/", "gamma " + FILLER)])
    assert urls([bundle], "alfa beta") == ["a/"]
    assert sorted(urls([bundle], "beta gamma")) == ["a/", "c/"]  # no doc has both
    assert urls([bundle], "delta") == []


def test_ranking_by_tf_and_rarity(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    docs = [page("once/", "toezicht " + FILLER), page("many/", "toezicht toezicht toezicht " + FILLER)]
    docs += [page(f"common{i}/", "gewoon " + FILLER) for i in range(8)]
    docs += [page("rare/", "zeldzaam " + FILLER)]
    write(bundle, docs)
    assert urls([bundle], "toezicht") == ["many/", "once/"]
    hits = search([bundle], "gewoon zeldzaam")  # no doc has both: the rare word weighs more
    assert hits[0].url == "rare/"
    assert hits[0].score > hits[1].score


def test_scores_merge_across_bundles_paginas_first_on_a_tie(tmp_path: Path) -> None:
    pages, annexes = tmp_path / "paginas", tmp_path / "bijlagen"
    write(annexes, [("paged", "x/bijlage/", ["woord " + FILLER])])
    write(pages, [("page", "x/", [("", "", "woord " + FILLER)])])
    hits = search([annexes, pages], "woord")
    assert [(h.bundle, h.url) for h in hits] == [("paginas", "x/"), ("bijlagen", "x/bijlage/")]
    assert hits[0].score == hits[1].score
    assert urls([tmp_path / "bestaat-niet", pages], "woord") == ["x/"]  # a missing bundle is skipped


def test_best_section_and_pdf_page(tmp_path: Path) -> None:
    pages, annexes = tmp_path / "paginas", tmp_path / "bijlagen"
    write(pages, [page("p/", "camera intro", "camera camera ad zes", "camera bewaartermijn")])
    write(annexes, [("paged", "p/bijlage/", ["camera een", "niets", "camera camera camera", "camera"])])
    hit = search([pages], "camera")[0]
    assert (hit.anchor, hit.heading, hit.section) == ("s1", "Kop 1", 1)
    hit = search([annexes], "camera")[0]
    assert (hit.anchor, hit.heading, hit.section) == ("pagina-3", "Pagina 3", 2)
    # the section of the rarest word of the query: bewaartermijn (1 doc) over camera
    write(pages, [page("p/", "camera intro", "camera camera ad zes", "camera bewaartermijn"),
                  page("q/", "camera")])
    hit = search([pages], "camera bewaartermijn")[0]
    assert (hit.url, hit.anchor) == ("p/", "s2")


def test_excerpt_marks_the_words_around_the_first_match(tmp_path: Path) -> None:
    bundle = tmp_path / "bijlagen"
    words = [f"woord{i}" for i in range(100)]
    words[50] = "Cameratoezicht,"
    words[55] = "CAMERA"
    write(bundle, [("paged", "a/", ["Éénmalig", " ".join(words)])])
    hit = search([bundle], "camera")[0]
    assert hit.section == 1
    text = "".join(piece for piece, _ in hit.excerpt)
    assert text.startswith("… woord40 ") and text.endswith(" woord69 …")
    assert [piece for piece, mark in hit.excerpt if mark] == ["Cameratoezicht,", "CAMERA"]
    assert len(text.split()) == 32  # 30 words and two ellipses
    hit = search([bundle], "eenmalig")[0]
    assert hit.excerpt == [("Éénmalig", True)]


def test_stop_words_are_neither_indexed_nor_searched(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    write(bundle, [page("a/", "de camera van het toezicht"), page("b/", "de de de het toezicht")],
          titled=False)
    assert search([bundle], "de het") == []
    assert urls([bundle], "de camera") == ["a/"]
    terms = all_postings(bundle)
    assert set(terms) == {"camera", "toezicht"}
    meta = json.loads((bundle / "meta.json").read_text())
    assert meta["stopwords"] == sorted(STOP_WORDS)
    # dl counts the words after stop words are removed: both docs have length 2 and 1
    n, avgdl = 2, 1.5
    assert terms["toezicht"] == [(0, impact(1, 2, avgdl, 2, n), 0), (1, impact(1, 1, avgdl, 2, n), 0)]


def test_every_impact_is_bm25_of_the_text(tmp_path: Path) -> None:
    bundle = tmp_path / "bijlagen"
    vocabulary = ["besluit", "verzoek", "documenten", "camera", "toezicht", "politie", "gemeente", "zwolle", "privacy"]
    pages_per_doc = [[" ".join(vocabulary[(d * 7 + p * 3 + k) % len(vocabulary)] for k in range(d + p + 2))
                      for p in range(d % 4 + 1)] for d in range(40)]
    write(bundle, [("paged", f"d{d}/", pages) for d, pages in enumerate(pages_per_doc)], titled=False)
    counts = [[Counter(t for t in tokens(p) if t not in STOP_WORDS) for p in pages] for pages in pages_per_doc]
    lengths = [sum(sum(c.values()) for c in doc) for doc in counts]
    avgdl = sum(lengths) / len(lengths)
    terms = all_postings(bundle)
    assert set(terms) == set(vocabulary)
    for term, postings in terms.items():
        holders = [d for d, doc in enumerate(counts) if any(c[term] for c in doc)]
        assert [doc for doc, _, _ in postings] == holders
        for doc, value, section in postings:
            per_page = [c[term] for c in counts[doc]]
            assert value == impact(sum(per_page), lengths[doc], avgdl, len(holders), len(counts))
            assert section == per_page.index(max(per_page))  # the first page with the most


def test_tiny_chunks_spread_terms_and_prefix_search_crosses_chunks(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    docs = [page(f"d{i}/", f"prefix{chr(97 + i)}{'x' * 10} " + FILLER) for i in range(26)]
    write(bundle, docs, chunk_bytes=64, titled=False)
    meta = json.loads((bundle / "meta.json").read_text())
    assert len(meta["chunks"]) >= 10
    assert meta["chunks"] == sorted(meta["chunks"])
    assert b", " not in (bundle / "meta.json").read_bytes()
    assert len(list((bundle / "t").iterdir())) == len(meta["chunks"])
    terms = all_postings(bundle)  # also checks each term lies in its chunk's range
    assert len(terms) == 26 + len(FILLER.split())
    holder = [i for i, first in enumerate(meta["chunks"]) if first <= "prefix" < (meta["chunks"] + ["\uffff"])[i + 1]]
    found = urls([bundle], "prefix", limit=100)
    # terms of the chunk that would hold "prefix" and the next ones, no further (spec: 8 chunks)
    reachable = {
        term for i in range(holder[0], holder[0] + PREFIX_CHUNKS)
        for term, _ in parse_chunk((bundle / "t" / f"{i}.bin").read_bytes()) if term.startswith("prefix")
    }
    assert 1 < len(reachable) < 26
    assert sorted(found) == sorted(f"d{ord(term[6]) - 97}/" for term in reachable)
    exact = urls([bundle], f"prefixz{'x' * 10}")
    assert exact == ["d25/"]


def test_a_word_in_the_title_counts_three_times_more(tmp_path: Path) -> None:
    # An overview page that names a dossier once must not come before the dossier itself.
    bundle = tmp_path / "paginas"
    writer = IndexWriter(bundle, work_dir=tmp_path / "work")
    writer.add_page("overzicht/", "Overzicht", "", [Section("", "", "anticipatie systeem overzicht")])
    writer.add_page("cas/", "Anticipatie", "", [Section("", "", "besluit systeem overzicht")])
    writer.add_page("ander/", "Ander besluit", "", [Section("", "", "anticipatie anticipatie")])
    writer.finish()
    terms = all_postings(bundle)
    assert [hit.url for hit in search([bundle], "anticipatie")] == ["cas/", "ander/", "overzicht/"]
    n, lengths = 3, [3, 3, 2]
    avgdl = sum(lengths) / n
    assert terms["anticipatie"] == [(0, impact(1, 3, avgdl, 3, n), 0), (1, impact(3, 3, avgdl, 3, n), 0),
                                    (2, impact(2, 2, avgdl, 3, n), 0)]


def test_at_most_64_prefix_terms(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    write(bundle, [page(f"d{i}/", f"woord{i:03d} " + FILLER) for i in range(70)])
    assert len(urls([bundle], "woord", limit=100)) == 64


def test_spilled_postings_give_the_same_bytes(tmp_path: Path) -> None:
    docs = [("paged", f"d{d}/", [f"{FILLER} woord{d % 13} zaak{d % 5}", f"pagina {d} camera{d % 3}"])
            for d in range(60)]
    write(tmp_path / "one" / "bijlagen", docs, head_postings=8)  # common words get tails
    writer = IndexWriter(tmp_path / "many" / "bijlagen", work_dir=tmp_path / "work", buffer_postings=10,
                         head_postings=8)
    spilled = []
    for _, url, pages in docs:
        writer.add_paged(url, f"Bijlage {url}", "Bijlage bij het besluit", pages)
        spilled.append(sum(p.stat().st_size for p in (tmp_path / "work").glob("*/*.spill")))
    writer.finish()
    assert writer.spills > 10
    # Postings wait on disk, in one file that grows with each spill.
    assert spilled[-1] > spilled[len(spilled) // 2] > 0 and spilled == sorted(spilled)
    assert list((tmp_path / "work").iterdir()) == []  # no work files left
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    many = {p.relative_to(tmp_path / "many"): p.read_bytes() for p in (tmp_path / "many").rglob("*") if p.is_file()}
    assert one == many and any(p.parts[1] == "p" for p in one)


def test_finish_replaces_the_bundle_at_once(tmp_path: Path) -> None:
    bundle = tmp_path / "zoekindex" / "paginas"
    write(bundle, [page("oud/", "oude tekst")], work=tmp_path / "work")
    writer = IndexWriter(bundle, work_dir=tmp_path / "work")
    writer.add_page("nieuw/", "Nieuw", "", [Section("", "", "nieuwe tekst")])
    assert urls([bundle], "tekst") == ["oud/"]  # the old bundle stays whole while the new one grows
    writer.finish()
    assert urls([bundle], "tekst") == ["nieuw/"]
    assert [p.name for p in (tmp_path / "zoekindex").iterdir()] == ["paginas"]
    assert list((tmp_path / "work").iterdir()) == []
    with pytest.raises(RuntimeError, match=r"IndexWriter.finish\(\) was already called"):
        writer.finish()
    with pytest.raises(RuntimeError, match=r"IndexWriter.finish\(\) was already called"):
        writer.add_page("x/", "X", "", [])


def test_abort_leaves_the_old_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "zoekindex" / "paginas"
    write(bundle, [page("oud/", "oude tekst")], work=tmp_path / "work")
    writer = IndexWriter(bundle, work_dir=tmp_path / "work")
    writer.add_page("nieuw/", "Nieuw", "", [Section("", "", "nieuwe tekst")])
    writer.abort()
    assert urls([bundle], "tekst") == ["oud/"]
    assert [p.name for p in (tmp_path / "zoekindex").iterdir()] == ["paginas"]
    assert list((tmp_path / "work").iterdir()) == []


def test_files_of_docs_and_excerpt_parts(tmp_path: Path) -> None:
    bundle = tmp_path / "bijlagen"
    long_page = "lang " * 5000  # 25,000 characters: cut at 20,000 for the excerpt
    docs = [("paged", f"d{d}/", [f"tekst {d}"]) for d in range(1001)]
    docs.append(("paged", "groot/", ["a  b\n c", "x" * 5000, "y" * 3200, "z" * 10, long_page, "laatste"]))
    write(bundle, docs)
    meta = json.loads((bundle / "meta.json").read_text())
    assert {k: meta[k] for k in ("format", "docs", "docs_per_file", "part_bytes", "parts_per_file")} == {
        "format": 4, "docs": 1002, "docs_per_file": 1, "part_bytes": 1024, "parts_per_file": 16}
    files = sorted((bundle / "d").iterdir(), key=lambda p: int(p.stem))
    assert [p.name for p in files] == [f"{k}.json" for k in range(1002)]  # 1002 docs, 1 a file
    assert [len(json.loads(p.read_text())) for p in files] == [1] * 1002
    assert b'", "' not in files[0].read_bytes() and b'": ' not in files[0].read_bytes()  # no spaces to load
    first = json.loads(files[0].read_text())[0]
    assert first == {"url": "d0/", "title": "Bijlage d0/", "context": "Bijlage bij het besluit",
                     "pages": 1, "starts": [0], "parts": 1}
    big = json.loads(files[-1].read_text())[-1]
    # parts of at most 1,024 bytes, cut at spaces (a longer word at a character); the
    # 20,000 characters of the long page make 20 parts of 205 words
    assert big["pages"] == 6 and big["starts"] == [0, 1, 6, 10, 11, 31] and big["parts"] == 32
    data = b"".join((bundle / "x" / "1" / f"1001-{f}.txt").read_bytes() for f in range(2))
    assert not (bundle / "x" / "1" / "1001-2.txt").exists()
    parts = [data[i:i + 1024].decode().rstrip(" ") for i in range(0, len(data), 1024)]
    assert parts[0] == "a b c" and parts[1:6] == ["x" * 1024] * 4 + ["x" * 904]
    assert parts[6:10] == ["y" * 1024] * 3 + ["y" * 128] and parts[10] == "z" * 10
    assert parts[11:31] == [" ".join(["lang"] * 205)] * 19 + [" ".join(["lang"] * 105)]
    assert parts[31] == "laatste" and data.endswith(b"laatste")
    assert (bundle / "x" / "0" / "999-0.txt").is_file() and (bundle / "x" / "1" / "1000-0.txt").is_file()


def test_excerpt_parts_keep_multibyte_characters_whole(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    text = "é" * 700 + " " + "coördinatie " * 300
    write(bundle, [("page", "x/", [("", "", text)])])
    doc = json.loads((bundle / "d" / "0.json").read_text())[0]
    data = (bundle / "x" / "0" / "0-0.txt").read_bytes()
    parts = [data[i:i + 1024].decode().rstrip(" ") for i in range(0, len(data), 1024)]
    assert len(parts) == doc["parts"] and parts[0] == "é" * 512
    assert parts[1].startswith("é" * 188 + " coördinatie ") and all(len(p.encode()) <= 1024 for p in parts)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_page_docs_keep_their_sections(tmp_path: Path) -> None:
    bundle = tmp_path / "paginas"
    write(bundle, [("page", "x/", [("", "", "Titel intro"), ("ad-6", "Ad 6", "Ad 6 antwoord"), ("leeg", "Leeg", "")])])
    doc = json.loads((bundle / "d" / "0.json").read_text())[0]
    assert doc["sections"] == [["", ""], ["ad-6", "Ad 6"], ["leeg", "Leeg"]] and "pages" not in doc
    assert (doc["starts"], doc["parts"]) == ([0, 1, 2], 2)
    assert (bundle / "x" / "0" / "0-0.txt").read_bytes() == b"Titel intro".ljust(1024) + b"Ad 6 antwoord"
    hit = search([bundle], "antwoord")[0]
    assert (hit.section, hit.part, hit.anchor) == (1, 1, "ad-6")


def test_an_empty_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "bijlagen"
    write(bundle, [])
    meta = json.loads((bundle / "meta.json").read_text())
    assert (meta["docs"], meta["chunks"]) == (0, [])
    assert search([bundle], "camera") == []


def test_as_a_context_manager(tmp_path: Path) -> None:
    bundle = tmp_path / "zoekindex" / "paginas"
    with IndexWriter(bundle, work_dir=tmp_path / "work") as writer:
        writer.add_page("a/", "A", "", [Section("", "", "eerste tekst")])
    assert urls([bundle], "tekst") == ["a/"]
    with pytest.raises(KeyError), IndexWriter(bundle, work_dir=tmp_path / "work") as writer:
        writer.add_page("b/", "B", "", [Section("", "", "tweede tekst")])
        raise KeyError("build failed")
    assert urls([bundle], "tekst") == ["a/"]  # the failed write left the bundle as it was
    assert [p.name for p in (tmp_path / "zoekindex").iterdir()] == ["paginas"]
    assert list((tmp_path / "work").iterdir()) == []


def test_the_bundle_folder_can_be_read_by_a_web_server_like_any_other(tmp_path: Path) -> None:
    # The bundle grows in a temporary folder, which is private to its owner until changed.
    bundle = tmp_path / "paginas"
    write(bundle, [page("a/", "camera")])
    plain = tmp_path / "plain"
    plain.mkdir()
    assert stat.S_IMODE(bundle.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
    for folder in [p for p in bundle.rglob("*") if p.is_dir()]:
        assert stat.S_IMODE(folder.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode), folder


def test_a_typo_just_after_a_chunk_boundary_is_corrected_to_the_word_before(tmp_path: Path) -> None:
    """The correction reads the chunk that would hold the typo and the next, found by the
    chunks' first terms: so the word just before a typo is always in reach. (Starts shortened
    to what parts a chunk from the one before moved "bestuit" past "besluit"'s chunk: review.)"""
    for n in range(100, 400):  # filler codes until chunk 0 ends with "besluit"
        bundle = tmp_path / f"n{n}" / "paginas"
        writer = IndexWriter(bundle, work_dir=tmp_path / f"n{n}" / "work")
        writer.add_page("a/", "", "", [Section("", "", " ".join(f"a{i:04d}" for i in range(n)) + " besluit")])
        writer.add_page("b/", "", "", [Section("", "", "bestuur")])
        writer.finish()
        if parse_chunk((bundle / "t" / "0.bin").read_bytes())[-1][0] == "besluit":
            break
    else:
        raise AssertionError("no filler count puts a chunk boundary right after 'besluit'")
    assert json.loads((bundle / "meta.json").read_text("utf-8"))["chunks"][1].startswith("bestu")
    found = run([bundle], "bestuit")
    assert found.corrections == [("bestuit", "besluit")]
    assert [hit.url for hit in found.hits] == ["a/"]
