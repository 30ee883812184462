#!/usr/bin/env python3
"""Issue 11's acceptance for the product card: a headless run of the demo show that pins a product at 2 s while it
records has, in a later frame of the recording, the card whose QR code `zbarimg` reads as exactly the product's
tracked link (utm_medium=qr); a frame before the pin has no QR code. Same on a vertical 1080×1920 canvas. Pinning
another product replaces the card; unpinning takes it off. Prints how long the card took to reach the recording
after the pin.

A promo started later in the same run (`promo-start` at 5 s) puts its banner where the theme places it, with the
countdown pill in the theme's accent colour (16:9 and 9:16). `vitrine overlay render` writes one overlay as a
transparent PNG of the canvas's size, and refuses an unknown kind."""

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

GRINDER = "MOUL-ART-01"
PROMO = "LIVE10"  # the demo show's promo code
COFFEE = "CAFE-ETH-250"
FPS = 30


def qr_link(show: Path, sku: str) -> str:
    """What the card's QR code must carry: the product page, utm_source=live (the demo has no destination),
    utm_medium=qr, utm_campaign of the show."""
    document = json.loads(show.read_text(encoding="utf-8"))
    product = next(p for p in document["products"] if p["sku"] == sku)
    query = urlencode({"utm_source": "live", "utm_medium": "qr", "utm_campaign": document["campaign"]})
    return f"{product['url']}?{query}"


def demo_theme() -> dict:
    """The demo show's overlay theme: its base's JSON with the show's overrides (places and colours)."""
    overrides = json.loads(kit.demo_show().read_text(encoding="utf-8")).get("overlayTheme", {})
    base = overrides.get("base", "studio")
    theme = json.loads((kit.SOURCE_DIR / "overlays" / "themes" / f"{base}.json").read_text(encoding="utf-8"))
    for key in ("landscape", "portrait", "colors"):
        theme[key].update(overrides.get(key, {}))
    for key in ("safeMargin", "radius", "font"):
        theme[key] = overrides.get(key, theme[key])
    return theme


def theme_place(kind: str, canvas: tuple) -> tuple:
    """Where the demo show's theme places `kind`: (x0, y0, x1, y1) in pixels, as OverlayTheme does (fractions of
    the canvas, kept inside the safe margins)."""
    theme = demo_theme()
    w, h = canvas
    fx, fy, fw, fh = theme["portrait" if h > w else "landscape"][kind]
    x, y, width, height = round(fx * w), round(fy * h), round(fw * w), round(fh * h)
    mx, my = round(theme["safeMargin"] * w), round(theme["safeMargin"] * h)
    width, height = min(width, w - 2 * mx), min(height, h - 2 * my)
    x = min(max(x, mx), w - mx - width)
    y = min(max(y, my), h - my - height)
    return x, y, x + width, y + height


def theme_colour(name: str) -> tuple:
    value = demo_theme()["colors"][name].lstrip("#")[-6:]
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def near(pixel: tuple, colour: tuple, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


def read_png_rgba(png: Path) -> tuple:
    """(width, height, RGBA bytes) of a PNG, through ffprobe/ffmpeg (no PIL here)."""
    size = kit.streams(png)[0]
    width, height = size["width"], size["height"]
    done = subprocess.run(["ffmpeg", "-v", "error", "-i", str(png), "-f", "rawvideo", "-pix_fmt", "rgba", "-"],
                          capture_output=True, timeout=60)
    if done.returncode != 0 or len(done.stdout) != width * height * 4:
        raise AssertionError(f"cannot decode {png}: {done.stderr.decode(errors='replace')}")
    return width, height, done.stdout


def decode_qr(png: Path) -> list:
    """Every code zbarimg reads in the picture (none: an empty list; zbarimg exits 4 then)."""
    done = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, timeout=60)
    if done.returncode not in (0, 4):
        raise AssertionError(f"zbarimg failed on {png}: {done.stderr}")
    return [line for line in done.stdout.splitlines() if line.strip()]


