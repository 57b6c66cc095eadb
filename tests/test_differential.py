"""Differential builds publish exactly what a full build does (issue 20, item 1).

A project with the example dossiers and a few generated ones goes through a seeded
sequence of random changes: letters edited (with links to other decisions, some
broken), titles changed (other decisions' pages show them), annexes replaced,
dossiers added, deleted and renamed, a hand-written page and mkdocs.yml edited.
After each change the project is built twice: differentially (the pages kept by the
previous build reused where their keys are unchanged) and in full (every page
rendered) into another folder. The two sites must have the same files with the
same bytes, and the build must say the same things.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from differential_helpers import build_into, differences
from sitebuild import ROOT, make_project

sys.path.insert(0, str(ROOT / "scripts"))
from bench_corpus import write_dossier  # noqa: E402

SEED = 20
STEPS = 8
GENERATED = 4  # generated dossiers at the start (scripts/bench_corpus.py)


def _dossiers(project: Path) -> list[Path]:
    return sorted(p.parent for p in (project / "dossiers").rglob("dossier.yml"))


# Dossiers some letter links to: deleting or renaming one changes the linking page's
# HTML (the link is no longer turned into the page's address) without changing its text.
LINKED: list[str] = []


def _linked_or_any(rng: random.Random, project: Path) -> Path:
    folders = _dossiers(project)
    linked = [f for f in folders if f.name in LINKED]
    return rng.choice(linked or folders)


def _letter(rng: random.Random, project: Path) -> str:
    folder = rng.choice(_dossiers(project))
    other = rng.choice([f for f in _dossiers(project) if f != folder]).name
    LINKED.append(other)
    target = rng.choice([f"../{other}/index.md", f"../{other}/index.md#ad-1", "../bestaat-niet/index.md"])
    with (folder / "decision.md").open("a", encoding="utf-8") as letter:
        letter.write(f"\nZie ook [dit besluit]({target}); regel {rng.randrange(10**6)}.\n")
    return f"letter of {folder.name} -> {target}"


def _title(rng: random.Random, project: Path) -> str:
    folder = rng.choice(_dossiers(project))
    path = folder / "dossier.yml"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines[at] = lines[at].replace("title: ", f"title: Herzien {rng.randrange(100)}: ", 1)
    path.write_text("".join(lines), "utf-8")
    return f"title of {folder.name}"


def _annex(rng: random.Random, project: Path) -> str:
    pdfs = sorted((project / "dossiers").rglob("*.pdf"))
    target, source = rng.sample(pdfs, 2)
    if target.read_bytes() == source.read_bytes():
        return "annex unchanged"
    shutil.copyfile(source, target)
    return f"annex {target.name} of {target.parent.name}"


def _add(rng: random.Random, project: Path) -> str:
    index = GENERATED + rng.randrange(1000)
    write_dossier(str(project / "dossiers"), index)
    return f"added generated dossier {index}"


def _delete(rng: random.Random, project: Path) -> str:
    folder = _linked_or_any(rng, project)
    shutil.rmtree(folder)
    return f"deleted {folder.name}"


def _rename(rng: random.Random, project: Path) -> str:
    folder = _linked_or_any(rng, project)
    renamed = folder.with_name(f"{folder.name}-{rng.randrange(100)}")
    folder.rename(renamed)
    return f"renamed {folder.name} to {renamed.name}"


def _page(rng: random.Random, project: Path) -> str:
    with (project / "docs" / "open-data.md").open("a", encoding="utf-8") as page:
        page.write(f"\nEen regel erbij ({rng.randrange(100)}).\n")
    return "docs/open-data.md"


def _config(rng: random.Random, project: Path) -> str:
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    config.write_text(text.replace("site_name: ", f"site_name: ({rng.randrange(100)}) ", 1), "utf-8")
    return "mkdocs.yml"


CHANGES = [_letter, _letter, _title, _annex, _add, _delete, _rename, _page]


def _warnings(messages: list[str]) -> list[str]:
    return sorted(m for m in messages if "warning" in m.lower() or "contains a link" in m)


def test_random_changes_build_the_same_site(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    for index in range(GENERATED):
        write_dossier(str(project / "dossiers"), index)
    rng = random.Random(SEED)
    LINKED.clear()
    first = build_into(project, project / "site", differential=True)
    assert first.ok and first.candidates > 0, first.messages
    reused_some = False
    for step in range(STEPS):
        done = [change(rng, project) for change in rng.sample(CHANGES, rng.randint(1, 2))]
        if step == STEPS - 2:
            done.append(_config(rng, project))
        differential = build_into(project, project / "site", differential=True)
        full = build_into(project, tmp_path / "full", differential=False)
        assert full.reused == 0
        assert differential.ok == full.ok, (done, differential.messages, full.messages)
        assert differences(project / "site", tmp_path / "full") == [], done
        assert _warnings(differential.messages) == _warnings(full.messages), done
        if step == STEPS - 2:  # mkdocs.yml changed: every page rendered again
            assert differential.reused == 0, done
        reused_some |= 0 < differential.reused < differential.candidates
    assert reused_some, "no build reused some pages and rendered others"


def test_a_page_whose_link_target_went_is_rendered_again(tmp_path: Path) -> None:
    """The letter is unchanged, so is the page's Markdown; its link is not."""
    project = make_project(tmp_path, ["2021-criminaliteits-anticipatie-systeem", "2022-bzk-algoritmeregister"])
    letter = project / "dossiers" / "2022-bzk-algoritmeregister" / "decision.md"
    with letter.open("a", encoding="utf-8") as out:
        out.write("\nZie ook [dit besluit](../2021-criminaliteits-anticipatie-systeem/index.md).\n")
    assert build_into(project, project / "site", differential=True).ok
    page = project / "site" / "dossiers" / "2022-bzk-algoritmeregister" / "index.html"
    assert 'href="../2021-criminaliteits-anticipatie-systeem/">dit besluit' in page.read_text("utf-8")
    shutil.rmtree(project / "dossiers" / "2021-criminaliteits-anticipatie-systeem")
    again = build_into(project, project / "site", differential=True)
    assert 0 < again.reused < again.candidates
    assert 'href="../2021-criminaliteits-anticipatie-systeem/index.md">dit besluit' in page.read_text("utf-8")
    build_into(project, tmp_path / "full", differential=False)
    assert differences(project / "site", tmp_path / "full") == []


