"""Desmig Desktop: the offline workbench of a Desmigratif village officer."""

__version__ = "0.1.0"
