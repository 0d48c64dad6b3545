"""A longer fuzz campaign against the loader, with the suite's mutations.

Loads mutated bundled routines for a given time and reports how many inputs it
tried, the slowest, and every input that raised, misplaced a problem or took
longer than the bound (saved under --out for replay).

Run: ``python scripts/fuzz_loader.py --seconds 600 [--seed 1] [--out fuzz-findings]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handtrainer.core.loader import load_routine_text
from tests.helpers.routine_mutations import BUNDLED, check_result, mutated


def main() -> int:
    """Run the campaign; exit 1 when anything was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bound", type=float, default=0.25, help="seconds allowed per file")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    args = parser.parse_args()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in BUNDLED]
    master = random.Random(args.seed)
    tried = found = 0
    slowest = (0.0, -1)
    sizes = 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        seed = master.getrandbits(64)
        rng = random.Random(seed)
        name, text = rng.choice(texts)
        changed = mutated(rng, text)
        content: str | bytes = (
            changed.encode("utf-8", "surrogatepass") if rng.random() < 0.5 else changed
        )
        path = Path(f"/fuzz/{name}")
        tried += 1
        sizes += len(content)
        started = time.perf_counter()
        try:
            result = load_routine_text(content, path)
            elapsed = time.perf_counter() - started
            check_result(result, path, content)
            if elapsed > args.bound:
                raise AssertionError(f"took {elapsed:.3f} s")
            slowest = max(slowest, (elapsed, seed))
        except Exception:
            found += 1
            args.out.mkdir(exist_ok=True)
            data = (
                content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            )
            (args.out / f"{seed}.yaml").write_bytes(data)
            print(f"finding {seed} ({name}):", traceback.format_exc(limit=3), file=sys.stderr)
    print(
        f"inputs tried: {tried} in {args.seconds:.0f} s (seed {args.seed}); "
        f"mean size {sizes // max(tried, 1)} characters; findings: {found}; "
        f"slowest {slowest[0] * 1000:.1f} ms (seed {slowest[1]})"
    )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