def test_a_decision_shows_the_new_title_of_one_it_reuses(tmp_path: Path) -> None:
    """The reusing decision's own files are unchanged; the title it shows of the earlier
    one is not (a lookup recorded while its page was made: incremental/sources.py)."""
    project = make_project(tmp_path, ["2021-cas-vervolgverzoek",
                                      "2021-criminaliteits-anticipatie-systeem"])
    assert build_into(project, project / "site", differential=True).ok
    earlier = project / "dossiers" / "2021-criminaliteits-anticipatie-systeem" / "dossier.yml"
    text = earlier.read_text("utf-8")
    earlier.write_text(text.replace("title: ", "title: Herzien ", 1), "utf-8")
    again = build_into(project, project / "site", differential=True)
    assert again.ok
    page = project / "site" / "dossiers" / "2021-cas-vervolgverzoek" / "index.html"
    assert "Herzien Besluit" in page.read_text("utf-8")
    build_into(project, tmp_path / "full", differential=False)
    assert differences(project / "site", tmp_path / "full") == []


def test_a_new_title_makes_again_only_the_listings_that_show_it(tmp_path, monkeypatch) -> None:
    """A topic's or organisation's page and its feed are kept while the decisions they list
    are unchanged (incremental/sources.py `DossierMemo.listing`): after one title changed,
    only those listing that decision are made again, and the site is a full build's."""
    from woo_dossiers import site_plan
    from woo_dossiers.addresses import organisation_page, page_feed, topic_page
    from woo_dossiers.analyse import analyse
    from woo_dossiers.loader import load_site
    from woo_dossiers.render import browse_pages

    project = make_project(tmp_path, ["2022-bzk-algoritmeregister"])
    for index in range(GENERATED):
        write_dossier(str(project / "dossiers"), index)
    assert build_into(project, project / "site", differential=True).ok
    retitled = _dossiers(project)[-1]
    metadata = retitled / "dossier.yml"
    metadata.write_text(metadata.read_text("utf-8").replace("title: ", "title: Herzien ", 1), "utf-8")
    made: list[str] = []  # the site paths of the listings made, pages and feeds
    group_page, atom_feed = browse_pages.group_page, site_plan.atom_feed
    monkeypatch.setattr(browse_pages, "group_page",
                        lambda group, src, *a, **k: made.append(src) or group_page(group, src, *a, **k))
    monkeypatch.setattr(site_plan, "atom_feed",
                        lambda *a, **k: made.append(k.get("path", "feed.xml")) or atom_feed(*a, **k))
    again = build_into(project, project / "site", differential=True)
    assert again.ok
    analysis = analyse(load_site(project / "dossiers", root=project).dossiers)
    pages = {page_of(group.slug) for page_of, groups in ((topic_page, analysis.topics),
                                                         (organisation_page, analysis.organisations))
             for group in groups if retitled.name in {d.slug for d in group.dossiers}}
    assert 0 < len(pages) < len(analysis.topics) + len(analysis.organisations)
    assert sorted(made) == sorted(pages | {page_feed(page) for page in pages})
    build_into(project, tmp_path / "full", differential=False)
    assert differences(project / "site", tmp_path / "full") == []
    # The site's address is in every feed (the listing's context): every feed made again.
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "site_url: https://example.org/woo/", "site_url: https://example.org/besluiten/"), "utf-8")
    made.clear()
    assert build_into(project, project / "site", differential=True).ok
    every = {page_of(group.slug) for page_of, groups in ((topic_page, analysis.topics),
                                                         (organisation_page, analysis.organisations))
             for group in groups}
    assert {page_feed(page) for page in every} <= set(made)
    monkeypatch.undo()
    build_into(project, tmp_path / "full", differential=False)
    assert differences(project / "site", tmp_path / "full") == []


