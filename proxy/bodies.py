"""Bodies decoded within a bound: a small compressed body must not inflate to gigabytes in memory.

mitmproxy's ``get_content`` decompresses a whole body at once, so 400 KB of gzip can become 400 MB (and
several times that at peak) before any size check runs. ``decode_bounded`` stops at ``limit`` bytes.
"""

import zlib
from typing import Any

import brotli


class BodyTooLarge(ValueError):
    """The decoded body would be larger than the limit."""


def decode_bounded(raw: bytes, encoding: str, limit: int) -> bytes:
    """``raw`` decoded per Content-Encoding; BodyTooLarge past ``limit`` bytes, ValueError if unreadable."""
    enc = encoding.strip().lower()
    if enc in ("", "identity", "none"):
        out = raw
    elif enc in ("gzip", "x-gzip"):
        out = _zlib(raw, 16 + zlib.MAX_WBITS, limit)
    elif enc == "deflate":  # zlib-wrapped per the RFC, but some clients send raw deflate
        try:
            out = _zlib(raw, zlib.MAX_WBITS, limit)
        except BodyTooLarge:
            raise
        except ValueError:
            out = _zlib(raw, -zlib.MAX_WBITS, limit)
    elif enc == "br":
        out = _brotli(raw, limit)
    elif enc == "zstd":
        out = _zstd(raw, limit)
    else:
        raise ValueError(f"unsupported content-encoding {enc[:40]!r}")
    if len(out) > limit:
        raise BodyTooLarge(f"decoded body larger than {limit} bytes")
    return out


def zstd_module() -> Any:
    """The zstd module: the standard library's from Python 3.14, its backport before."""
    try:
        from compression import zstd  # type: ignore[import-not-found]  # Python 3.14
    except ImportError:
        from backports import zstd  # type: ignore[no-redef]
    return zstd


def _checked(out: bytes, limit: int, finished: bool) -> bytes:
    """``out`` of one decompressor, unless it went past ``limit`` or the input ended mid-stream."""
    if len(out) > limit:
        raise BodyTooLarge(f"decoded body larger than {limit} bytes")
    if not finished:
        raise ValueError("truncated compressed body")
    return out


def _zlib(raw: bytes, wbits: int, limit: int) -> bytes:
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise ValueError("corrupt compressed body") from exc
    return _checked(out, limit, d.eof)


def _brotli(raw: bytes, limit: int) -> bytes:
    d = brotli.Decompressor()
    try:
        out = d.process(raw, output_buffer_limit=limit + 1)
    except brotli.error as exc:
        raise ValueError("corrupt compressed body") from exc
    return _checked(out, limit, d.is_finished())


def _zstd(raw: bytes, limit: int) -> bytes:
    zstd = zstd_module()
    out = b""
    while raw:  # a body may hold several frames
        d = zstd.ZstdDecompressor()
        try:
            out += d.decompress(raw, max_length=limit + 1 - len(out))
        except zstd.ZstdError as exc:
            raise ValueError("corrupt compressed body") from exc
        _checked(out, limit, d.eof)
        raw = d.unused_data
    return out
