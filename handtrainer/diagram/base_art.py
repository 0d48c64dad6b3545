"""The still drawing of the hand or foot: skin, shading, creases, outline, the fade.

Raster surfaces get it from a cached image per size and colours; printers and PDF get
plain vectors, or with ``art_image`` one shared picture per view. Translucent gradients
are kept off vector devices: they turn into soft masks that some viewers draw as hard
blotches.
"""

from __future__ import annotations

import struct
import zlib
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QRadialGradient,
    QTransform,
)

from handtrainer.diagram import art_cache, overlay
from handtrainer.diagram import curl as curling
from handtrainer.diagram.art import ArtView
from handtrainer.diagram.colors import DiagramColors, mix_light
from handtrainer.diagram.curl import CURL_STAGES

CACHE_SIZE = 12  # pictures kept: a few sizes of each view, in both colour schemes
PRINT_ART_PX = 1250  # the art's height as a picture on paper: 450 dpi at 7 cm, 530 at 6
DARK_FADE = 0.45  # on a dark window the forearm fades over this part of the art's fade
_PICTURE_HEAD = struct.Struct("<4i")  # width, height, bytes a line, QImage format


class ArtPainter:
    """Paints the still art, keeping the pictures it made for raster surfaces and paper."""

    def __init__(self) -> None:
        self._images: OrderedDict[tuple[object, ...], QImage] = OrderedDict()

    def paint_cached(
        self,
        painter: QPainter,
        art: ArtView,
        colors: DiagramColors,
        px: float,
        curl: float = 0.0,
    ) -> bool:
        """Draw the static art from a cached image; False when the transform is unusual.
        Called with the hand's transform already on the painter."""
        world = painter.worldTransform()
        if world.type().value > QTransform.TransformationType.TxScale.value:
            return False
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        dev = world.mapRect(art.rect)
        # round the edges (not the size) so a mirrored hand lands on the same pixels
        x, y = round(dev.left() * dpr), round(dev.top() * dpr)
        w, h = round(dev.right() * dpr) - x, round(dev.bottom() * dpr) - y
        if w < 2 or h < 2 or w * h > 16_000_000:
            return False
        mirrored = world.m11() < 0
        key = (art.view, mirrored, colors.key(), w, h, round(curl * CURL_STAGES))
        image = self._images.get(key)
        if image is None:
            image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            s = w / art.width
            t = QTransform()
            if mirrored:
                t.translate(w, 0)
                t.scale(-s, h / art.height)
            else:
                t.scale(s, h / art.height)
            p.setTransform(t)
            self.paint(p, art, colors, px, curl=curl)
            p.end()
        self._keep(key, image)
        painter.save()
        painter.resetTransform()
        painter.drawImage(QRectF(x / dpr, y / dpr, w / dpr, h / dpr), image)
        painter.restore()
        return True

    def paint_picture(
        self, painter: QPainter, art: ArtView, colors: DiagramColors, curl: float
    ) -> None:
        """The still drawing as one picture at a fixed size, drawn with the hand's transform.

        A PDF writer stores an image once however often it is drawn, and mirroring is
        the transform's job, so every step showing this view (either hand, both hands)
        shares one picture instead of repeating thousands of curves. Opaque on the paper
        colour: a picture with alpha would carry a second, soft-mask image.
        """
        key = ("print", art.view, colors.key(), round(curl * CURL_STAGES))
        image = self._images.get(key)
        if image is None:
            image = _kept_picture(art, key)
        if image is None:
            image = self._new_picture(art, colors, curl)
            _keep_picture(art, key, image)
        self._keep(key, image)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        painter.drawImage(art.rect, image)
        painter.restore()

    def _new_picture(self, art: ArtView, colors: DiagramColors, curl: float) -> QImage:
        h = PRINT_ART_PX
        w = max(2, round(h * art.width / art.height))
        # The print colours are greys: painted straight into one byte a pixel (the
        # same pixels as painting in colour and converting, without the colour copy).
        grey = colors.is_grey()
        image_format = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32
        image = QImage(w, h, image_format)
        image.fill(colors.background)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(QTransform.fromScale(w / art.width, h / art.height))
        # As on paper: no soft shading, an opaque fade into the paper.
        self.paint(p, art, colors, art.height / h, vector=True, curl=curl)
        p.end()
        return image

    def _keep(self, key: tuple[object, ...], image: QImage) -> None:
        """Keep ``image`` as the most recently used, dropping the oldest past the limit."""
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)

    def paint(
        self,
        painter: QPainter,
        art: ArtView,
        colors: DiagramColors,
        px: float,
        vector: bool = False,
        curl: float = 0.0,
    ) -> None:
        """The static drawing (with the fingers curled by ``curl``, 0 = open).
        On vector devices (PDF, printers) translucent gradients are avoided: they turn
        into soft masks that some viewers draw as hard blotches."""
        cut = curling.cut_region(art, curl) if curl > 0 else None
        if cut is not None:
            painter.save()
            painter.setClipPath(art.rect_path().subtracted(cut), Qt.ClipOperation.IntersectClip)
        paint_open_art(painter, art, colors, px, vector)
        if cut is not None:
            painter.restore()
            curling.paint_curled(painter, art, colors, curl, px)


