"""Options of the `woo` plugin in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class WooConfig(Config):
    # Folder of dossier folders, relative to mkdocs.yml.
    dossiers_dir = c.Type(str, default="dossiers")
    # Where PDF facts are cached between builds, relative to mkdocs.yml; outside site/.
    cache_dir = c.Type(str, default=".cache/woo")
    # How many decisions the home page lists where it says <!-- woo:nieuwste -->.
    newest_count = c.Type(int, default=10)
    # Organisation as written in dossier.yml -> its TOOI URI, for the DiWoo sitemap.
    diwoo_organisations = c.Type(dict, default={})
