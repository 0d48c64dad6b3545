"""YAML 1.1 numbers read from their text, without PyYAML's constructors.

PyYAML's ``construct_yaml_int``/``construct_yaml_float`` fail with IndexError on
``!!int ""``, convert any number of digits (then ``float()`` overflows, or Python's
integer string limit raises) and say "invalid literal for int()". Here every
form the safe resolver knows (decimal, ``0x``, ``0b``, octal ``0...``, base 60
``1:30``, ``.inf``, ``.nan``) is read with a bound on its size, and anything
else is a ``NumberError`` whose message a routine author understands.
"""

from __future__ import annotations

import math
import re

from handtrainer.core.wording import translate

MAX_DIGITS = 15
"""More significant digits than this make a number far too large for a routine."""

_INT = re.compile(
    r"""[-+]?(?:0b[0-1_]+
    |0[0-7_]+
    |0|[1-9][0-9_]*
    |0x[0-9a-fA-F_]+
    |[1-9][0-9_]*(?::[0-5]?[0-9])+)""",
    re.VERBOSE,
)
_FLOAT = re.compile(
    r"""[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN)""",
    re.VERBOSE,
)
_BASES = (("0b", 2), ("0x", 16))
_EXPONENT_LIMIT = 400  # beyond this a float is 0 or infinite anyway


class NumberError(ValueError):
    """Text that is not a usable number; the message says why in plain words."""


def _too_large(digits: int) -> NumberError:
    return NumberError(
        translate("Problems", "the number is far too large (%n digits)", None, digits)
    )


def _split_sign(text: str) -> tuple[int, str]:
    if text[:1] == "-":
        return -1, text[1:]
    if text[:1] == "+":
        return 1, text[1:]
    return 1, text


def _whole(digits: str, base: int = 10) -> int:
    """``int(digits, base)`` for at most ``MAX_DIGITS`` significant digits."""
    significant = digits.lstrip("0")
    # Bound by the value, whatever the base: 15 decimal digits, about 50 binary ones.
    limit = math.ceil(MAX_DIGITS * math.log(10, base))
    if len(significant) > limit:
        raise _too_large(len(significant))
    return int(significant or "0", base)


def _sexagesimal(text: str, part: type[int] | type[float]) -> float:
    """``1:30`` (base 60, YAML 1.1): the last part counts 1, the one before 60, ..."""
    parts = text.split(":")
    if len(parts) > 4:  # 60**4 s is about 150 days: already far too long for a routine
        raise NumberError(
            translate("Problems", "'{text}' has too many ':' parts to be a number").format(
                text=shorten(text)
            )
        )
    value = 0.0
    for item in parts:
        value = value * 60 + (_whole(item) if part is int else _decimal(item))
    return value


def _decimal(text: str) -> float:
    mantissa, _, exponent = text.lower().partition("e")
    whole, _, fraction = mantissa.partition(".")
    if len(whole.lstrip("0")) > MAX_DIGITS:
        raise _too_large(len(whole.lstrip("0")))
    power = exponent.lstrip("+-").lstrip("0")
    if len(power) > 3 and int(power[:4]) > _EXPONENT_LIMIT:  # 1e99999: do not build the string
        if not (whole.strip("0") or fraction.strip("0")):
            return 0.0
        return 0.0 if exponent.startswith("-") else math.inf
    # The fraction only adds precision; long runs of it cannot make the value large.
    return float(f"{whole or '0'}.{fraction[:40] or '0'}" + (f"e{exponent}" if exponent else ""))


def read_int(text: str) -> int:
    """The value of a YAML 1.1 integer (``12``, ``0x1f``, ``0b101``, ``017``, ``1:30``)."""
    cleaned = text.strip().replace("_", "")
    if not cleaned or _INT.fullmatch(cleaned) is None:
        raise NumberError(
            translate("Problems", "'{text}' is not a whole number").format(text=shorten(text))
        )
    sign, body = _split_sign(cleaned)
    for prefix, base in _BASES:
        if body.startswith(prefix):
            return sign * _whole(body[2:], base)
    if ":" in body:
        return sign * int(_sexagesimal(body, int))
    if len(body) > 1 and body.startswith("0"):
        return sign * _whole(body[1:], 8)
    return sign * _whole(body)


def read_float(text: str) -> float:
    """The value of a YAML 1.1 float (``2.5``, ``1e3``, ``.5``, ``1:30.5``, ``.inf``, ``.nan``).

    Whole numbers are accepted too (``!!float 10``).
    """
    cleaned = text.strip().replace("_", "")
    if _FLOAT.fullmatch(cleaned) is None:
        if cleaned and _INT.fullmatch(cleaned) is not None:
            return float(read_int(cleaned))
        raise NumberError(
            translate("Problems", "'{text}' is not a number").format(text=shorten(text))
        )
    sign, body = _split_sign(cleaned)
    lowered = body.lower()
    if lowered == ".inf":
        return sign * math.inf
    if lowered == ".nan":
        return math.nan
    if ":" in body:
        return sign * _sexagesimal(body, float)
    return sign * _decimal(body)


def shorten(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
