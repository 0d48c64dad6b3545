"""The routine sheet: one layout drawn to a printer, a print preview or a PDF."""
