"""A small TCP proxy between the push client and head office, to break the connection the
ways networks do: reset it, lose the response after the server committed, answer 503."""

from __future__ import annotations

import socket
import threading
from contextlib import suppress


class FaultyProxy:
    """Listens on 127.0.0.1:<port> and forwards to `upstream`. `mode`:
    "pass" forwards; "reset" closes each new connection at once; "lose_response" forwards
    the request, waits for the server's answer, then drops it; "busy" answers 503 with
    Retry-After itself; "hang" forwards a POST and holds the answer back until the mode changes."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.mode = "pass"
        self.retry_after = 1
        self.connections = 0
        self.lost = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._closed = True
        with suppress(OSError):
            self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        mode = self.mode
        with client:
            if mode == "reset":
                client.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                return
            if mode == "busy":
                _read_request(client)
                body = b'{"error":"busy","message":"try later"}'
                client.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                    + f"Retry-After: {self.retry_after}\r\nContent-Length: {len(body)}\r\n".encode()
                    + b"Connection: close\r\n\r\n"
                    + body
                )
                return
            with socket.create_connection(self.upstream) as server:
                request = _read_request(client)
                server.sendall(request)
                response = _read_response(server)
                if mode == "lose_response":
                    self.lost += 1
                    return
                while self.mode == "hang" and request.startswith(b"POST"):
                    threading.Event().wait(0.05)
                client.sendall(response)


def _read_until_headers(sock: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _read_body(sock: socket.socket, head: bytes, rest: bytes) -> bytes:
    length = _content_length(head)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return head + b"\r\n\r\n" + rest


def _read_request(sock: socket.socket) -> bytes:
    head, rest = _read_until_headers(sock)
    # One request per connection keeps the proxy simple: ask the server to close after it.
    head = (
        b"\r\n".join(
            line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")
        )
        + b"\r\nConnection: close"
    )
    return _read_body(sock, head, rest)


def _read_response(sock: socket.socket) -> bytes:
    head, rest = _read_until_headers(sock)
    if b"transfer-encoding: chunked" in head.lower():
        while not rest.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        return head + b"\r\n\r\n" + rest
    return _read_body(sock, head, rest)
