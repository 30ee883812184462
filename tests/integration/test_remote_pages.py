"""The producer remote's pages in a real browser (Debian's headless Chromium through chromedriver), against a
headless studio serving them with --remote-port (issue 16):

- /remote on a phone-sized window: the wrong password is refused; with the right one, tapping Pin makes the
  studio pin the product (its event log and its public feed say so), and the notes reach the studio;
- /widget: the card shows the pinned product's title, price and tracked link (utm_source=site) within a second
  of a pin made on the remote page, and clicking "Acheter" opens that link (the shop's host is mapped to a
  local HTTPS server that records the request);
- the real obs-websocket-js client (npm) drives the same studio.

Screenshots of both pages in French go to build/screenshots/fr/.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import vitrine_testkit as kit
import webdriver

PASSWORD = "remote-test-password"


class RecordingShop(http.server.BaseHTTPRequestHandler):
    """The shop's product page, on loopback: remembers what the browser asked for."""
    requests: list = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        RecordingShop.requests.append(self.path)
        body = b"<!doctype html><title>Boutique</title><p>Boutique</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class RemotePagesTest(kit.VitrineTestCase):
    def setUp(self):
        super().setUp()
        missing = webdriver.chromium_available()
        if missing:
            self.skipTest(missing)
        # A copy of the demo show: the studio autosaves beside its show.
        shutil.copytree(kit.SOURCE_DIR / "resources" / "demo", self.tmp / "demo",
                        ignore=shutil.ignore_patterns("*.jsonl", "*.session"))
        self.show = self.tmp / "demo" / "demo.vitrine"
        self.events = self.tmp / "events.jsonl"
        self.port = kit.free_tcp_port()
        self.studio = kit.start_vitrine(
            ["--headless", "--show", self.show, "--event-log", self.events, "--remote-port", self.port],
            self.env(extra={"VITRINE_REMOTE_PASSWORD": PASSWORD}))
        self.addCleanup(self.studio.kill)
        if not kit.wait_for_port(self.port, 30, self.studio.popen):
            run = self.studio.finish(5)
            self.fail("the studio did not serve its remote:\n" + run.describe())
        self.base = f"http://127.0.0.1:{self.port}"
        self.shots = Path(os.environ.get("VITRINE_SCREENSHOT_DIR", self.tmp)) / "fr"

    def feed(self) -> dict:
        with urllib.request.urlopen(self.base + "/feed.json", timeout=5) as response:
            return json.load(response)

    def logged(self, kind: str) -> list:
        if not self.events.exists():
            return []
        records = [json.loads(line) for line in self.events.read_text().splitlines() if line.strip()]
        return [r for r in records if r.get("type") == kind]

    def wait_for(self, predicate, timeout: float, what: str):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.05)
        self.fail(f"{what} within {timeout} s")

    def sign_in(self, browser: webdriver.Browser) -> None:
        browser.open(self.base + "/remote")
        browser.type("#password", PASSWORD)
        browser.click("#connect")
        browser.find('#products li[data-sku="CAFE-ETH-250"] button', timeout=10)

    def test_wrong_password_is_refused_on_the_page(self):
        with webdriver.Browser() as phone:
            phone.open(self.base + "/remote")
            self.assertEqual(phone.text("#connect"), "Se connecter")
            phone.type("#password", "not-the-password")
            phone.click("#connect")
            phone.wait_text("#login-error", "Mot de passe refusé", timeout=10)
            self.assertEqual(phone.script("return document.getElementById('panels').hidden"), True)
        self.assertEqual(self.feed().get("pinned"), None)

    def test_pin_from_the_phone_reaches_the_studio_and_the_widget(self):
        with webdriver.Browser() as phone, webdriver.Browser(width=900, height=600) as site:
            site.open(self.base + "/widget")
            site.wait_text(".vitrine-card", "Le direct va commencer", timeout=10)
            # The moment the card changes, measured in the page (the browsers share this machine's clock).
            site.script("""
                const card = document.querySelector('.vitrine-card');
                window.changedAt = 0;
                new MutationObserver(() => {
                  if (!window.changedAt && card.textContent.includes('Café')) window.changedAt = Date.now();
                }).observe(card, {childList: true, subtree: true, characterData: true});""")

            self.sign_in(phone)
            phone.screenshot(self.shots / "remote-page.png")
            clicked_at = phone.script("window.clickedAt = Date.now(); return window.clickedAt;")
            phone.click('#products li[data-sku="CAFE-ETH-250"] button')

            # The studio's state: its event log and its public feed.
            pin = self.wait_for(lambda: self.logged("product.pin"), 5, "product.pin in the event log")
            self.assertEqual(pin[-1]["sku"], "CAFE-ETH-250")
            self.assertEqual(self.feed()["pinned"]["sku"], "CAFE-ETH-250")
            phone.wait(lambda: phone.script(
                "return document.querySelector('#products li.on-air')?.dataset.sku") == "CAFE-ETH-250",
                5, "the page marks the pinned product")

            # The widget: title, price, tracked link, within a second of the tap.
            site.wait_text(".vitrine-card .v-title", "Café", timeout=5)
            changed_at = site.wait(lambda: site.script("return window.changedAt"), 5, "card change time")
            self.assertLess(changed_at - clicked_at, 1000, "pin → widget card took a second or more")
            title = site.text(".vitrine-card .v-title")
            self.assertEqual(title, self.feed()["pinned"]["title"])
            self.assertIn("12,50", site.text(".vitrine-card .v-price"))
            link = site.attribute(".vitrine-card .v-buy", "href")
            self.assertIn("utm_source=site", link)
            self.assertEqual(site.text(".vitrine-card .v-buy"), "Acheter")
            site.screenshot(self.shots / "widget-page.png")

            # Notes for the presenter reach the studio.
            phone.type("#notes", "Montrer la mouture fine")
            phone.click("#send-notes")
            notes = self.wait_for(lambda: self.logged("notes.set"), 5, "notes.set in the event log")
            self.assertEqual(notes[-1]["text"], "Montrer la mouture fine")

    def test_buy_link_opens_the_tracked_product_page(self):
        cert_dir = self.tmp / "tls"
        cert_dir.mkdir()
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=shop", "-keyout", cert_dir / "key.pem", "-out", cert_dir / "cert.pem"],
                       check=True, capture_output=True)
        shop = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RecordingShop)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_dir / "cert.pem", cert_dir / "key.pem")
        shop.socket = context.wrap_socket(shop.socket, server_side=True)
        threading.Thread(target=shop.serve_forever, daemon=True).start()
        self.addCleanup(shop.shutdown)
        RecordingShop.requests = []
        shop_port = shop.server_address[1]

        with webdriver.Browser() as phone:
            self.sign_in(phone)
            phone.click('#products li[data-sku="MOUL-ART-01"] button')
            self.wait_for(lambda: (self.feed().get("pinned") or {}).get("sku") == "MOUL-ART-01", 5, "the pin")
        # The shop's host (a name under .example) goes to the local shop; nothing leaves the machine.
        rules = (f"--host-resolver-rules=MAP boutique.maison-moulin.example 127.0.0.1:{shop_port}, "
                 "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1")
        with webdriver.Browser(width=900, height=600, extra_args=[rules, "--ignore-certificate-errors"]) as site:
            site.open(self.base + "/widget")
            site.wait_text(".vitrine-card .v-title", "Moulin", timeout=10)
            site.click(".vitrine-card .v-buy")
            hit = self.wait_for(lambda: RecordingShop.requests, 10, "the shop's page requested")
        self.assertTrue(hit[0].startswith("/products/moulin-artisan?"), hit[0])
        self.assertIn("utm_source=site", hit[0])

    def test_a_relay_feeds_many_viewers_from_one_connection(self):
        relay_port = kit.free_tcp_port()
        relay = subprocess.Popen([sys.executable, kit.SOURCE_DIR / "packaging" / "relay" / "vitrine-feed-relay",
                                  "--upstream", self.base, "--listen", f"127.0.0.1:{relay_port}"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.addCleanup(kit.stop_process, relay)
        self.assertTrue(kit.wait_for_port(relay_port, 10, relay), "the relay did not start")
        viewers = []
        for _ in range(50):
            sock = socket.create_connection(("127.0.0.1", relay_port), timeout=10)
            sock.sendall(b"GET /feed HTTP/1.1\r\nHost: relay\r\n\r\n")
            self.addCleanup(sock.close)
            viewers.append(sock)
        with webdriver.Browser() as phone:
            self.sign_in(phone)
            phone.click('#products li[data-sku="MOUL-ART-01"] button')
            for sock in viewers:
                received = b""
                deadline = time.monotonic() + 10
                while b'"MOUL-ART-01"' not in received and time.monotonic() < deadline:
                    received += sock.recv(65536)
                self.assertIn(b'"MOUL-ART-01"', received)
                self.assertIn(b"event: state", received)
        with urllib.request.urlopen(f"http://127.0.0.1:{relay_port}/feed.json", timeout=5) as response:
            self.assertEqual(json.load(response)["pinned"]["sku"], "MOUL-ART-01")
        with urllib.request.urlopen(f"http://127.0.0.1:{relay_port}/widget.js", timeout=5) as response:
            self.assertIn(b"vitrine-widget", response.read())

    def test_obs_websocket_js_drives_the_studio(self):
        remote_tests = kit.SOURCE_DIR / "tests" / "remote"
        if not (remote_tests / "node_modules" / "obs-websocket-js").exists():
            self.skipTest("obs-websocket-js not installed (npm ci in tests/remote)")
        script = remote_tests / "drive_studio.mjs"
        result = subprocess.run(["node", script, f"ws://127.0.0.1:{self.port}", PASSWORD],
                                capture_output=True, text=True, timeout=60, cwd=remote_tests)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        report = json.loads(result.stdout.strip().splitlines()[-1])
        self.assertIn("Démo en direct", report["scenes"])
        self.assertEqual(report["pinnedAfter"], "BAL-PREC-01")
        self.assertEqual(report["wrongPassword"], 4009)
        pins = [r["sku"] for r in self.logged("product.pin")]
        self.assertIn("BAL-PREC-01", pins)


if __name__ == "__main__":
    kit.main()
