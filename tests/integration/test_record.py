#!/usr/bin/env python3
"""Records the demo show to MKV (alone, together with a stream, and on a vertical canvas) and checks the files."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

RECORD_SECONDS = 5


class RecordTest(kit.VitrineTestCase):

    def assertRecording(self, mkv, seconds, size, run, joins_late=False):
        """An MKV of about `seconds` with an H.264 stream of `size` and an AAC stream (up to a keyframe interval
        shorter when it shares the encoder with an output that started first)."""
        self.assertTrue(mkv.exists() and mkv.stat().st_size > 0, f"no recording at {mkv}" + self.context(run))
        codecs = {s["codec_type"]: s for s in kit.streams(mkv)}
        self.assertEqual(codecs.get("video", {}).get("codec_name"), "h264", f"streams: {codecs}")
        self.assertEqual(codecs.get("audio", {}).get("codec_name"), "aac", f"streams: {codecs}")
        self.assertEqual((codecs["video"]["width"], codecs["video"]["height"]), size)
        length = kit.duration(mkv)
        print(f"\n  {mkv.name}: {length:.2f} s", file=sys.stderr)
        if joins_late:
            self.assertGreaterEqual(length, seconds - 2 - seconds * 0.1,
                                    f"recording lasts {length:.2f} s, asked {seconds} s" + self.context(run))
            self.assertLessEqual(length, seconds * 1.1, f"recording lasts {length:.2f} s" + self.context(run))
        else:
            self.assertAlmostEqual(length, seconds, delta=seconds * 0.1,
                                   msg=f"recording lasts {length:.2f} s, asked {seconds} s" + self.context(run))

    def assertNotBlank(self, mkv, size):
        """Blank frames (libobs misconfigured) are one flat colour: the demo has bars, a card and a title."""
        frame = kit.extract_frame(mkv, kit.duration(mkv) / 2, *size)
        step = 16
        distinct = {tuple(c // 32 for c in frame.pixel(x, y))
                    for y in range(0, size[1], step) for x in range(0, size[0], step)}
        self.assertGreaterEqual(len(distinct), 6, f"frame looks blank: only colours {sorted(distinct)}")

    def test_record_mkv(self):
        mkv = self.tmp / "show.mkv"
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--record", mkv,
                                "--duration", RECORD_SECONDS], timeout=45)
        self.assertRunSucceeded(run)
        self.assertFigures(run)
        self.assertRecording(mkv, RECORD_SECONDS, (1280, 720), run)
        self.assertNotBlank(mkv, (1280, 720))

    def test_stream_and_record_at_once(self):
        nginx = self.start_nginx()
        mkv = self.tmp / "both.mkv"
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--stream", nginx.url("both"),
                                "--record", mkv, "--duration", RECORD_SECONDS], timeout=45)
        self.assertRunSucceeded(run, nginx)
        self.assertFigures(run, nginx)
        self.assertGreater(run.figures["bytes_sent"], 0, self.context(run, nginx))
        self.assertRecording(mkv, RECORD_SECONDS, (1280, 720), run, joins_late=True)

        flv = nginx.wait_recording_closed("both")
        self.assertTrue(flv.exists() and flv.stat().st_size > 0, "nginx recorded nothing" + self.context(run, nginx))
        codecs = {s["codec_type"]: s.get("codec_name") for s in kit.streams(flv)}
        self.assertEqual(codecs, {"video": "h264", "audio": "aac"})
        frames = kit.count_frames(flv)
        # The two outputs share one encoder: whichever joins second starts at the next keyframe, up to one
        # keyframe interval (2 s) after the first.
        self.assertGreaterEqual(frames, int((RECORD_SECONDS - 2) * 30 * 0.9),
                                f"only {frames} frames reached the ingest" + self.context(run, nginx))

    def test_vertical_canvas(self):
        mkv = self.tmp / "vertical.mkv"
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--canvas", "1080x1920", "--record", mkv,
                                "--duration", RECORD_SECONDS], timeout=45)
        self.assertRunSucceeded(run)
        self.assertRecording(mkv, RECORD_SECONDS, (1080, 1920), run)
        self.assertNotBlank(mkv, (1080, 1920))


if __name__ == "__main__":
    kit.main()
