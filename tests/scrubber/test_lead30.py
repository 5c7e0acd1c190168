"""Lead's fixes of session 30 found on corpus23's dev half: an address after ``mailto:`` is an e-mail, not a
password's make nor, after "send to", a person's name."""

import pytest

from scrubber.recognizers.password_shape import password_shaped


@pytest.mark.parametrize("value", ["mailto:priyaraghunathan52@gmail.com", "MAILTO:ana52@mail.com",
                                   "sip:desk42@pbx.example.org"])
def test_an_address_after_its_scheme_is_no_password(value):
    assert not password_shaped(value)


@pytest.mark.parametrize("value", ["Admin@2024", "P@ssw0rd9"])
def test_passwords_with_an_at_sign_stay_passwords(value):
    assert password_shaped(value)


@pytest.mark.parametrize("text", [
    '<a href="mailto:priyaraghunathan52@gmail.com">priyaraghunathan52@gmail.com</a>',
    "Send to mailto:coltonwhitaker58@gmail.com please",
])
def test_a_mailto_link_is_one_email(scrubber, text):
    spans = scrubber.analyze(text)
    assert spans and {s.type for s in spans} == {"EMAIL_ADDRESS"}
    assert all(text[s.start:s.end].endswith("@gmail.com") for s in spans)


@pytest.mark.parametrize("text", [
    "Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\nSigned-off-by: Dependabot",
    "From: alerts@pagerduty.com, svc-backup@corp.internal, deploy-bot@ci.internal, bot@renovateapp.com",
    "Sent by noreply@billing.internal on behalf of automation@atlassian.net",
])
def test_machines_mailboxes_are_no_personal_data(scrubber, text):
    assert scrubber.analyze(text) == []


@pytest.mark.parametrize("text, address", [
    ("Contact anna.bot@gmail.com about the invoice", "anna.bot@gmail.com"),  # Bot is a family name
    ("Reply to botha@mweb.co.za", "botha@mweb.co.za"),
    ("cc alertsmith@gmail.com", "alertsmith@gmail.com"),
    # a GitHub user's own no-reply address
    ("Commit by 12345+octocat@users.noreply.github.com", "12345+octocat@users.noreply.github.com"),
])
def test_peoples_mailboxes_stay_found(scrubber, text, address):
    assert address in [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "EMAIL_ADDRESS"]


def test_a_public_figure_in_a_link_is_the_figure(scrubber):
    text = ('"title": "Satya Nadella – CEO of Microsoft",\n'
            '"url": "https://en.wikipedia.org/wiki/Satya_Nadella",\n"snippet": "Satya Nadella is a CEO."')
    assert scrubber.analyze(text) == []
    private = "Customer: Satya Raman, satya.raman@gmail.com, https://crm.example.net/people/Satya_Raman"
    assert "Satya Raman" in [private[s.start:s.end] for s in scrubber.analyze(private)]


@pytest.mark.parametrize("text, value", [
    ('{"name": "Ольга Лебедева", "snils": "112-233-445 95"}', "112-233-445 95"),
    ('{"customer": "Ελένη Καραγιάννη", "afm": "123456783"}', "123456783"),
    ('{"customer": "Ελένη Καραγιάννη", "amka": "01018012345"}', "01018012345"),
    ("ИНН: 500100732259", "500100732259"),
])
def test_ids_under_their_keys_in_latin_letters_or_their_script(scrubber, text, value):
    assert value in [text[s.start:s.end] for s in scrubber.analyze(text) if s.type == "NATIONAL_ID"]
