"""The course's figures turned into text, JSON and (later) the visit summary."""
