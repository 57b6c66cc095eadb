"""Our own static search index ("zoekindex", format 1): writer, reader and page text.

The contract with the browser client is docs/search-index-format (kept in the
project brief as search-spec.md): tokens, binary term chunks, doc metadata and
excerpt groups. Nothing here imports MkDocs; the adapter feeds pages and annex
text in and puts the bundle under site/zoekindex/.
"""
