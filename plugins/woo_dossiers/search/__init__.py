"""The site's search: our own static index ("zoekindex", format 4) and its two bundles.

bundles.py writes the pages' bundle as MkDocs writes the pages and keeps each
bundle until what it holds changes; annex_bundle.py has job.py write the annex
text's bundle in a process of its own. The rest is the index itself: tokens (words,
reference codes, articles), stemming (Snowball Dutch), derived keys (stems, compound
parts, facets), writer, reader (the reference query: tiers, one-edit correction) and
page text.

The contract with the browser client (FORMAT.md beside this file, and
docs/assets/zoeken.js) fixes the tokens, the binary term chunks, the doc
metadata, the posting tails and the excerpt parts; tokens.py, writer.py and reader.py follow it
section by section. Nothing here imports MkDocs; the adapter feeds pages and
annex text in and puts the bundles under site/zoekindex/.
"""
