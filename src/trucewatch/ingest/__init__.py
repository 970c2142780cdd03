"""Ways in: each reader yields Documents, or InputProblems for inputs it cannot read."""

from trucewatch.ingest.sources import MAX_CHARS, read_inputs

__all__ = ["MAX_CHARS", "read_inputs"]
