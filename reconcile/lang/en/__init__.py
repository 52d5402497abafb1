"""Per-language rules for 'en'."""
