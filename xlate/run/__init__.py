"""Running over files: discovery, reading, the result cache, processes, baselines, fixes, the configuration file."""
