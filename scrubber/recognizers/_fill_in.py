"""Placeholders written in a key's own format: ``AKIAZZZZZZZZZZZZZZZZ``, ``SKxxxx…``, ``npm_xxxxxxxxxxx``.

A value with a vendor's prefix and a body of fill-in letters is what documentation and config templates
show in place of that vendor's key; a real key pasted "as an example" looks the same in a vendor's logs, and
masking a sample costs nothing (issue #19). Formats that opt in use ``_base.only_template_marks`` instead of
``looks_like_placeholder(shaped=True)``: a run of one letter no longer disqualifies the value, template marks
(``<your key>``, ``${VAR}``, ``REPLACE_ME``, ``****``) still do.
"""

import regex as re


def is_fill_in(body: str, min_len: int = 8) -> bool:
    """A run of one placeholder letter (``xxxxxxxxxx``, ``XXXXXXXX``, ``ZZZZZZZZ``)."""
    return len(body) >= min_len and len(set(body)) == 1 and body[0] in "xXzZ"


# A key hidden behind x's but for its last characters, as consoles show one: ghp_xxxx…xxxx1234.
_PARTLY_REDACTED = re.compile(r"^(?:[A-Za-z0-9]{1,16}[_.-])?[xX]{16,}[A-WYZa-wyz0-9]{4,8}$")


def partly_redacted(value: str) -> bool:
    """``ghp_xxxx…xxxx1234``: the characters left are the real key's, so it is masked (a whole run of x's
    alone is a template; see ``looks_like_placeholder``)."""
    return bool(_PARTLY_REDACTED.match(value))
