"""Text utilities every layer above may use: folding, language scores, names, numbers, phrases, vocabulary."""
