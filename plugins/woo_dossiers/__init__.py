"""Publish Dutch Wob/Woo decision dossiers as a static site."""

__version__ = "0.1.0"
