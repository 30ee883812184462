#!/usr/bin/env python3
"""Streams the demo show to a real nginx-rtmp on loopback and checks what arrived, down to the pixels."""

import signal
import time

import vitrine_testkit as kit

STREAM_SECONDS = 10
FPS = 30
WIDTH, HEIGHT = 1280, 720


def is_near(colour, expected, tolerance):
    return all(abs(c - e) <= tolerance for c, e in zip(colour, expected))


def luma(colour):
    r, g, b = colour
    return 0.299 * r + 0.587 * g + 0.114 * b


class StreamDemoShowTest(kit.VitrineTestCase):

    def test_stream_demo_show_to_nginx(self):
        nginx = self.start_nginx()
        key = "demo"
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--stream", nginx.url(key),
                                "--duration", STREAM_SECONDS], timeout=60)
        self.assertRunSucceeded(run, nginx)
        self.assertFigures(run, nginx)
        self.assertGreater(run.figures["bytes_sent"], 0, "nothing sent" + self.context(run, nginx))

        flv = nginx.wait_recording_closed(key)
        self.assertTrue(flv.exists() and flv.stat().st_size > 0,
                        f"nginx recorded nothing at {flv}" + self.context(run, nginx))

        video = kit.stream_of(flv, "video")
        audio = kit.stream_of(flv, "audio")
        self.assertIsNotNone(video, f"no video stream in {kit.streams(flv)}")
        self.assertIsNotNone(audio, f"no audio stream in {kit.streams(flv)}")
        self.assertEqual(video["codec_name"], "h264")
        self.assertEqual((video["width"], video["height"]), (WIDTH, HEIGHT))
        rate = kit.frame_rate(video, "r_frame_rate") or kit.frame_rate(video)
        self.assertAlmostEqual(rate, FPS, delta=1, msg=f"frame rate {video.get('r_frame_rate')}")
        self.assertEqual(audio["codec_name"], "aac")
        self.assertEqual(int(audio["sample_rate"]), 48000)

        # At least 90 % of the frames of the asked duration reached the ingest.
        frames = kit.count_frames(flv)
        self.assertGreaterEqual(frames, int(STREAM_SECONDS * FPS * 0.9),
                                f"only {frames} frames arrived" + self.context(run, nginx))

        self.assertDemoScene(flv, kit.duration(flv) / 2)

        # The demo's camera carries a 440 Hz tone at volume 0.3: the audio must not be silent.
        mean_volume, max_volume = kit.audio_levels(flv)
        self.assertGreater(mean_volume, -40, f"audio is (nearly) silent: mean {mean_volume} dB, max {max_volume} dB")

    def assertDemoScene(self, media, seconds):
        """The frame at `seconds` shows the demo scene: counters alone miss blank frames."""
        frame = kit.extract_frame(media, seconds, WIDTH, HEIGHT)
        where = f" (frame at {seconds:.1f} s{kit.keep_frame_png(media, seconds, self.id())})"

        # Product image at (840,40), 400×400, beige background #F4EDE4.
        beige = frame.mean(900, 60)
        self.assertTrue(is_near(beige, (0xF4, 0xED, 0xE4), 24), f"product card not beige: {beige}" + where)
        # SMPTE bars of the camera, top two thirds: yellow at x≈270, cyan at x≈450.
        yellow = frame.mean(270, 200)
        self.assertTrue(yellow[0] > 170 and yellow[1] > 170 and yellow[2] < 90, f"bar not yellow: {yellow}" + where)
        cyan = frame.mean(450, 200)
        self.assertTrue(cyan[0] < 90 and cyan[1] > 170 and cyan[2] > 170, f"bar not cyan: {cyan}" + where)
        # Lower third: #181818 at 80 % over the camera, y 590–700; dark wherever the text is not.
        for x, y in ((700, 600), (1250, 650), (1250, 690)):
            colour = frame.mean(x, y)
            self.assertLess(luma(colour), 100, f"lower third not dark at ({x},{y}): {colour}" + where)
        # The white title from x=40, y≈615: some near-white pixels in its band, none in the bar above it.
        white = sum(1 for p in frame.region(40, 615, 1150, 670) if min(p) > 220)
        self.assertGreater(white, 2000, f"no white title text in the lower third ({white} white pixels)" + where)


class SigtermTest(kit.VitrineTestCase):

    def test_sigterm_stops_streaming_cleanly(self):
        nginx = self.start_nginx()
        args = ["--headless", "--show", kit.demo_show(), "--stream", nginx.url("sigterm")]
        started = time.monotonic()
        process = kit.start_vitrine(args, self.env())
        try:
            time.sleep(4)
            self.assertIsNone(process.poll(), "vitrine ended before SIGTERM" +
                              kit.finish_vitrine(process, args, started, 5).describe())
            process.send_signal(signal.SIGTERM)
            run = kit.finish_vitrine(process, args, started, timeout=4 + 20)
        finally:
            kit.stop_process(process, signal.SIGKILL)
        self.assertRunSucceeded(run, nginx)
        self.assertFigures(run, nginx)
        self.assertGreater(run.figures["bytes_sent"], 0, "nothing sent before SIGTERM" + self.context(run, nginx))
        self.assertGreater(run.figures["frames_rendered"], 0, self.context(run))


if __name__ == "__main__":
    kit.main()
