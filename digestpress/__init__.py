"""digestpress: raw scraped news text → clean Markdown posts → a multilingual digest site."""

from .config import CleanConfig
from .model import FileResult, Post, Removal

__all__ = ["CleanConfig", "FileResult", "Post", "Removal", "clean_bytes"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """`clean_bytes` is imported on first use: the site build needs no cleaner."""
    if name == "clean_bytes":
        from .pipeline import clean_bytes

        return clean_bytes
    raise AttributeError(f"module 'digestpress' has no attribute {name!r}")
