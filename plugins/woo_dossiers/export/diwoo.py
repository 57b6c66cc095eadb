"""diwoo-sitemap.xml: a sitemap with DiWoo 0.9.8 metadata, for the national Woo index.

The Woo index (open.overheid.nl) harvests sitemaps whose <url> entries carry a
<diwoo:Document> (standaarden.overheid.nl/diwoo/metadata/0.9.8). Each dossier
page is one document (the decision, category "Woo-verzoeken en -besluiten",
action "vaststelling" on the decision date); each annex is a document that is
part of it. Values from the TOOI lists are written with their URI in
`resource`; an organisation the site cannot map to a TOOI URI is written as a
label only, which the schema allows.
"""

from __future__ import annotations

import io
from datetime import date
from typing import TextIO
from xml.etree import ElementTree as ET

from ..addresses import annex_url, dossier_url
from ..analyse import Analysis
from ..model.dossier import Annex, Dossier
from ..model.status import published_annexes

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/"
SITEMAP_PATH = "diwoo-sitemap.xml"

TOOI = "https://identifier.overheid.nl/tooi/def/thes/kern/"
CATEGORY = (TOOI + "c_3baef532", "Woo-verzoeken en -besluiten")
DECISION_KIND = (TOOI + "c_4f50ca9c", "beslissing op Wob-/Woo-verzoek")
ACTION_ADOPTED = (TOOI + "c_641ecd76", "vaststelling")
RELATION_REFERS_TO = (TOOI + "c_75fac459", "verwijst naar")
DUTCH = ("http://publications.europa.eu/resource/authority/language/NLD", "Nederlands")
HTML = ("http://publications.europa.eu/resource/authority/file-type/HTML", "HTML")
PDF = ("http://publications.europa.eu/resource/authority/file-type/PDF", "PDF")


def _el(parent: ET.Element, tag: str, text: str | None = None,
        term: tuple[str, str] | None = None, resource: str | None = None) -> ET.Element:
    """A diwoo element; `term` is a (URI, label) pair from a TOOI list."""
    element = ET.SubElement(parent, f"{{{DIWOO_NS}}}{tag}")
    if term is not None:
        resource, text = term
    if resource:
        element.set("resource", resource)
    if text is not None:
        element.text = text
    return element


def _datetime(day: date) -> str:
    return f"{day.isoformat()}T00:00:00"


