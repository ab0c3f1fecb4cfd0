"""`xlate lsp`: xlate as a language server (pygls over stdio), on the check pipeline of xlate/api.py.

server.py wires the protocol; projects.py picks each file's configuration and glossary; corpus.py
keeps each workspace file's observations for the corpus rules and pairs; convert.py turns findings
into diagnostics; actions.py, glossary_view.py and words.py are the code actions, hover and
definition, and the word-list writer; background.py runs the checks that need a translation engine.
"""
