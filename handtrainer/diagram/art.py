"""The hand art loaded from the generated SVG files: drawing layers and zone shapes.

The SVGs come from scripts/make_hand_art.py. Art elements carry a ``class`` naming
their colour role (skin, outline, crease...), so one drawing serves light, dark and
print colours; zones live in ``<g id="zones">`` with ``id`` = zone id.
"""

from __future__ import annotations

import marshal
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

from handtrainer.core.model import View
from handtrainer.core.zones import ZoneKind
from handtrainer.diagram import art_cache
from handtrainer.diagram.svgpath import parse_path

_NS = "http://www.w3.org/2000/svg"


@dataclass(frozen=True)
class SoftShape:
    """A soft shading ellipse (drawn with a radial gradient)."""

    role: str
    center: QPointF
    rx: float
    ry: float
    angle: float


@dataclass(frozen=True)
class ArtLayer:
    """One stroked or filled path of the base art, with its colour role."""

    role: str
    path: QPainterPath
    closed: bool


@dataclass
class ZoneShape:
    """The shape of one zone on one view, in art coordinates."""

    id: str
    kind: ZoneKind
    path: QPainterPath  # area outline, line path, or the point's circle
    anchor: QPointF  # where a motion arrow passes or a label points
    axis: tuple[QPointF, QPointF] | None = None  # an area's natural stroke direction
    radius: float = 0.0  # points only
    line_points: tuple[QPointF, ...] = ()  # lines only: samples from start to end
    _hit: QPainterPath | None = field(default=None, repr=False)
    _hit_area: float | None = field(default=None, repr=False)
    cache: dict[tuple[object, ...], QPainterPath] = field(default_factory=dict, repr=False)

    @property
    def hit_area(self) -> float:
        """Areas: the size that prefers the smallest zone under the mouse. Measured when
        first asked: only pointing at the diagram needs it, not drawing it."""
        if self._hit_area is None:
            self._hit_area = _polygon_area(self.path) if self.kind is ZoneKind.AREA else 0.0
        return self._hit_area

    def hit_path(self) -> QPainterPath:
        """A filled path for hit testing (lines are widened)."""
        if self._hit is None:
            if self.kind is ZoneKind.LINE:
                stroker = QPainterPathStroker()
                stroker.setWidth(22.0)
                self._hit = stroker.createStroke(self.path)
            else:
                self._hit = self.path
        return self._hit


@dataclass
class ArtView:
    """One view of the right hand: size, layers and zones."""

    view: View
    width: float
    height: float
    fade: tuple[float, float]
    silhouette: QPainterPath
    outline: QPainterPath
    layers: list[ArtLayer]
    soft: list[SoftShape]
    zones: dict[str, ZoneShape]
    mm: float = 4.0  # art units per millimetre of the real hand (sizes of marks)
    # What the art was read from and by (its bytes and the code), and the name its
    # entries in the art cache go by; empty for art made in memory: nothing is cached.
    cache_key: str = ""
    cache_name: str = ""

    @property
    def rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.width, self.height)

    def rect_path(self) -> QPainterPath:
        """The whole drawing as a path, with a margin (for clipping parts away)."""
        path = QPainterPath()
        path.addRect(self.rect.adjusted(-self.width, -self.height, self.width, self.height))
        return path


def _floats(text: str) -> list[float]:
    return [float(v) for v in text.replace(",", " ").split()]


def _sample(path: QPainterPath, n: int = 24) -> tuple[QPointF, ...]:
    length = path.length()
    return tuple(path.pointAtPercent(path.percentAtLength(length * k / n)) for k in range(n + 1))


def _polygon_area(path: QPainterPath) -> float:
    total = 0.0
    for poly in path.toSubpathPolygons(QTransform()):
        pts = [poly.at(i) for i in range(poly.count())]
        total += (
            abs(
                sum(
                    a.x() * b.y() - b.x() * a.y()
                    for a, b in zip(pts, pts[1:] + pts[:1], strict=True)
                )
            )
            / 2
        )
    return total


@dataclass
class _Element:
    """An SVG element as the art needs it: its name, attributes and children."""

    tag: str  # without the SVG namespace
    attrib: dict[str, str]
    children: list[_Element] = field(default_factory=list)

    def get(self, key: str, default: str | float = "") -> str:
        return self.attrib.get(key, str(default))


def _read_svg(data: bytes) -> list[_Element]:
    """Every element of the file in document order, the root first.

    Read with expat itself: ElementTree's modules cost more to import than the art
    takes to read. ``xml.parsers.expat.ExpatError`` on a malformed file."""
    from xml.parsers import expat

    elements: list[_Element] = []
    open_elements: list[_Element] = []

    def start(name: str, attrib: dict[str, str]) -> None:
        space, _, tag = name.rpartition("}")
        element = _Element(tag if space in ("", _NS) else name, attrib)
        if open_elements:
            open_elements[-1].children.append(element)
        open_elements.append(element)
        elements.append(element)

    def end(_name: str) -> None:
        open_elements.pop()

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.Parse(data, True)
    return elements


def _zone(el: _Element) -> ZoneShape:
    zid = el.get("id", "")
    tag = el.tag
    if tag == "circle":
        c = QPointF(float(el.get("cx", 0)), float(el.get("cy", 0)))
        r = float(el.get("r", 8))
        path = QPainterPath()
        path.addEllipse(c, r, r)
        return ZoneShape(zid, ZoneKind.POINT, path, c, radius=r)
    path = parse_path(el.get("d", ""))
    if "line" in el.get("class", "").split():
        pts = _sample(path)
        return ZoneShape(zid, ZoneKind.LINE, path, path.pointAtPercent(0.5), line_points=pts)
    anchor_attr = el.get("data-anchor")
    if anchor_attr:
        ax, ay = _floats(anchor_attr)
        anchor = QPointF(ax, ay)
    else:
        anchor = path.boundingRect().center()
    axis = None
    if el.get("data-axis"):
        v = _floats(el.get("data-axis", ""))
        axis = (QPointF(v[0], v[1]), QPointF(v[2], v[3]))
    return ZoneShape(zid, ZoneKind.AREA, path, anchor, axis=axis)