class DiwooSitemap:
    """`organisations` maps an organisation as written in dossier.yml to its TOOI URI."""

    def __init__(self, analysis: Analysis, base_url: str,
                 organisations: dict[str, str] | None = None) -> None:
        self.analysis = analysis
        self.dossiers = analysis.dossiers
        self.changes = analysis.changes
        self.base_url = base_url
        self.organisations = organisations or {}

    def annexes(self, dossier: Dossier) -> tuple[Annex, ...]:
        """The annexes on the site: a withdrawn decision's are taken off."""
        return published_annexes(dossier)

    def xml(self) -> str:
        out = io.StringIO()
        self.write(out)
        return out.getvalue()

    def write(self, out: TextIO) -> None:
        """The sitemap, one dossier at a time: the same bytes as serialising one tree of all
        <url>s (ET.indent, ET.tostring), without holding that tree (tens of kB a dossier)."""
        joined = UrlsetJoin(out)
        for slug in sorted(self.dossiers):
            joined.add(self.dossier_xml(self.dossiers[slug]))
        joined.close()

    def dossier_xml(self, dossier: Dossier) -> str:
        """The dossier's <url>s in a urlset of their own, indented as in the whole tree (a
        text of its own, which a differential build keeps: incremental/sources.py)."""
        ET.register_namespace("", SITEMAP_NS)
        ET.register_namespace("diwoo", DIWOO_NS)
        urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
        slug = dossier.slug
        self._url(urlset, self.base_url + dossier_url(slug), dossier, None)
        for annex in self.annexes(dossier):
            self._url(urlset, self.base_url + annex_url(slug, annex.file), dossier, annex)
        ET.indent(urlset)
        return ET.tostring(urlset, encoding="unicode", xml_declaration=True)

    def _url(self, urlset: ET.Element, loc: str, dossier: Dossier, annex: Annex | None) -> None:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = loc
        changed = self.changes[dossier.slug]
        ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = changed.day.isoformat()
        document = ET.SubElement(url, f"{{{DIWOO_NS}}}Document")
        self.metadata(document, dossier, annex)

    def metadata(self, document: ET.Element, d: Dossier, annex: Annex | None) -> ET.Element:
        """The <diwoo:DiWoo> block of the decision page (annex None) or of one annex."""
        diwoo = _el(document, "DiWoo")
        page = self.base_url + dossier_url(d.slug)
        if d.reference:
            _el(_el(diwoo, "identifiers"), "identifier", d.reference)
        _el(diwoo, "publisher", d.organisation, resource=self.organisations.get(d.organisation))
        titles = _el(diwoo, "titelcollectie")
        _el(titles, "officieleTitel", annex.title if annex else d.title)
        if annex is None and d.summary:
            _el(_el(diwoo, "omschrijvingen"), "omschrijving", d.summary)
        classes = _el(diwoo, "classificatiecollectie")
        _el(_el(classes, "informatiecategorieen"), "informatiecategorie", term=CATEGORY)
        if annex is None:
            _el(_el(classes, "documentsoorten"), "documentsoort", term=DECISION_KIND)
        if d.topics:
            keywords = _el(classes, "trefwoorden")
            for topic in d.topics:
                _el(keywords, "trefwoord", topic)
        _el(diwoo, "creatiedatum", d.dates.decided.isoformat())
        _el(diwoo, "language", term=DUTCH)
        _el(diwoo, "format", term=PDF if annex else HTML)
        case = self.analysis.case_of(d)
        if case is not None:
            # The parts of one request, and their annexes, share the case id (DiWoo: the
            # characteristic that brings documents together).
            _el(diwoo, "aggregatiekenmerk", case.id)
        if annex is not None:
            _el(diwoo, "isPartOf", d.title, resource=page)
        elif self.annexes(d):
            parts = _el(diwoo, "hasParts")
            for a in self.annexes(d):
                _el(parts, "hasPart", a.title, resource=self.base_url + annex_url(d.slug, a.file))
        action = _el(_el(diwoo, "documenthandelingen"), "documenthandeling")
        _el(action, "soortHandeling", term=ACTION_ADOPTED)
        _el(action, "atTime", _datetime(d.dates.decided))
        _el(action, "wasAssociatedWith", d.organisation,
            resource=self.organisations.get(d.organisation))
        # Earlier decisions on this site that this one builds on, as a whole or per item,
        # and the other parts of the same request: each "verwijst naar".
        refs = [*d.reuses, *(ref for item in d.items for ref in item.reuses)]
        related = sorted({ref.slug for ref in refs if ref.slug in self.dossiers})
        parts = [p.slug for p in case.parts if p.slug != d.slug] if case else []
        related += [slug for slug in parts if slug not in related]
        if annex is None and related:
            relations = _el(diwoo, "documentrelaties")
            for slug in related:
                relation = _el(relations, "documentrelatie")
                _el(relation, "role", term=RELATION_REFERS_TO)
                _el(relation, "relation", self.dossiers[slug].title,
                    resource=self.base_url + dossier_url(slug))
        return diwoo


class UrlsetJoin:
    """Dossiers' urlsets (`DiwooSitemap.dossier_xml`) written as one: every <url> uses both
    namespaces, so each urlset opens with the same tag, written once."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.opening: str | None = None

    def add(self, text: str) -> None:
        start = text.index("<urlset")
        tag = text[start:text.index(">", start) + 1]
        if self.opening is None:
            self.opening = tag
            self.out.write(text[:start] + tag)
        assert tag == self.opening, (tag, self.opening)
        # Between the tags: "\n  <url>...</url>\n"; the last line end closes the whole.
        self.out.write(text[start + len(tag):-len("</urlset>")].removesuffix("\n"))

    def close(self) -> None:
        if self.opening is None:  # no dossiers: an empty urlset, as ET writes it
            self.out.write(ET.tostring(ET.Element(f"{{{SITEMAP_NS}}}urlset"), encoding="unicode",
                                       xml_declaration=True))
        else:
            self.out.write("\n</urlset>")
        self.out.write("\n")


def robots_txt(base_url: str, sitemaps: list[str]) -> str:
    """robots.txt that lets every crawler in and names the sitemaps by absolute URL."""
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {base_url}{path}" for path in sitemaps]
    return "\n".join(lines) + "\n"
