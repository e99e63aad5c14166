"""The visit summary on paper: the chart recorded as vectors (`chart`), the pages laid out
and painted onto a printer or a PDF (`document`). Qt, but no store: everything comes from
one `VisitSummary` (tracker.reports.summary_model)."""
