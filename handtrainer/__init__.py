"""Hand Trainer: step-by-step hand self-massage and hand reflexology."""

from handtrainer._none_guard import pin_none as _pin_none

__version__ = "0.1.0"

_pin_none()
