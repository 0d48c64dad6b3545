"""Hand Trainer: step-by-step hand self-massage and hand reflexology."""

__version__ = "0.1.0"
