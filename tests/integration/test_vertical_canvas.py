#!/usr/bin/env python3
"""`vitrine --headless --stream-vertical URL --record-vertical OUT.mkv` beside `--stream URL` (issue 13, two
canvases): the demo show goes to two nginx-rtmp keys at once, 1280×720 and 720×1280, and is recorded vertically;
the vertical picture holds the demo scene (the camera's bars centre-cropped, the pinned product's card laid out
for 9:16 with a QR code that reads) and follows the program's scene switch."""

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402
from test_overlay_card import decode_qr, qr_link  # noqa: E402

SECONDS = 10
FPS = 30
GRINDER = "MOUL-ART-01"
FULL_SCREEN_SCENE = "Produit plein écran"
SWITCH_AT = 7.0
SCRIPT = [
    {"at": 0.5, "do": "pin", "sku": GRINDER},
    {"at": SWITCH_AT, "do": "scene", "name": FULL_SCREEN_SCENE},
]
LANDSCAPE = (1280, 720)
VERTICAL = (720, 1280)
BEIGE = (0xF4, 0xED, 0xE4)  # "Fond produit", the full-screen scene's background


def near(pixel: tuple, colour: tuple, tolerance: int = 30) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


class VerticalCanvasTest(kit.VitrineTestCase):

    @classmethod
    def setUpClass(cls):
        if shutil.which("zbarimg") is None:
            raise RuntimeError("zbarimg is not installed (Debian zbar-tools; packaging/install-deps.sh)")
        super().setUpClass()

    def test_landscape_and_vertical_stream_and_record_at_once(self):
        folder = self.tmp / "demo"
        shutil.copytree(kit.demo_show().parent, folder)
        show = folder / "demo.vitrine"
        actions = self.tmp / "actions.jsonl"
        actions.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in SCRIPT) + "\n", encoding="utf-8")
        mkv = self.tmp / "vertical.mkv"
        nginx = self.start_nginx()
        run = self.run_vitrine(["--headless", "--show", show, "--stream", nginx.url("land"),
                                "--stream-vertical", nginx.url("vert"), "--record-vertical", mkv,
                                "--actions", actions, "--duration", SECONDS], timeout=90)
        self.assertRunSucceeded(run, nginx)
        self.assertEqual(run.figures.get("actions_skipped"), 0, self.context(run))
        print(f"\n  figures: {run.stdout.splitlines()[-1]}", file=sys.stderr)

        land = nginx.wait_recording_closed("land")
        vert = nginx.wait_recording_closed("vert")
        for media, size in ((land, LANDSCAPE), (vert, VERTICAL), (mkv, VERTICAL)):
            with self.subTest(media=media.name):
                self.assertTrue(media.is_file() and media.stat().st_size > 0,
                                f"nothing at {media}" + self.context(run, nginx))
                self.assertH264Aac(media, size)
                frames = kit.count_frames(media)
                self.assertGreaterEqual(frames, int(SECONDS * FPS * 0.8), f"only {frames} frames in {media.name}")

        # Before the switch, on the ingest and on the file: the demo scene, vertically.
        for media in (vert, mkv):
            with self.subTest(frame=media.name):
                self.assertVerticalDemoScene(media, 4.0, show)
        # After the switch (the file's times are the script's): the full-screen product, and no card (the scene
        # hides it), on the vertical canvas too.
        after = SWITCH_AT + 2.0
        frame = kit.extract_frame(mkv, after, *VERTICAL)
        where = f" (frame at {after:.1f} s{kit.keep_frame_png(mkv, after, self.id() + '-after')})"
        for x, y in ((60, 600), (360, 700), (660, 900)):
            self.assertTrue(near(frame.mean(x, y), BEIGE), f"not the full-screen scene at ({x},{y}): "
                            f"{frame.mean(x, y)}" + where)
        self.assertEqual(self.codes_at(mkv, after), [], "the card stayed on a scene that hides it" + where)

    def codes_at(self, media: Path, seconds: float) -> list:
        png = self.tmp / f"{media.stem}-{seconds:.2f}.png"
        kit.save_frame_png(media, seconds, png)
        self.assertTrue(png.is_file(), f"no frame at {seconds} s in {media}")
        return decode_qr(png)

    def assertVerticalDemoScene(self, media: Path, seconds: float, show: Path):
        frame = kit.extract_frame(media, seconds, *VERTICAL)
        where = f" (frame at {seconds:.1f} s of {media.name}{kit.keep_frame_png(media, seconds, self.id())})"
        # The 1280×720 camera scaled to cover 720×1280 and centre-cropped: its middle bars (cyan, green, magenta)
        # fill the width of the canvas's middle band.
        cyan, green, magenta = frame.mean(90, 500), frame.mean(360, 500), frame.mean(630, 500)
        self.assertTrue(cyan[0] < 90 and cyan[1] > 170 and cyan[2] > 170, f"not cyan: {cyan}" + where)
        self.assertTrue(green[0] < 90 and green[1] > 170 and green[2] < 90, f"not green: {green}" + where)
        self.assertTrue(magenta[0] > 170 and magenta[1] < 90 and magenta[2] > 170, f"not magenta: {magenta}" + where)
        # The scene's own lower third at the bottom: dark, with the white title in it.
        white = sum(1 for p in frame.region(10, 1210, 710, 1265) if min(p) > 220)
        self.assertGreater(white, 1500, f"no white title in the lower third ({white} white pixels)" + where)
        # The pinned product's card, laid out for 9:16: its QR code reads as the product's tracked link.
        self.assertEqual(self.codes_at(media, seconds), [qr_link(show, GRINDER)], "no card QR code" + where)


if __name__ == "__main__":
    kit.main()