def test_rebuild_with_nothing_changed_reuses_every_page(tmp_path: Path) -> None:
    project = make_project(tmp_path, ["2021-cas-vervolgverzoek",
                                      "2021-criminaliteits-anticipatie-systeem"])
    build_into(project, project / "site", differential=True)
    again = build_into(project, project / "site", differential=True)
    assert again.ok and again.candidates > 0 and again.reused == again.candidates
    full = build_into(project, tmp_path / "full", differential=False)
    assert differences(project / "site", tmp_path / "full") == []
    assert full.ok


def test_serve_renders_only_the_changed_page_again(tmp_path: Path) -> None:
    """`mkdocs serve` rebuilds after a save with the pages of its previous build, in the
    folder it served before (served.py): nothing is left beside it."""
    project = make_project(tmp_path, ["2021-cas-vervolgverzoek",
                                      "2021-criminaliteits-anticipatie-systeem"])
    log = tmp_path / "serve.log"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    temporary = tmp_path / "tmp"  # where serve makes the folder it serves
    temporary.mkdir()
    env = dict(os.environ, TMPDIR=str(temporary),
               PYTHONPATH=os.pathsep.join([str(ROOT / "plugins"), str(ROOT / "tests")]))
    url = f"http://127.0.0.1:{port}/woo/dossiers/2021-cas-vervolgverzoek/"
    with log.open("wb") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve",
                                   "-a", f"127.0.0.1:{port}"], cwd=project, env=env,
                                  stdout=output, stderr=subprocess.STDOUT)
        try:
            assert "Crime Anticipation System" in _served(url, "</html>", log)
            [served] = temporary.glob("mkdocs_*")
            first = served.stat().st_ino
            letter = project / "dossiers" / "2021-cas-vervolgverzoek" / "decision.md"
            with letter.open("a", encoding="utf-8") as out:
                out.write("\nDeze zin is net opgeslagen.\n")
            _served(url, "Deze zin is net opgeslagen.", log)
            # Told of the save by the system (watching.py), not by MkDocs' polling; and not
            # of the rebuild's own reading of the dossiers, which would rebuild for ever.
            said = log.read_text("utf-8")
            assert "for changes as the system reports them" in said, said
            while "Reloading browsers" not in log.read_text("utf-8"):
                time.sleep(0.1)
            time.sleep(2)
            assert log.read_text("utf-8").count("Detected file changes") == 1, log.read_text("utf-8")
            deadline = time.monotonic() + 120
            while len(list(temporary.iterdir())) > 1 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert [p.name for p in temporary.iterdir()] == [served.name]
            assert served.stat().st_ino == first  # the folder kept, what changed moved in
        finally:
            server.terminate()
            server.wait(timeout=60)
    said = re.findall(r"pages: (\d+) of (\d+) generated pages", log.read_text("utf-8"))
    assert len(said) >= 2, log.read_text("utf-8")
    reused, candidates = map(int, said[-1])
    assert said[0][0] == "0" and 0 < reused == candidates - 1, said


def _served(url: str, text: str, log: Path) -> str:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (our own server)
                page = response.read().decode("utf-8")
            if text in page:
                return page
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not show {text!r}:\n{log.read_text('utf-8')}")


def test_preview_noindex_goes_when_the_waiting_part_becomes_public(tmp_path, monkeypatch):
    """(Found in review.) A preview build: part 2 waits until 1 March, so part 1's page shows its items and is
    noindex. On 2 March part 2 is public and no file changed: part 1's key (its own
    not_yet_public, the case's parts) is the same, so a differential build reuses the page
    with noindex, which a full build no longer has."""
    from sitebuild import edit
    from test_case_parts import TWO, project_with_parts, yml

    project = project_with_parts(tmp_path)
    edit(yml(project, TWO), "decided: 2024-02-20", "decided: 2024-02-20\n  published: 2024-03-01")
    monkeypatch.setenv("WOO_PREVIEW", "true")
    monkeypatch.setenv("WOO_TODAY", "2024-02-25")
    assert build_into(project, tmp_path / "diff", True).ok
    monkeypatch.setenv("WOO_TODAY", "2024-03-02")
    assert build_into(project, tmp_path / "diff", True).ok
    assert build_into(project, tmp_path / "full", False).ok
    found = differences(tmp_path / "diff", tmp_path / "full")
    assert not [f for f in found if "search/" not in f], found
