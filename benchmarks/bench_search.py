"""Search as you type: the picker against a C++ QSortFilterProxyModel over the same rows.

In one process (offscreen), for 1,000 and 10,000 routines (copies of the bundled
ones, each with its own id and title):

* the picker: a key typed into its search field, up to the list repainted;
* baseline: a ``QStringListModel`` holding the same search text of each routine,
  a ``QSortFilterProxyModel`` with ``setFilterFixedString`` (case-insensitive, as a
  C++ program would do it) and a ``QListView``, the same key, the same repaint.

Queries are typed one key at a time (``p``, ``pa``, ``pal`` ...) and cleared again;
the two take turns query by query, ``--runs`` rounds; the figure is the median
time of a key. Resident memory of the process after building each is shown too.

    python benchmarks/bench_search.py [--runs 5] [--sizes 1000 10000]

Goal (issue 19): at most 2x the C++ proxy, per key, at 1,000 and 10,000 routines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _support import copies_of_bundled, ratio_line

GOAL = 2.0
QUERIES = ("palm", "thumb", "wrist", "knead", "finger", "circle", "stroke", "partner")
TWO_WORDS = ("palm thumb", "finger circle")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _typed(query: str) -> list[str]:
    return [query[: n + 1] for n in range(len(query))]


def main(argv: list[str] | None = None) -> int:
    """Build both lists for each size and time the keys."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QApplication, QListView

    import handtrainer  # noqa: F401
    from handtrainer.core.library import load_library, search_words
    from handtrainer.ui.library.library_model import LibraryModel
    from handtrainer.ui.library.picker import RoutinePicker, routine_mark

    app = QApplication.instance() or QApplication([])
    worst = 0.0
    print(f"search per key, {args.runs} rounds, interleaved query by query, medians, offscreen")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="handtrainer-bench-") as folder:
            copies_of_bundled(Path(folder), size - 24)
            library = load_library([Path(folder)], include_user=False, environ={})
        before = _rss_mb()
        picker = RoutinePicker(LibraryModel(library))
        picker.resize(1200, 760)
        picker.show()
        app.processEvents()
        ours_mb = _rss_mb() - before

        before = _rss_mb()
        texts = [search_words(r, (routine_mark(r, library),)) for r in library.routines]
        source = QStringListModel(texts)
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(source)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = QListView()
        view.setUniformItemSizes(True)
        view.setModel(proxy)
        view.resize(700, 760)
        view.show()
        app.processEvents()
        baseline_mb = _rss_mb() - before

        def ours(text: str, picker: RoutinePicker = picker) -> float:
            start = time.perf_counter()
            picker.search.setText(text)
            picker.view.repaint()
            app.processEvents()
            return time.perf_counter() - start

        def theirs(
            text: str, proxy: QSortFilterProxyModel = proxy, view: QListView = view
        ) -> float:
            start = time.perf_counter()
            proxy.setFilterFixedString(text)
            view.repaint()
            app.processEvents()
            return time.perf_counter() - start

        timings: dict[str, list[float]] = {"ours": [], "theirs": [], "ours2": []}
        for _ in range(args.runs):
            for query in QUERIES:
                for text in _typed(query):
                    timings["ours"].append(ours(text))
                ours("")
                for text in _typed(query):
                    timings["theirs"].append(theirs(text))
                theirs("")
            for query in TWO_WORDS:
                for text in _typed(query):
                    timings["ours2"].append(ours(text))
                ours("")
        figure = statistics.median(timings["ours"])
        baseline = statistics.median(timings["theirs"])
        worst = max(worst, figure / baseline)
        print(ratio_line(f"{size:,} routines: a key", figure, baseline, GOAL))
        print(
            f"  {'':<42} worst key {max(timings['ours']) * 1000:.1f} ms vs "
            f"{max(timings['theirs']) * 1000:.1f} ms; two-word queries: median "
            f"{statistics.median(timings['ours2']) * 1000:.1f} ms a key"
        )
        print(
            f"  memory of the list: picker {ours_mb:.1f} MB (models, views, routines "
            f"already read), bare proxy {baseline_mb:.1f} MB (its rows only)"
        )
        picker.close()
        picker.deleteLater()
        view.close()
        view.deleteLater()
        app.processEvents()
    return 0 if worst <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
