"""The shared page cache's middleware: whole pages kept per kind of reader
(readers.py), built on pages/common/caching/."""
