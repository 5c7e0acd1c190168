"""Coaching acknowledgement tokens and cookies (proxy/coach.py)."""

from mitmproxy.test import tutils

from proxy.coach import CoachTokens, cookie_name, set_cookie, take_cookies


def test_tokens_are_bound_to_purpose_user_service_and_time():
    tokens = CoachTokens("installation secret")
    t = tokens.make("ack", "alice", "chatgpt-web", ttl=60, now=1000)
    assert tokens.valid(t, "ack", "alice", "chatgpt-web", now=1059)
    assert not tokens.valid(t, "ack", "alice", "chatgpt-web", now=1061)  # expired
    assert not tokens.valid(t, "form", "alice", "chatgpt-web", now=1000)  # a cookie is not a form token
    assert not tokens.valid(t, "ack", "bob", "chatgpt-web", now=1000)
    assert not tokens.valid(t, "ack", "alice", "claude-web", now=1000)
    expiry, mac = t.split(".")
    assert not tokens.valid(f"{int(expiry) + 3600}.{mac}", "ack", "alice", "chatgpt-web", now=1000)  # longer
    for junk in (None, "", "abc", ".", "1.", "x.y", "99999999999"):
        assert not tokens.valid(junk, "ack", "alice", "chatgpt-web", now=1000)


def test_every_proxy_of_an_installation_accepts_them_and_no_other_does():
    """Same installation secret (shared through the database): another proxy, or this one after a
    restart, honours the acknowledgement. Without a secret, tokens are per process."""
    t = CoachTokens("s3cret").make("ack", "alice", "chatgpt-web", ttl=60)
    assert CoachTokens("s3cret").valid(t, "ack", "alice", "chatgpt-web")
    assert not CoachTokens("other").valid(t, "ack", "alice", "chatgpt-web")
    assert not CoachTokens().valid(CoachTokens().make("ack", "a", "s", 60), "ack", "a", "s")


def test_our_cookies_are_taken_out_and_the_others_kept():
    req = tutils.treq(headers=((b"cookie", b"session=abc; aiwarden_coach_chatgpt-web=1.x; theme=dark"),))
    assert take_cookies(req) == {"aiwarden_coach_chatgpt-web": "1.x"}
    assert "aiwarden" not in req.headers["cookie"] and "session=abc" in req.headers["cookie"]
    assert "theme=dark" in req.headers["cookie"]
    only = tutils.treq(headers=((b"cookie", b"aiwarden_coach_x=1.y"),))
    assert take_cookies(only) == {"aiwarden_coach_x": "1.y"} and "cookie" not in only.headers
    assert take_cookies(tutils.treq(headers=())) == {}


def test_cookie_attributes():
    assert cookie_name("web/odd id") == "aiwarden_coach_web_odd_id"
    c = set_cookie("chatgpt-web", "1.x", 3600, secure=True)
    assert c.startswith("aiwarden_coach_chatgpt-web=1.x;") and "HttpOnly" in c and "SameSite=Lax" in c
    assert "Max-Age=3600" in c and "Secure" in c and "Secure" not in set_cookie("s", "1.x", 5, secure=False)
