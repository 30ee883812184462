#!/usr/bin/env python3
"""Bad input to the headless runner: each case fails fast with a clear message, exit code 2 and no crash.

Only loopback addresses and names under .invalid are used.
"""

import json

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

# A stream key nobody could mistake for anything else: it must never be printed.
SECRET_KEY = "sk_live_SECRET123"
# A fatal error must be reported well before this; the runner's own connect timeout is 20 s.
MAX_SECONDS = 20


class BadInputTest(kit.VitrineTestCase):

    def assertFatal(self, run, *keywords, env_note=""):
        """Exit 2 with a message on stderr naming `keywords` (each a word or a tuple of alternatives)."""
        context = self.context(run) + env_note
        self.assertFalse(run.timed_out, "vitrine hung" + context)
        self.assertIsNotNone(run.returncode)
        self.assertGreaterEqual(run.returncode, 0, f"vitrine died of signal {-run.returncode}" + context)
        self.assertEqual(run.returncode, 2, "expected the fatal-error exit code 2" + context)
        self.assertLess(run.elapsed, MAX_SECONDS, "too slow to fail" + context)
        self.assertIn("vitrine:", run.stderr, "no error message on stderr" + context)
        message = run.stderr.lower()
        for keyword in keywords:
            alternatives = keyword if isinstance(keyword, tuple) else (keyword,)
            self.assertTrue(any(word.lower() in message for word in alternatives),
                            f"stderr does not mention {' or '.join(alternatives)!r}" + context)
        self.assertNotIn(SECRET_KEY, run.stdout + run.stderr, "the stream key was printed" + context)
        self.assertNotIn("frames_rendered=", run.stdout, "a failed run printed figures" + context)

    def run_headless(self, *args, show=None, env=None):
        show = show if show is not None else kit.demo_show()
        return self.run_vitrine(["--headless", "--show", show, *args], timeout=MAX_SECONDS + 10, env=env)

    def write_show(self, name, edit):
        """A copy of the demo show next to its image, changed by `edit(document)`."""
        document = json.loads(kit.demo_show().read_text())
        edit(document)
        path = self.tmp / name
        path.write_text(json.dumps(document, ensure_ascii=False))
        (self.tmp / "grinder.png").write_bytes((kit.demo_show().parent / "grinder.png").read_bytes())
        return path

    # Unreachable ingests

    def test_closed_port(self):
        port = kit.free_tcp_port()  # nothing listens there
        run = self.run_headless("--stream", f"rtmp://127.0.0.1:{port}/live/{SECRET_KEY}", "--duration", "5")
        self.assertFatal(run, ("connect", "unreachable", "refused"))

    def test_unresolvable_host(self):
        run = self.run_headless("--stream", f"rtmp://ingest.vitrine.invalid/live/{SECRET_KEY}", "--duration", "5")
        self.assertFatal(run, ("connect", "resolve", "unreachable"))

    # Malformed stream URLs (a key in each: even a wrong URL must not print it)

    def test_not_rtmp_scheme(self):
        run = self.run_headless("--stream", f"http://127.0.0.1/live/{SECRET_KEY}", "--duration", "5")
        self.assertFatal(run, ("malformed", "invalid"), "rtmp://")

    def test_empty_rtmp_url(self):
        run = self.run_headless("--stream", "rtmp://", "--duration", "5")
        self.assertFatal(run, ("malformed", "invalid"), "rtmp://")

    def test_url_without_host(self):
        run = self.run_headless("--stream", f"rtmp:///live/{SECRET_KEY}", "--duration", "5")
        self.assertFatal(run, ("malformed", "invalid", "host"))

    def test_url_without_key(self):
        port = kit.free_tcp_port()
        run = self.run_headless("--stream", f"rtmp://127.0.0.1:{port}/onlyapp", "--duration", "5")
        self.assertFatal(run, "key")

    # Bad show files

    def test_missing_show_file(self):
        run = self.run_headless("--duration", "2", show=self.tmp / "nowhere.vitrine")
        self.assertFatal(run, "nowhere.vitrine", ("does not exist", "not found", "no such"))

    def test_unknown_source_kind(self):
        def add_hologram(document):
            document["sources"][1]["kind"] = "hologram"
        run = self.run_headless("--duration", "2", show=self.write_show("hologram.vitrine", add_hologram))
        self.assertFatal(run, "hologram", "kind")

    def test_newer_show_version(self):
        def from_the_future(document):
            document["version"] = 99
        run = self.run_headless("--duration", "2", show=self.write_show("future.vitrine", from_the_future))
        self.assertFatal(run, "99", ("newer", "update"))

    def test_truncated_json(self):
        text = kit.demo_show().read_text()
        path = self.tmp / "truncated.vitrine"
        path.write_text(text[:len(text) // 2])
        run = self.run_headless("--duration", "2", show=path)
        self.assertFatal(run, "truncated.vitrine", ("valid", "json", "corrupt"))

    # Environment and outputs

    def test_no_display(self):
        run = self.run_headless("--duration", "2", env=self.env(display=None))
        self.assertFatal(run, "display", "xvfb-run")

    def test_record_into_missing_folder(self):
        target = self.tmp / "no-such-folder" / "out.mkv"
        run = self.run_headless("--record", target, "--duration", "2")
        self.assertFatal(run, "no-such-folder", ("does not exist", "not exist", "no such"))
        self.assertFalse(target.parent.exists(), "the runner created the folder anyway")


if __name__ == "__main__":
    kit.main()
