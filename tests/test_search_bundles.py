"""Search has two bundles of our own index: the site's pages, and the annex text (written
beside the build, and again only when an annex changes). Read back with the reference
query code (search/reader.py), which the browser tests hold the page's script to."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from annex_pdfs import fpdf_document, write
from sitebuild import build_site, edit, make_project, serve_build
from test_annex_site import AUDIT, CAS, RARE, SEED, info_log
from test_search_doc_cache import built_project, from_nothing
from test_search_doc_cache import files as files_of
from woo_dossiers.search import job
from woo_dossiers.search.bundles import PageIndex
from woo_dossiers.search.reader import search


def bundle(site, name):
    return site / "zoekindex" / name


def doc_count(folder):
    return json.loads((folder / "meta.json").read_text("utf-8"))["docs"]


def search_lines(lines):
    return [line for line in lines if line.startswith("search: ")]


def test_pages_and_annex_text_are_each_in_their_own_bundle(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    built = build_site(project)
    assert built.ok, built.messages
    pages = [p for p in built.site.rglob("index.html")
             if p.relative_to(built.site).parts[0] != "zoekindex"]
    annex_pages = [p for p in pages if "bijlagen" in p.relative_to(built.site).parts]
    assert len(annex_pages) == len(list((project / "dossiers").rglob("*.pdf"))) > 0
    assert doc_count(bundle(built.site, "bijlagen")) == len(annex_pages)
    # Every other page but the search page itself is in the pages' bundle.
    assert doc_count(bundle(built.site, "paginas")) == len(pages) - len(annex_pages) - 1
    [hit] = search([bundle(built.site, "paginas"), bundle(built.site, "bijlagen")], "convenanten")
    assert hit.url == f"dossiers/{SEED}/"


def test_a_word_in_an_annex_finds_the_annex_page_and_the_pdf_page_it_is_on(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    write(project / "dossiers" / SEED / AUDIT,
          fpdf_document(["Auditrapport CAS 2019"], [f"De {RARE} is onderzocht."]))
    built = build_site(project)
    assert built.ok, built.messages
    [hit] = search([bundle(built.site, "paginas"), bundle(built.site, "bijlagen")], RARE)
    assert hit.url == f"dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/"
    assert hit.anchor == "pagina-2"  # the word is on the PDF's second page
    assert hit.context.startswith("Bijlage bij het besluit ")


def test_each_bundle_is_written_again_only_when_what_it_holds_changes(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    with info_log() as first:
        assert build_site(project).ok
    assert search_lines(first)[1:] == ["search: annex text indexed anew (0 annexes as analysed before)"]
    assert search_lines(first)[0].endswith("pages, indexed anew (0 as analysed before)")

    with info_log() as again:
        assert build_site(project).ok
    assert [line.split(", ")[-1] for line in search_lines(again)] == ["unchanged",
                                                                     "search: annex text unchanged"]

    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    with info_log() as letter_edited:
        assert build_site(project).ok
    assert "indexed anew" in search_lines(letter_edited)[0]
    assert search_lines(letter_edited)[1:] == ["search: annex text unchanged"]

    write(project / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as annex_changed:
        built = build_site(project)
    assert built.ok
    assert search_lines(annex_changed)[1].startswith("search: annex text indexed anew")
    assert search([bundle(built.site, "bijlagen")], "nieuwe versie")
    kept = project / ".cache" / "woo" / "zoekindex"
    assert [p.name.partition("-")[0] for p in sorted(kept.iterdir())] == [
        "bijlagen", "bijlagen.docs", "lexicon", "paginas", "paginas.docs"], "no work files left"
    # Only the newest version, with its manifest and its docs' keys, which the next writing
    # links their files by.
    for name in ("bijlagen", "paginas"):
        [key] = [p.name for p in (kept / name).iterdir() if p.is_dir()]
        assert sorted(p.name for p in (kept / name).iterdir()) == [
            key, f"{key}.docs", f"{key}.manifest"]


def _shift_time(path, seconds=1):
    """Another modification time: a write in the same clock tick as the build keeps its time."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + seconds * 10**9))


def _rewrite_same_size(path, keep_time=False):
    stat = path.stat()
    path.write_bytes(b"\0" * stat.st_size)
    if keep_time:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    else:
        _shift_time(path)


