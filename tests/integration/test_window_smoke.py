#!/usr/bin/env python3
"""`vitrine SHOW` opens the studio window and its program view shows the show's pixels (libobs drawing into
a native Qt widget), and a broken show is refused with a message rather than a crash."""
import signal
import subprocess
import sys
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
import vitrine_testkit as kit  # noqa: E402

SCREEN_W, SCREEN_H = 1920, 1080


def grab_screen(display: str) -> kit.Frame:
    result = subprocess.run(["ffmpeg", "-v", "error", "-f", "x11grab", "-video_size", f"{SCREEN_W}x{SCREEN_H}",
                             "-i", display, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                            capture_output=True, timeout=30)
    if len(result.stdout) != SCREEN_W * SCREEN_H * 3:
        raise AssertionError(f"screen grab failed: {result.stderr.decode(errors='replace')}")
    return kit.Frame(SCREEN_W, SCREEN_H, result.stdout)


def count(frame: kit.Frame, predicate) -> int:
    return sum(1 for y in range(0, frame.height, 4) for x in range(0, frame.width, 4) if predicate(frame.pixel(x, y)))


class WindowSmokeTest(kit.VitrineTestCase):
    def test_window_shows_the_demo_program(self):
        env = self.env()
        process = subprocess.Popen([str(kit.VITRINE), str(kit.demo_show())], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        try:
            yellow = beige = 0
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not (yellow and beige):
                time.sleep(1)
                self.assertIsNone(process.poll(), "the window closed by itself")
                screen = grab_screen(env["DISPLAY"])
                # The demo's SMPTE yellow bar and the product card's beige, scaled into the program view.
                yellow = count(screen, lambda p: p[0] > 200 and p[1] > 200 and p[2] < 60)
                beige = count(screen, lambda p: abs(p[0] - 242) < 14 and abs(p[1] - 235) < 14 and abs(p[2] - 227) < 14)
            self.assertGreater(yellow, 500, "no yellow bar on screen: the program view is blank")
            self.assertGreater(beige, 200, "no product card on screen")
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()

    def test_without_a_show_the_demo_opens_as_the_users_copy(self):
        env = self.env(extra={"XDG_DATA_HOME": str(self.tmp)})
        process = subprocess.Popen([str(kit.VITRINE)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        copy = Path(self.tmp) / "Vitrine" / "vitrine" / "demo" / "demo.vitrine"
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not (copy.with_name("demo.vitrine.session").exists()):
                time.sleep(0.5)
                self.assertIsNone(process.poll(), "the window closed by itself")
            # Opened from the copy (its session file sits beside it), with the product image copied along.
            self.assertTrue(copy.exists())
            self.assertTrue(copy.with_name("grinder.png").exists())
            self.assertTrue(copy.with_name("demo.vitrine.session").exists())
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()

    def test_broken_show_is_refused_without_crash(self):
        broken = Path(self.tmp) / "broken.vitrine"
        broken.write_text('{"format": "vitrine-show", "version": 1, "sources": [')
        env = self.env(extra={"QT_QPA_PLATFORM": "offscreen"})
        # The window reports the error in a message box; offscreen keeps the box from waiting for a click.
        process = subprocess.Popen([str(kit.VITRINE), str(broken)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        crashed = process.poll() is not None and process.returncode < 0
        process.kill()
        _, stderr = process.communicate()
        self.assertFalse(crashed, f"crashed on a broken show: {stderr}")
        self.assertIn("is not a valid show file", stderr)


if __name__ == "__main__":
    kit.main()
