"""A real SMTP server for Parlour's tests.

aiosmtpd listens on a free loopback port (printed on the first line of standard output)
and keeps every message it receives in the folder named by the first argument: the raw
message as NNNN.eml, and NNNN.json with its headers and its plain-text and HTML parts as
Python's e-mail parser reads them. The JSON file appears whole (written, then renamed),
so a test polling the folder never reads half a message. The server stops when its
standard input closes, so it never outlives the test that started it.
"""

import email
import json
import pathlib
import socket
import sys
from email import policy

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = self.folder / f"{self.count:04}"
        raw = envelope.content
        (stem.with_suffix(".eml")).write_bytes(raw)
        message = email.message_from_bytes(raw, policy=policy.default)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        record = {
            "envelope_from": envelope.mail_from,
            "envelope_to": envelope.rcpt_tos,
            "from": str(message["From"] or ""),
            "to": str(message["To"] or ""),
            "subject": str(message["Subject"] or ""),
            "date": str(message["Date"] or ""),
            "message_id": str(message["Message-ID"] or ""),
            "list_unsubscribe": str(message["List-Unsubscribe"] or ""),
            "list_unsubscribe_post": str(message["List-Unsubscribe-Post"] or ""),
            "content_type": message.get_content_type(),
            "text": text.get_content() if text is not None else "",
            "html": html.get_content() if html is not None else "",
        }
        partial = stem.with_suffix(".part")
        partial.write_text(json.dumps(record))
        partial.rename(stem.with_suffix(".json"))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    folder = pathlib.Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
