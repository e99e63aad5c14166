"""Charts, all drawn with pyqtgraph; imported only after the first paint."""
