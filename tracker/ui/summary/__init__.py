"""The visit summary in the window (print preview, PDF) and the data's exports and import."""
