"""dialogs pages of the window."""
