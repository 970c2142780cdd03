"""The database: documents, events and their actors. SQLite by default; knows nothing of spaCy."""

from trucewatch.store.sqlite import AddResult, EventFilter, Store, default_db

__all__ = ["AddResult", "EventFilter", "Store", "default_db"]
