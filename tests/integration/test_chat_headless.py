#!/usr/bin/env python3
"""Headless chat: `vitrine --headless --show FILE --chat … --chat-log OUT.jsonl --duration S` against three
fake platforms on 127.0.0.1, each speaking its real wire protocol:

- Twitch: IRC over WebSocket (a minimal RFC 6455 server written here with the standard library), IRCv3 tags;
- YouTube: liveChatMessages.list pages over HTTP, with nextPageToken and pollingIntervalMillis;
- Facebook: a Server-Sent Events stream of live_comments.

The transcript must hold every message once, per platform in order, "/me" unwrapped, HTML entities decoded,
and the platforms' deletions; tokens come from the environment and must never be printed. Bad specs and an
unreachable endpoint give a clear message, never a crash.
"""

import base64
import hashlib
import http.server
import json
import socket
import socketserver
import struct
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
import vitrine_testkit as kit  # noqa: E402

YOUTUBE_KEY = "AIzaSECRETyoutubeKEY"
FACEBOOK_TOKEN = "EAABsecretFACEBOOKtoken"
TWITCH_TOKEN = "twitchSECRETtoken42"
DURATION = 6


# ---------------------------------------------------------------------------------------------------------------
# A minimal WebSocket server (RFC 6455): handshake, masked client frames in, unmasked text frames out.

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def ws_send_text(sock, text):
    payload = text.encode("utf-8")
    header = bytes([0x81])
    if len(payload) < 126:
        header += bytes([len(payload)])
    elif len(payload) < 65536:
        header += bytes([126]) + struct.pack("!H", len(payload))
    else:
        header += bytes([127]) + struct.pack("!Q", len(payload))
    sock.sendall(header + payload)


def recv_exact(sock, count):
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def ws_read_frame(sock):
    """(opcode, payload bytes) of the next frame."""
    first, second = recv_exact(sock, 2)
    opcode = first & 0x0F
    length = second & 0x7F
    if length == 126:
        length = struct.unpack("!H", recv_exact(sock, 2))[0]
    elif length == 127:
        length = struct.unpack("!Q", recv_exact(sock, 8))[0]
    mask = recv_exact(sock, 4) if second & 0x80 else b"\0\0\0\0"
    payload = bytearray(recv_exact(sock, length))
    for i in range(len(payload)):
        payload[i] ^= mask[i % 4]
    return opcode, bytes(payload)


def ws_accept(sock):
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed during the handshake")
        request += chunk
    key = ""
    for line in request.decode("latin-1").split("\r\n"):
        name, _, value = line.partition(":")
        if name.strip().lower() == "sec-websocket-key":
            key = value.strip()
    accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
    sock.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())


class FakeTwitch:
    """Accepts IRC-over-WebSocket clients; after JOIN, sends tagged lines, a PING and a CLEARMSG."""

    def __init__(self):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.port = self.server.getsockname()[1]
        self.lines = []
        self.stopping = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stopping:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._client, args=(client,), daemon=True).start()

    def _client(self, sock):
        try:
            ws_accept(sock)
            while not self.stopping:
                opcode, payload = ws_read_frame(sock)
                if opcode == 0x8:
                    return
                if opcode != 0x1:
                    continue
                for line in payload.decode("utf-8").split("\r\n"):
                    if line:
                        self.lines.append(line)
                        if line.startswith("JOIN "):
                            self._after_join(sock)
        except (ConnectionError, OSError):
            pass
        finally:
            sock.close()

    def _after_join(self, sock):
        ws_send_text(sock, ":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!\r\n"
                           ":justinfan12345!justinfan12345@justinfan12345.tmi.twitch.tv JOIN #maisonmoulin\r\n")
        ws_send_text(sock, "@badges=subscriber/6;color=#8A2BE2;display-name=Zoé;emotes=25:10-14;id=tw-1;"
                           "tmi-sent-ts=1714586592123;user-id=42 :zoe!zoe@zoe.tmi.twitch.tv PRIVMSG #maisonmoulin "
                           ":je prends Kappa\r\n")
        ws_send_text(sock, "@badges=moderator/1;display-name=Modo;id=tw-2;tmi-sent-ts=1714586593000;user-id=43 "
                           ":modo!modo@modo.tmi.twitch.tv PRIVMSG #maisonmoulin :\x01ACTION montre le bleu\x01\r\n"
                           "PING :tmi.twitch.tv\r\n")
        ws_send_text(sock, "@login=zoe;target-msg-id=tw-1 :tmi.twitch.tv CLEARMSG #maisonmoulin :je prends Kappa\r\n")

    def stop(self):
        self.stopping = True
        self.server.close()


class QuietHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def youtube_item(item_id, kind, author, **snippet):
    return {"id": item_id, "snippet": {"type": kind, "liveChatId": "CHAT", "publishedAt": "2024-05-01T18:03:12Z",
                                       **snippet},
            "authorDetails": {"channelId": "UC" + author, "displayName": author, "isChatModerator": False,
                              "isChatSponsor": False, "isChatOwner": False}}


class FakeYouTube:
    """liveChatMessages.list: page 1 (two messages), page 2 (a deletion), then empty pages."""

    def __init__(self):
        self.requests = []
        fake = self

        class Handler(QuietHandler):
            def do_GET(self):
                url = urlparse(self.path)
                query = parse_qs(url.query)
                fake.requests.append((url.path, query))
                token = query.get("pageToken", [""])[0]
                if url.path != "/liveChat/messages" or query.get("key") != [YOUTUBE_KEY]:
                    body = {"error": {"code": 403, "message": "forbidden", "errors": [{"reason": "forbidden"}]}}
                    status = 403
                elif token == "":
                    status, body = 200, {"nextPageToken": "p2", "pollingIntervalMillis": 300, "items": [
                        youtube_item("yt-1", "textMessageEvent", "Ana",
                                     textMessageDetails={"messageText": "Tom &amp; Jerry &lt;3"}),
                        youtube_item("yt-2", "superChatEvent", "Bob",
                                     superChatDetails={"amountDisplayString": "€5.00", "userComment": "je prends !"}),
                    ]}
                elif token == "p2":
                    status, body = 200, {"nextPageToken": "p3", "pollingIntervalMillis": 300, "items": [
                        {"id": "yt-del", "snippet": {"type": "messageDeletedEvent",
                                                     "messageDeletedDetails": {"deletedMessageId": "yt-1"}}},
                        youtube_item("yt-3", "textMessageEvent", "Cy", textMessageDetails={"messageText": "merci"}),
                    ]}
                else:
                    status, body = 200, {"nextPageToken": "p3", "pollingIntervalMillis": 300, "items": []}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class FakeFacebook:
    """live_comments as Server-Sent Events: two comments (one split across writes), then keep-alives."""

    def __init__(self):
        self.requests = []
        self.stopping = threading.Event()
        fake = self

        class Handler(QuietHandler):
            def do_GET(self):
                url = urlparse(self.path)
                query = parse_qs(url.query)
                fake.requests.append((url.path, query, self.headers.get("Accept")))
                if url.path != "/444/live_comments" or query.get("access_token") != [FACEBOOK_TOKEN]:
                    data = b'{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}'
                    self.send_response(400)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                first = ('data: {"id":"444_1","message":"Il reste du L ? &eacute;t&eacute; &amp; hiver",'
                         '"from":{"id":"7","name":"Jo &amp; Co"},"created_time":"2024-05-01T18:03:12+0000"}\n\n')
                second = ('data: {"id":"444_2","message":"je prends","from":{"id":"8","name":"Max"},'
                          '"created_time":"2024-05-01T18:03:13+0000"}\r\n\r\n')
                try:
                    for piece in (first[:23], first[23:61], first[61:], ": keep-alive\n\n", second):
                        self.wfile.write(piece.encode())
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


