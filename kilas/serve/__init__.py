"""Serving results to people: the text views and the HTML report (later an HTTP API)."""
