"""Test kit for Vitrine's integration scripts: real peers (Xvfb, nginx-rtmp), the headless runner, ffprobe.

Python 3 standard library only. A test script does:

    import vitrine_testkit as kit

    class StreamTest(kit.VitrineTestCase):
        def test_something(self):
            run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--duration", "5"])
            ...

    if __name__ == "__main__":
        kit.main()

and is started as `script.py --vitrine PATH --source-dir PATH` (see vitrine_add_script_test in
tests/CMakeLists.txt). Every process started here is stopped again, even when a test fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

# Set by main() from the command line.
VITRINE: Optional[Path] = None
SOURCE_DIR: Optional[Path] = None

FIGURE_KEYS = ("frames_rendered", "frames_lagged", "frames_skipped", "frames_dropped", "bytes_sent",
               "cpu_seconds", "peak_rss_kib")

# How much of a log to show when a test fails: the end is where the error is.
LOG_TAIL_CHARS = 4000


def demo_show() -> Path:
    return SOURCE_DIR / "resources" / "demo" / "demo.vitrine"


def anchor_show_copy(folder: Path) -> Path:
    """tests/bench/anchor.vitrine copied into folder with its media linked (made first if needed): the window
    autosaves beside its show, so benchmarks run a copy."""
    bench_dir = Path(__file__).resolve().parent.parent / "bench"
    subprocess.run(["bash", str(bench_dir / "make-anchor-media.sh")], check=True, stdout=subprocess.DEVNULL)
    show = Path(folder) / "anchor.vitrine"
    shutil.copy(bench_dir / "anchor.vitrine", show)
    (Path(folder) / "media").symlink_to(bench_dir / "media")
    return show


def free_tcp_port() -> int:
    """A loopback TCP port nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float, process: Optional[subprocess.Popen] = None) -> bool:
    """True once 127.0.0.1:port accepts a connection; False on timeout or if `process` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def stop_process(process: subprocess.Popen, first_signal: int = signal.SIGTERM, grace: float = 10.0) -> None:
    """Signal a process, wait for it, and kill it if it does not go within `grace` seconds."""
    if process.poll() is not None:
        return
    try:
        process.send_signal(first_signal)
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def tail(text: str, chars: int = LOG_TAIL_CHARS) -> str:
    return text if len(text) <= chars else "…" + text[-chars:]


def read_text(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError as error:
        return f"(cannot read {path}: {error})"


# ---------------------------------------------------------------------------------------------------------------
# Peers

class Xvfb:
    """A fresh Xvfb on a display number it chooses itself (-displayfd), so runs never collide."""

    def __init__(self, screen: str = "1920x1080x24"):
        self.screen = screen
        self.process: Optional[subprocess.Popen] = None
        self.display: Optional[str] = None

    def start(self) -> "Xvfb":
        read_fd, write_fd = os.pipe()
        try:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        finally:
            os.close(write_fd)  # ours; Xvfb keeps its copy, so EOF means it died
        # Xvfb writes "N\n" once it accepts connections.
        with os.fdopen(read_fd, "rb") as reader:
            number = reader.readline().strip()
        if not number:
            _, errors = self.process.communicate(timeout=10)
            raise RuntimeError(f"Xvfb did not start: {errors.decode(errors='replace')}")
        self.display = ":" + number.decode()
        return self

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            if self.process.stderr:
                self.process.stderr.close()
            self.process = None

    def __enter__(self) -> "Xvfb":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class NginxRtmp:
    """nginx with the RTMP module on a free loopback port, recording every stream it receives.

    Streams published to rtmp://127.0.0.1:PORT/live/KEY are recorded to record_dir/KEY.flv. start(rtmp_config)
    serves another rtmp{} block instead (e.g. a relay's, made from packaging/relay/nginx-relay.conf): it must
    listen on 127.0.0.1:PORT (self.port, chosen when the object is made).
    """

    def __init__(self, on_publish: Optional[str] = None):
        # on_publish: a URL nginx asks before accepting a publish; a non-2xx answer refuses the stream key.
        self.on_publish = on_publish
        self.port = free_tcp_port()
        # Its own temporary directory, readable by the worker user (nginx drops root to "nobody").
        self._tempdir = tempfile.TemporaryDirectory(prefix="vitrine-nginx-")
        self.dir = Path(self._tempdir.name)
        self.dir.chmod(0o755)
        self.record_dir = self.dir / "record"
        self.record_dir.mkdir()
        self.record_dir.chmod(0o777)  # the worker writes here
        self.error_log = self.dir / "error.log"
        self.conf = self.dir / "nginx.conf"
        self.process: Optional[subprocess.Popen] = None

    def url(self, key: str, app: str = "live") -> str:
        return f"rtmp://127.0.0.1:{self.port}/{app}/{key}"

    def recording(self, key: str) -> Path:
        return self.record_dir / f"{key}.flv"

    def start(self, rtmp_config: Optional[str] = None) -> "NginxRtmp":
        # No http{} block: nginx needs none to serve RTMP (and then creates no http temp folders).
        header = f"""
load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
daemon off;
master_process on;
worker_processes 1;
pid {self.dir}/nginx.pid;
error_log {self.error_log} info;
events {{
    worker_connections 64;
}}
"""
        self.conf.write_text(header + (rtmp_config if rtmp_config is not None else f"""rtmp {{
    server {{
        listen 127.0.0.1:{self.port};
        application live {{
            live on;
            record all;
            record_path {self.record_dir};
            record_unique off;
            {f"on_publish {self.on_publish};" if self.on_publish else ""}
        }}
    }}
}}
"""))
        # -e: the error log used before the config is read (the default is /var/log/nginx, not ours).
        self.process = subprocess.Popen(
            ["nginx", "-c", str(self.conf), "-p", str(self.dir), "-e", str(self.error_log)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
        if not wait_for_port(self.port, timeout=10, process=self.process):
            log = self.log()
            self.stop()
            raise RuntimeError(f"nginx-rtmp did not start on port {self.port}:\n{log}")
        return self

    def wait_recording_closed(self, key: str, timeout: float = 10.0) -> Path:
        """Wait until nginx has finished writing a stream's recording (its size stops changing)."""
        path = self.recording(key)
        deadline = time.monotonic() + timeout
        last_size, stable_since = -1, time.monotonic()
        while time.monotonic() < deadline:
            size = path.stat().st_size if path.exists() else -1
            if size != last_size:
                last_size, stable_since = size, time.monotonic()
            elif size > 0 and time.monotonic() - stable_since >= 0.5:
                break
            time.sleep(0.1)
        return path

    def log(self) -> str:
        return tail(read_text(self.error_log))

    def crash(self) -> None:
        """Kill nginx and its worker at once, as a crashed or unplugged ingest: no goodbye to the client."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.process = None

    def restart(self) -> "NginxRtmp":
        """Start again on the same port and folders (after crash())."""
        return self.start()

    def stop(self) -> None:
        if self.process is not None:
            # SIGQUIT: graceful (workers finish and close recordings). If it lingers, kill its whole
            # process group (its own session), so no worker outlives a killed master.
            try:
                self.process.send_signal(signal.SIGQUIT)
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            self.process = None
        self._tempdir.cleanup()

    def __enter__(self) -> "NginxRtmp":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ---------------------------------------------------------------------------------------------------------------
# The headless runner

@dataclass
class VitrineRun:
    args: list
    returncode: Optional[int]  # None when it had to be killed after the timeout
    stdout: str
    stderr: str
    elapsed: float
    timed_out: bool = False
    figures: dict = field(default_factory=dict)

    def __iter__(self):
        # Unpacks as (returncode, stdout, stderr, elapsed).
        return iter((self.returncode, self.stdout, self.stderr, self.elapsed))

    def describe(self) -> str:
        return (f"\n--- vitrine {' '.join(map(str, self.args))}\n"
                f"exit code: {self.returncode}{' (killed after timeout)' if self.timed_out else ''}, "
                f"elapsed {self.elapsed:.1f} s\n"
                f"--- stdout:\n{tail(self.stdout)}\n--- stderr:\n{tail(self.stderr)}\n---")


def parse_figures(stdout: str) -> dict:
    """The key=value pairs of the last non-empty stdout line, as numbers where they are numbers."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    if not lines:
        return {}
    figures = {}
    for pair in lines[-1].split():
        key, sep, value = pair.partition("=")
        if not sep:
            return {}  # not a figures line
        try:
            figures[key] = int(value)
        except ValueError:
            try:
                figures[key] = float(value)
            except ValueError:
                figures[key] = value
    return figures


def vitrine_env(display: Optional[str], extra: Optional[dict] = None) -> dict:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    if display is None:
        env.pop("DISPLAY", None)
    else:
        env["DISPLAY"] = display
    # English messages whatever the machine's locale (French ships too): tests match key words.
    env["LC_ALL"] = "C.UTF-8"
    env.pop("LANGUAGE", None)
    env.update(extra or {})
    return env


class VitrineProcess:
    """A runner started in the background. Its output goes to files, not pipes: a chatty run (--verbose)
    nobody reads from while the test waits can never block on a full pipe."""

    def __init__(self, args: Sequence, env: dict):
        self.args = list(args)
        self.started = time.monotonic()
        self._out = tempfile.TemporaryFile()
        self._err = tempfile.TemporaryFile()
        self.popen = subprocess.Popen([str(VITRINE), *map(str, args)], env=env, stdin=subprocess.DEVNULL,
                                      stdout=self._out, stderr=self._err)

    def poll(self) -> Optional[int]:
        return self.popen.poll()

    def send_signal(self, signum: int) -> None:
        self.popen.send_signal(signum)

    def finish(self, timeout: float) -> VitrineRun:
        """Wait for the end, at most `timeout` seconds after the start; then SIGTERM, then SIGKILL."""
        timed_out = False
        try:
            self.popen.wait(timeout=max(0.0, timeout - (time.monotonic() - self.started)))
        except subprocess.TimeoutExpired:
            timed_out = True
            stop_process(self.popen, signal.SIGTERM, grace=10)
        elapsed = time.monotonic() - self.started
        stdout, stderr = self._read(self._out), self._read(self._err)
        return VitrineRun(self.args, None if timed_out else self.popen.returncode, stdout, stderr, elapsed,
                          timed_out, parse_figures(stdout))

    def kill(self) -> None:
        """Never leave a runner behind (idempotent)."""
        stop_process(self.popen, signal.SIGKILL)
        self._out.close()
        self._err.close()

    @staticmethod
    def _read(file) -> str:
        file.seek(0)
        return file.read().decode(errors="replace")


def start_vitrine(args: Sequence, env: dict) -> VitrineProcess:
    return VitrineProcess(args, env)


def run_vitrine(args: Sequence, timeout: float = 60, env: Optional[dict] = None) -> VitrineRun:
    """Run the vitrine executable to its end (or the timeout); the last stdout line is parsed as figures."""
    process = start_vitrine(args, env if env is not None else dict(os.environ))
    try:
        return process.finish(timeout)
    finally:
        process.kill()


# ---------------------------------------------------------------------------------------------------------------
# Media checks (ffprobe / ffmpeg)

def ffprobe_json(path: Path, *extra: str) -> dict:
    result = subprocess.run(["ffprobe", "-v", "error", "-of", "json", *extra, str(path)],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"ffprobe cannot read {path}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def streams(path: Path) -> list:
    """Streams with codec_type, codec_name, width, height, r_frame_rate, avg_frame_rate, sample_rate…"""
    return ffprobe_json(path, "-show_streams")["streams"]


def stream_of(path: Path, codec_type: str) -> Optional[dict]:
    return next((s for s in streams(path) if s.get("codec_type") == codec_type), None)


def frame_rate(stream: dict, key: str = "avg_frame_rate") -> float:
    num, _, den = stream.get(key, "0/0").partition("/")
    return float(num) / float(den) if den and float(den) else 0.0


def count_frames(path: Path, selector: str = "v:0") -> int:
    data = ffprobe_json(path, "-count_frames", "-select_streams", selector, "-show_entries", "stream=nb_read_frames")
    return int(data["streams"][0]["nb_read_frames"])


def duration(path: Path) -> float:
    return float(ffprobe_json(path, "-show_entries", "format=duration")["format"]["duration"])


@dataclass
class Frame:
    width: int
    height: int
    rgb: bytes

    def pixel(self, x: int, y: int) -> tuple:
        i = (y * self.width + x) * 3
        return tuple(self.rgb[i:i + 3])

    def mean(self, x: int, y: int, radius: int = 3) -> tuple:
        """Average colour of the square around (x, y): steadier than one pixel after YUV 4:2:0."""
        pixels = [self.pixel(px, py)
                  for py in range(max(0, y - radius), min(self.height, y + radius + 1))
                  for px in range(max(0, x - radius), min(self.width, x + radius + 1))]
        return tuple(round(sum(p[c] for p in pixels) / len(pixels)) for c in range(3))

    def region(self, x0: int, y0: int, x1: int, y1: int):
        for y in range(y0, y1):
            for x in range(x0, x1):
                yield self.pixel(x, y)


def extract_frame(path: Path, seconds: float, width: int, height: int) -> Frame:
    """The decoded frame at `seconds` as packed RGB (no PIL here: rawvideo rgb24 from ffmpeg)."""
    result = subprocess.run(["ffmpeg", "-v", "error", "-ss", f"{seconds:.3f}", "-i", str(path), "-frames:v", "1",
                             "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, timeout=60)
    expected = width * height * 3
    if result.returncode != 0 or len(result.stdout) != expected:
        raise AssertionError(f"cannot extract a {width}×{height} frame at {seconds} s from {path} "
                             f"(got {len(result.stdout)} bytes): {result.stderr.decode(errors='replace')}")
    return Frame(width, height, result.stdout)


def save_frame_png(path: Path, seconds: float, png: Path) -> None:
    """For a human looking at a failure: the same frame as a PNG."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", f"{seconds:.3f}", "-i", str(path), "-frames:v", "1",
                    str(png)], capture_output=True, timeout=60)


def keep_frame_png(path: Path, seconds: float, name: str) -> str:
    """Saves the frame as a PNG when VITRINE_TEST_ARTIFACTS names a folder; says where, for failure messages."""
    folder = os.environ.get("VITRINE_TEST_ARTIFACTS")
    if not folder:
        return "; set VITRINE_TEST_ARTIFACTS=DIR to keep it as a PNG"
    Path(folder).mkdir(parents=True, exist_ok=True)
    png = Path(folder) / f"{name}-{seconds:.1f}s.png"
    save_frame_png(path, seconds, png)
    return f"; saved as {png}"


def audio_levels(path: Path) -> tuple:
    """(mean_volume, max_volume) in dB from ffmpeg's volumedetect; -inf for digital silence."""
    result = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-vn", "-af", "volumedetect",
                             "-f", "null", "-"], capture_output=True, text=True, timeout=60)
    levels = {}
    for name in ("mean_volume", "max_volume"):
        match = re.search(name + r":\s*(-?inf|-?[\d.]+) dB", result.stderr)
        if not match:
            raise AssertionError(f"volumedetect found no {name} in {path}:\n{tail(result.stderr)}")
        levels[name] = float(match.group(1))
    return levels["mean_volume"], levels["max_volume"]


# ---------------------------------------------------------------------------------------------------------------
# Test case base

class VitrineTestCase(unittest.TestCase):
    """One Xvfb per test class; a fresh temporary directory per test."""

    xvfb: Optional[Xvfb] = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.xvfb = Xvfb().start()

    @classmethod
    def tearDownClass(cls):
        if cls.xvfb is not None:
            cls.xvfb.stop()
            cls.xvfb = None
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        self._tempdir = tempfile.TemporaryDirectory(prefix="vitrine-test-")
        self.addCleanup(self._tempdir.cleanup)
        self.tmp = Path(self._tempdir.name)

    def env(self, display: Optional[str] = "xvfb", extra: Optional[dict] = None) -> dict:
        return vitrine_env(self.xvfb.display if display == "xvfb" else display, extra)

    def run_vitrine(self, args: Sequence, timeout: float = 60, env: Optional[dict] = None) -> VitrineRun:
        return run_vitrine(args, timeout, env if env is not None else self.env())

    def start_nginx(self) -> NginxRtmp:
        nginx = NginxRtmp().start()
        self.addCleanup(nginx.stop)
        return nginx

    def start_nginx_with(self, make_config) -> NginxRtmp:
        """nginx serving the rtmp{} block make_config(nginx) returns (it listens on 127.0.0.1:nginx.port)."""
        nginx = NginxRtmp()
        try:
            nginx.start(make_config(nginx))
        except BaseException:
            nginx.stop()
            raise
        self.addCleanup(nginx.stop)
        return nginx

    # Assertions that print the run (and the ingest's log) when they fail.

    def assertRunSucceeded(self, run: VitrineRun, nginx: Optional[NginxRtmp] = None):
        self.assertFalse(run.timed_out, "vitrine did not finish in time" + self.context(run, nginx))
        self.assertEqual(run.returncode, 0, "vitrine failed" + self.context(run, nginx))

    def assertFigures(self, run: VitrineRun, nginx: Optional[NginxRtmp] = None):
        missing = [key for key in FIGURE_KEYS if key not in run.figures]
        self.assertFalse(missing, f"figures line lacks {missing}" + self.context(run, nginx))
        for key in FIGURE_KEYS:
            self.assertIsInstance(run.figures[key], (int, float), f"{key} is not a number" + self.context(run))
            self.assertGreaterEqual(run.figures[key], 0, f"{key} is negative" + self.context(run))

    def assertH264Aac(self, media: Path, size: tuple = (1280, 720), where: str = ""):
        """The file holds H.264 video of `size` (width, height) and AAC audio: what every ingest expects."""
        video = stream_of(media, "video")
        audio = stream_of(media, "audio")
        self.assertIsNotNone(video, f"{media.name}: no video in {streams(media)}" + where)
        self.assertIsNotNone(audio, f"{media.name}: no audio in {streams(media)}" + where)
        self.assertEqual(video["codec_name"], "h264", media.name + where)
        self.assertEqual((video["width"], video["height"]), tuple(size), media.name + where)
        self.assertEqual(audio["codec_name"], "aac", media.name + where)

    def context(self, run: Optional[VitrineRun] = None, nginx: Optional[NginxRtmp] = None) -> str:
        text = run.describe() if run is not None else ""
        if nginx is not None:
            text += f"\n--- nginx error log:\n{nginx.log()}\n---"
        return text


def main() -> None:
    """Parse --vitrine/--source-dir, then run the script's tests; exits non-zero when a test fails."""
    global VITRINE, SOURCE_DIR
    parser = argparse.ArgumentParser()
    parser.add_argument("--vitrine", required=True, type=Path, help="the vitrine executable")
    parser.add_argument("--source-dir", required=True, type=Path, help="the project's source folder")
    options, rest = parser.parse_known_args()
    VITRINE = options.vitrine.resolve()
    SOURCE_DIR = options.source_dir.resolve()
    for tool in ("Xvfb", "nginx", "ffprobe", "ffmpeg"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (packaging/install-deps.sh installs the test peers)")
    if not VITRINE.is_file():
        sys.exit(f"no vitrine executable at {VITRINE}")
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
