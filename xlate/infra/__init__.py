"""Infrastructure with no knowledge of language or rules: cache files and folders, the cyclic collector."""
