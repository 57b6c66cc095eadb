"""scripts/pr_summary.py on a scratch git repository with two commits."""

from __future__ import annotations

import shutil

from publishing_helpers import BASE_YML, git, load_script, make_pdf, run_script, write_dossier

pr_summary = load_script("pr_summary")


def scratch_repo(tmp_path):
    repo = tmp_path / "site"
    dossiers = repo / "dossiers"
    for slug in ("blijft", "tekst", "bijlage", "weg"):
        write_dossier(dossiers, slug, BASE_YML.replace("cameratoezicht", f"camera {slug}"))
    write_dossier(dossiers, "verhuist")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Eerste publicatie")
    base = git(repo, "rev-parse", "HEAD").strip()
    write_dossier(dossiers, "nieuw", BASE_YML.replace("law: Woo", "law: Wet"))
    yml = dossiers / "tekst" / "dossier.yml"
    yml.write_text(yml.read_text().replace("Alle evaluaties", "Alle <b>evaluaties</b>"))
    make_pdf(dossiers / "bijlage" / "bijlage-1.pdf", "Nieuwe versie, zonder namen")
    shutil.rmtree(dossiers / "weg")
    (dossiers / "2024").mkdir()
    (dossiers / "verhuist").rename(dossiers / "2024" / "verhuist")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Wijzigingen")
    return repo, base


def test_added_changed_removed_by_slug(tmp_path):
    repo, base = scratch_repo(tmp_path)
    changes = pr_summary.compare(repo, base, "HEAD")
    assert changes.added == ["nieuw"]
    assert changes.removed == ["weg"]
    assert changes.changed == {
        "bijlage": [("M", "bijlage-1.pdf")],
        "tekst": [("M", "dossier.yml")],
        "verhuist": [("A", "bijlage-1.pdf"), ("A", "decision.md"), ("A", "dossier.yml"),
                     ("D", "bijlage-1.pdf"), ("D", "decision.md"), ("D", "dossier.yml")],
    }
    assert changes.titles["weg"] == "Besluit op Woo-verzoek over camera weg"
    assert [(p.dossier, p.field) for p in changes.problems] == [("nieuw", "law")]


def test_markdown_summary_with_preview_links(tmp_path):
    repo, base = scratch_repo(tmp_path)
    done = run_script("pr_summary", base, "HEAD", "--preview-url",
                      "https://voorbeeld.example/pr-7", cwd=repo)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "**[Bekijk het voorbeeld van de site](https://voorbeeld.example/pr-7/)**" in text
    assert "❌ **1 fout(en)**" in text
    assert ("### Nieuw (1)\n\n- [`nieuw`](https://voorbeeld.example/pr-7/dossiers/nieuw/) — "
            "Besluit op Woo-verzoek over cameratoezicht\n") in text
    assert ("- [`tekst`](https://voorbeeld.example/pr-7/dossiers/tekst/) — Besluit op "
            "Woo-verzoek over camera tekst: dossier.yml (gewijzigd)") in text
    assert "bijlage-1.pdf (gewijzigd)" in text
    assert "### Verwijderd (1)\n\n- `weg` — Besluit op Woo-verzoek over camera weg" in text
    assert ("dossiers/nieuw/dossier.yml:3: fout [nieuw] law: 'Wet' is niet toegestaan; kies "
            "een van: Wob, Woo") in text


def test_titles_cannot_inject_markdown_or_html(tmp_path):
    changes = pr_summary.Changes(added=["x"], titles={"x": "<img src=x onerror=alert(1)> [a](b)"})
    text = pr_summary.summary(changes, None)
    assert "<img" not in text and "[a](b)" not in text
    assert r"&lt;img src=x onerror=alert\(1\)&gt; \[a\]\(b\)" in text


def test_no_dossier_changes_and_no_problems(tmp_path):
    repo = tmp_path / "site"
    write_dossier(repo / "dossiers", "cam")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "een")
    (repo / "README.md").write_text("x")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "twee")
    text = pr_summary.summary(pr_summary.compare(repo, "HEAD~1", "HEAD"), None)
    assert "✅ Geen fouten of waarschuwingen." in text
    assert "Deze wijziging verandert geen dossiers." in text


def test_unknown_commit(tmp_path):
    repo = tmp_path / "site"
    repo.mkdir()
    git(repo, "init", "-q")
    done = run_script("pr_summary", "main", "HEAD", cwd=repo)
    assert done.returncode == 2
    assert done.stderr.startswith("git: ")


def test_a_symbolic_link_in_the_pull_request_is_not_followed(tmp_path):
    """A PR can commit a link to a file of the machine that builds; the summary reports the
    annex as missing and never reads the target."""
    repo = tmp_path / "site"
    write_dossier(repo / "dossiers", "cam")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "een")
    annex = repo / "dossiers" / "cam" / "bijlage-1.pdf"
    annex.unlink()
    annex.symlink_to("/etc/passwd")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "twee")
    changes = pr_summary.compare(repo, "HEAD~1", "HEAD")
    assert changes.changed == {"cam": [("T", "bijlage-1.pdf")]}
    assert [p.message for p in changes.problems] == [
        "'bijlage-1.pdf' does not exist in cam/; add the file or correct the name"]


def test_the_summary_says_a_preview_is_public(tmp_path):
    """A preview also shows decisions before their publication date (issue 18)."""
    repo = tmp_path / "site"
    write_dossier(repo / "dossiers", "cam")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "een")
    changes = pr_summary.compare(repo, "HEAD", "HEAD")
    assert "Dit voorbeeld is openbaar" in pr_summary.summary(changes, "https://x.example/pr-1/")
    assert "openbaar**" not in pr_summary.summary(changes, None)  # no preview, nothing to warn of
