#!/usr/bin/env python3
"""Comment-to-claim headless: a Twitch IRC session (IRC over WebSocket) and a Facebook SSE stream of
live_comments, both on 127.0.0.1 and speaking their real wire protocols, replayed through
`vitrine --headless --chat … --actions … --event-log … --claims-csv …` on the demo show (A1 the mill: Noir 16,
Chêne 8; A2 the coffee: 3 in stock; A3 the scale: sold out). The claims must reach the event log and the CSV
in arrival order: stock reserved until it is out, then the waitlist; a claim without variant flagged; an
unknown code ambiguous; questions and maybes not claims.
"""

import csv
import json
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
sys.path.insert(0, str(Path(__file__).resolve().parent))
import vitrine_testkit as kit  # noqa: E402
from test_chat_headless import (FACEBOOK_TOKEN, QuietHandler, ThreadingServer, ws_accept,  # noqa: E402
                                ws_read_frame, ws_send_text)

DURATION = 6


def privmsg(msg_id, user_id, name, text):
    return (f"@display-name={name};id={msg_id};tmi-sent-ts=1714586592123;user-id={user_id} "
            f":{name.lower()}!{name.lower()}@x.tmi.twitch.tv PRIVMSG #maisonmoulin :{text}\r\n")


class ClaimingTwitch:
    """IRC over WebSocket: after JOIN, three viewers write; `sent` is set once they have."""

    def __init__(self):
        import socket
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.port = self.server.getsockname()[1]
        self.sent = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._client, args=(client,), daemon=True).start()

    def _client(self, sock):
        try:
            ws_accept(sock)
            while True:
                opcode, payload = ws_read_frame(sock)
                if opcode == 0x8:
                    return
                if opcode == 0x1 and "JOIN " in payload.decode("utf-8"):
                    ws_send_text(sock, ":tmi.twitch.tv 001 justinfan12345 :Welcome\r\n")
                    ws_send_text(sock, privmsg("tw-1", 42, "Zoé", "SOLD A2 2 🔥"))
                    ws_send_text(sock, privmsg("tw-2", 43, "Modo", "sold out?"))
                    ws_send_text(sock, privmsg("tw-3", 44, "Léa", "sold a1 noir"))
                    time.sleep(0.5)
                    self.sent.set()
        except (ConnectionError, OSError):
            pass
        finally:
            sock.close()

    def stop(self):
        self.server.close()


class ClaimingFacebook:
    """live_comments as Server-Sent Events, written once Twitch's viewers have written (a known order)."""

    def __init__(self, after: threading.Event):
        self.stopping = threading.Event()
        fake = self

        class Handler(QuietHandler):
            def do_GET(self):
                url = urlparse(self.path)
                if url.path != "/444/live_comments" or parse_qs(url.query).get("access_token") != [FACEBOOK_TOKEN]:
                    self.send_response(400)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                comments = [("444_1", "8", "Max", "je prends A2 2"),        # 1 coffee left: waitlisted
                            ("444_2", "9", "Jo", "Je prends A2"),           # takes the last one
                            ("444_3", "10", "Ana", "je prends a2 svp"),     # waitlisted, after Max
                            ("444_4", "11", "Paul", "SOLD Z9"),             # no such code: ambiguous
                            ("444_5", "12", "Inès", "je prendrai peut-être"),  # not a claim
                            ("444_6", "13", "Eve", "je prends 2")]          # the pinned mill, no variant
                try:
                    after.wait(20)
                    time.sleep(1.0)  # the rehearsal script has pinned the mill by now
                    for comment_id, author_id, name, text in comments:
                        data = json.dumps({"id": comment_id, "message": text, "from": {"id": author_id, "name": name},
                                           "created_time": "2024-05-01T18:03:12+0000"})
                        self.wfile.write(f"data: {data}\n\n".encode())
                        self.wfile.flush()
                        time.sleep(0.05)
                    while not fake.stopping.wait(0.5):
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                except OSError:
                    pass

        self.server = ThreadingServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


