"""Entry point of the frozen build: the same command line as ``handtrainer``."""

import sys

from handtrainer.cli import run

if __name__ == "__main__":
    if sys.argv[1:2] == ["--cue-host"] and len(sys.argv) == 3:
        # the sound and speech helper processes (handtrainer/ui/cues/host.py)
        from handtrainer.ui.cues.host import run_host

        run_host(sys.argv[2])
    run()
