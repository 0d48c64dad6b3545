"""Allow ``python -m handtrainer``."""

from handtrainer.cli import main

raise SystemExit(main())
