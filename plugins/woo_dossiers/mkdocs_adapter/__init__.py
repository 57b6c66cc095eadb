"""The only part of the package that knows MkDocs."""
