"""Analytics over records: convergence, time series. Pure Python, no spaCy."""
