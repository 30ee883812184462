#!/usr/bin/env python3
"""A giveaway and a poll run by a rehearsal script on a headless show reading a Twitch chat (IRC over WebSocket
on loopback): entries and votes come from the chat, and the draw in the event log can be redone by anyone from
its seed and entrants (Mersenne Twister 64, reimplemented here from its published definition)."""

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))  # also when run by hand
sys.path.insert(0, str(Path(__file__).resolve().parent))
import vitrine_testkit as kit  # noqa: E402
from test_chat_headless import FakeTwitch, ws_send_text  # noqa: E402

SECONDS = 9
SEED = 1234


def mt19937_64_first(seed: int) -> int:
    """The first output of std::mt19937_64 seeded with `seed` (the C++ standard fixes it)."""
    n, m, a = 312, 156, 0xB5026F5AA96619E9
    mask = (1 << 64) - 1
    state = [seed & mask] + [0] * (n - 1)
    for i in range(1, n):
        state[i] = (6364136223846793005 * (state[i - 1] ^ (state[i - 1] >> 62)) + i) & mask
    lower = (1 << 31) - 1
    upper = ~lower & mask
    for i in range(n):
        x = (state[i] & upper) | (state[(i + 1) % n] & lower)
        state[i] = state[(i + m) % n] ^ (x >> 1) ^ (a if x & 1 else 0)
    y = state[0]
    y ^= (y >> 29) & 0x5555555555555555
    y ^= (y << 17) & 0x71D67FFFEDA60000
    y ^= (y << 37) & 0xFFF7EEE000000000
    y ^= y >> 43
    return y & mask


def privmsg(msg_id: str, user_id: int, login: str, text: str) -> str:
    return (f"@display-name={login};id={msg_id};tmi-sent-ts=1714586592123;user-id={user_id} "
            f":{login}!{login}@{login}.tmi.twitch.tv PRIVMSG #maisonmoulin :{text}\r\n")


class EngagingTwitch(FakeTwitch):
    """After JOIN, waits for the script to open the giveaway and the poll, then sends entries and votes."""

    def _after_join(self, sock):
        ws_send_text(sock, ":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!\r\n")

        def later():
            time.sleep(3.5)
            lines = [privmsg("e1", 1, "ana", "#gagner"), privmsg("e2", 2, "bob", "#gagner 🎁"),
                     privmsg("e3", 1, "ana", "#gagner encore"),  # once per viewer
                     privmsg("e4", 3, "cy", "je tente #GAGNER"), privmsg("e5", 4, "dan", "gagner"),  # no #
                     privmsg("v1", 1, "ana", "2"), privmsg("v2", 2, "bob", "Chêne"), privmsg("v3", 3, "cy", "1"),
                     privmsg("v4", 3, "cy", "#2")]  # cy changes their mind
            try:
                ws_send_text(sock, "".join(lines))
            except OSError:
                pass

        threading.Thread(target=later, daemon=True).start()


class EngagementHeadlessTest(kit.VitrineTestCase):

    def test_giveaway_and_poll_from_the_chat_into_the_event_log(self):
        twitch = EngagingTwitch()
        self.addCleanup(twitch.stop)
        script = [
            {"at": 0.2, "do": "giveaway-start", "keyword": "#gagner"},
            {"at": 0.2, "do": "poll-start", "question": "Quelle finition ?", "options": ["Noir", "Chêne"]},
            {"at": 0.3, "do": "poll-start", "question": "Trop ?", "options": ["Seule"]},  # skipped when read
            {"at": 6.5, "do": "giveaway-draw", "seed": SEED},
            {"at": 7.0, "do": "poll-stop"},
        ]
        actions = self.tmp / "actions.jsonl"
        actions.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in script) + "\n", encoding="utf-8")
        events_path = self.tmp / "events.jsonl"
        run = self.run_vitrine(["--headless", "--show", kit.demo_show(), "--record", self.tmp / "r.mkv",
                                "--chat", f"twitch:MaisonMoulin@ws://127.0.0.1:{twitch.port}",
                                "--actions", actions, "--event-log", events_path, "--duration", SECONDS],
                               timeout=SECONDS + 60)
        self.assertRunSucceeded(run)
        self.assertIn("actions.jsonl:3:", run.stderr, "a one-option poll is refused" + self.context(run))
        events = [json.loads(line) for line in events_path.read_text(encoding="utf-8").splitlines()]
        by_type = {e["type"]: e for e in events}
        for kind in ("giveaway.start", "giveaway.draw", "poll.start", "poll.stop"):
            self.assertIn(kind, by_type, f"{kind} missing from {[e['type'] for e in events]}")

        draw = by_type["giveaway.draw"]
        self.assertEqual(draw["seed"], str(SEED))
        self.assertEqual(draw["entrants"], ["twitch:1", "twitch:2", "twitch:3"], draw)
        # Redone from the log alone: the seed's first Mersenne Twister number modulo the entries.
        winner = draw["entrants"][mt19937_64_first(int(draw["seed"])) % len(draw["entrants"])]
        self.assertEqual(f"{draw['platform']}:{draw['authorId']}", winner, draw)

        poll = by_type["poll.stop"]
        self.assertEqual(poll["options"], ["Noir", "Chêne"])
        self.assertEqual(poll["counts"], [0, 3], poll)  # ana 2, bob Chêne, cy 1 then #2


if __name__ == "__main__":
    kit.main()
