"""TLS: a server whose certificate this computer does not trust is refused, in words; a private CA is honoured.

A real HTTPS server on 127.0.0.1 with a certificate made here by ``openssl`` (no authority signed it).
"""

from __future__ import annotations

import http.server
import json
import ssl
import subprocess
import threading

import pytest

from app.sync.account import sign_in
from app.sync.client import ServerClient, UntrustedServerError

class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        body = json.dumps({"status": "ok"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def https_server(tmp_path):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate; yields (base URL, the certificate's file)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", cert
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused_in_words_each_time(https_server):
    base, _cert = https_server
    for _ in range(2):  # every client shares one TLS context: the second is checked as the first
        with ServerClient(base, max_attempts=3, backoff_base=0.01, backoff_cap=0.01) as client:
            with pytest.raises(UntrustedServerError) as refused:
                client.health()
        assert "could not prove who it is" in str(refused.value)
        assert not refused.value.retryable


def test_a_private_certificate_authority_named_by_path_is_trusted(https_server):
    base, cert = https_server
    with ServerClient(base, verify=str(cert)) as client:
        assert client.health()["status"] == "ok"


def test_signing_in_to_an_untrusted_server_says_why(https_server, tmp_path):
    from app.config import Paths

    base, _cert = https_server
    with pytest.raises(UntrustedServerError, match="security certificate is not trusted"):
        sign_in(Paths.default(tmp_path / "data").ensure(), base, "ANY", "someone", "a password",
                device_name="laptop", max_attempts=1)
    assert not list((tmp_path / "data").glob("*.daftar"))
