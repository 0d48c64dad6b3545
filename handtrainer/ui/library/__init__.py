"""library pages of the window."""
