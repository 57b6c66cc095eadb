"""Models -> Markdown pages with escaped HTML blocks. No MkDocs imports here."""
