"""mianshi (面试): a local-first study system for algorithm-engineer interviews."""

__version__ = "0.1.0"
