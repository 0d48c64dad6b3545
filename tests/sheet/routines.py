"""Routines built in code for the sheet tests and the benchmark."""

from __future__ import annotations

from handtrainer.core.model import Audience, Hand, Pressure, Routine, Step, Technique, View

LONG_INSTRUCTION = (
    "Rest the hand palm up on your knee. With the pad of your other thumb, press into the "
    "centre of the palm and make small slow circles, letting the pressure sink in on the way "
    "down and ease off on the way up. Keep breathing slowly; if anything hurts, lighten the "
    "pressure or skip the step. Finish by stroking once from the fingers to the wrist."
)


def short_routine() -> Routine:
    """Four steps with cautions: a desk card."""
    return Routine(
        id="desk-break",
        title="Desk break for tired hands",
        summary="A short routine between typing sessions: warm, loosen, press, stretch.",
        audience=Audience.SELF,
        cautions=(
            "Skip any area with a wound, rash, swelling or recent injury.",
            "Stop if you feel pain, numbness or tingling, and ask a doctor about it.",
        ),
        steps=(
            Step(
                "Warm the palms",
                "Rub your palms together briskly until they feel warm.",
                Technique.RUB,
                hand=Hand.BOTH,
                zones=("palm",),
                duration=20,
                pressure=Pressure.LIGHT,
            ),
            Step(
                "Circle the palm centre",
                LONG_INSTRUCTION,
                Technique.CIRCLE,
                zones=("palm.center", "point.palm-center"),
                path=("palm.center",),
                duration=30,
                pressure=Pressure.MEDIUM,
                tradition="The centre of the palm is associated with calm.",
            ),
            Step(
                "Squeeze each finger",
                "Squeeze each finger from base to tip, one after the other.",
                Technique.SQUEEZE,
                view=View.BACK,
                zones=("fingers",),
                path=("index.base", "index.tip"),
                repeat=5,
                pace=3,
                pressure=Pressure.FIRM,
            ),
            Step(
                "Stretch the thumb",
                "Pull the thumb gently back and hold.",
                Technique.STRETCH,
                hand=Hand.LEFT,
                zones=("thumb",),
                duration=15,
                rest=5,
            ),
        ),
    )


def long_routine(count: int = 20) -> Routine:
    """``count`` varied steps, long enough to need several pages."""
    techniques = list(Technique)
    zone_sets = (
        ("palm.center",),
        ("thumb", "palm.thenar"),
        ("back.hand",),
        ("index", "middle"),
        ("wrist.inner", "point.pc6"),
        ("palm.heel",),
    )
    steps = []
    for i in range(count):
        view = View.BACK if zone_sets[i % len(zone_sets)] == ("back.hand",) else View.PALM
        steps.append(
            Step(
                f"Step title number {i + 1}",
                (LONG_INSTRUCTION if i % 3 == 0 else "Stroke slowly along the highlighted area.")
                + f" End of step {i + 1}.",
                techniques[i % len(techniques)],
                hand=list(Hand)[i % 4],
                view=view,
                zones=zone_sets[i % len(zone_sets)],
                path=zone_sets[i % len(zone_sets)][:1],
                duration=30 if i % 2 else None,
                repeat=None if i % 2 else 8,
                pace=None if i % 2 else 2.5,
                pressure=list(Pressure)[i % 3],
                tradition="Linked in tradition to the shoulders." if i % 5 == 0 else "",
            )
        )
    return Routine(
        id="long-test",
        title="A long routine for testing the sheet",
        summary="Twenty steps of every kind, with long and short instructions.",
        audience=Audience.PARTNER,
        cautions=("Not during pregnancy without advice.",),
        sources=(
            "A book about hands, 2001.",
            "https://example.org/a-very-long-address/of-a-source",
        ),
        steps=tuple(steps),
    )


def words(prefix: str, count: int) -> str:
    """``prefix0 prefix1 ...``: text whose every word can be looked for in a PDF."""
    return " ".join(f"{prefix}{i}" for i in range(count))


def tall_routine(count: int = 1200) -> Routine:
    """Three steps, the middle one far taller than a page: instruction, notes and tradition."""
    base = short_routine()
    tall = Step(
        "A step taller than a page",
        words("word", count) + " and this is the end of the instruction.",
        Technique.CIRCLE,
        zones=("palm.center",),
        path=("palm.center",),
        duration=30,
        notes=words("note", count // 4) + " the last note.",
        tradition=words("lore", count // 4) + " the end of the tradition.",
    )
    return Routine(
        id="tall-step",
        title="A routine with a tall step",
        summary="",
        steps=(base.steps[0], tall, base.steps[2]),
        notes="The routine's own notes come after the steps.",
    )