def _picture_entry(art: ArtView, key: tuple[object, ...]) -> tuple[str, str] | None:
    """The art cache's name and key for a paper picture; ``None`` for art made in memory."""
    if not art.cache_name:
        return None
    made = zlib.crc32(repr((key, PRINT_ART_PX)).encode())
    # One name for each view, colours and curl: a new version of the art or the code
    # replaces its picture instead of leaving the old one behind.
    return f"{art.cache_name}-{made:08x}.picture", art.cache_key


def _kept_picture(art: ArtView, key: tuple[object, ...]) -> QImage | None:
    """The picture painted last time for this art, colours and curl, if the cache has it."""
    entry = _picture_entry(art, key)
    payload = art_cache.read(*entry) if entry is not None else None
    if payload is None or len(payload) < _PICTURE_HEAD.size:
        return None
    w, h, line, kind = _PICTURE_HEAD.unpack_from(payload)
    try:
        pixels = zlib.decompress(payload[_PICTURE_HEAD.size :])
        image_format = QImage.Format(kind)
    except (zlib.error, ValueError):
        return None
    if w < 1 or h < 1 or line < w or len(pixels) != line * h:
        return None
    image = QImage(pixels, w, h, line, image_format).copy()  # a copy owns its pixels
    return None if image.isNull() or image.bytesPerLine() != line else image


def _keep_picture(art: ArtView, key: tuple[object, ...], image: QImage) -> None:
    entry = _picture_entry(art, key)
    if entry is not None and art_cache.enabled():
        head = _PICTURE_HEAD.pack(
            image.width(), image.height(), image.bytesPerLine(), image.format().value
        )
        art_cache.write(entry[0], entry[1], head + zlib.compress(bytes(image.constBits()), 1))


def paint_open_art(
    painter: QPainter,
    art: ArtView,
    colors: DiagramColors,
    px: float,
    vector: bool,
) -> None:
    """The art with the fingers open."""
    top, bottom = _fade_span(art, colors)
    fade = QLinearGradient(0.0, top, 0.0, bottom)
    _ease_fade(fade, colors.skin, colors.background, vector)
    painter.fillPath(art.silhouette, QBrush(fade))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.save()
    # soft shading stays on the skin: past the outline it would glow on a dark window
    painter.setClipPath(art.silhouette, Qt.ClipOperation.IntersectClip)
    for soft in () if vector else art.soft:
        color = colors.skin_light if soft.role == "soft-light" else colors.skin_shadow
        gradient = QRadialGradient(QPointF(0.0, 0.0), soft.rx)
        gradient.setColorAt(0.0, color)
        gradient.setColorAt(1.0, overlay._alpha(color, 0.0))
        painter.save()
        painter.translate(soft.center)
        painter.rotate(soft.angle)
        painter.scale(1.0, soft.ry / soft.rx)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(QPointF(0.0, 0.0), soft.rx, soft.rx)
        painter.restore()
    painter.restore()
    widths = {
        "crease": 2.0,
        "crease-main": 2.7,
        "crease-faint": 1.5,
        "tendon": 3.0,
        "knuckle": 2.2,
        "nail": 2.0,
    }
    role_colors = {
        "crease": colors.crease,
        "crease-main": colors.crease_main,
        "crease-faint": colors.crease_faint,
        "tendon": colors.tendon,
        "knuckle": colors.knuckle,
        "nail": colors.nail_edge,
    }
    for layer in art.layers:
        pen = QPen(
            role_colors.get(layer.role, colors.crease),
            max(widths.get(layer.role, 2.0), 0.55 * px),
        )
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if layer.role == "nail":
            painter.fillPath(layer.path, colors.nail)
        painter.strokePath(layer.path, pen)
    # the outline is gone before the skin is: edges that outlast the skin would frame
    # the dissolving forearm like a box
    span = bottom - top
    outline = QLinearGradient(0.0, top - 0.2 * span, 0.0, top + 0.65 * span)
    _ease_fade(outline, colors.outline, colors.background, vector)
    pen = QPen(QBrush(outline), max(3.2, 1.0 * px))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(art.outline, pen)


def _fade_span(art: ArtView, colors: DiagramColors) -> tuple[float, float]:
    """Where the forearm fades out (art y, top to bottom). On a dark window only the
    end of the art's fade is used: a long ramp from pale skin to near black reads as a
    muddy band, a short one as the soft end of the picture."""
    top, bottom = art.fade
    if colors.background.lightnessF() < 0.5:
        top = bottom - DARK_FADE * (bottom - top)
    return top, bottom


def _ease_fade(gradient: QLinearGradient, start: QColor, window: QColor, opaque: bool) -> None:
    """Stops easing (smoothstep) from start into the window colour, mixed as light mixes
    (see mix_light); the last stop is transparent unless opaque (PDF and printers, where
    translucent gradients become soft masks). A straight ramp would show an edge where
    it begins, and a plain blend a muddy band on a dark window."""
    steps = 12
    end = QColor(window)
    end.setAlphaF(start.alphaF())
    for k in range(steps + 1):
        t = k / steps
        c = mix_light(start, end, t * t * (3 - 2 * t))
        if k == steps and not opaque:
            c.setAlphaF(0.0)
        gradient.setColorAt(t, c)
