#!/usr/bin/env python3
"""Relay mode (issue 13): the studio streams once to the brand's nginx-rtmp relay, which pushes on to every
platform. The relay runs the config the package ships (packaging/relay/nginx-relay.conf), with only its
placeholders filled in, so this proves the shipped file works; two plain nginx-rtmp stand in for the platforms.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

STREAM_SECONDS = 8
FPS = 30
WIDTH, HEIGHT = 1280, 720
# The example address the shipped file allows to publish, and the placeholders of its landscape pushes.
EXAMPLE_STUDIO_ADDRESS = "203.0.113.25"
YOUTUBE_PUSH = "rtmp://a.rtmp.youtube.com/live2/YOUTUBE_STREAM_KEY"
FACEBOOK_PUSH = "rtmp://127.0.0.1:19350/rtmp/FACEBOOK_STREAM_KEY"
# The keys the stand-in platforms receive (nginx records each stream under its name).
YOUTUBE_KEY = "relay-youtube-4e1b"
FACEBOOK_KEY = "relay-facebook-8c2d"


def shipped_config() -> str:
    return (kit.SOURCE_DIR / "packaging" / "relay" / "nginx-relay.conf").read_text()


def relay_config(text: str, port: int, pushes: dict) -> str:
    """The shipped config as a user fills it in: its port, the studio's address, one push per platform used
    (pushes: shipped push URL → the platform's ingest URL; the other push lines are removed, as the file says)."""
    def replace_once(text, old, new, count=1):
        found = text.count(old)
        if found != count:
            raise AssertionError(f"the shipped relay config has {found} × {old!r}, expected {count}")
        return text.replace(old, new)

    text = replace_once(text, "listen 1935;", f"listen 127.0.0.1:{port};")
    text = replace_once(text, f"allow publish {EXAMPLE_STUDIO_ADDRESS};", "allow publish 127.0.0.1;", count=2)
    found = set()

    def push_line(match):
        url = match.group(2)
        if url in pushes:
            found.add(url)
            return f"{match.group(1)}push {pushes[url]};"
        return f"{match.group(1)}# (platform not used here)"

    text = re.sub(r"^(\s*)push\s+(\S+);", push_line, text, flags=re.MULTILINE)
    missing = set(pushes) - found
    if missing:
        raise AssertionError(f"the shipped relay config has no push to {sorted(missing)}")
    return text


class RelayTest(kit.VitrineTestCase):

    def test_relay_from_the_shipped_config_fans_out_to_two_platforms(self):
        youtube = self.start_nginx()
        facebook = self.start_nginx()
        shipped = shipped_config()
        relay = self.start_nginx_with(lambda nginx: relay_config(shipped, nginx.port, {
            YOUTUBE_PUSH: youtube.url(YOUTUBE_KEY),
            FACEBOOK_PUSH: facebook.url(FACEBOOK_KEY),
        }))
        # The studio knows the relay only: one stream, under a name of its own.
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--stream",
                                f"rtmp://127.0.0.1:{relay.port}/landscape/studio-canvas",
                                "--duration", STREAM_SECONDS], timeout=60)
        self.assertRunSucceeded(run, relay)
        self.assertGreater(run.figures.get("bytes_sent", 0), 0, "nothing sent" + self.context(run, relay))
        for name, ingest, key in (("YouTube", youtube, YOUTUBE_KEY), ("Facebook", facebook, FACEBOOK_KEY)):
            with self.subTest(platform=name):
                flv = ingest.wait_recording_closed(key)
                where = self.context(run, relay) + f"\n--- {name} ingest log:\n{ingest.log()}"
                self.assertTrue(flv.exists() and flv.stat().st_size > 0, f"{name} received nothing" + where)
                self.assertH264Aac(flv, (WIDTH, HEIGHT), where)
                # Most of the show reached the platform: the relay starts pushing as soon as the studio
                # publishes (a second of slack for the connections).
                frames = kit.count_frames(flv)
                self.assertGreaterEqual(frames, int((STREAM_SECONDS - 1) * FPS * 0.9),
                                        f"{name}: only {frames} frames" + where)

    def test_shipped_config_refuses_a_publisher_it_does_not_know(self):
        """allow publish / deny publish: as shipped (the example address), the studio on 127.0.0.1 is refused."""
        ingest = self.start_nginx()
        shipped = shipped_config()

        def config(nginx):
            text = relay_config(shipped, nginx.port, {YOUTUBE_PUSH: ingest.url(YOUTUBE_KEY)})
            return text.replace("allow publish 127.0.0.1;", f"allow publish {EXAMPLE_STUDIO_ADDRESS};")

        relay = self.start_nginx_with(config)
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--stream",
                                f"rtmp://127.0.0.1:{relay.port}/landscape/intruder", "--duration", 3], timeout=60)
        recording = ingest.recording(YOUTUBE_KEY)
        self.assertFalse(recording.exists() and recording.stat().st_size > 0,
                         "the relay pushed a stream from an address it does not allow" + self.context(run, relay))
        self.assertIn("access forbidden", read_log(relay), self.context(run, relay))


def read_log(nginx) -> str:
    return kit.read_text(nginx.error_log)


if __name__ == "__main__":
    kit.main()
