"""Putting a sheet's blocks on pages: columns filled from the top, diagrams sized to the page.

Step cards are packed by their real height. Each page first takes as many cards as
fit with the smallest diagrams the style allows, then its diagrams grow, all alike,
as far as those same cards still fit: the page is used, and the diagrams stay large.
A card never breaks across pages unless it is taller than a whole page (``continued``).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtGui import QPainter

from handtrainer.sheet.continued import is_splittable, split_card


class Block(Protocol):
    """Anything the layout can place: it knows its height and paints itself."""

    @property
    def height(self) -> float: ...
    @property
    def step_index(self) -> int | None: ...

    def paint(self, painter: QPainter, x: float, y: float) -> None: ...


Steps = tuple[int, ...]  # one step's card, or two side by side, built at the page's size
Item = Block | Steps
Placed = tuple[Block, float, float]
T = TypeVar("T")

_GRID = 4.0  # diagram heights tried, in points apart


@dataclass(frozen=True)
class Columns:
    """The page's columns, in device pixels: how many, how wide, the gaps."""

    count: int
    width: float
    gap: float  # between columns
    block_gap: float  # below every block; it may run into the bottom margin


class Paginator:
    """Lays items on pages; ``card(steps, diagram_height)`` builds the cards of steps."""

    def __init__(
        self,
        columns: Columns,
        card: Callable[[Steps, float], Block],
        diagram_sizes: tuple[float, float],
    ) -> None:
        self.columns = columns
        self._card = card
        self.smallest, self.largest = diagram_sizes

    def paginate(self, flow: Sequence[Item], top: float, bottom: float) -> list[list[Placed]]:
        """The items on pages: the first page's columns start at ``top``, the others at 0.

        The fewest pages come from the smallest diagrams; of the sizes that still give
        that many pages, the largest is every page's floor, so one crowded page does
        not push the last into holding a single card.
        """
        fewest = self._count(flow, top, bottom, self.smallest)
        floor, _ = self._largest(
            self.smallest, lambda size: self._count(flow, top, bottom, size) == fewest or None
        )
        pages: list[list[Placed]] = []
        items = list(flow)
        while items:
            placed, items = self._page(items, top, bottom, floor)
            pages.append(placed)
            top = 0.0
        return pages or [[]]

    def _count(self, flow: Sequence[Item], top: float, bottom: float, size: float) -> int:
        """How many pages the items take with every diagram at ``size``."""
        count, items = 0, list(flow)
        while items:
            _, items = self._page(items, top, bottom, size, grow=False)
            count, top = count + 1, 0.0
        return count

    def _build(self, items: Sequence[Item], size: float) -> list[Block]:
        return [self._card(item, size) if isinstance(item, tuple) else item for item in items]

    def _page(
        self, items: list[Item], top: float, bottom: float, floor: float, *, grow: bool = True
    ) -> tuple[list[Placed], list[Item]]:
        """One page's placements (diagrams from ``floor`` up) and the items left over.

        Two steps that would share a row but do not fit on the page together are
        taken apart: the first may still fit at the full width, where it is lower.
        """
        blocks = self._build(items, floor)
        placed, rest = self.fill(blocks, top, bottom)
        first = len(items) - len(rest)
        if rest and rest[0] is blocks[first] and _is_row(items[first]):
            row = items[first]
            assert isinstance(row, tuple)
            apart = [*items[:first], row[:1], row[1:], *items[first + 1 :]]
            blocks_apart = self._build(apart, floor)
            placed_apart, rest_apart = self.fill(blocks_apart, top, bottom)
            if len(apart) - len(rest_apart) > first:
                items, blocks, placed, rest = apart, blocks_apart, placed_apart, rest_apart
        built = {id(b) for b in blocks}
        split = any(id(b) not in built for b, _, _ in placed) or any(
            id(b) not in built for b in rest
        )
        taken = len(items) - len(rest)
        if grow and not split and taken:
            placed = self._grown(items[:taken], placed, top, bottom, floor, last=not rest)
        # What is left: a split step's remainder as it is, steps to be built again.
        unbuilt = [b for b in rest if id(b) in built]
        left: list[Item] = [b for b in rest if id(b) not in built]
        left.extend(items[len(items) - len(unbuilt) :] if unbuilt else [])
        return placed, left

    def _grown(
        self,
        items: list[Item],
        placed: list[Placed],
        top: float,
        bottom: float,
        floor: float,
        *,
        last: bool,
    ) -> list[Placed]:
        """The page's cards with the largest diagram size at which they all still fit."""
        if not any(isinstance(item, tuple) for item in items):
            return self._balanced(self._build(items, floor), top, bottom, placed, last)

        def fits(size: float) -> list[Placed] | None:
            attempt, rest = self.fill(self._build(items, size), top, bottom)
            return None if rest else attempt

        _, best = self._largest(floor, fits)
        best = best or placed
        return self._balanced([b for b, _, _ in best], top, bottom, best, last)

    def _largest(self, low: float, works: Callable[[float], T | None]) -> tuple[float, T | None]:
        """The largest size from ``low`` up, on a grid of a few points, where ``works`` gives
        a result (assumed at ``low`` itself); sizes on a grid are measured once and reused."""
        steps = max(0, math.ceil((self.largest - low) / _GRID))
        grid = [min(self.largest, low + k * _GRID) for k in range(steps + 1)]
        result = works(grid[-1])
        if result is not None:
            return grid[-1], result
        good, bad, best = 0, len(grid) - 1, None
        while bad - good > 1:
            middle = (good + bad) // 2
            attempt = works(grid[middle])
            if attempt is None:
                bad = middle
            else:
                good, best = middle, attempt
        return grid[good], best

    def _balanced(
        self, blocks: list[Block], top: float, bottom: float, placed: list[Placed], last: bool
    ) -> list[Placed]:
        """The last page's blocks spread over the columns as evenly as they go."""
        if not last or self.columns.count == 1:
            return placed
        gap = self.columns.block_gap
        low = max(block.height for block in blocks) + top - gap
        high = bottom
        best = placed
        for _ in range(24):  # bisect the lowest column bottom that still takes every block
            middle = (low + high) / 2
            attempt, rest = self.fill(blocks, top, middle)
            if not rest:
                best, high = attempt, middle
            else:
                low = middle
        return best

    def fill(
        self, blocks: list[Block], top: float, bottom: float
    ) -> tuple[list[Placed], list[Block]]:
        """Fill the columns of one page from ``top`` down to ``bottom``; the blocks left over.

        A step too tall for any whole column is split (see ``continued``): its first
        part fills what is left of this column, the rest goes on in the next.
        """
        cols = self.columns
        placed: list[Placed] = []
        queue = list(blocks)
        column, y = 0, top
        while queue:
            block = queue[0]
            x = column * (cols.width + cols.gap)
            # The gap below a block may run into the bottom margin.
            if y + block.height - trailing(block, cols.block_gap) > bottom:
                # Later pages start at the top: there a column is ``bottom`` tall.
                if is_splittable(block) and block.height - cols.block_gap > bottom:
                    halves = split_card(
                        block,  # type: ignore[arg-type]
                        bottom - y,
                        next_page=column + 1 == cols.count,
                    )
                    if halves is not None:
                        placed.append((halves[0], x, y))
                        queue[0] = halves[1]
                        y = bottom
                # Only a block taller than a whole empty page is placed where it does not fit.
                if y > top or top > 0:
                    column, y = column + 1, top
                    if column == cols.count:
                        break
                    continue
            placed.append((block, x, y))
            y += block.height
            queue.pop(0)
        return placed, queue


def _is_row(item: Item) -> bool:
    return isinstance(item, tuple) and len(item) == 2


def trailing(block: Block, gap: float) -> float:
    """The empty space a block keeps below itself (the usual gap, unless it says)."""
    return float(getattr(block, "trailing", gap))


class CardRow:
    """Two step cards side by side (steps with narrow diagrams), as tall as the taller."""

    def __init__(self, left: Block, right: Block, gap: float) -> None:
        # Copies: a row evens out its cards' heights, the cards built for it stay as they are.
        self.left, self.right = copy.copy(left), copy.copy(right)
        self.step_index = left.step_index
        self.offset = getattr(left, "width", 0.0) + gap
        tallest = max(left, right, key=lambda card: card.height)
        self.height = tallest.height
        for card in (self.left, self.right):  # one row, one card height: the row reads as a grid
            card.card_h = tallest.card_h  # type: ignore[attr-defined]

    def members(self) -> list[tuple[Block, float]]:
        """The cards and how far right of the row's left edge each one is."""
        return [(self.left, 0.0), (self.right, self.offset)]

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the top-left corner at ``(x, y)``."""
        for card, dx in self.members():
            card.paint(painter, x + dx, y)
