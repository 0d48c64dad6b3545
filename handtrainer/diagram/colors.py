"""The diagram's colours for light and dark screens and for paper."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtGui import QColor, QPalette


def _c(text: str, alpha: int = 255) -> QColor:
    color = QColor(text)
    color.setAlpha(alpha)
    return color


def _to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _to_srgb(v: float) -> float:
    v = min(1.0, max(0.0, v))
    return 12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def mix_light(start: QColor, end: QColor, t: float) -> QColor:
    """start blended towards end by t (0..1) as light mixes, in linear light: a pale
    skin fading into a dark window stays skin-coloured until it dissolves, where a
    plain (sRGB) blend passes through a muddy grey-brown on the way."""
    rgb = [
        _to_srgb(_to_linear(a) + (_to_linear(b) - _to_linear(a)) * t)
        for a, b in (
            (start.redF(), end.redF()),
            (start.greenF(), end.greenF()),
            (start.blueF(), end.blueF()),
        )
    ]
    alpha = start.alphaF() + (end.alphaF() - start.alphaF()) * t
    return QColor.fromRgbF(rgb[0], rgb[1], rgb[2], alpha)


@dataclass(frozen=True, eq=False)
class DiagramColors:
    """Every colour the renderer uses. Build one with light(), dark(), for_print()
    or from_palette(); the fields may be replaced for a custom look."""

    background: QColor  # used only by surfaces that want a filled background
    skin: QColor
    skin_light: QColor  # soft highlights on the mounds and pads
    skin_shadow: QColor  # soft shade in the hollow of the palm
    outline: QColor
    crease: QColor
    crease_main: QColor
    crease_faint: QColor
    tendon: QColor
    knuckle: QColor
    nail: QColor
    nail_edge: QColor
    highlight: QColor  # translucent zone fill
    highlight_edge: QColor
    hatch: QColor
    arrow: QColor
    arrow_halo: QColor  # drawn under the arrow so it stands out on skin and background
    marker: QColor
    marker_fill: QColor
    text: QColor
    label_background: QColor
    caption: QColor
    caption_cue: QColor
    ghost: QColor  # the working thumb or fingertips, light and translucent
    ghost_edge: QColor

    @classmethod
    def light(cls) -> DiagramColors:
        """Colours for a light window."""
        return cls(
            background=_c("#fbfaf8"),
            skin=_c("#f0d5c2"),
            skin_light=_c("#fff6ef", 150),
            skin_shadow=_c("#b98468", 56),
            outline=_c("#9c705b"),
            crease=_c("#b7896f"),
            crease_main=_c("#a97b62"),
            crease_faint=_c("#c9a08a"),
            tendon=_c("#dcb7a1"),
            knuckle=_c("#c08f76"),
            nail=_c("#f7e6dc"),
            nail_edge=_c("#b88c74"),
            highlight=_c("#2b7bb9", 92),
            highlight_edge=_c("#1c5f94"),
            hatch=_c("#1c5f94", 120),
            arrow=_c("#c2410c"),
            arrow_halo=_c("#ffffff", 200),
            marker=_c("#8a1c4a"),
            marker_fill=_c("#ffffff", 210),
            text=_c("#222222"),
            label_background=_c("#ffffff", 225),
            caption=_c("#3a3a3a"),
            caption_cue=_c("#6b6b6b"),
            ghost=_c("#ffffff", 120),
            ghost_edge=_c("#7a5a4a", 170),
        )

    @classmethod
    def dark(cls) -> DiagramColors:
        """Colours for a dark window: the same warm skin, lighter accents."""
        return cls(
            background=_c("#26282b"),
            skin=_c("#dfbea8"),
            skin_light=_c("#fbeadf", 120),
            skin_shadow=_c("#8c5e46", 60),
            outline=_c("#f3dccd", 200),
            crease=_c("#a87a61"),
            crease_main=_c("#9a6d55"),
            crease_faint=_c("#bb927c"),
            tendon=_c("#cda792"),
            knuckle=_c("#ad7e65"),
            nail=_c("#efdcd0"),
            nail_edge=_c("#a67a62"),
            highlight=_c("#3d8fd1", 110),
            highlight_edge=_c("#1d5e91"),
            hatch=_c("#1d5e91", 130),
            arrow=_c("#f08a4b"),
            arrow_halo=_c("#1d1f22", 200),
            marker=_c("#b0245e"),
            marker_fill=_c("#ffffff", 210),
            text=_c("#f1f1f1"),
            label_background=_c("#2c2f33", 230),
            caption=_c("#e6e6e6"),
            caption_cue=_c("#b5b5b5"),
            ghost=_c("#ffffff", 95),
            ghost_edge=_c("#fff4ea", 190),
        )

    @classmethod
    def for_print(cls) -> DiagramColors:
        """Grayscale-friendly colours for paper: highlights rely on edge and hatch."""
        return cls(
            background=_c("#ffffff"),
            skin=_c("#f2f2f2"),
            skin_light=_c("#ffffff", 140),
            skin_shadow=_c("#8a8a8a", 40),
            outline=_c("#4a4a4a"),
            crease=_c("#8d8d8d"),
            crease_main=_c("#777777"),
            crease_faint=_c("#ababab"),
            tendon=_c("#c8c8c8"),
            knuckle=_c("#8d8d8d"),
            nail=_c("#ffffff"),
            nail_edge=_c("#7a7a7a"),
            highlight=_c("#5a5a5a", 70),
            highlight_edge=_c("#111111"),
            hatch=_c("#222222", 170),
            arrow=_c("#000000"),
            arrow_halo=_c("#ffffff"),
            marker=_c("#000000"),
            marker_fill=_c("#ffffff", 230),
            text=_c("#000000"),
            label_background=_c("#ffffff", 235),
            caption=_c("#000000"),
            caption_cue=_c("#333333"),
            ghost=_c("#ffffff", 150),
            ghost_edge=_c("#555555", 220),
        )

    @classmethod
    def from_palette(cls, palette: QPalette) -> DiagramColors:
        """light() or dark(), by how light the palette's window colour is, with that
        window colour as the background (the faded forearm ends in it)."""
        window = palette.color(QPalette.ColorRole.Window)
        base = cls.dark() if window.lightnessF() < 0.5 else cls.light()
        return replace(base, background=QColor(window))

    def key(self) -> tuple[int, ...]:
        """A hashable fingerprint, for caches."""
        return tuple(getattr(self, f.name).rgba() for f in fields(self))

    def is_grey(self) -> bool:
        """True when every colour is a grey (the print colours): a grey picture will do."""
        return all(
            c.red() == c.green() == c.blue() for c in (getattr(self, f.name) for f in fields(self))
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DiagramColors) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())