class OverlayCardTest(kit.VitrineTestCase):

    @classmethod
    def setUpClass(cls):
        if shutil.which("zbarimg") is None:
            raise RuntimeError("zbarimg is not installed (Debian zbar-tools; packaging/install-deps.sh)")
        super().setUpClass()

    def copy_demo(self) -> Path:
        folder = self.tmp / "demo"
        shutil.copytree(kit.demo_show().parent, folder)
        return folder / "demo.vitrine"

    def record(self, show: Path, script: list, seconds: int, extra=()) -> Path:
        actions = self.tmp / "actions.jsonl"
        actions.write_text("\n".join(json.dumps(a) for a in script) + "\n", encoding="utf-8")
        mkv = self.tmp / "card.mkv"
        run = self.run_vitrine(["--headless", "--show", show, "--record", mkv, "--actions", actions,
                                "--duration", seconds, *extra], timeout=90)
        self.assertRunSucceeded(run)
        self.assertEqual(run.figures.get("actions_skipped"), 0, self.context(run))
        return mkv

    def codes_at(self, mkv: Path, seconds: float) -> list:
        png = self.tmp / f"frame-{seconds:.2f}.png"
        kit.save_frame_png(mkv, seconds, png)
        self.assertTrue(png.is_file(), f"no frame at {seconds} s in {mkv}")
        return decode_qr(png)

    def pin_latency(self, mkv: Path, show: Path, link: str) -> float:
        """Seconds from the pin (its event's recordingMs) to the first recorded frame whose QR code reads."""
        events = [json.loads(line) for line in
                  show.with_name(show.name + ".events.jsonl").read_text(encoding="utf-8").splitlines()]
        pinned = next(e for e in events if e["type"] == "product.pin")["recordingMs"] / 1000
        frames = self.tmp / "frames"
        frames.mkdir(exist_ok=True)
        start = max(pinned - 0.2, 0)
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", f"{start:.3f}", "-i", str(mkv), "-t", "0.8",
                        str(frames / "f%03d.png")], capture_output=True, timeout=120, check=True)
        for index, png in enumerate(sorted(frames.glob("f*.png"))):
            if decode_qr(png) == [link]:
                return start + index / FPS - pinned
        return float("inf")

    def assert_card_on_the_recording(self, canvas: tuple):
        show = self.copy_demo()
        link = qr_link(show, GRINDER)
        extra = ["--canvas", f"{canvas[0]}x{canvas[1]}"] if canvas != (1280, 720) else []
        mkv = self.record(show, [{"at": 2.0, "do": "pin", "sku": GRINDER}], 6, extra)
        size = kit.streams(mkv)[0]
        self.assertEqual((size["width"], size["height"]), canvas)

        before = self.codes_at(mkv, 1.0)
        self.assertEqual(before, [], "a QR code before any product was pinned" +
                         kit.keep_frame_png(mkv, 1.0, f"card-{canvas[0]}x{canvas[1]}"))
        after = self.codes_at(mkv, 4.5)
        self.assertEqual(after, [link], "the card's QR code does not read as the product's tracked link" +
                         kit.keep_frame_png(mkv, 4.5, f"card-{canvas[0]}x{canvas[1]}"))
        latency = self.pin_latency(mkv, show, link)
        print(f"{canvas[0]}x{canvas[1]}: pin → first recorded frame with a readable card: "
              f"{latency * 1000:.0f} ms ({latency * FPS:.1f} frames at {FPS} fps)")
        self.assertLess(latency, 1.0, "the card took more than a second to reach the recording")

    def test_card_qr_reads_as_the_tracked_link_landscape(self):
        self.assert_card_on_the_recording((1280, 720))

    def test_card_qr_reads_as_the_tracked_link_vertical(self):
        self.assert_card_on_the_recording((1080, 1920))

    def test_pinning_another_product_replaces_the_card_and_unpin_hides_it(self):
        show = self.copy_demo()
        mkv = self.record(show, [{"at": 1.0, "do": "pin", "sku": GRINDER},
                                 {"at": 3.0, "do": "pin", "sku": COFFEE},
                                 {"at": 5.0, "do": "unpin"}], 7)
        self.assertEqual(self.codes_at(mkv, 2.3), [qr_link(show, GRINDER)], kit.keep_frame_png(mkv, 2.3, "replace"))
        self.assertEqual(self.codes_at(mkv, 4.3), [qr_link(show, COFFEE)], kit.keep_frame_png(mkv, 4.3, "replace"))
        self.assertEqual(self.codes_at(mkv, 6.3), [], kit.keep_frame_png(mkv, 6.3, "replace"))

    def assert_promo_banner_appears(self, canvas: tuple):
        show = self.copy_demo()
        extra = ["--canvas", f"{canvas[0]}x{canvas[1]}"] if canvas != (1280, 720) else []
        mkv = self.record(show, [{"at": 5, "do": "promo-start", "code": PROMO}], 8, extra)
        name = f"promo-{canvas[0]}x{canvas[1]}"
        x0, y0, x1, y1 = theme_place("promo", canvas)
        before = kit.extract_frame(mkv, 4.0, *canvas)
        after = kit.extract_frame(mkv, 7.0, *canvas)
        # The banner's place changed clearly: most of its pixels, by more than the encoder's noise.
        changed = sum(1 for a, b in zip(before.region(x0, y0, x1, y1), after.region(x0, y0, x1, y1))
                      if max(abs(p - q) for p, q in zip(a, b)) > 48)
        area = (x1 - x0) * (y1 - y0)
        self.assertGreater(changed, area // 2, f"the promo banner's place hardly changed ({changed} of {area} "
                           "pixels)" + kit.keep_frame_png(mkv, 7.0, name))
        # The countdown pill, on the banner's right, is the theme's accent colour.
        accent = theme_colour("accent")
        pill_x0 = x0 + (x1 - x0) * 2 // 3
        pill = sum(1 for p in after.region(pill_x0, y0, x1, y1) if near(p, accent))
        self.assertGreater(pill, (x1 - pill_x0) * (y1 - y0) // 5, f"no accent-coloured countdown pill "
                           f"(accent {accent}: {pill} pixels)" + kit.keep_frame_png(mkv, 7.0, name))
        self.assertLess(sum(1 for p in before.region(pill_x0, y0, x1, y1) if near(p, accent)), pill // 4,
                        "the accent colour was there before the promo started" + kit.keep_frame_png(mkv, 4.0, name))
        events = [json.loads(line) for line in
                  show.with_name(show.name + ".events.jsonl").read_text(encoding="utf-8").splitlines()]
        self.assertTrue(any(e["type"] == "promo.start" for e in events), "no promo.start in the event log")

    def test_promo_started_later_shows_its_banner_landscape(self):
        self.assert_promo_banner_appears((1280, 720))

    def test_promo_started_later_shows_its_banner_vertical(self):
        self.assert_promo_banner_appears((1080, 1920))


