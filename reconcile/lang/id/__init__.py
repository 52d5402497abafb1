"""Per-language rules for 'id'."""
