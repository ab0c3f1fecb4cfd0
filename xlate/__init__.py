"""xlate: an offline Spanish/English translation-consistency checker."""

__version__ = "0.1.0"
