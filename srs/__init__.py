"""srs: flashcards that grow out of your markdown notes."""

__version__ = "0.1.0"
