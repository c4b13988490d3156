#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The screen-reader tree of every toured screen, as Orca would read it.

Run inside a private D-Bus session (dbus-run-session), this starts Xvfb and the AT-SPI bus,
then `meedoen --mode MODE --tour DIR --tour-step-sync` on the xcb platform with
accessibility on. After each step of the tour it walks the app's AT-SPI tree (pyatspi), in
the step's language and again in Arabic (or Dutch), and fails on
  - an interactive element without a name (button, check box, field, combo box, link, tab),
  - a role QML declared (A11y.role, printed by the app as "declared ...") that arrives as
    another role, and a screen without a heading,
  - a touch target below the mode's minimum (kiosk 72 px, phone and tablet 48 px),
  - two interactive targets on top of each other (what a scrolling area cuts off, which the
    app prints as "clipped ...", and what a dialog covers do not count).
A program it needs that is missing is named, with its Debian package, and the test fails.
`--dump STEP` prints the tree of one step as a screen reader gets it.
"""

import argparse
import ctypes
import os
import signal
import select
import shutil
import subprocess
import sys
import tempfile
import time

STEP_TIMEOUT = 60  # seconds for one screen to be shown, generous for a loaded CI machine


def die_with_me():
    """In a child before it runs: killed when this script ends, however it ends (also when
    libatspi aborts it), so that no Xvfb, bus or app outlives the test and holds its output."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def need(program, package):
    path = shutil.which(program) or (program if os.path.exists(program) else None)
    if not path:
        sys.exit(f"walk_tree: {program} is missing (Debian package {package}; scripts/setup-deps.sh installs it)")
    return path


