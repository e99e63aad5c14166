"""The Labs page (Ctrl+6): results as printed on the lab report, change from baseline,
trends with the lab's own range."""
