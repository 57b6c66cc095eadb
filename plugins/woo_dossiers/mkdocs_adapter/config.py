"""Options of the `woo` plugin in mkdocs.yml."""

from __future__ import annotations

from datetime import date

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class WooConfig(Config):
    # Folder of dossier folders, relative to mkdocs.yml.
    dossiers_dir = c.Type(str, default="dossiers")
    # Where PDF facts are cached between builds, relative to mkdocs.yml; outside site/.
    cache_dir = c.Type(str, default=".cache/woo")
    # Limits for reading one annex PDF (each in a worker process, one per core).
    annex_time_limit = c.Type(int, default=120)  # seconds
    annex_memory_limit = c.Type(int, default=2048)  # MB of address space
    # Recognise the text of scanned annex pages with Tesseract when it is installed
    # (annex/ocr.py); false: publish scans as they are.
    ocr = c.Type(bool, default=True)
    # How many decisions the home page lists where it says <!-- woo:nieuwste -->.
    newest_count = c.Type(int, default=10)
    # The language of the dossiers' problems in the build log: "en" (developers read the
    # log), "nl", or "theme" (Dutch when theme.language is nl). English by default for now;
    # the environment variable WOO_MESSAGES (en|nl) overrides it (`woo bouw` sets nl).
    messages = c.Choice(("en", "nl", "theme"), default="en")
    # Organisation as written in dossier.yml -> its TOOI URI, for the DiWoo sitemap.
    diwoo_organisations = c.Type(dict, default={})
    # A pull-request preview: dossiers whose publication date is still to come are built,
    # marked "nog niet openbaar" and noindex; a public build leaves them out (model/embargo.py).
    # mkdocs.yml sets it from the environment: preview: !ENV [WOO_PREVIEW, false].
    preview = c.Type(bool, default=False)
    # The day the build publishes for, yyyy-mm-dd (YAML and !ENV read it as a date); empty:
    # today in the Netherlands. A date, not a time, so that builds on one day are identical.
    # Tests set it (WOO_TODAY).
    today = c.Type((str, date), default="")
    # Publish a generated page as the previous build rendered it when nothing it shows has
    # changed (mkdocs_adapter/reuse.py); false: render every page. The result is the same.
    differential = c.Type(bool, default=True)
