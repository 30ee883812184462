"""Debian's headless Chromium driven through chromedriver's W3C WebDriver HTTP API (standard library only).

    with Browser() as browser:
        browser.open("http://127.0.0.1:4455/remote")
        browser.type("#password", "secret")
        browser.click("#connect")
        browser.wait_text("#live-state", "Hors antenne")

Every browser starts with a fresh profile and without background networking, so it talks to loopback only.
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Optional

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"


def chromium_available() -> Optional[str]:
    """None when chromium and chromedriver are both installed, else what is missing."""
    missing = [name for name in ("chromium", "chromedriver") if shutil.which(name) is None]
    return ", ".join(missing) + " not installed" if missing else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebDriverError(AssertionError):
    pass


class Browser:
    def __init__(self, width: int = 412, height: int = 915, language: str = "fr-FR", extra_args=None):
        self.width, self.height, self.language = width, height, language
        self.extra_args = list(extra_args or [])
        self.profile = tempfile.TemporaryDirectory(prefix="vitrine-chromium-")
        self.port = _free_port()
        self.driver: Optional[subprocess.Popen] = None
        self.session = ""

    # -- lifetime ---------------------------------------------------------------------------------------------
    def start(self) -> "Browser":
        self.driver = subprocess.Popen(["chromedriver", f"--port={self.port}", "--allowed-ips=127.0.0.1"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                self._call("GET", "/status", session=False)
                break
            except (OSError, WebDriverError):
                time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--metrics-recording-only",
                f"--user-data-dir={self.profile.name}", f"--window-size={self.width},{self.height}",
                f"--lang={self.language}", *self.extra_args]
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": shutil.which("chromium"), "args": args,
                                   "prefs": {"intl.accept_languages": self.language}},
            "unhandledPromptBehavior": "ignore"}}}
        answer = self._call("POST", "/session", capabilities, session=False)
        self.session = answer["sessionId"]
        return self

    def stop(self) -> None:
        if self.session:
            try:
                self._call("DELETE", "")
            except (OSError, WebDriverError):
                pass
            self.session = ""
        if self.driver:
            self.driver.terminate()
            try:
                self.driver.wait(10)
            except subprocess.TimeoutExpired:
                self.driver.kill()
            self.driver = None
        self.profile.cleanup()

    def __enter__(self) -> "Browser":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- protocol ---------------------------------------------------------------------------------------------
    def _call(self, method: str, path: str, body: Any = None, session: bool = True) -> Any:
        url = f"http://127.0.0.1:{self.port}" + (f"/session/{self.session}" if session else "") + path
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as error:
            detail = error.read().decode(errors="replace")
            raise WebDriverError(f"{method} {path}: {error.code} {detail[:500]}") from None

    # -- what tests use ---------------------------------------------------------------------------------------
    def open(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def url(self) -> str:
        return self._call("GET", "/url")

    def find(self, css: str, timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT_KEY]
            except WebDriverError:
                if time.monotonic() > deadline:
                    raise WebDriverError(f"no element {css!r} within {timeout} s") from None
                time.sleep(0.05)

    def click(self, css: str, timeout: float = 5.0) -> None:
        self._call("POST", f"/element/{self.find(css, timeout)}/click", {})

    def type(self, css: str, text: str) -> None:
        element = self.find(css)
        self._call("POST", f"/element/{element}/clear", {})
        self._call("POST", f"/element/{element}/value", {"text": text})

    def text(self, css: str) -> str:
        return self._call("GET", f"/element/{self.find(css)}/text")

    def attribute(self, css: str, name: str) -> Optional[str]:
        return self._call("GET", f"/element/{self.find(css)}/attribute/{name}")

    def script(self, source: str, *args: Any) -> Any:
        return self._call("POST", "/execute/sync", {"script": source, "args": list(args)})

    def wait(self, predicate, timeout: float = 5.0, what: str = "condition") -> Any:
        """Polls predicate() until it returns something true; its last value on success."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                last = predicate()
                if last:
                    return last
            except WebDriverError:
                pass
            time.sleep(0.05)
        raise WebDriverError(f"{what} not met within {timeout} s (last: {last!r})")

    def wait_text(self, css: str, expected: str, timeout: float = 5.0) -> str:
        return self.wait(lambda: expected in self.text(css) and self.text(css), timeout,
                         f"{css} containing {expected!r}")

    def accept_alert(self) -> None:
        self._call("POST", "/alert/accept", {})

    def screenshot(self, path: Path) -> None:
        png = base64.b64decode(self._call("GET", "/screenshot"))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(png)
