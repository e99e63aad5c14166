"""isotrack: a private, offline tracker for an isotretinoin course."""

__version__ = "0.1.0"
APP_NAME = "isotrack"
