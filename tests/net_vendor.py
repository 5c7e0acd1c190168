"""A vendor that behaves like the network: each answer goes out in the byte segments the test chose.

A real HTTP/1.1 server (uvicorn, h11) on 127.0.0.1. asyncio sets TCP_NODELAY on every connection and we
pause between writes, so each segment leaves as its own TCP segment and the proxy really reads an answer
in the pieces given: inside an event, inside ``\\r\\n\\r\\n``, inside a UTF-8 character or a placeholder.

A request names its answer with the ``x-request-id`` header (protocol: the proxy forwards it unscrubbed); the answer is made
by a function of the request (it can echo the placeholders the vendor received). Framing: ``chunked``
(one chunk per segment) or ``length`` (Content-Length, segments written raw). Failure modes: ``reset``
(the connection is dropped after the first segments), ``hang`` (headers, then nothing: a timeout).
"""

import asyncio
import datetime
import ipaddress
import socket
import ssl
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import certifi
import h2.config
import h2.connection
import h2.events
import h2.exceptions
import uvicorn


@dataclass
class Received:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    body: bytes
    content_type: str = "text/event-stream; charset=utf-8"
    cuts: list[int] = field(default_factory=list)  # byte offsets where the body is split
    framing: str = "chunked"  # chunked | length
    status: int = 200
    fail: str = ""  # "" | "reset" (drop the connection after half the segments) | "hang"
    gap: float = 0.001  # seconds between segments

    def segments(self) -> list[bytes]:
        out, pos = [], 0
        for c in sorted({c for c in self.cuts if 0 < c < len(self.body)}):
            out.append(self.body[pos:c])
            pos = c
        out.append(self.body[pos:])
        return [s for s in out if s]


Handler = Callable[[Received], Answer]


