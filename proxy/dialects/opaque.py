"""Opaque dialect (catalog ``dialect: none``): a payload aiwarden does not model.

Such services can be allowed, blocked, coached or redirected. Under scrub, scrub by default applies as
everywhere: a JSON, form or text body is scrubbed whole (every string but ``model``); what cannot be read
(a binary payload) is refused rather than forwarded unchecked. Answers are passed on as they are.
"""

from proxy.dialects import Dialect


class Opaque(Dialect):
    """Catalog ``dialect: none``: the defaults of ``Dialect`` (nothing modelled)."""

    name = "none"
