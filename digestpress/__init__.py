"""digestpress: raw scraped news text → clean Markdown posts → a multilingual digest site."""

from .config import CleanConfig
from .model import FileResult, Post, Removal
from .pipeline import clean_bytes

__all__ = ["CleanConfig", "FileResult", "Post", "Removal", "clean_bytes"]
__version__ = "0.1.0"