def load_view(svg_path: Path, view: View) -> ArtView:
    """Read one generated SVG file, or what reading it gave last time (see ``art_cache``).

    ``OSError`` when it cannot be read, ``xml.parsers.expat.ExpatError`` when it is not XML.
    """
    data = svg_path.read_bytes()
    key = f"{art_cache.checksum(data)}-{art_cache.code_stamp()}"
    name = f"{view.value}-{zlib.crc32(str(svg_path.resolve()).encode()):08x}"
    cached = art_cache.read(f"{name}.art", key)
    art = _from_bytes(cached, view) if cached is not None else None
    if art is None:
        art = _parse_view(data, view)
        if art_cache.enabled():
            art_cache.write(f"{name}.art", key, _to_bytes(art))
    art.cache_key, art.cache_name = key, name
    return art


def _parse_view(data: bytes, view: View) -> ArtView:
    elements = _read_svg(data)
    root = elements[0]
    vb = _floats(root.get("viewBox", "0 0 100 100"))
    fade = _floats(root.get("data-fade", f"{vb[3]} {vb[3]}"))
    mm = float(root.get("data-mm", "4"))
    layers: list[ArtLayer] = []
    soft: list[SoftShape] = []
    silhouette = QPainterPath()
    outline = QPainterPath()
    zones: dict[str, ZoneShape] = {}
    for group in (e for e in elements if e.tag == "g"):
        gid = group.get("id")
        for el in group.children:
            tag = el.tag
            if gid == "zones":
                if el.get("id"):
                    zones[el.get("id", "")] = _zone(el)
                continue
            if gid != "art":
                continue
            role = el.get("class", "")
            if tag == "ellipse":
                cx, cy = float(el.get("cx", 0)), float(el.get("cy", 0))
                angle = 0.0
                transform = el.get("transform", "")
                if transform.startswith("rotate("):
                    angle = _floats(transform[7:].rstrip(")"))[0]
                soft.append(
                    SoftShape(
                        role, QPointF(cx, cy), float(el.get("rx", 1)), float(el.get("ry", 1)), angle
                    )
                )
            elif tag == "path":
                d = el.get("d", "")
                path = parse_path(d)
                if role == "skin":
                    silhouette = path
                elif role == "outline":
                    outline = path
                else:
                    layers.append(ArtLayer(role, path, d.rstrip().endswith(("Z", "z"))))
    return ArtView(
        view, vb[2], vb[3], (fade[0], fade[1]), silhouette, outline, layers, soft, zones, mm
    )


def _to_bytes(art: ArtView) -> bytes:
    """The art as plain values (``marshal``), its paths in one Qt data stream."""
    zones = list(art.zones.values())
    blob = QByteArray()
    stream = QDataStream(blob, QIODevice.OpenModeFlag.WriteOnly)
    for path in (
        art.silhouette,
        art.outline,
        *(a.path for a in art.layers),
        *(z.path for z in zones),
    ):
        stream << path  # Qt's stream operator writes
    shapes = tuple((s.role, s.center.x(), s.center.y(), s.rx, s.ry, s.angle) for s in art.soft)
    zone_values = tuple(
        (
            z.id,
            z.kind.value,
            (z.anchor.x(), z.anchor.y()),
            None if z.axis is None else tuple(c for p in z.axis for c in (p.x(), p.y())),
            z.radius,
            tuple(c for p in z.line_points for c in (p.x(), p.y())),
        )
        for z in zones
    )
    layers = tuple((a.role, a.closed) for a in art.layers)
    values = (art.width, art.height, art.fade, art.mm, layers, shapes, zone_values)
    return marshal.dumps((values, bytes(blob.data())))


def _from_bytes(payload: bytes, view: View) -> ArtView | None:
    """The art ``_to_bytes`` wrote, or ``None`` if the payload is not that."""
    try:
        values, blob = marshal.loads(payload)
        width, height, fade, mm, layers, shapes, zone_values = values
        stream = QDataStream(QByteArray(blob))

        def path() -> QPainterPath:
            read = QPainterPath()
            stream >> read  # Qt's stream operator reads
            return read

        def points(flat: tuple[float, ...]) -> tuple[QPointF, ...]:
            return tuple(QPointF(flat[i], flat[i + 1]) for i in range(0, len(flat), 2))

        silhouette, outline = path(), path()
        art_layers = [ArtLayer(role, path(), closed) for role, closed in layers]
        soft = [SoftShape(r, QPointF(x, y), rx, ry, a) for r, x, y, rx, ry, a in shapes]
        zones: dict[str, ZoneShape] = {}
        for zid, kind, anchor, axis, radius, line in zone_values:
            ends = points(axis) if axis is not None else ()
            zones[zid] = ZoneShape(
                zid,
                ZoneKind(kind),
                path(),
                QPointF(*anchor),
                axis=(ends[0], ends[1]) if ends else None,
                radius=radius,
                line_points=points(line),
            )
        if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
            return None
        return ArtView(
            view, width, height, tuple(fade), silhouette, outline, art_layers, soft, zones, mm
        )
    except Exception:  # whatever is wrong with it, the file is read afresh
        return None
