"""practice pages of the window."""
