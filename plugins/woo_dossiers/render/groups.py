"""Pages per topic and per organisation, and the index pages listing them."""

from __future__ import annotations

from ..addresses import OVERVIEW_PAGE, page_url, relative
from ..analyse.facets import Group
from .index_pages import TableRows, dossier_table
from .markdown import escape_markdown, front_matter
from .templating import Templates
from .text import esc


def decisions(n: int) -> str:
    return f"{n} besluit" if n == 1 else f"{n} besluiten"


def group_index(groups: list[Group], src_path: str, page_of, title: str, description: str,
                intro: str) -> str:
    """A list of every group with its number of decisions, linking to the group's page."""
    url = page_url(src_path)
    entries = "\n".join(
        f'<li><a href="{esc(relative(url, page_url(page_of(g.slug))))}">{esc(g.name)}</a> '
        f"({decisions(len(g.dossiers))})</li>"
        for g in groups
    )
    listing = f'<ul class="woo-groups">\n{entries}\n</ul>\n' if groups else "<p>Nog geen besluiten.</p>\n"
    return front_matter(title, description) + f"# {title}\n\n<p>{intro}</p>\n\n" + listing


def group_page(group: Group, src_path: str, heading: str, index_src: str, index_label: str,
               feed: str | None = None, templates: Templates | None = None,
               table_rows: TableRows | None = None) -> str:
    """The decisions of one topic or organisation, as the overview shows them; with `feed`
    (its site path), a link to its Atom feed."""
    url = page_url(src_path)
    title = f"{heading}: {group.name}"
    follow = (f'<p class="woo-feed"><a href="{esc(relative(url, feed or ""))}" '
              f'type="application/atom+xml">Volg dit {heading.lower()} met een Atom-feed</a> '
              "(nieuwe en gewijzigde besluiten, voor een feedlezer)</p>\n") if feed else ""
    back = (f'<p><a href="{esc(relative(url, page_url(index_src)))}">{esc(index_label)}</a> · '
            f'<a href="{esc(relative(url, page_url(OVERVIEW_PAGE)))}">Alle besluiten</a></p>\n')
    return (
        front_matter(title, f"{decisions(len(group.dossiers))} bij {heading.lower()} {group.name}")
        + f"# {escape_markdown(title)}\n\n"
        + f"<p>{decisions(len(group.dossiers))}, het nieuwste eerst.</p>\n\n"
        + dossier_table(group.dossiers, url, f"Besluiten bij {heading.lower()} {group.name}",
                        templates=templates, table_rows=table_rows)
        + "\n" + follow + back
    )
