"""Allow ``python -m handtrainer``."""

from handtrainer.cli import run

run()
