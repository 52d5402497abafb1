"""Per-language rules for 'fr'."""