def _without_times(manifest):
    """The manifest as written before it listed modification times: [size, hash] per file."""
    listed = json.loads(manifest.read_text("utf-8"))
    manifest.write_text(json.dumps({name: entry[:2] for name, entry in listed.items()}), "utf-8")


# How the kept annex bundle is changed on disk (files: its files but meta.json, first one first),
# and whether the next build writes it again ("anew") or publishes it as kept ("unchanged").
CACHE_CHANGES = {
    "files lost": (lambda files, manifest: [path.unlink() for path in files], "anew"),
    "file removed": (lambda files, manifest: files[0].unlink(), "anew"),
    "file added": (lambda files, manifest: (files[0].parent / "extra.bin").write_bytes(b"x"),
                   "anew"),
    "file truncated": (lambda files, manifest: files[0].write_bytes(files[0].read_bytes()[:-1]),
                       "anew"),
    "file changed, same size": (lambda files, manifest: _rewrite_same_size(files[0]), "anew"),
    "manifest lost": (lambda files, manifest: manifest.unlink(), "anew"),
    # A cache restored (CI) with other times but the same bytes: read, found the same, kept.
    "times changed": (lambda files, manifest: [_shift_time(path) for path in files], "unchanged"),
    # Written before manifests listed times: checked by hash, not taken for damaged.
    "manifest without times": (lambda files, manifest: _without_times(manifest), "unchanged"),
    # Documented limitation (KeptBundles): the check trusts size and time, as make and rsync
    # do, so other bytes given back the file's size and time (os.utime) count as unchanged.
    "file changed, same size and time": (
        lambda files, manifest: _rewrite_same_size(files[0], keep_time=True), "unchanged"),
}


@pytest.mark.parametrize("change", CACHE_CHANGES)
def test_a_kept_bundle_changed_on_disk_is_written_again_not_published(tmp_path, change):
    # A killed build, a full disk or a hand in the cache can leave a kept bundle without
    # some of its files or with other bytes; publishing it as "unchanged" would break search.
    damage, expected = CACHE_CHANGES[change]
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    kept = project / ".cache" / "woo" / "zoekindex" / "bijlagen"
    [folder] = [p for p in kept.iterdir() if p.is_dir()]
    manifest = kept / f"{folder.name}.manifest"
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "meta.json")
    first = files[0].relative_to(folder)
    damage(files, manifest)
    with info_log() as rebuilt:
        built = build_site(project)
    assert built.ok, built.messages
    published = bundle(built.site, "bijlagen")
    if expected == "anew":
        assert search_lines(rebuilt)[1].startswith("search: annex text indexed anew (")
        assert search_lines(rebuilt)[1].endswith(
            " (the kept index in the cache was damaged: written again)")
        assert (published / first).read_bytes().strip(b"\0")
    else:
        assert search_lines(rebuilt)[1] == "search: annex text unchanged"
        # The manifest lists the files' times again, so the next build need not read them.
        listed = json.loads(manifest.read_text("utf-8"))
        assert {name: entry[2] for name, entry in listed.items()} == {
            p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}
    if change == "file changed, same size and time":  # the limitation: kept as it is
        assert files[0].read_bytes() == b"\0" * len(files[0].read_bytes())
    else:
        assert search([published], "auditrapport")


