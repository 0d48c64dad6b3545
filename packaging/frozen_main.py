"""Entry point of the frozen build: the same command line as ``handtrainer``."""

import sys

from handtrainer.cli import main

if __name__ == "__main__":
    sys.exit(main())
