"""Pure course arithmetic and rules: no Qt, no SQLAlchemy, no I/O."""