class OverlayRenderCliTest(kit.VitrineTestCase):
    """`vitrine overlay render`: no window, no display (Qt's offscreen platform)."""

    def render(self, *args) -> kit.VitrineRun:
        return self.run_vitrine(["overlay", "render", *args], timeout=60, env=self.env(display=None))

    def test_render_writes_a_transparent_png_of_the_canvas(self):
        for canvas, kind in (((1280, 720), "promo"), ((1080, 1920), "card"), ((1280, 720), "lower-third")):
            with self.subTest(canvas=canvas, kind=kind):
                png = self.tmp / f"{kind}.png"
                extra = ["--canvas", f"{canvas[0]}x{canvas[1]}"] if canvas != (1280, 720) else []
                run = self.render(kit.demo_show(), "--kind", kind, "--at", "2026-11-26T18:05:00Z", "--out", png,
                                  *extra)
                self.assertEqual(run.returncode, 0, run.describe())
                width, height, rgba = read_png_rgba(png)
                self.assertEqual((width, height), canvas)
                x0, y0, x1, y1 = theme_place(kind, canvas)
                alpha = lambda x, y: rgba[(y * width + x) * 4 + 3]  # noqa: E731
                # Transparent outside the overlay's place, opaque inside it (its middle, off the rounded corners).
                for x, y in ((0, 0), (width - 1, height - 1), (width // 2, 2), (x0 - 3, (y0 + y1) // 2),
                             (x1 + 3, (y0 + y1) // 2), ((x0 + x1) // 2, y0 - 3), ((x0 + x1) // 2, y1 + 3)):
                    self.assertEqual(alpha(x, y), 0, f"{kind}: pixel ({x}, {y}) outside the overlay is not "
                                     "transparent")
                outside = sum(1 for y in range(0, height, 4) for x in range(0, width, 4)
                              if not (x0 <= x < x1 and y0 <= y < y1) and alpha(x, y))
                self.assertEqual(outside, 0, f"{kind}: pixels drawn outside the overlay's place")
                self.assertGreater(alpha((x0 + x1) // 2, (y0 + y1) // 2), 200, f"{kind}: the overlay is not drawn")

    def test_render_is_reproducible_with_at(self):
        first, second = self.tmp / "a.png", self.tmp / "b.png"
        for png in (first, second):
            run = self.render(kit.demo_show(), "--kind", "flash", "--starts-in", "30", "--at",
                              "2026-11-26T18:05:00Z", "--out", png)
            self.assertEqual(run.returncode, 0, run.describe())
        self.assertEqual(read_png_rgba(first), read_png_rgba(second))

    def test_errors_exit_non_zero_with_a_message(self):
        png = self.tmp / "x.png"
        cases = {
            "unknown kind": (["--kind", "confetti", "--out", png], "confetti"),
            "unknown sku": (["--kind", "card", "--sku", "NOPE-1", "--out", png], "NOPE-1"),
            "unwritable out": (["--kind", "card", "--out", self.tmp / "no" / "such" / "dir" / "x.png"], "x.png"),
            "bad canvas": (["--kind", "card", "--canvas", "big", "--out", png], "big"),
        }
        for label, (args, mention) in cases.items():
            with self.subTest(label):
                run = self.render(kit.demo_show(), *args)
                self.assertNotIn(run.returncode, (0, None), run.describe())
                self.assertLess(run.returncode, 128, "crashed" + run.describe())
                self.assertIn(mention, run.stderr, run.describe())
        run = self.render(self.tmp / "missing.vitrine", "--kind", "card", "--out", png)
        self.assertEqual(run.returncode, 2, run.describe())
        self.assertIn("missing.vitrine", run.stderr, run.describe())
        self.assertFalse(png.exists())

    def test_broken_theme_renders_with_the_default_and_warns(self):
        theme = self.tmp / "broken.json"
        theme.write_text("{\"colors\": {", encoding="utf-8")
        png = self.tmp / "promo.png"
        run = self.render(kit.demo_show(), "--kind", "promo", "--theme", theme, "--out", png)
        self.assertEqual(run.returncode, 0, run.describe())
        self.assertIn("broken.json", run.stderr, run.describe())
        width, height, rgba = read_png_rgba(png)
        x0, y0, x1, y1 = theme_place("promo", (width, height))
        self.assertGreater(rgba[(((y0 + y1) // 2) * width + (x0 + x1) // 2) * 4 + 3], 200)


if __name__ == "__main__":
    kit.main()