def test_the_published_index_is_a_copy_not_a_link_into_the_cache(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    built = build_site(project)
    assert built.ok, built.messages
    kept = project / ".cache" / "woo" / "zoekindex"
    for path in kept.rglob("*"):
        if path.is_file():
            path.write_bytes(b"damaged")
    published = [p for p in (built.site / "zoekindex").rglob("*") if p.is_file()]
    assert published and all(p.stat().st_nlink == 1 for p in published)
    assert all(p.read_bytes() != b"damaged" for p in published)
    assert search([bundle(built.site, "bijlagen")], "auditrapport")


def test_a_site_without_annexes_has_an_empty_annex_bundle(tmp_path):
    # Empty rather than missing: the search page asks for both, and a missing file is an
    # error in the browser's console.
    project = make_project(tmp_path, [CAS])
    for pdf in (project / "dossiers").rglob("*.pdf"):
        pdf.unlink()
    yml = project / "dossiers" / CAS / "dossier.yml"
    data = yaml.safe_load(yml.read_text("utf-8"))
    data.pop("annexes", None)
    for item in data["items"]:  # nothing held, so no annex to point at
        for field in ("documents", "grounds", "reuses", "links"):
            item.pop(field, None)
        item.update(outcome="not-held", answer="Er zijn geen documenten gevonden.")
    yml.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    built = build_site(project)
    assert built.ok, built.messages
    assert doc_count(bundle(built.site, "paginas")) > 0
    assert doc_count(bundle(built.site, "bijlagen")) == 0


def test_damaged_annex_text_stops_the_writer_with_the_fix(tmp_path):
    text = tmp_path / "abc.text.json"
    text.write_text('["only one page"]', "utf-8")
    record = {"url": "dossiers/x/bijlagen/y/", "title": "Y", "context": "",
              "text_file": str(text), "pages": 2}
    (tmp_path / "job.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    with pytest.raises(SystemExit) as stopped:
        job.main(tmp_path / "job.jsonl", tmp_path, "bijlagen", "key", "code", tmp_path / "work",
                 tmp_path / "docs")
    assert str(stopped.value) == (f"the annex text in the cache ({text}) is damaged; "
                                  "delete the cache folder and build again")
    assert not (tmp_path / "zoekindex" / "bijlagen" / "key").exists()


def test_work_files_of_a_killed_build_are_removed_and_a_running_builds_kept(tmp_path):
    project = make_project(tmp_path, [CAS])
    work = project / ".cache" / "woo" / "zoekindex"
    work.mkdir(parents=True)
    gone = 2**31  # beyond any process id: that build is gone
    running = os.getppid()  # a process that is still there: another build at work
    left = [work / f".paginas.{gone}.jsonl", work / f".paginas.{gone}.spill",
            work / f".bijlagen.{gone}"]
    kept = [work / f".paginas.{running}.jsonl", work / f".bijlagen.{running}"]
    for path in left + kept:
        if path.suffix == ".jsonl":
            path.write_text("[]\n", "utf-8")
        else:
            path.mkdir()
    assert build_site(project).ok
    assert [p.exists() for p in left + kept] == [False] * len(left) + [True] * len(kept)


# What a bundle that cannot be written says: the annexes' fails the build (`--strict`) with a
# warning; the pages' (written in a process of its own while the build goes on,
# bundles.PageIndex.start) stops it as if the build had met it, in one Dutch line.
BLOCKED = [
    ("bijlagen", "the search index of the annexes was not built: File exists ({blocked})"),
    ("paginas", "de site kon niet worden gebouwd: File exists ({blocked}); daar staat al iets "
                "dat in de weg zit: haal het weg en bouw opnieuw. De vorige site is niet veranderd."),
]


@pytest.mark.parametrize("bundle_name, message", BLOCKED)
def test_an_index_that_cannot_be_written_fails_the_build_and_says_why(tmp_path, bundle_name,
                                                                      message):
    project = make_project(tmp_path, [SEED, CAS])
    blocked = project / ".cache" / "woo" / "zoekindex" / bundle_name
    blocked.parent.mkdir(parents=True)
    blocked.write_text("not a folder", "utf-8")  # where the bundle must go
    built = build_site(project)
    assert not built.ok
    [problem] = [m for m in built.messages if "search index" in m or "niet worden gebouwd" in m]
    assert problem == message.format(blocked=blocked)
    assert not (project / "site").exists()
    work = blocked.parent
    assert [p.name for p in work.iterdir() if p.name.startswith(".")] == [], "no work files left"


def test_an_unchanged_index_is_linked_from_the_previous_site_only_where_it_is_intact(tmp_path):
    """Tens of thousands of index files at 10,000 dossiers: an unchanged bundle is hard-linked
    from the site the build replaces, file by file, never a file changed after publishing."""
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    published = project / "site" / "zoekindex"
    inodes = {p.relative_to(published): p.stat().st_ino for p in published.rglob("*") if p.is_file()}
    changed = sorted(p for p in (published / "paginas").rglob("*.bin"))[0]
    edited = b"\0" * changed.stat().st_size
    _rewrite_same_size(changed)  # a deploy step that edited the site in place: another time
    built = build_site(project)
    assert built.ok, built.messages
    again = {p.relative_to(published): p.stat().st_ino for p in published.rglob("*") if p.is_file()}
    assert again.keys() == inodes.keys()
    annexes = [path for path in inodes if path.parts[0] == "bijlagen"]
    pages = [path for path in inodes if path.parts[0] == "paginas"]
    assert all(again[path] == inodes[path] for path in annexes)  # linked: the same files
    edited_here = changed.relative_to(published)
    assert edited_here in pages
    assert all(again[path] == inodes[path] for path in pages if path != edited_here)
    assert again[edited_here] != inodes[edited_here]  # copied from the cache
    assert (published / changed.relative_to(published)).read_bytes() != edited
    assert search([bundle(built.site, "paginas")], "convenanten")


def _files(folder):
    return {(p.stat().st_dev, p.stat().st_ino) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("command", ["build", "serve", "serve on another disk"])
def test_only_serve_links_the_index_into_the_cache(tmp_path, command):
    """Serve's folder is private and emptied before every rebuild: links into the cache save
    copying the annex bundle on every reload. A built site never shares a file with the cache:
    damaging the cache must not change a published site."""
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok  # the bundles kept, and a site/ for the next build to replace
    site = tmp_path / "served"
    if command == "serve on another disk":  # a tmpfs, where linking fails: copies instead
        if not Path("/dev/shm").is_dir() or Path("/dev/shm").stat().st_dev == tmp_path.stat().st_dev:
            pytest.skip("no folder on another disk here")
        site = Path(tempfile.mkdtemp(dir="/dev/shm"))
    try:
        if command == "build":
            site = build_site(project).site
        else:
            serve_build(project, site)
        placed = _files(site / "zoekindex")
        shared = placed & _files(project / ".cache" / "woo" / "zoekindex")
        assert placed and shared == (placed if command == "serve" else set())
        assert search([bundle(site, "paginas"), bundle(site, "bijlagen")], "auditrapport")
    finally:
        if command == "serve on another disk":
            shutil.rmtree(site)


# Found in review.
def test_a_symlinked_previous_site_shares_no_file_with_the_new_one(tmp_path):
    project = built_project(tmp_path)
    served = tmp_path / "www"  # a web server's folder that site/ pointed to
    (project / "site").rename(served)
    (project / "site").symlink_to(served)
    # Not strict: the warning that the old site/ (the link) was moved aside is not the point here.
    built = build_site(project, strict=False)
    assert built.ok, built.messages
    assert not (project / "site").is_symlink()
    outside = {p.stat().st_ino for p in served.rglob("*") if p.is_file()}
    inside = {p.stat().st_ino for p in built.site.rglob("*") if p.is_file()}
    assert served.is_dir() and not outside & inside


BZK = "2022-bzk-algoritmeregister"


def _kept(project, name="paginas"):
    """A bundle's kept version and the stat of each of its files."""
    [folder] = [p for p in (project / ".cache" / "woo" / "zoekindex" / name).iterdir()
                if p.is_dir()]
    return folder, {p.relative_to(folder).as_posix(): p.stat()
                    for p in folder.rglob("*") if p.is_file()}


def _docs(folder):
    """Each doc of a bundle by its address: its number and the names of its d/ and x/ files."""
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    docs = {}
    for name in names:
        if name.startswith("d/"):
            doc = int(name[2:-5])
            [meta] = json.loads((folder / name).read_text("utf-8"))
            docs[meta["url"]] = doc, {other for other in names if other == name
                                      or other.startswith(f"x/{doc // 1000}/{doc}-")}
    return docs


# How the site changes between two builds, and the page whose files keep their number.
REWRITES = {
    "letter edited": lambda project: edit(project / "dossiers" / SEED / "decision.md",
                                          "Ad 6", "Ad 6 (gewijzigd)"),
    # The pages after it come one earlier: their files are linked under their new number.
    "dossier removed": lambda project: shutil.rmtree(project / "dossiers" / SEED),
}


@pytest.mark.parametrize("change", REWRITES)
def test_a_bundle_written_again_links_the_files_of_the_pages_that_did_not_change(tmp_path, change):
    """One edited letter wrote every file of the pages' bundle again (20,000 at 10,000
    dossiers, most of a second). A page whose text and analysis are as in the last writing
    gets that writing's d/ and x/ files as hard links, whatever its number now; the bundle is
    the same bytes as one written from nothing."""
    project = make_project(tmp_path, [SEED, CAS, BZK])
    assert build_site(project).ok
    before, old = _kept(project)
    old_doc, old_files = _docs(before)[f"dossiers/{BZK}/"]
    published = {name: (bundle(project / "site", "paginas") / name).stat().st_ino
                 for name in old_files}
    REWRITES[change](project)
    built = build_site(project)
    assert built.ok, built.messages
    after, new = _kept(project)
    assert after.name != before.name and not before.exists()
    doc, files = _docs(after)[f"dossiers/{BZK}/"]
    assert (doc == old_doc) == (change == "letter edited")
    # An unchanged page's files are those of the last writing, under its number now.
    assert {new[name].st_ino for name in files} == {old[name].st_ino for name in old_files}
    linked = {name for name, stat in new.items()
              if stat.st_ino in {s.st_ino for s in old.values()}}
    assert files <= linked
    # The changed ones are written: the dossier's own page, and the index proper.
    assert not any(name.startswith(("t/", "p/")) or name == "meta.json" for name in linked)
    if change == "letter edited":
        _, edited = _docs(after)[f"dossiers/{SEED}/"]
        assert edited and not edited & linked
    fresh = from_nothing(project, tmp_path)
    assert files_of(bundle(built.site, "paginas")) == {
        name.removeprefix("paginas/"): data for name, data in fresh.items()
        if name.startswith("paginas/")}
    assert files_of(after) == files_of(bundle(built.site, "paginas"))
    assert _manifest(after) == {name: [stat.st_size, _hash(after / name), stat.st_mtime_ns]
                                for name, stat in new.items()}
    site_inodes = {p.relative_to(bundle(built.site, "paginas")).as_posix(): p.stat().st_ino
                   for p in bundle(built.site, "paginas").rglob("*") if p.is_file()}
    assert not set(site_inodes.values()) & {stat.st_ino for stat in new.values()}  # no link
    # into the cache; and the site's copy of an unchanged page's files is the previous
    # site's, where they keep their name (under another they have another time: copied).
    assert ({site_inodes[name] for name in files} == set(published.values())) == (
        change == "letter edited")


NEW = "2021-cas-herhaald-verzoek"


def _add_dossier(project):
    """One new dossier: CAS's folder under another name, with another title."""
    shutil.copytree(project / "dossiers" / CAS, project / "dossiers" / NEW)
    edit(project / "dossiers" / NEW / "dossier.yml", "title: Besluit op", "title: Herhaald besluit op")


# How the annexes change between two builds, and the address of the annexes whose files are
# written again (the others' are linked, under their number now).
ANNEX_REWRITES = {
    "dossier added": (_add_dossier, f"dossiers/{NEW}/"),
    "annex changed": (lambda project: write(project / "dossiers" / SEED / AUDIT,
                                            fpdf_document(["Nieuwe versie"])),
                      f"dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/"),
    # An annex's result names its dossier (its context, in its d/ file), its text does not.
    "dossier title changed": (lambda project: edit(project / "dossiers" / CAS / "dossier.yml",
                                                   "title: Besluit op", "title: Het besluit op"),
                              f"dossiers/{CAS}/"),
    "dossier removed": (lambda project: shutil.rmtree(project / "dossiers" / SEED), None),
}


@pytest.mark.parametrize("change", ANNEX_REWRITES)
def test_the_annex_bundle_written_again_links_the_files_of_the_annexes_that_did_not_change(
        tmp_path, change):
    """One new dossier wrote every file of the annex bundle again (1.5 GB at 10,000
    dossiers). An annex whose address, context and analysis are as in the last writing gets
    that writing's d/ and x/ files as hard links, whatever its number now; the others', the
    term chunks and tails are written, and the bundle is the same bytes as one written from
    nothing."""
    project = make_project(tmp_path, [SEED, CAS, BZK])
    assert build_site(project).ok
    before, old = _kept(project, "bijlagen")
    old_docs = _docs(before)
    make, rewritten = ANNEX_REWRITES[change]
    make(project)
    built = build_site(project)
    assert built.ok, built.messages
    after, new = _kept(project, "bijlagen")
    assert after.name != before.name and not before.exists()
    linked = {name for name, stat in new.items()
              if stat.st_ino in {s.st_ino for s in old.values()}}
    assert not any(name.startswith(("t/", "p/")) or name == "meta.json" for name in linked)
    docs = _docs(after)
    written = {url for url in docs if rewritten is not None and url.startswith(rewritten)}
    assert bool(written) == (rewritten is not None)
    for url, (_, files) in docs.items():
        if url in written:
            assert not files & linked, url
        else:  # the same annex's files of the last writing
            assert {new[name].st_ino for name in files} == {
                old[name].st_ino for name in old_docs[url][1]}, url
    renumbered = {url for url, (doc, _) in docs.items()
                  if url not in written and doc != old_docs[url][0]}
    assert bool(renumbered) == (change in ("dossier added", "dossier removed"))
    fresh = from_nothing(project, tmp_path)
    assert files_of(bundle(built.site, "bijlagen")) == {
        name.removeprefix("bijlagen/"): data for name, data in fresh.items()
        if name.startswith("bijlagen/")}
    assert files_of(after) == files_of(bundle(built.site, "bijlagen"))
    # The manifest's entries of the linked files were taken, not read (a renumbered one has
    # a time of its own): each still says the file's size, hash and time.
    assert _manifest(after) == {name: [stat.st_size, _hash(after / name), stat.st_mtime_ns]
                                for name, stat in new.items()}


def _manifest(folder):
    return json.loads(folder.with_name(f"{folder.name}.manifest").read_text("utf-8"))


def _hash(path):
    return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


# A doc of each bundle that `_write_both_again` leaves as it was.
UNTOUCHED = {"paginas": f"dossiers/{BZK}/",
             "bijlagen": f"dossiers/{BZK}/bijlagen/bijlage-2-projectplan-algoritmeregister/"}


def _write_both_again(project, version):
    """A change that has both bundles written again: an edited letter and a changed annex."""
    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", f"Ad 6 ({version})")
    write(project / "dossiers" / SEED / AUDIT, fpdf_document([f"Versie {version}"]))


def _foreign(folder):
    """The kept bundle as if written by other code (whose docs' files may differ)."""
    docs = folder.parent / f"{folder.name}.docs"
    record = json.loads(docs.read_text("utf-8"))
    docs.write_text(json.dumps(record | {"code": "0" * 32}), "utf-8")


@pytest.mark.parametrize("name", UNTOUCHED)
@pytest.mark.parametrize("damage", ["file changed", "other code"])
def test_a_damaged_or_foreign_kept_bundle_is_no_source_of_links(tmp_path, name, damage):
    """A kept bundle whose files differ from its manifest is never linked from: its damage
    would be published under the new bundle's name; nor one written by other code. The
    bundle written instead is the next writing's source."""
    project = make_project(tmp_path, [SEED, CAS, BZK])
    assert build_site(project).ok
    before, old = _kept(project, name)
    if damage == "file changed":
        _, damaged = _docs(before)[UNTOUCHED[name]]
        _rewrite_same_size(before / sorted(damaged)[0])
    else:
        _foreign(before)
    _write_both_again(project, "eerste wijziging")
    built = build_site(project)
    assert built.ok, built.messages
    _, new = _kept(project, name)
    assert not {s.st_ino for s in new.values()} & {s.st_ino for s in old.values()}
    fresh = from_nothing(project, tmp_path)
    assert files_of(bundle(built.site, name)) == {
        path.removeprefix(f"{name}/"): data for path, data in fresh.items()
        if path.startswith(f"{name}/")}
    _write_both_again(project, "tweede wijziging")
    assert build_site(project).ok
    _, newer = _kept(project, name)
    assert {s.st_ino for s in newer.values()} & {s.st_ino for s in new.values()}


@pytest.mark.parametrize("beside", [False, True])
def test_the_pages_bundle_written_beside_the_build_is_the_one_written_in_it(tmp_path, beside):
    """`start` writes the pages' bundle in a process of its own (job.py) while the build goes
    on; `finish` places the same files as a bundle written in the build itself."""
    def written(beside: bool, folder: Path) -> dict[str, bytes]:
        index = PageIndex(folder / "cache")
        for number in range(40):
            index.add_text(f"dossiers/d{number}/", [f"Besluit {number}", [
                ["", "", f"Het verzoek om documenten over bomenkap {number}."],
                ["ad-1", "Ad 1", f"Openbaar gemaakt met weglakkingen ({number} pagina's)."]]])
        log = index.work.with_suffix(".log")
        if beside:
            index.start()
            assert log.is_file(), "no process was started"
        assert index.finish(folder / "site")
        assert not log.exists()
        return files_of(folder / "site")

    site = written(beside, tmp_path / "a")
    assert any(name.startswith("zoekindex/paginas/") for name in site)
    assert site == written(False, tmp_path / "b")