class ClaimsHeadlessTest(kit.VitrineTestCase):

    def copy_demo(self) -> Path:
        """The demo show in a folder of the test's: the run saves its live state beside the show."""
        folder = self.tmp / "demo"
        shutil.copytree(kit.demo_show().parent, folder)
        return folder / kit.demo_show().name

    def test_claims_from_twitch_and_facebook(self):
        twitch = ClaimingTwitch()
        facebook = ClaimingFacebook(twitch.sent)
        self.addCleanup(twitch.stop)
        self.addCleanup(facebook.stop)
        actions = self.tmp / "actions.jsonl"
        actions.write_text('{"at": 0, "do": "pin", "sku": "MOUL-ART-01"}\n')
        events = self.tmp / "events.jsonl"
        claims_csv = self.tmp / "claims.csv"
        run = self.run_vitrine(
            ["--headless", "--show", self.copy_demo(),
             "--chat", f"twitch:MaisonMoulin@ws://127.0.0.1:{twitch.port}",
             "--chat", f"facebook:444@http://127.0.0.1:{facebook.port}",
             "--actions", actions, "--event-log", events, "--claims-csv", claims_csv,
             "--duration", str(DURATION)],
            timeout=DURATION + 60, env=self.env(extra={"VITRINE_FACEBOOK_TOKEN": FACEBOOK_TOKEN}))
        self.assertRunSucceeded(run)
        self.assertNotIn(FACEBOOK_TOKEN, run.stdout + run.stderr)
        self.assertEqual(run.figures.get("claims"), 7, self.context(run))

        records = [json.loads(line) for line in events.read_text().splitlines() if line.strip()]
        claims = [r for r in records if r["type"].startswith("claim.")]
        got = [(c["type"], c["platform"], c["author"], c["sku"], c["variant"], c["quantity"], c["status"])
               for c in claims]
        mill, coffee = "MOUL-ART-01", "CAFE-ETH-250"
        expected = [
            ("claim.accept", "twitch", "Zoé", coffee, None, 2, "accepted"),
            ("claim.accept", "twitch", "Léa", mill, "MOUL-ART-01-NOIR", 1, "accepted"),
            ("claim.waitlist", "facebook", "Max", coffee, None, 2, "waitlisted"),
            ("claim.accept", "facebook", "Jo", coffee, None, 1, "accepted"),
            ("claim.waitlist", "facebook", "Ana", coffee, None, 1, "waitlisted"),
            ("claim.ambiguous", "facebook", "Paul", None, None, 1, "ambiguous"),
            ("claim.accept", "facebook", "Eve", mill, None, 2, "accepted"),
        ]
        self.assertEqual(got, expected, self.context(run) + f"\n{claims}")
        eve = claims[-1]
        self.assertTrue(eve["needsVariant"], eve)
        self.assertEqual(claims[5]["code"], "Z9")
        self.assertEqual(claims[0]["message"], "twitch:tw-1")
        # Claims come after the pin the rehearsal script made, in the same log.
        self.assertIn("product.pin", [r["type"] for r in records])

        with claims_csv.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual([(r["author"], r["status"], r["sku"], r["quantity"]) for r in rows],
                         [(c[2], c[6], c[3] or "", str(c[5])) for c in expected])
        self.assertEqual(rows[-1]["needs_variant"], "yes")
        self.assertEqual(rows[1]["variant"], "MOUL-ART-01-NOIR")

    def test_claims_csv_needs_a_chat_and_a_folder(self):
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--claims-csv", self.tmp / "c.csv",
                                "--duration", "2"], timeout=40)
        self.assertEqual(run.returncode, 2, self.context(run))
        self.assertIn("--claims-csv needs at least one --chat", run.stderr, self.context(run))
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--chat", "twitch:x@ws://127.0.0.1:1",
                                "--claims-csv", self.tmp / "missing" / "c.csv", "--duration", "2"], timeout=40)
        self.assertNotEqual(run.returncode, 0, self.context(run))
        self.assertIn("cannot write the claims", run.stderr, self.context(run))


if __name__ == "__main__":
    kit.main()
