"""sourcebook: a static site generator for collections of primary sources."""

__version__ = "0.1.0"
