"""Per-language rules for 'ar'."""
