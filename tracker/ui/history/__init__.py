"""The History page's parts: its filter, its texts about a day, its legend and its layout.

The page itself is `tracker.ui.views.history.HistoryView`."""
