"""Resolution across documents: clusters of mentions of one real-world event, and the ceasefire registry."""
