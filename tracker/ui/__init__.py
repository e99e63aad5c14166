"""Qt only: windows, views, dialogs and item models over the services."""
