"""The window-less commands: list, validate, show, export, zones."""
