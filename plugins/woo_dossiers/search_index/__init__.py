"""Our own static search index ("zoekindex", format 1): writer, reader and page text.

The contract with the browser client (FORMAT.md beside this file, and
docs/assets/zoeken.js) fixes the tokens, the binary term chunks, the doc
metadata and the excerpt groups; tokens.py, writer.py and reader.py follow it
section by section. Nothing here imports MkDocs; the adapter feeds pages and
annex text in and puts the bundles under site/zoekindex/.
"""
