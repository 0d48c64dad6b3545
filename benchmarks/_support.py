"""What the benchmarks share: whole processes timed side by side, medians, memory, corpora.

Every comparison interleaves its commands (a, b, a, b, ...) so both see the same
machine load, reports medians of at least five runs, and the peak resident
memory of each process (from ``wait4``), as well as what the process says.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The baselines report the moment their list has painted, from the list's own
# paintEvent: watching its viewport instead (an event filter on ``viewport()``) makes
# PySide6 build every QtWidgets class to find the viewport's type, some 8% of the bare
# window's start-up that is the measurement's, not the window's. The trainer reports
# the same way (``RoutineView.rowsPainted``).
_REPORT = """

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return line.split()[1]


def painted():
    print(f"first-paint {time.time():.6f}", flush=True)
    print(f"cpu-first-paint {time.process_time():.6f}", flush=True)
    settle = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    QTimer.singleShot(settle, lambda: (print(f"rss-kb {rss()}", flush=True), app.quit()))
"""

BARE_WINDOW = (
    """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QSplitter


class Listing(QListWidget):
    seen = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.seen:
            self.seen = True
            painted()


app = QApplication(sys.argv[:1])
splitter = QSplitter()
listing = Listing(splitter)
listing.addItems([f"Routine {n}" for n in range(20)])
QListWidget(splitter)
splitter.resize(1200, 760)
"""
    + _REPORT
    + """
splitter.show()
app.exec()
"""
)

# A window of the trainer's first frame, in a page of plain PySide6 and nothing else:
# a menu bar (4 menus, 20 actions with shortcuts), a search field, four filter boxes,
# 31 rows drawn by a delegate through a filter proxy, a rich-text detail pane, three
# buttons and a status bar, with a translator installed. What any program showing
# this much costs on this machine, before code of its own.
SAME_SHAPE_WINDOW = (
    """
import sys, time
from PySide6.QtCore import (
    QAbstractListModel, QLocale, QModelIndex, QSize, QSortFilterProxyModel, Qt, QTimer,
    QTranslator,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QMainWindow,
    QPushButton, QSplitter, QStackedWidget, QStyle, QStyledItemDelegate, QTextBrowser,
    QVBoxLayout, QWidget,
)


class Rows(QAbstractListModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()]
        return None


class Delegate(QStyledItemDelegate):
    def paint(self, painter, option, index):
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        box = option.rect.adjusted(8, 4, -8, -4)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data())
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(box, flags, "5 min, both hands")
        painter.restore()

    def sizeHint(self, option, index):
        return QSize(200, 48)


class Listing(QListView):
    seen = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.seen and self.model().rowCount():
            self.seen = True
            painted()


app = QApplication(sys.argv[:1])
translator = QTranslator(app)
if translator.load(QLocale(), "qtbase", "_", "/nonexistent"):
    app.installTranslator(translator)
window = QMainWindow()
window.setWindowTitle("Same shape")
stack = QStackedWidget(window)
window.setCentralWidget(stack)
page = QWidget()
column = QVBoxLayout(page)
filters = QHBoxLayout()
column.addLayout(filters)
filters.addWidget(QLineEdit(placeholderText="Search"))
for _ in range(4):
    box = QComboBox()
    box.addItems(["Any", "One", "Two", "Three"])
    filters.addWidget(box)
splitter = QSplitter(Qt.Orientation.Horizontal)
column.addWidget(splitter)
proxy = QSortFilterProxyModel(window)
proxy.setSourceModel(Rows([f"Routine {n}" for n in range(31)]))
view = Listing(splitter)
view.setModel(proxy)
view.setItemDelegate(Delegate(view))
detail = QTextBrowser(splitter)
detail.setHtml("<h2>Routine 0</h2><p>Five minutes, both hands.</p><ul><li>Step</li></ul>")
buttons = QHBoxLayout()
column.addLayout(buttons)
buttons.addWidget(QLabel("31 routines"))
for text in ("&Open routine", "&Add file", "&New routine"):
    buttons.addWidget(QPushButton(text))
