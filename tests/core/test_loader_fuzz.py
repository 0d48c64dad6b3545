"""Fuzzing the loader with mutated bundled routines (bounded in time).

Whatever a mutation does (extreme numbers, tags, odd line ends, deep nesting,
huge values, spliced noise), loading yields a routine or problems that each
name the file, a line and a column, and never takes long. A longer campaign
with the same mutations: ``python scripts/fuzz_loader.py --seconds 600``.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handtrainer.core.loader import load_routine_text
from tests.helpers.routine_mutations import BUNDLED, check_result, mutated

SECONDS_PER_FILE = 1.0  # generous for a shared CI machine; a file takes milliseconds
TEXTS = [path.read_text(encoding="utf-8") for path in BUNDLED]


@settings(
    max_examples=150,
    deadline=None,  # timed below, per file, with a clearer message
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    database=None,
)
@given(
    source=st.sampled_from(range(len(TEXTS))), seed=st.integers(0, 2**32), as_bytes=st.booleans()
)
def test_mutated_routines_load_to_routines_or_placed_problems(
    source: int, seed: int, as_bytes: bool
) -> None:
    text = mutated(random.Random(seed), TEXTS[source])
    content: str | bytes = text.encode("utf-8", "surrogatepass") if as_bytes else text
    path = Path(f"/fuzz/{BUNDLED[source].name}")
    started = time.perf_counter()
    result = load_routine_text(content, path)
    elapsed = time.perf_counter() - started
    check_result(result, path, content)
    assert elapsed < SECONDS_PER_FILE, f"{elapsed:.2f} s for seed {seed}"


def test_every_bundled_routine_survives_each_mutation_kind() -> None:
    from tests.helpers.routine_mutations import MUTATIONS

    rng = random.Random(10)
    for text, source in zip(TEXTS, BUNDLED, strict=True):
        for mutation in MUTATIONS:
            path = Path(f"/fuzz/{source.name}")
            changed = mutation(rng, text)
            started = time.perf_counter()
            result = load_routine_text(changed, path)
            assert time.perf_counter() - started < SECONDS_PER_FILE, mutation.__name__
            check_result(result, path, changed)