SECRETS = (YOUTUBE_KEY, FACEBOOK_TOKEN, TWITCH_TOKEN)


class ChatHeadlessTest(kit.VitrineTestCase):

    def chat_env(self, **extra):
        return self.env(extra={"VITRINE_YOUTUBE_API_KEY": YOUTUBE_KEY, "VITRINE_FACEBOOK_TOKEN": FACEBOOK_TOKEN,
                               **extra})

    def assertNoSecrets(self, run):
        for secret in SECRETS:
            self.assertNotIn(secret, run.stdout + run.stderr, "a token was printed" + self.context(run))

    def test_three_platforms_merged_transcript(self):
        twitch, youtube, facebook = FakeTwitch(), FakeYouTube(), FakeFacebook()
        self.addCleanup(twitch.stop)
        self.addCleanup(youtube.stop)
        self.addCleanup(facebook.stop)
        log = self.tmp / "chat.jsonl"
        run = self.run_vitrine(
            ["--headless", "--show", kit.demo_show(),
             "--chat", f"twitch:MaisonMoulin@ws://127.0.0.1:{twitch.port}",
             "--chat", f"youtube:CHAT@http://127.0.0.1:{youtube.port}",
             "--chat", f"facebook:444@http://127.0.0.1:{facebook.port}",
             "--chat-log", log, "--duration", str(DURATION)],
            timeout=DURATION + 60, env=self.chat_env())
        self.assertRunSucceeded(run)
        self.assertFigures(run)
        self.assertNoSecrets(run)
        for name in ("twitch:maisonmoulin", "youtube:CHAT", "facebook:444"):
            self.assertIn(f"chat {name}: connected", run.stderr, self.context(run))

        # The Twitch server saw an anonymous, tagged login and got its PONG.
        self.assertEqual(twitch.lines[:3], ["CAP REQ :twitch.tv/tags twitch.tv/commands", "NICK justinfan12345",
                                            "JOIN #maisonmoulin"], self.context(run))
        self.assertIn("PONG :tmi.twitch.tv", twitch.lines)
        # YouTube was polled page after page with the key; Facebook asked for an event stream.
        tokens = [query.get("pageToken", [""])[0] for _, query in youtube.requests]
        self.assertEqual(tokens[:3], ["", "p2", "p3"], self.context(run))
        self.assertTrue(all(query.get("part") == ["snippet,authorDetails"] for _, query in youtube.requests))
        self.assertGreaterEqual(len(youtube.requests), 4, "pollingIntervalMillis 300 over 6 s" + self.context(run))
        self.assertLess(len(youtube.requests), 40, "polling faster than pollingIntervalMillis" + self.context(run))
        self.assertEqual(facebook.requests[0][1]["comment_rate"], ["one_hundred_per_second"])
        self.assertEqual(facebook.requests[0][2], "text/event-stream")

        records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
        messages = [r for r in records if not r.get("deleted")]
        deletions = [(r["platform"], r["id"]) for r in records if r.get("deleted")]
        by_platform = {}
        for record in messages:
            by_platform.setdefault(record["platform"], []).append(record)
        ids = {platform: [r["id"] for r in items] for platform, items in by_platform.items()}
        self.assertEqual(ids, {"twitch": ["tw-1", "tw-2"], "youtube": ["yt-1", "yt-2", "yt-3"],
                               "facebook": ["444_1", "444_2"]}, self.context(run) + f"\n{records}")
        self.assertEqual(sorted(deletions), [("twitch", "tw-1"), ("youtube", "yt-1")], f"{records}")
        # A deletion is recorded after the message it deletes.
        index = {(r["platform"], r["id"], bool(r.get("deleted"))): i for i, r in enumerate(records)}
        self.assertLess(index[("twitch", "tw-1", False)], index[("twitch", "tw-1", True)])
        self.assertLess(index[("youtube", "yt-1", False)], index[("youtube", "yt-1", True)])

        twitch_first, twitch_action = by_platform["twitch"]
        self.assertEqual(twitch_first["text"], "je prends Kappa")
        self.assertEqual(twitch_first["author"]["name"], "Zoé")
        self.assertEqual(twitch_first["author"]["color"], "#8A2BE2")
        self.assertEqual(twitch_first["channel"], "maisonmoulin")
        self.assertEqual(twitch_first["kind"], "message")
        self.assertTrue(twitch_first["platform_time"].startswith("2024-05-01T18:03:12.123"), twitch_first)
        self.assertEqual(twitch_action["text"], "montre le bleu")
        yt = {r["id"]: r for r in by_platform["youtube"]}
        self.assertEqual(yt["yt-1"]["text"], "Tom & Jerry <3")
        self.assertEqual(yt["yt-2"]["kind"], "paid")
        self.assertEqual(yt["yt-2"]["text"], "je prends !")
        fb = by_platform["facebook"]
        self.assertEqual(fb[0]["text"], "Il reste du L ? été & hiver")
        self.assertEqual(fb[0]["author"]["name"], "Jo & Co")
        self.assertTrue(fb[0]["platform_time"].startswith("2024-05-01T18:03:12"), fb[0])
        for record in messages:
            self.assertTrue(record["arrival_time"], record)
        self.assertEqual(run.figures.get("chat_messages"), 7, self.context(run))
        for secret in SECRETS:
            self.assertNotIn(secret, log.read_text(encoding="utf-8"))

    def test_unknown_platform_is_refused(self):
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--chat", "nope:x", "--duration", "2"],
                               timeout=30, env=self.chat_env())
        self.assertFalse(run.timed_out, self.context(run))
        self.assertEqual(run.returncode, 2, self.context(run))
        self.assertIn("unknown platform", run.stderr, self.context(run))
        self.assertIn("nope", run.stderr)

    def test_bad_endpoint_and_missing_token_are_refused(self):
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--chat", "twitch:x@http://127.0.0.1:1",
                                "--duration", "2"], timeout=30, env=self.chat_env())
        self.assertEqual(run.returncode, 2, self.context(run))
        self.assertIn("ws://", run.stderr, self.context(run))
        env = self.env()
        env.pop("VITRINE_FACEBOOK_TOKEN", None)
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--chat", "facebook:444", "--duration", "2"],
                               timeout=30, env=env)
        self.assertEqual(run.returncode, 2, self.context(run))
        self.assertIn("VITRINE_FACEBOOK_TOKEN", run.stderr, self.context(run))

    def test_unreachable_endpoint_reports_and_ends_cleanly(self):
        port = kit.free_tcp_port()  # nothing listens there
        log = self.tmp / "chat.jsonl"
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(),
                                "--chat", f"twitch:maisonmoulin@ws://127.0.0.1:{port}",
                                "--chat-log", log, "--duration", "3"],
                               timeout=40, env=self.chat_env(VITRINE_TWITCH_TOKEN=TWITCH_TOKEN))
        self.assertFalse(run.timed_out, "vitrine hung" + self.context(run))
        self.assertIsNotNone(run.returncode)
        self.assertGreaterEqual(run.returncode, 0, "vitrine crashed" + self.context(run))
        self.assertEqual(run.returncode, 1, "a chat that never connected is a failed run" + self.context(run))
        self.assertIn("chat twitch:maisonmoulin", run.stderr, self.context(run))
        self.assertIn("reconnecting in", run.stderr, self.context(run))
        self.assertIn("never connected", run.stderr, self.context(run))
        self.assertIn("frames_rendered=", run.stdout, "the run's figures are still printed" + self.context(run))
        self.assertNoSecrets(run)
        self.assertTrue(log.exists())


if __name__ == "__main__":
    kit.main()
