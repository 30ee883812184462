#!/usr/bin/env python3
"""Issue 11's acceptance for the product card: a headless run of the demo show that pins a product at 2 s while it
records has, in a later frame of the recording, the card whose QR code `zbarimg` reads as exactly the product's
tracked link (utm_medium=qr); a frame before the pin has no QR code. Same on a vertical 1080×1920 canvas. Pinning
another product replaces the card; unpinning takes it off. Prints how long the card took to reach the recording
after the pin."""

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

GRINDER = "MOUL-ART-01"
COFFEE = "CAFE-ETH-250"
FPS = 30


def qr_link(show: Path, sku: str) -> str:
    """What the card's QR code must carry: the product page, utm_source=live (the demo has no destination),
    utm_medium=qr, utm_campaign of the show."""
    document = json.loads(show.read_text(encoding="utf-8"))
    product = next(p for p in document["products"] if p["sku"] == sku)
    query = urlencode({"utm_source": "live", "utm_medium": "qr", "utm_campaign": document["campaign"]})
    return f"{product['url']}?{query}"


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


if __name__ == "__main__":
    kit.main()
