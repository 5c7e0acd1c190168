"""The coaching and block pages link the web address of the sanctioned tool (it was plain text)."""

from proxy.pages import html_page


def test_web_addresses_in_the_message_are_links_and_the_rest_stays_escaped():
    page = html_page("Before you use ChatGPT",
                     "Use Copilot Chat instead: https://copilot.example.com/chat?a=1&b=2. <b>Thanks</b>")
    assert '<a href="https://copilot.example.com/chat?a=1&amp;b=2">' in page
    assert "</a>. &lt;b&gt;Thanks&lt;/b&gt;" in page  # the full stop is not part of the address
    assert "<b>" not in page
    assert "<a " not in html_page("t", "javascript:alert(1) and ftp://x.example")
