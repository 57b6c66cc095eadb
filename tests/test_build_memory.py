"""What a build does not keep in memory (mkdocs_adapter/scratch.py), and that the site is whole.

Open-data files and generated pages are written into a scratch folder in the
cache and read or copied from there by MkDocs (the pages' Markdown in one stash
file); each page's HTML and table of contents wait in that file from its
conversion until its page is written. Nothing of it may reach site/ or stay behind, and every page
must be written with exactly the HTML it was converted to.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitebuild import build_crashing_at, build_site, edit, make_project
from woo_dossiers.analyse import analyse
from woo_dossiers.export import LICENSE, export_files, to_json, with_head
from woo_dossiers.loader import find_dossier_folders, load_site
from woo_dossiers.mkdocs_adapter.scratch import PLACEHOLDER
from woo_dossiers.source.cache import CACHE_FILE, shared_cache

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"

# A hook that looks at the pages where MkDocs would otherwise hold their HTML.
WATCH = '''
import hashlib, json
seen = {"converted": {}, "between": {}, "restored": {}, "markdown": {}}

def _hash(text):
    return hashlib.sha256(text.encode()).hexdigest()

def on_page_content(html, page, config, files):  # priority 0: before the woo plugin's (-100)
    seen["converted"][page.file.src_uri] = [_hash(html), str(page.toc)]
    return html

def on_env(env, config, files):  # every page converted, none written
    for file in files.documentation_pages():
        seen["between"][file.src_uri] = [file.page.content, str(file.page.toc)]
        seen["markdown"][file.src_uri] = [file.page.markdown, file.page.title,
                                          file.generated_by and type(file).__name__,
                                          file.generated_by and file._content is None]

def on_page_context(context, page, config, nav):  # priority 0: after the woo plugin's (100)
    seen["restored"][page.file.src_uri] = [_hash(page.content), str(page.toc)]
    return context

def on_post_build(config):
    with open(config.config_file_path.replace("mkdocs.yml", "seen.json"), "w") as out:
        json.dump(seen, out)
'''


def scratch_folders(project: Path) -> list[str]:
    cache = project / ".cache" / "woo"
    return sorted(p.name for p in cache.iterdir() if p.name.startswith("build-")) if cache.is_dir() else []


def test_every_page_is_written_with_the_html_it_was_converted_to(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    (project / "watch.py").write_text(WATCH, "utf-8")
    edit(project / "mkdocs.yml", "plugins:\n", "hooks:\n  - watch.py\n\nplugins:\n")
    built = build_site(project)
    assert built.ok, built.warnings()
    seen = json.loads((project / "seen.json").read_text("utf-8"))
    pages = seen["converted"]
    assert f"dossiers/{CAS}/index.md" in pages and len(pages) > 20
    # Between conversion and writing no page holds its HTML, Markdown or generated source...
    assert {content for content, _ in seen["between"].values()} == {PLACEHOLDER}
    assert {toc for _, toc in seen["between"].values()} == {""}
    assert {src: md for src, (md, _, _, _) in seen["markdown"].items() if md} == {}
    # (generated pages are read from the build's stash file, not kept by their File)
    generated = {src: (kind, held_elsewhere)
                 for src, (_, _, kind, held_elsewhere) in seen["markdown"].items() if kind}
    assert f"dossiers/{CAS}/index.md" in generated and len(generated) > 10
    assert set(generated.values()) == {("SpilledPage", True)}
    assert seen["markdown"][f"dossiers/{CAS}/index.md"][1].startswith("Besluit op Wob-verzoek")
    # ...and each page gets back exactly its own HTML and contents when it is written.
    assert seen["restored"] == pages
    assert "Ad 1" in pages[f"dossiers/{CAS}/index.md"][1]
    html = built.page(f"dossiers/{CAS}/")
    assert html.h1 and html.find(id="brief")
    leaked = [p for p in built.site.rglob("*.html") if PLACEHOLDER in p.read_text("utf-8")]
    assert leaked == []


def test_open_data_files_are_copied_whole_and_the_scratch_folder_is_gone(tmp_path):
    project = make_project(tmp_path)
    built = build_site(project)
    assert built.ok, built.warnings()
    assert scratch_folders(project) == []
    site = load_site(project / "dossiers", root=project)
    models = site.dossiers
    config = load_config(str(project / "mkdocs.yml"))
    expected = export_files(analyse(models), config.site_url, config.site_name,
                            config.plugins["woo"].config.diwoo_organisations)
    assert "feed.xml" in expected and f"dossiers/{CAS}/dossier.json" in expected
    different = [path for path, text in expected.items()
                 if (built.site / path).read_bytes() != text.encode("utf-8")]
    assert different == []
    names = {p.name for p in built.site.rglob("*")}
    assert not names & {"stash", "export", "files"}
    assert not [name for name in names if name.startswith("build-")]


def test_dossiers_json_written_record_by_record_is_what_one_dump_gives(tmp_path):
    project = make_project(tmp_path)
    models = load_site(project / "dossiers", root=project).dossiers
    text = export_files(analyse(models), "https://example.org/", "Besluiten")["dossiers.json"]
    assert len(json.loads(text)["dossiers"]) == len(models) > 2
    assert to_json(json.loads(text)) == text
    empty = export_files(analyse({}), "https://example.org/", "Besluiten")["dossiers.json"]
    assert empty == to_json({"format_version": 1, "license": LICENSE, "dossiers": []})


def test_each_dossier_json_is_what_one_dump_of_it_gives(tmp_path):
    # Made from the record's dump for dossiers.json, not dumped again (export.with_head).
    project = make_project(tmp_path)
    models = load_site(project / "dossiers", root=project).dossiers
    files = export_files(analyse(models), "https://example.org/", "Besluiten")
    own = {path: text for path, text in files.items() if path.endswith("/dossier.json")}
    assert len(own) == len(models) > 2
    listed = {record["url"]: record for record in json.loads(files["dossiers.json"])["dossiers"]}
    for text in own.values():
        value = json.loads(text)
        assert to_json(value) == text
        assert list(value)[:2] == ["format_version", "license"]
        assert {k: v for k, v in value.items() if k not in {"format_version", "license"}} \
            == listed[value["url"]]


@pytest.mark.parametrize("item", [
    {"url": "dossiers/a/", "titel": "Besluit \u00e9\u00e9n \"twee\"\n", "items": [{"a": []}, {}]},
    {"license": "eigen"},  # a key of the head: the item's value, in the head's place
    {},  # nothing but the head
    {"getal": 1.5, "leeg": None, "ja": True, "lijst": [1, [2, [3]]]},
])
def test_a_record_with_the_head_is_what_one_dump_of_both_gives(item):
    head = {"format_version": 1, "license": LICENSE}
    text = json.dumps(item, ensure_ascii=False, indent=2)
    assert with_head(head, item, text) == to_json({**head, **item})


def test_a_failed_build_leaves_no_scratch_folder(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "dossiers" / CAS / "dossier.yml", "law: Wob", "law: WOB")
    assert not build_site(project, strict=True).ok
    assert scratch_folders(project) == []
    build_crashing_at(project, "on_post_page")
    assert scratch_folders(project) == []


def test_a_killed_build_s_scratch_folder_is_removed_by_the_next_build(tmp_path):
    project = make_project(tmp_path, [CAS])
    cache = project / ".cache" / "woo"
    gone = cache / "build-4194305-abc"  # above Linux's largest process id: never running
    running = cache / f"build-{os.getppid()}-abc"  # a live process's: maybe another build
    for folder in (gone, running):
        (folder / "export").mkdir(parents=True)
        (folder / "stash").write_bytes(b"half")
    assert build_site(project).ok
    assert scratch_folders(project) == [running.name]


def test_a_one_off_build_drops_the_parsed_sources_but_keeps_them_on_disk(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    config.plugins.on_shutdown()
    cache = shared_cache(project / ".cache" / "woo" / CACHE_FILE)
    # A fresh cache, read from the file the build wrote: nothing kept from the build itself.
    assert (cache.parsed, cache.reused) == (0, 0)
    assert len(cache.entries) == len(find_dossier_folders(project / "dossiers")) == 2


def test_the_diwoo_sitemap_written_dossier_by_dossier_is_what_one_tree_gives(tmp_path):
    from xml.etree import ElementTree as ET

    from woo_dossiers.export.diwoo import DiwooSitemap

    project = make_project(tmp_path)
    models = load_site(project / "dossiers", root=project).dossiers
    text = DiwooSitemap(analyse(models), "https://example.org/").xml()
    tree = ET.fromstring(text)
    assert len(tree) > len(models) > 2  # the decisions and their annexes
    ET.indent(tree)
    assert ET.tostring(tree, encoding="unicode", xml_declaration=True) + "\n" == text
    empty = DiwooSitemap(analyse({}), "https://example.org/").xml()
    assert ET.fromstring(empty).tag.endswith("urlset") and len(ET.fromstring(empty)) == 0
