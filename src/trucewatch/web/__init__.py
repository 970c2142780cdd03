"""The HTTP API and the analysts' page (static files beside it, no network needed)."""
