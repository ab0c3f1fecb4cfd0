"""Glossary model, formats and loading."""

from xlate.glossary.loader import find_glossary_dir, load_glossary
from xlate.glossary.model import Concept, Glossary, GlossaryError, Term

__all__ = ["Concept", "Glossary", "GlossaryError", "Term", "find_glossary_dir", "load_glossary"]
