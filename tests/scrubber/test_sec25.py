"""Secrets (helper sec25, secrets corpus 9's dev half, by class): a Hindi PIN ("पिन", not the postal
"पिन कोड"); Swahili password and PIN words ("nywila", "namba ya siri"); Nordic and Swahili prepositions
between a password word and its link ("lösenordet till … är"); a passphrase ending in a number; a value told
to be typed with its spaces; a second password named by "the one of" its account ("e a do portal é"); a
generated value after a "wifi:" label; an authenticator's setup key in groups of four a few words after its
word; a key's value broken onto the next line. And what stays: the postal code, a network's name, a title
with spaces, a next line that is a word. Texts are written for this test."""

import pytest

from tests.scrubber.masking import covered, masked_share

SECRETS = [
    # Hindi PIN, Urdu password
    ("मेरे बैंक कार्ड का पिन 583920 है, और ईमेल का पासवर्ड tiger77 है।", "583920"),
    ("एटीएम पिन: 4821", "4821"),
    # Swahili
    ("Namba ya siri ya kadi yangu ni 4419, usimwambie mtu.", "4419"),
    ("Nywila ya kompyuta ni Simba#4471 .", "Simba#4471"),
    # password words of Catalan, Afrikaans, Albanian, Bengali, Tamil
    ("La contrasenya del wifi és gatnegre42 .", "gatnegre42"),
    ("Die wagwoord is kat4471 .", "kat4471"),
    ("Fjalëkalimi është mace4471 .", "mace4471"),
    ("আমার পাসওয়ার্ড bagh4471 দিয়ে", "bagh4471"),
    ("என் கடவுச்சொல் puli4471 ஆகும்", "puli4471"),
    # a preposition of the Nordic languages between the word and its link, a number at the phrase's end
    ("Lösenordet till familjens mejl är lampa gurka fönster. Kan du hjälpa mig?", "lampa gurka fönster"),
    ("Passordet til hytta er bjelle kanel tavle 42. Takk!", "bjelle kanel tavle 42"),
    # a value to be typed with its spaces
    ("The wifi password is now lamp and pickle 7 - with the spaces, exactly like that.", "lamp and pickle 7"),
    ("Per accedere al portale usa tigre e mela 4 (con gli spazi, tutto com'è scritto).", "tigre e mela 4"),
    ("Pour te connecter utilise Lampe Verte 1990 (avec les espaces).", "Lampe Verte 1990"),
    # a second password named by the one of its account
    ("Minha senha do cartão é 448210 e a do portal é *Lanterna.512ABC. Obrigado.", "*Lanterna.512ABC"),
    ("La contraseña del banco es 7731 y la del correo es Farol_88x, ¿vale?", "Farol_88x"),
    # a generated value after a wifi label
    ("Sticker on the router:\nuser: admin\npass: Lantern77!\nwifi: 8k2mq9xw4tzr\n", "8k2mq9xw4tzr"),
    # an authenticator's setup key a few words after its word
    ("I turned on 2FA for my email; the secret key it gave me was abcd 2efg hij3 klmn 4opq rst5 uvwx yz67.",
     "abcd 2efg hij3 klmn 4opq rst5 uvwx yz67"),
    ("The setup key you get is mzxw 6ytb oi4d 2mzq, type it into the app.", "mzxw 6ytb oi4d 2mzq"),
    ("secret: mzxw 6ytb oi4d 2mzq k5tg 4yrc", "mzxw 6ytb oi4d 2mzq k5tg 4yrc"),
    # a password label as OCR or leetspeak writes it
    ("Text of the photo:\nPA55WORD: tiger99\n", "tiger99"),
    ("P@ssword: marigold7", "marigold7"),
    # a key's value broken onto the next line
    ("$ cat .env\nOPENAI_API_KEY=sk-proj-Ab3dEfGh1jKl\nMnOpQrStUvWxYzAbCdEfGhIj\n$ _",
     "MnOpQrStUvWxYzAbCdEfGhIj"),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_secret_is_masked(scrubber, text, value):
    assert covered(scrubber, text, value), value


NOT_SECRETS = [
    # a postal code, a network's name, a title with spaces, prose after a value ends its sentence
    ("हमारे इलाके का पिन कोड 110045 है।", "110045"),
    ("wifi: Guest-5G", "Guest-5G"),
    ("WiFi: NETGEAR42", "NETGEAR42"),
    ("Write the title as My Summer Trip (with the spaces).", "My Summer Trip"),
    ("Use the default settings (with spaces) please.", "default settings"),
    ("Nenosiri la barua pepe ni simba4471 . Niandikie ujumbe mfupi kwa msimamizi mpya.",
     "ujumbe mfupi kwa msimamizi"),
    # a URL's rest after a password word's colon-like link, a key shown by its ends, an SSH public key's body
    ("We document `curl -u USERNAME:PASSWORD https://api.mercadorojo.es/v1/ping` in the guide.",
     "api.mercadorojo.es"),
    ("The console lists the key as ghp_…Lm3K and the new one as sk-****Zq4W. Revoke which?", "Lm3K"),
    ("authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI/9kQpLmZ3xR7tVbN2wYhJcD4fGs8uEaKo1MnBvCxZq o@lt",
     "9kQpLmZ3xR7tVbN2wYhJcD4fGs8uEaKo1MnBvCxZq"),
    ("Keep it secret: this plan will work out fine.", "this plan will work"),
    ("The setup code is easy to find in the menu list.", "easy"),
    ("I got the 2FA code they sent; it was fine this time with that app.", "fine this time with"),
    # the line after a key is a word, not the key's rest
    ("API_TOKEN=abcdef123456\nDeployment\n", "Deployment"),
    ("export GH_TOKEN=ghp_Ab3dEfGh1jKlMn\nDeploymentNotes\n", "DeploymentNotes"),
]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_not_a_secret(scrubber, text, value):
    assert masked_share(scrubber, text, value) == 0.0, value