def start_xvfb():
    """A private X server on a free display number, which Xvfb itself chooses."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen([need("Xvfb", "xvfb"), "-displayfd", str(write_end), "-screen", "0", "1920x1920x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,), preexec_fn=die_with_me)
    os.close(write_end)
    # Xvfb writes the number, then a newline: read both before closing (else it dies of EPIPE).
    written = LineReader(read_end).read(STEP_TIMEOUT)
    number = (written or "").strip()
    os.close(read_end)
    if not number:
        xvfb.kill()
        sys.exit("walk_tree: Xvfb did not start")
    return xvfb, ":" + number


def start_atspi_bus():
    """The accessibility bus, registered on the session bus as org.a11y.Bus."""
    from gi.repository import Gio, GLib
    launcher = need("/usr/libexec/at-spi-bus-launcher", "at-spi2-core")
    bus = subprocess.Popen([launcher, "--launch-immediately"], stderr=subprocess.DEVNULL, preexec_fn=die_with_me)
    # Answered once the launcher has the bus running (the session bus holds the call until
    # the name is owned, starting the launcher itself if it is not there yet).
    try:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                    GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, STEP_TIMEOUT * 1000, None)
    except GLib.Error as error:
        bus.kill()
        sys.exit(f"walk_tree: the AT-SPI bus (at-spi-bus-launcher) did not start: {error.message}")
    if not address.unpack()[0]:
        bus.kill()
        sys.exit("walk_tree: the AT-SPI bus has no address")
    # The registry daemon is started on the bus by its first caller. libatspi (pyatspi) waits
    # for it only D-Bus's default 25 s and then aborts the process; on a loaded machine its
    # start took longer. Start it here and wait as long as a screen may take.
    try:
        a11y = Gio.DBusConnection.new_for_address_sync(
            address.unpack()[0], Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
        a11y.call_sync("org.a11y.atspi.Registry", "/org/a11y/atspi/registry", "org.freedesktop.DBus.Peer", "Ping", None,
                       None, Gio.DBusCallFlags.NONE, STEP_TIMEOUT * 1000, None)
    except GLib.Error as error:
        bus.kill()
        sys.exit(f"walk_tree: the AT-SPI registry (at-spi2-registryd) did not start: {error.message}")
    return bus


def near(a, b):
    """The same rectangle, give or take the rounding of fractional positions and sizes."""
    return all(abs(p - q) <= 2 for p, q in zip(a, b))


class LineReader:
    """Lines from the app's output, with a timeout (select() on the pipe, own buffer)."""

    def __init__(self, fd):
        self.fd, self.buffer = fd, b""

    def read(self, timeout):
        """The next line; "" at the end of the output; None after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            ready, _, _ = select.select([self.fd], [], [], max(0, deadline - time.monotonic()))
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                rest, self.buffer = self.buffer, b""
                return rest.decode("utf-8", "replace")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace") + "\n"


class Walker:
    def __init__(self, mode):
        import pyatspi  # noqa: imported here, after the buses are up
        self.pyatspi = pyatspi
        self.minimum = 72 if mode == "kiosk" else 48
        R = pyatspi
        self.interactive = {R.ROLE_PUSH_BUTTON, R.ROLE_TOGGLE_BUTTON, R.ROLE_CHECK_BOX, R.ROLE_RADIO_BUTTON,
                            R.ROLE_ENTRY, R.ROLE_PASSWORD_TEXT, R.ROLE_COMBO_BOX, R.ROLE_LINK, R.ROLE_PAGE_TAB,
                            R.ROLE_SPIN_BUTTON, R.ROLE_SLIDER, R.ROLE_CHECK_MENU_ITEM, R.ROLE_MENU_ITEM}
        # QAccessible::Role (what QML declares) -> the AT-SPI roles Qt may give it.
        self.expected = {0x414: {R.ROLE_HEADING},                      # Heading
                         0x08: {R.ROLE_ALERT, R.ROLE_NOTIFICATION},    # AlertMessage
                         0x2B: {R.ROLE_PUSH_BUTTON},                   # Button
                         0x2C: {R.ROLE_CHECK_BOX},                     # CheckBox
                         0x2D: {R.ROLE_RADIO_BUTTON},                  # RadioButton
                         0x10: {R.ROLE_PANEL},                         # Pane
                         0x14: {R.ROLE_GROUPING, R.ROLE_PANEL}}        # Grouping
        self.app = None
        self.window, self.origin = (0, 0), (0, 0)

    def find_app(self, pid):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        return None

    def walk(self, pid):
        """Every shown element: (role, name, states, (x, y, w, h), path of indices)."""
        if self.app is None:
            self.app = self.find_app(pid)
            if self.app is None:
                return None
        # Qt announces no role changes: read every element afresh, not from libatspi's cache.
        self.app.clearCache()
        found = []

        def visit(acc, path):
            try:
                # Visible: part of the screen, perhaps scrolled out of view; showing: on view.
                states = acc.getState()
                shown = states.contains(self.pyatspi.STATE_VISIBLE)
                role = acc.getRole()
                # Screen coordinates, made relative to the window here: Qt 6.4 adds the window's
                # position to the width and height of WINDOW_COORDS extents.
                if role in (self.pyatspi.ROLE_FRAME, self.pyatspi.ROLE_WINDOW) and shown:
                    ext = acc.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
                    self.origin, self.window = (ext.x, ext.y), (ext.width, ext.height)
                if shown and role not in (self.pyatspi.ROLE_APPLICATION, self.pyatspi.ROLE_FRAME, self.pyatspi.ROLE_WINDOW):
                    ext = acc.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
                    rect = (ext.x - self.origin[0], ext.y - self.origin[1], ext.width, ext.height)
                    found.append({"role": role, "role_name": acc.getRoleName(), "name": (acc.name or "").strip(),
                                  "states": states, "rect": rect, "path": path})
                if not shown and path:
                    return  # an item not shown shows no children either
                for i in range(acc.childCount):
                    child = acc.getChildAtIndex(i)
                    if child is not None:
                        visit(child, path + (i,))
            except Exception as error:  # an element that went away while being read
                found.append({"role": None, "error": str(error), "path": path})

        visit(self.app, ())
        return found

    def check(self, screen, elements, declared, clipped, window):
        problems = []
        R = self.pyatspi
        targets = []
        by_path = {e["path"]: e for e in elements if e.get("role") is not None}
        for e in elements:
            if e.get("role") is None:
                problems.append(f"element {e['path']} could not be read: {e['error']}")
                continue
            x, y, w, h = e["rect"]
            on_screen = w > 0 and h > 0 and x < window[0] and y < window[1] and x + w > 0 and y + h > 0
            if e["role"] not in self.interactive or not on_screen or not e["states"].contains(R.STATE_SHOWING):
                continue
            label = f"{e['role_name']} '{e['name']}' at {e['rect']}"
            parent = by_path.get(e["path"][:-1], {})
            if not e["name"] and e["role"] == R.ROLE_PASSWORD_TEXT and parent.get("role") == R.ROLE_PANEL:
                # Qt 6.4 gives a password field no name: the labelled group around it (StaffField)
                # is what Orca announces when the field takes the focus.
                e["name"] = parent["name"]
            if not e["name"]:
                problems.append(f"unnamed {label}")
            if e["role"] == R.ROLE_PAGE_TAB and not any(a["role"] == R.ROLE_PAGE_TAB_LIST for a in elements
                                                       if a.get("role") is not None and e["path"][:len(a["path"])] == a["path"]):
                problems.append(f"a page is exposed as a tab: {label}")
            if min(w, h) < self.minimum:
                problems.append(f"target below {self.minimum} px: {label}")
            targets.append(e)

        def on_view(e):
            """The part of the element a finger can reach: without what a scrolling area cuts off."""
            for rect, shown in clipped:
                if near(rect, e["rect"]):
                    return shown
            return e["rect"]

        def in_dialog(e):
            return any(by_path.get(e["path"][:n], {}).get("role") == R.ROLE_DIALOG for n in range(len(e["path"])))

        for i, a in enumerate(targets):
            for b in targets[i + 1:]:
                if a["path"] == b["path"][:len(a["path"])] or b["path"] == a["path"][:len(b["path"])]:
                    continue  # one inside the other (a control and its own parts)
                if in_dialog(a) != in_dialog(b):
                    continue  # a modal dialog covers what lies under it (see the report's note)
                ax, ay, aw, ah = on_view(a)
                bx, by, bw, bh = on_view(b)
                overlap_w = min(ax + aw, bx + bw) - max(ax, bx)
                overlap_h = min(ay + ah, by + bh) - max(ay, by)
                if overlap_w > 2 and overlap_h > 2:
                    problems.append(f"targets overlap: {a['role_name']} '{a['name']}' {a['rect']} and "
                                    f"{b['role_name']} '{b['name']}' {b['rect']}")
        readable = [e for e in elements if e.get("role") is not None]
        def in_window(rect):
            x, y, w, h = rect
            return x < window[0] and y < window[1] and x + w > 0 and y + h > 0

        for role, checked, rect, name in declared:
            want = self.expected.get(role)
            if want is None or not in_window(rect):
                continue  # Qt leaves out of the tree what is scrolled out of the window
            match = [e for e in readable if near(e["rect"], rect)]
            if not match:
                problems.append(f"declared role 0x{role:x} '{name}' at {rect} is not in the tree")
            elif not any(e["role"] in want for e in match):
                got = ", ".join(sorted({e["role_name"] for e in match}))
                problems.append(f"declared role 0x{role:x} '{name}' at {rect} arrives as {got}")
            elif role in (0x2C, 0x2D):
                # (Qt 6.4 sends no "checkable" state over AT-SPI; the role says it.)
                box = next(e for e in match if e["role"] in want)
                if checked >= 0 and box["states"].contains(R.STATE_CHECKED) != bool(checked):
                    problems.append(f"check box '{name}' at {rect} is {'on' if checked else 'off'} on screen, "
                                    f"but not for a screen reader")
        # A heading on every screen; scrolled out of view it is not in Qt's tree, but it is there.
        if not any(e["role"] == R.ROLE_HEADING for e in readable) \
                and not any(role == 0x414 and not in_window(rect) for role, _, rect, _ in declared):
            problems.append("no heading on this screen")
        return [f"{screen}: {p}" for p in problems]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--mode", required=True, choices=["kiosk", "phone", "staff"])
    parser.add_argument("--other-language", default="ar")
    parser.add_argument("--work", help="folder for the data and screenshots (default: a temporary one)")
    parser.add_argument("--dump", metavar="STEP", help="print the tree of this step (to see what a screen reader reads)")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("walk_tree: no session bus; run me under dbus-run-session")
    work = args.work or tempfile.mkdtemp(prefix="meedoen-a11y-")
    shutil.rmtree(os.path.join(work, "data"), ignore_errors=True)

    # A runtime folder of its own: at-spi-bus-launcher puts its socket there under a fixed
    # name, and two of these tests at once (ctest -j) would otherwise share one bus.
    runtime = tempfile.mkdtemp(prefix="meedoen-a11y-run-")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    bus = start_atspi_bus()
    app = None
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        env.pop("WAYLAND_DISPLAY", None)
        os.environ["DISPLAY"] = display
        app = subprocess.Popen([args.app, "--mode", args.mode, "--data-dir", os.path.join(work, "data"),
                                "--tour", os.path.join(work, "shots"), "--tour-step-sync"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True, bufsize=1,
                               preexec_fn=die_with_me)
        lines = LineReader(app.stdout.fileno())
        walker = Walker(args.mode)
        problems, screens = [], 0
        declared, clipped = [], []
        own_language, returning = None, False

        def answer(line):
            app.stdin.write(line + "\n")
            app.stdin.flush()

        while True:
            line = lines.read(STEP_TIMEOUT)
            if line is None:
                problems.append(f"no screen within {STEP_TIMEOUT} s (after {screens} screens)")
                break
            if not line:
                break  # the tour is over
            words = line.rstrip("\n").split(" ", 7)
            if words[0] == "clipped":
                # clipped X Y W H VX VY VW VH: an item cut off by a scrolling area, and its part on view
                values = [int(v) for v in line.split()[1:9]]
                clipped.append((tuple(values[:4]), tuple(values[4:])))
                continue
            if words[0] == "declared":
                # declared ROLE CHECKED X Y W H NAME: what QML said, and the item's own `checked`
                declared.append((int(words[1]), int(words[2]), tuple(int(v) for v in words[3:7]),
                                 words[7] if len(words) > 7 else ""))
                continue
            if words[0] != "tour-step":
                continue
            step, language = words[1], words[2]
            if returning:
                # Back in the tour's own language after reading the other one: on with the tour.
                returning, declared, clipped = False, [], []
                answer("next")
                continue
            elements = walker.walk(app.pid)
            if elements is None:
                problems.append(f"{step}: the app is not on the AT-SPI bus")
                break
            if step == args.dump:
                for e in elements:
                    if e.get("role") is not None:
                        print("  " * len(e["path"]), e["role_name"], repr(e["name"]), e["rect"])
                for d in declared:
                    print("declared", d)
            problems += walker.check(f"{step} ({language})", elements, declared, clipped, walker.window)
            screens += 1
            declared, clipped = [], []
            if own_language is None and language != args.other_language:
                # Read the same screen again in the other language (Arabic: mirrored).
                own_language = language
                answer(f"lang {args.other_language}")
            elif own_language is not None:
                answer(f"lang {own_language}")
                own_language, returning = None, True
            else:
                answer("next")  # the tour shows this screen in the other language itself
        code = app.wait(timeout=STEP_TIMEOUT)
        if code != 0:
            problems.append(f"the tour ended with exit code {code}")
        if screens == 0:
            problems.append("no screen was read")
        for p in problems:
            print(p)
        print(f"walk_tree: {args.mode}: {screens} screens read, {len(problems)} problems")
        return 1 if problems else 0
    finally:
        if app and app.poll() is None:
            app.kill()
        bus.terminate()
        xvfb.terminate()


if __name__ == "__main__":
    sys.exit(main())
