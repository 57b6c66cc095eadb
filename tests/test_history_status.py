"""Publication history from git and the withdrawn/replaced notice, on built sites."""

from __future__ import annotations

from datetime import date

from publishing_helpers import BASE_YML, build_site, git, make_pdf, write_dossier
from woo_dossiers.analyse.publication_history import HistoryEntry, site_history


def commit(repo, message, day):
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=f"{day}T10:00:00+01:00")


def test_history_of_a_dossier_on_the_main_line(tmp_path):
    repo = tmp_path / "site"
    dossiers = repo / "dossiers"
    folder = write_dossier(dossiers, "cam")
    write_dossier(dossiers, "ander")
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "Publiceer", "2024-03-01")
    (folder / "decision.md").write_text((folder / "decision.md").read_text() + "\nAanvulling.\n")
    commit(repo, "Typefout", "2024-03-05")
    make_pdf(folder / "bijlage-1.pdf", "Opnieuw gelakt")
    commit(repo, "Bijlage opnieuw gelakt", "2024-03-10")
    # Work on a branch: it is published when it is merged, not when it was written.
    git(repo, "checkout", "-q", "-b", "intrekken")
    yml = folder / "dossier.yml"
    yml.write_text(yml.read_text() + "status: withdrawn\nstatus_reason: Per vergissing.\n")
    commit(repo, "Intrekken", "2024-04-01")
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-ff", "-m", "Merge intrekken", "intrekken",
        date="2024-04-20T09:00:00+02:00")
    (dossiers / "2024").mkdir()
    (dossiers / "ander").rename(dossiers / "2024" / "ander")
    commit(repo, "Groeperen", "2024-05-01")

    history = site_history(dossiers)
    assert history["cam"] == (
        HistoryEntry(date(2024, 3, 1), "published", "Op deze site geplaatst"),
        HistoryEntry(date(2024, 3, 5), "corrected", "Gecorrigeerd"),
        HistoryEntry(date(2024, 3, 10), "annex-replaced", "Bijlage vervangen: bijlage-1.pdf"),
        HistoryEntry(date(2024, 4, 20), "withdrawn", "Ingetrokken"),
    )
    # Moving a folder into a group changes nothing a visitor sees.
    assert history["ander"] == (
        HistoryEntry(date(2024, 3, 1), "published", "Op deze site geplaatst"),)
    assert site_history(dossiers) == history  # the same repository, the same answer


def test_annex_added_and_removed(tmp_path):
    repo = tmp_path / "site"
    folder = write_dossier(repo / "dossiers", "cam")
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "Publiceer", "2024-03-01")
    make_pdf(folder / "bijlage-2.pdf")
    commit(repo, "Extra bijlage", "2024-03-02")
    (folder / "bijlage-2.pdf").unlink()
    commit(repo, "Toch niet", "2024-03-03")
    assert [e.label for e in site_history(repo / "dossiers")["cam"]] == [
        "Op deze site geplaatst", "Bijlage toegevoegd: bijlage-2.pdf",
        "Bijlage verwijderd: bijlage-2.pdf"]


def test_no_history_outside_git(tmp_path):
    write_dossier(tmp_path / "dossiers", "cam")
    assert site_history(tmp_path / "dossiers") == {}


def test_dossier_page_shows_history_and_notices(tmp_path):
    repo = tmp_path / "site"
    dossiers = repo / "dossiers"
    write_dossier(dossiers, "oud", BASE_YML.replace("cameratoezicht", "cameratoezicht (oud)"))
    write_dossier(dossiers, "nieuw", BASE_YML.replace("cameratoezicht", "cameratoezicht (nieuw)"))
    write_dossier(dossiers, "fout", BASE_YML.replace("cameratoezicht", "cameratoezicht (fout)"))
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "Publiceer", "2024-03-01")
    for slug, extra in (("oud", "status: replaced\nstatus_reason: Na bezwaar is opnieuw "
                         "besloten.\nreplaced_by: nieuw\n"),
                        ("fout", "status: withdrawn\nstatus_reason: Het besluit bevatte "
                         "per vergissing <namen>.\n")):
        yml = dossiers / slug / "dossier.yml"
        yml.write_text(yml.read_text() + extra)
    commit(repo, "Status", "2024-06-01")

    site = build_site(repo)
    old = (site / "dossiers/oud/index.html").read_text()
    assert "Dit besluit is vervangen" in old
    assert "Na bezwaar is opnieuw besloten." in old
    assert ('<a href="../nieuw/">Besluit op Woo-verzoek over cameratoezicht (nieuw)</a>'
            in old)
    assert "Ad 1" in old  # a replaced decision stays readable
    assert (site / "dossiers/oud/bijlage-1.pdf").is_file()
    assert '<ol class="woo-history">' in old
    assert ('<time datetime="2024-03-01">1 maart 2024</time>: Op deze site geplaatst'
            in old)
    assert ('<time datetime="2024-06-01">1 juni 2024</time>: Vervangen door een nieuw besluit'
            in old)

    withdrawn = (site / "dossiers/fout/index.html").read_text()
    assert "Dit besluit is ingetrokken" in withdrawn
    assert "per vergissing &lt;namen&gt;." in withdrawn
    assert "Ik maak de evaluatie deels openbaar." not in withdrawn
    assert not (site / "dossiers/fout/bijlage-1.pdf").exists()
    assert "1 juni 2024</time>: Ingetrokken" in withdrawn

    fresh = (site / "dossiers/nieuw/index.html").read_text()
    assert "woo-status" not in fresh


def test_page_without_git_has_no_history_section(tmp_path):
    write_dossier(tmp_path / "site" / "dossiers", "cam")
    site = build_site(tmp_path / "site")
    page = (site / "dossiers/cam/index.html").read_text()
    assert "Geschiedenis van deze pagina" not in page and "woo-status" not in page
