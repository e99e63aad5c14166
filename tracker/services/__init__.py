"""Use cases. Each public method is one user action with one short session; results are
plain dataclasses (or frozen domain values), never live ORM objects.

This package's own import is free of SQLAlchemy, so the GUI can import `records` (the plain
values it shows) before the store is opened; `container` builds the services themselves.
"""
