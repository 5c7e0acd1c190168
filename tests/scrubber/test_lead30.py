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
