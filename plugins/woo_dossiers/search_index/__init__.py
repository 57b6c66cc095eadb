"""Our own static search index ("zoekindex", format 1): writer, reader and page text.

The contract with the browser client ("search-spec", format 1) fixes the tokens,
the binary term chunks, the doc metadata and the excerpt groups; tokens.py,
writer.py and reader.py follow it section by section. Nothing here imports MkDocs; the adapter feeds pages and annex
text in and puts the bundle under site/zoekindex/.
"""