class NetVendor:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.handlers: dict[str, Handler] = {}
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def on(self, key: str, handler: Handler) -> dict[str, str]:
        """Answer requests carrying ``x-request-id: key`` with ``handler``; returns that header."""
        self.handlers[key] = handler
        return {"x-request-id": key}

    async def _app(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body, more = b"", True
        while more:
            msg = await receive()
            body += msg.get("body", b"")
            more = msg.get("more_body", False)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        query = scope.get("query_string", b"").decode()
        req = Received(scope["method"], scope["path"] + (f"?{query}" if query else ""), headers, body)
        self.received.append(req)
        handler = self.handlers.get(headers.get("x-request-id", ""))
        if handler is None:
            await send({"type": "http.response.start", "status": 404, "headers": []})
            await send({"type": "http.response.body", "body": b"no such answer"})
            return
        try:
            ans = handler(req)
        except Exception:  # a broken test script: say so (uvicorn would answer a bare 500)
            traceback.print_exc()
            raise
        out = [(b"content-type", ans.content_type.encode())]
        if ans.framing == "length":
            out.append((b"content-length", str(len(ans.body)).encode()))
        await send({"type": "http.response.start", "status": ans.status, "headers": out})
        segments = ans.segments()
        if ans.fail == "hang":
            await asyncio.sleep(3600)
        if ans.fail == "reset":
            segments = segments[: max(1, len(segments) // 2)]
        for seg in segments:
            await send({"type": "http.response.body", "body": seg, "more_body": True})
            await asyncio.sleep(ans.gap)
        if ans.fail == "reset":
            raise ConnectionResetError("net vendor drops the connection mid-answer")  # uvicorn closes it
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    def start(self) -> "NetVendor":
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            http="h11",
            interface="asgi3",
            lifespan="off",
            proxy_headers=False,
            log_level="error",
            access_log=False,
            timeout_keep_alive=30,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.time() + 10
        while not self._server.started and time.time() < deadline:
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(5)


# -- HTTP/2 over TLS -----------------------------------------------------------------------------------
def make_tls(directory: Path) -> tuple[ssl.SSLContext, Path]:
    """A test CA and a certificate for 127.0.0.1 signed by it: the server context (ALPN h2) and a bundle
    of certifi's roots plus the test CA, for the client side to trust."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def cert(subject: str, key, issuer: x509.Name, issuer_key, ca: bool) -> x509.Certificate:
        b = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            b = b.add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False,
            )
        return b.sign(issuer_key, hashes.SHA256())

    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "net vendor test CA")])
    ca_cert = cert("net vendor test CA", ca_key, ca_name, ca_key, True)
    leaf = cert("127.0.0.1", leaf_key, ca_name, ca_key, False)
    pem = serialization.Encoding.PEM
    (directory / "vendor.pem").write_bytes(
        leaf.public_bytes(pem)
        + leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    bundle = directory / "bundle.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes() + b"\n" + ca_cert.public_bytes(pem))
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(directory / "vendor.pem")
    ctx.set_alpn_protocols(["h2"])
    return ctx, bundle


class H2Vendor:
    """The same vendor over HTTP/2 and TLS (the h2 library): each segment is its own DATA frame (split
    further only by the peer's frame size and flow-control window), one TCP write each."""

    def __init__(self, vendor: NetVendor, tls: ssl.SSLContext) -> None:
        self.vendor, self.tls = vendor, tls
        self.port = 0
        self.loop: asyncio.AbstractEventLoop | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    async def _serve(self, started: threading.Event) -> None:
        server = await asyncio.start_server(self._connection, "127.0.0.1", 0, ssl=self.tls)
        self.port = server.sockets[0].getsockname()[1]
        self.loop = asyncio.get_running_loop()
        started.set()
        async with server:
            await server.serve_forever()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h2.connection.H2Connection(
            h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        )
        conn.initiate_connection()
        window = asyncio.Event()
        streams: dict[int, tuple[dict[str, str], bytearray]] = {}
        writer.write(conn.data_to_send())
        try:
            while data := await reader.read(65536):
                for ev in conn.receive_data(data):
                    if isinstance(ev, h2.events.RequestReceived):
                        streams[ev.stream_id] = (dict(ev.headers), bytearray())
                    elif isinstance(ev, h2.events.DataReceived):
                        streams[ev.stream_id][1].extend(ev.data)
                        conn.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
                    elif isinstance(ev, h2.events.StreamEnded):
                        headers, body = streams.pop(ev.stream_id)
                        asyncio.create_task(
                            self._answer(conn, writer, window, ev.stream_id, headers, bytes(body))
                        )
                    elif isinstance(ev, h2.events.WindowUpdated | h2.events.RemoteSettingsChanged):
                        window.set()
                writer.write(conn.data_to_send())
                await writer.drain()
        except (ConnectionError, h2.exceptions.ProtocolError, ssl.SSLError):
            pass
        finally:
            writer.close()

    async def _answer(
        self, conn, writer, window: asyncio.Event, sid: int, headers: dict, body: bytes
    ) -> None:
        req = Received(
            headers[":method"],
            headers[":path"],
            {k: v for k, v in headers.items() if not k.startswith(":")},
            body,
        )
        self.vendor.received.append(req)
        handler = self.vendor.handlers.get(headers.get("x-request-id", ""))
        ans = handler(req) if handler else Answer(b"no such answer", "text/plain", status=404)
        out = [(":status", str(ans.status)), ("content-type", ans.content_type)]
        if ans.framing == "length":
            out.append(("content-length", str(len(ans.body))))
        conn.send_headers(sid, out)
        for seg in ans.segments():
            while seg:
                n = min(len(seg), conn.local_flow_control_window(sid), conn.max_outbound_frame_size)
                if n <= 0:
                    window.clear()
                    writer.write(conn.data_to_send())
                    await window.wait()
                    continue
                conn.send_data(sid, seg[:n])
                seg = seg[n:]
            writer.write(conn.data_to_send())
            await writer.drain()
            await asyncio.sleep(ans.gap)
        conn.end_stream(sid)
        writer.write(conn.data_to_send())
        await writer.drain()

    def start(self) -> "H2Vendor":
        started = threading.Event()
        threading.Thread(target=asyncio.run, args=(self._serve(started),), daemon=True).start()
        started.wait(10)
        return self
