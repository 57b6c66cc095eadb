"""Differential builds: which pages of the previous build can be published again as they were.

A generated page (a dossier page, an annex text page, an inventory page, a topic's
page) is the rendering of its Markdown, which our renderers make from everything the
page shows, by an engine, a theme and a configuration that are the same for every
page. So its output is known once these are known:

- `keys.entry_key`: the page's own inputs, its Markdown and what the adapter adds
  after rendering (an annex's text, the page's date, its feed);
- `keys.site_key`: what every page shares (the configuration as the engine read it,
  installed package versions, this package's files, templates a site overrides, the
  navigation, the build date when a template prints it);
- the pages and files the page's links were looked up as (recorded while it was
  rendered: a link to a page that is gone renders differently).

`store.OutputStore` keeps each rendered page's HTML under those keys, with what the
engine learned from rendering it (anchors, links to anchors, search text), and hands
it back to a later build whose keys are the same. No MkDocs here: the adapter
(`mkdocs_adapter/reuse.py`) records the lookups and applies the decision.
"""
