"""Secrets (session 24, secrets corpus 8's dev half): a password dictated piece by piece; the rest of a
password a chat message cut short; a word and a number written apart on the password's label line (a
screenshot's text); a five-by-five product key with no licence word; a password a value was changed to of a
word, a number and a word; capitalised words joined with a symbol at the end; HTTP Basic credentials quoted
as a header's value (a HAR file); a passphrase after a German preposition with its article ("fürs") or before
another language's "and"; and what is no password: "the same password as LinkedIn", a comparison ("the
staff network is separate"), a network's name ("-Guest", "_5G"), .netrc's machine. Texts are written for
this test."""

import pytest

from tests.scrubber.masking import covered, masked_share

SECRETS = [
    # dictated piece by piece: the whole dictation
    ("Dan read me the password over the phone: capital M, a-n-g-o, then 7-7, then an exclamation mark. "
     "What is it as one word?", "capital M, a-n-g-o, then 7-7, then an exclamation mark"),
    ("The password, as I noted it: small q, capital T, then 4, r, then 9, then a dollar sign.",
     "small q, capital T, then 4, r, then 9, then a dollar sign"),
    ("She spelled the wifi password: upper case B, r-o-o-k, then the number 5, then a hash.",
     "upper case B, r-o-o-k, then the number 5, then a hash"),
    # the rest of a password sent on the next chat line by the same person
    ("[10:02] Amir: the password for the NAS is Copper\n[10:02] Amir: field88\n[10:03] Amir: one word",
     "field88"),
    ("Lena: das WLAN-Passwort ist Sonnen\nLena: blume7!\nLena: alles zusammen", "blume7!"),
    # a word and its number apart on the label's line
    ("Text from the photo:\nSSID : Attic Net\nPassword :   Rob|n 2231!\n", "Rob|n 2231!"),
    ("Mot de passe :  Ch@teau 77\n", "Ch@teau 77"),
    # a product key of five groups of five
    ("Keep this safe, it activates the editor: 7KQ2T-ZPWX9-MN4RB-L8VCD-2HGTY",
     "7KQ2T-ZPWX9-MN4RB-L8VCD-2HGTY"),
    # HTTP Basic credentials quoted as a HAR entry's value, the header's name apart
    ('{"headers": [{"name": "Authorization", "value": "Basic b21hcjpIYXJib3VyITc3"}]}',
     "b21hcjpIYXJib3VyITc3"),
    # changed to a word, a number and a word, no password word in the text
    ("is the staging box still root / toor? Omar said he changed it to Falcon8812meadow last week",
     "Falcon8812meadow"),
    # capitalised words joined with a symbol at the end, in a text about a password
    ("I rotated the shop password. It was Velvet.Harbour# until today.", "Velvet.Harbour#"),
    # a passphrase after "fürs" and before "y"
    ("Das WLAN-Passwort fürs Lager ist lantern pebble walrus cactus.", "lantern pebble walrus cactus"),
    ("La clave del wifi de la tienda es pepper walrus candle y la del almacén es otra.",
     "pepper walrus candle"),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_secret_is_masked(scrubber, text, value):
    assert covered(scrubber, text, value), value


NOT_SECRETS = [
    # another account named as having the same password
    ("Dropbox uses that same email with the same password as Instagram.\nWrite the handover.", "Instagram."),
    # a comparison, a network's name, a host in .netrc
    ("Guest wifi key is otter maple ribbon. The office network is separate, keep it off the sign.",
     "separate"),
    ("Guest wifi is Harbourcafe-Guest and the key is otter-maple-ribbon.", "Harbourcafe-Guest"),
    ("Photo text:\nWiFi  Office\nNetwork :  Harbourcafe_5G\nPass word :   Ott3r 442!\n", "Harbourcafe_5G"),
    ("my ~/.netrc says:\nmachine build3.ci.harbour.studio\n  login omar\n  password Tr4ms!91x\n",
     "build3.ci.harbour.studio"),
    # a list's letters are no dictation
    ("The password checklist: a, b, c, then 1.", "a, b, c"),
    # a plan named "Basic", a number after it
    ('{"plan": "Basic Settings", "tier": "basic 12345678"}', "12345678"),
    # a chat's next line that is a time or a question
    ("Amir: what is the password for the NAS\nAmir: 10:30?\n", "10:30"),
]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_not_a_secret(scrubber, text, value):
    assert masked_share(scrubber, text, value) == 0.0, value