stack.addWidget(page)
for title, count in (("&File", 6), ("&Practice", 5), ("&View", 6), ("&Help", 3)):
    menu = window.menuBar().addMenu(title)
    for n in range(count):
        action = QAction(f"Action {n}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
        menu.addAction(action)
window.statusBar().showMessage("Ready")
window.resize(1200, 760)
"""
    + _REPORT
    + """
window.show()
app.exec()
"""
)


@dataclass
class Run:
    """One process: seconds from launch to each event it printed, and its memory."""

    events: dict[str, float]
    peak_kb: int
    said: dict[str, str] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    """Processor seconds the process had used by each event (steadier on a busy machine)."""


def run_measured(command: Sequence[str], env: dict[str, str], timeout: float = 300) -> Run:
    """Like ``run_process``, with the child's own peak resident memory from ``wait4``."""
    start = time.time()
    out_path = Path(env.get("TMPDIR", "/tmp")) / f"bench-out-{os.getpid()}-{time.time_ns()}"
    with open(out_path, "w+", encoding="utf-8") as out:
        process = subprocess.Popen(list(command), env=env, stdout=out, stderr=subprocess.PIPE)
        deadline = time.time() + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.time() > deadline:
                process.kill()
                raise TimeoutError(f"{command[:4]} took more than {timeout} s")
            time.sleep(0.005)
        process.returncode = os.waitstatus_to_exitcode(status)
        err = process.stderr.read().decode(errors="replace") if process.stderr else ""
        out.seek(0)
        text = out.read()
    out_path.unlink()
    events: dict[str, float] = {}
    said: dict[str, str] = {}
    cpu: dict[str, float] = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name.endswith("-kb"):
            said[name] = value
            continue
        if name.startswith("cpu-"):
            cpu[name.removeprefix("cpu-")] = float(value)
            continue
        try:
            events[name] = float(value) - start
        except ValueError:
            continue
    if process.returncode != 0 or not events:
        raise RuntimeError(f"{' '.join(command[:4])} failed ({process.returncode}):\n{err[-3000:]}")
    return Run(events, int(usage.ru_maxrss), said, cpu)


def interleaved(
    commands: dict[str, tuple[Sequence[str], dict[str, str]]], runs: int, warm_up: bool = True
) -> dict[str, list[Run]]:
    """Each command ``runs`` times, taking turns; one untimed run of each first."""
    if warm_up:
        for command, env in commands.values():
            run_measured(command, env)
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            results[name].append(run_measured(command, env))
    return results


def median(values: Sequence[float]) -> float:
    """The median."""
    return statistics.median(values)


def event_median(runs: Sequence[Run], event: str) -> float:
    """Median seconds to ``event``."""
    return median([run.events[event] for run in runs])


def cpu_median(runs: Sequence[Run], event: str) -> float:
    """Median processor seconds used by ``event``."""
    return median([run.cpu[event] for run in runs])


def said_median_mb(runs: Sequence[Run], key: str = "rss-kb") -> float:
    """Median of a memory figure the process printed, in MB."""
    return median([int(run.said[key]) for run in runs]) / 1024


def peak_median_mb(runs: Sequence[Run]) -> float:
    """Median peak resident memory, in MB."""
    return median([run.peak_kb for run in runs]) / 1024


def ratio_line(name: str, figure: float, baseline: float, goal: float, unit: str = "s") -> str:
    """``name: figure vs baseline = ratio (goal)``, saying whether the goal is met."""
    ratio = figure / baseline if baseline else float("inf")
    verdict = "meets" if ratio <= goal else "MISSES"
    scale, suffix = (1000.0, "ms") if unit == "s" else (1.0, unit)
    return (
        f"{name:<44} {figure * scale:9.1f} {suffix} vs {baseline * scale:9.1f} {suffix}"
        f"  = {ratio:5.2f}x  ({verdict} the {goal:g}x goal)"
    )


def environment(home: Path, *, platform: str = "offscreen", voice: bool = True) -> dict[str, str]:
    """A process environment with every user folder in ``home``; voice on or off."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_LOGGING_RULES="qt.qpa.*=false",
        HANDTRAINER_EXIT_AFTER_FIRST_PAINT="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")])),
    )
    if platform == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("HANDTRAINER_ROUTINES", None)
    # As on a user's machine, where pip compiled the package or the first start cached
    # it: without this (some shells set it) every run compiles every module again,
    # which the bare window, using only the installed PySide6, never pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    config = home / "config" / "handtrainer"
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.ini").write_text(
        f"[practice]\nvoice_enabled={'true' if voice else 'false'}\n", encoding="utf-8"
    )
    return env


@contextmanager
def display(kind: str) -> Iterator[str]:
    """``offscreen``, or ``xvfb``: a virtual X server for the run (the platform to use)."""
    if kind != "xvfb":
        yield "offscreen"
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is not installed (apt-get install xvfb), or use --display offscreen")
    number = 90 + os.getpid() % 9
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    old = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = f":{number}"
    try:
        time.sleep(0.5)  # the server is up well within this; only set-up, never measured
        yield "xcb"
    finally:
        server.terminate()
        server.wait(timeout=10)
        if old is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = old


def copies_of_bundled(folder: Path, count: int) -> None:
    """``count`` routine files in ``folder``: the bundled routines again and again, each
    with its own id and title, as a therapist's folder of client programmes grows."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted((REPO / "routines").glob("*.yaml"))
    texts = [path.read_text(encoding="utf-8") for path in sources]
    for number in range(count):
        n = number % len(sources)
        text = texts[n]
        client = f"client-{number:05d}"
        lines = []
        for line in text.splitlines():
            if line.startswith("id:"):
                line = f"id: {client}-{sources[n].stem}"
            elif line.startswith("title:"):
                title = yaml.safe_load(line)["title"]
                line = "title: " + json.dumps(f"{title} ({client})")
            lines.append(line)
        body = "\n".join(lines) + "\n"
        if "\nid:" not in "\n" + body:
            body = f"id: {client}-{sources[n].stem}\n" + body
        (folder / f"{client}-{sources[n].name}").write_text(body, encoding="utf-8")


def python() -> str:
    """The interpreter running the benchmark (the project's venv)."""
    return sys.executable


Callback = Callable[[], None]
