"""Request bodies bounded while they arrive, for AI flows only.

mitmproxy reads a request body whole before the ``request`` hook, and its only bound is the global
``body_size_limit``, which would also cut unrelated uploads (it applies before any hook can tell AI from
other traffic). A chunked or HTTP/2 upload has no Content-Length to refuse on up front. So aiwarden wraps
the one step that buffers a request body (``HttpStream.state_consume_request_body``):

- a scrubbed flow whose body passes the limit is refused (413 in the provider's shape) and the rest of
  its body is read and dropped, never kept;
- a flow aiwarden already answered (a refusal in ``requestheaders``) drops its body the same way.

Every other flow goes through mitmproxy's own code unchanged. This relies on mitmproxy internals:
``tests/proxy/test_body_limit.py`` fails loudly when an upgrade changes them.
"""

from collections.abc import Callable, Generator

from mitmproxy.proxy.layers.http import HttpStream, RequestData

from proxy.state import KEY, FlowState

_original = HttpStream.state_consume_request_body
OnTooLarge = Callable[[object, FlowState], None]  # (flow, state): answer the flow (sets flow.response)
_config: dict[str, object] = {}


def install(limit: Callable[[], int], on_too_large: OnTooLarge) -> None:
    """Wrap mitmproxy's body buffering (idempotent); ``limit()`` is read for each chunk."""
    _config.update(limit=limit, on_too_large=on_too_large)
    if HttpStream.state_consume_request_body is not _bounded:
        HttpStream.state_consume_request_body = _bounded  # type: ignore[method-assign]


def _bounded(self: HttpStream, event) -> Generator:
    st = self.flow.metadata.get(KEY)
    if st is not None and isinstance(event, RequestData):
        if st.canned:
            return  # answered already: the rest of the body is dropped, never buffered
        if st.scrub and len(self.request_body_buf) + len(event.data) > _config["limit"]():  # type: ignore[operator]
            self.request_body_buf.clear()
            _config["on_too_large"](self.flow, st)  # type: ignore[operator]
            return
    yield from _original(self, event)


_bounded.__name__ = _original.__name__  # mitmproxy names the state in its debug output
