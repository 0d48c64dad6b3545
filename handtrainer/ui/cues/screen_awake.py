"""Keep the screen awake while a routine runs; let it sleep again when paused, done or stopped.

On Linux desktops through org.freedesktop.ScreenSaver (Inhibit / UnInhibit) on the
session bus, with asynchronous calls only: the window never waits for the bus. Without
a session bus (or without the service) it does nothing, quietly.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from handtrainer.core.session import SessionState

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"

# The phases in which the user is following the screen.

# call(method, arguments, on_reply): on_reply(arguments or None on error)
BusCall = Callable[[str, list[object], Callable[[list[object] | None], None]], None]


def session_bus_address() -> str | None:
    """The session bus's address, if one can be reached without launching one."""
    if address := os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


CONNECTION = "handtrainer-screen-awake"


class _QtBus(QObject):
    """The screen saver over Qt D-Bus, on a connection of its own made off the GUI thread.

    UnInhibit takes a uint32, which PySide6 cannot put into a message (a Python int
    goes as int32), so it is sent by ``dbus-send``, detached; and the connection is
    closed soon after, which ends the inhibition in every implementation anyway.
    """

    connected = Signal(object)  # QDBusConnection or None
    made = 0

    def __init__(self, owner: QObject, address: str) -> None:
        super().__init__(owner)
        self._address = address
        _QtBus.made += 1
        self._name = f"{CONNECTION}-{_QtBus.made}"  # a connection of its own, by name
        self._bus: Any = None
        self._waiting: list[tuple[str, list[object], Callable[[list[object] | None], None]]] = []
        self._connecting = False
        self._closed = False  # the trainer is closing: no new connection
        self._watchers: set[Any] = set()
        self._close = QTimer(self)
        self._close.setSingleShot(True)
        self._close.setInterval(2000)
        self._close.timeout.connect(self._disconnect)
        self.connected.connect(self._on_connected)

    def __call__(
        self, method: str, args: list[object], on_reply: Callable[[list[object] | None], None]
    ) -> None:
        if method == "UnInhibit":
            self._uninhibit(int(args[0]))  # type: ignore[call-overload]
            on_reply([])
            return
        if self._closed:
            on_reply(None)
            return
        self._close.stop()
        if self._bus is not None:
            self._send(method, args, on_reply)
            return
        self._waiting.append((method, args, on_reply))
        if not self._connecting:
            self._connecting = True
            threading.Thread(target=self._connect, name="screen-awake", daemon=True).start()

    def _connect(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        # by address: libdbus remembers the first session address a process saw
        bus = QDBusConnection.connectToBus(self._address, self._name)
        self.connected.emit(bus if bus.isConnected() else None)

    def _on_connected(self, bus: Any) -> None:
        self._connecting = False
        if self._closed:  # closed while the connection was being made: let it go now
            self._bus = bus
            self._disconnect()
            bus = None
        self._bus = bus
        waiting, self._waiting = self._waiting, []
        for method, args, on_reply in waiting:
            if bus is None:
                on_reply(None)
            else:
                self._send(method, args, on_reply)

    def _send(
        self, method: str, args: list[object], on_reply: Callable[[list[object] | None], None]
    ) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, method)
        message.setArguments(args)
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, 5000), self)
        self._watchers.add(watcher)

        def finished(done: Any) -> None:
            self._watchers.discard(done)
            reply = done.reply()
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                log.info("screen saver %s: %s", method, reply.errorMessage())
                on_reply(None)
            else:
                on_reply(list(reply.arguments()))
            done.deleteLater()

        watcher.finished.connect(finished)

    def _uninhibit(self, cookie: int) -> None:
        program = shutil.which("dbus-send")
        if program is not None:
            QProcess.startDetached(
                program,
                [
                    f"--bus={self._address}",
                    "--type=method_call",
                    f"--dest={SERVICE}",
                    PATH,
                    f"{INTERFACE}.UnInhibit",
                    f"uint32:{cookie}",
                ],
            )
        self._close.start()

    def close(self) -> None:
        """Let go of the bus now (the trainer is closing): no call is left waiting on it.

        A connection still being made is let go as soon as it is made.
        """
        self._closed = True
        self._close.stop()
        self._disconnect()

    def _disconnect(self) -> None:
        if self._bus is not None:
            from PySide6.QtDBus import QDBusConnection

            self._bus = None
            QDBusConnection.disconnectFromBus(self._name)


def qt_bus_call(owner: QObject) -> BusCall | None:
    """Asynchronous calls to the screen saver; None without a session bus (or QtDBus)."""
    address = session_bus_address() if sys.platform.startswith("linux") else None
    if address is None:
        return None
    try:
        import PySide6.QtDBus  # noqa: F401
    except ImportError:
        return None
    return _QtBus(owner, address)


class ScreenAwake(QObject):
    """Follows the session's state: inhibits the screen saver while a routine runs."""

    def __init__(
        self, parent: QObject | None = None, *, bus_call: BusCall | bool | None = True
    ) -> None:
        super().__init__(parent)
        # True: find the real bus when first needed; None/False: do nothing
        self._bus_arg = bus_call
        self._call: BusCall | None = None
        self._looked = False
        self._wanted = False
        self._asking = False  # an Inhibit is on its way
        self._cookie: int | None = None

    @property
    def inhibited(self) -> bool:
        """True while the screen saver holds our cookie."""
        return self._cookie is not None

    def follow(self, state: SessionState | None) -> None:
        """Keep the screen awake in this state, or let it sleep."""
        self.set_awake(state is not None and state.under_way)

    def set_awake(self, awake: bool) -> None:
        """Ask for the screen to stay awake, or let it go."""
        if awake == self._wanted:
            return
        self._wanted = awake
        self._settle()

    def release(self) -> None:
        """Let the screen sleep (back to the library, or the window is closing)."""
        self.set_awake(False)

    def close(self) -> None:
        """Let the screen sleep and close the connection to the bus at once.

        The connection lives on a thread of QtDBus; closing it before the program (or a
        test's private bus) goes away means nothing is left to fail on that thread.
        """
        self.release()
        if isinstance(self._call, _QtBus):
            self._call.close()

    def _bus(self) -> BusCall | None:
        if not self._looked:
            self._looked = True
            if self._bus_arg is True:
                self._call = qt_bus_call(self)
            elif callable(self._bus_arg):
                self._call = self._bus_arg
        return self._call

    def _settle(self) -> None:
        call = self._bus()
        if call is None or self._asking:
            return  # a reply on its way settles it when it comes
        if self._wanted and self._cookie is None:
            self._asking = True
            reason = QCoreApplication.translate("ScreenAwake", "A routine is running")
            call("Inhibit", ["Hand Trainer", reason], self._inhibited)
        elif not self._wanted and self._cookie is not None:
            cookie, self._cookie = self._cookie, None
            call("UnInhibit", [cookie], lambda _reply: None)

    def _inhibited(self, reply: list[object] | None) -> None:
        self._asking = False
        if reply:
            try:
                self._cookie = int(reply[0])  # type: ignore[call-overload]
            except (TypeError, ValueError):
                self._cookie = None
        self._settle()  # the wish may have changed while the call was out
