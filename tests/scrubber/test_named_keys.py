"""Keys whose name is only a vendor's, or says nothing (issue #19: secrets recall >= 0.99 on text we did not
write): a generated value assigned to any name is a secret unless the name says what else it is; hex strings
and UUIDs count after a vendor's name only; and the ids, digests and identifiers that must stay.
"""

import pytest

from tests.scrubber.masking import masked_share

# (text, the secret that must be covered whole)
KEYS = [
    # mixed-case random values under a name that is no credential word
    ('cloudflare: "q8Vz3LmP0aXk7RtYw2NbCd9EfGhJ4sTu6v"', "q8Vz3LmP0aXk7RtYw2NbCd9EfGhJ4sTu6v"),
    ("OKTA=00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789ab", "00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789ab"),
    ('settings = {"mapbox": "pK7wQ2zX9mL4vN8bR1tY6hJ3"}', "pK7wQ2zX9mL4vN8bR1tY6hJ3"),
    ("env:\n  - name: ALGOLIA\n    value: \"f3K9mQ2xL7pZ4vN8bR1tW6yH0jD5cSaB\"\n",
     "f3K9mQ2xL7pZ4vN8bR1tW6yH0jD5cSaB"),
    ("[services]\nsegment_write = Zx81PqLm29VbNc47KdJr0TyWs\n", "Zx81PqLm29VbNc47KdJr0TyWs"),
    # hex and UUIDs after a vendor's name
    ("datadog: 3c9f1e7a5b2d8c4e6f0a9b1d3e5c7a2f", "3c9f1e7a5b2d8c4e6f0a9b1d3e5c7a2f"),
    ("  twilio: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("POSTMARK_SERVER=8c1f2e3d-4a5b-6c7d-8e9f-0a1b2c3d4e5f", "8c1f2e3d-4a5b-6c7d-8e9f-0a1b2c3d4e5f"),
    ("heroku config:set HEROKU_API=2f6e9d1c-3b4a-5e6f-7a8b-9c0d1e2f3a4b",
     "2f6e9d1c-3b4a-5e6f-7a8b-9c0d1e2f3a4b"),
    ("here's our Twilio auth thing: 7c3e9a1f5b2d8e4c6a0f9b3d7e1c5a2f", "7c3e9a1f5b2d8e4c6a0f9b3d7e1c5a2f"),
    # a quoted argument of the vendor's own call needs no key word
    ("const client = require('twilio')('AC12345678', '9b1e2d3c4a5f6e7d8c9b0a1f2e3d4c5b');",
     "9b1e2d3c4a5f6e7d8c9b0a1f2e3d4c5b"),
    # TOTP seeds, glued mysql passwords, vault tokens, Discord webhooks
    ("TOTP seed: JBSWY3DPEHPK3PXPJBSWY3DP", "JBSWY3DPEHPK3PXPJBSWY3DP"),
    ("mysql -u admin -p'Hunter2024!' -h db.internal", "Hunter2024!"),
    ('mariadb -u app -p"Kx93 mPq1" shop', "Kx93 mPq1"),
    ("vault login hvs.CAESIJlU8x2b9Lk3mQ7xP4vZ8nR6tW1yH5jD0cSaBcDeFgHiJkLm",
     "hvs.CAESIJlU8x2b9Lk3mQ7xP4vZ8nR6tW1yH5jD0cSaBcDeFgHiJkLm"),
    ("https://discord.com/api/webhooks/112233445566778899/aBcD_eFgH-iJkLmNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNo",
     "aBcD_eFgH-iJkLmNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNo"),
    # a login pair in prose, one-time codes at a sentence's end, password hashes, DSN keys, recovery keys
    ("Can you debug this? I log in with jdoe and Sunshine#77 but it fails.", "Sunshine#77"),
    ("The one-time code is 482913.", "482913"),
    ("user bob hash $2b$12$KIXQJlZ8kM1Yp0b3e5t0UuYxGvVQm8H1B2c3D4e5F6g7H8i9J0k1L",
     "$2b$12$KIXQJlZ8kM1Yp0b3e5t0UuYxGvVQm8H1B2c3D4e5F6g7H8i9J0k1L"),
    ("htpasswd: admin:$apr1$r31vQ8kz$HqJZimcKQFAMYayBlzkrA/", "$apr1$r31vQ8kz$HqJZimcKQFAMYayBlzkrA/"),
    ("Sentry DSN: https://3f2a9c1e7b4d6f8a0c2e4b6d8f0a1c3e@o123456.ingest.sentry.io/4505",
     "3f2a9c1e7b4d6f8a0c2e4b6d8f0a1c3e"),
    ("BitLocker recovery key 123456-234567-345678-456789-567890-678901-789012-890123",
     "123456-234567-345678-456789-567890-678901-789012-890123"),
    # flags, codes and passwords said the way people say them
    ("  command: redis-server --appendonly yes --requirepass Harbor2031", "Harbor2031"),
    ("Le code d'accès temporaire est Ch3rry_42 jusqu'à lundi.", "Ch3rry_42"),
    ("The server-room door code stays 7719 after the audit.", "7719"),
    ("Das WLAN-Passwort lautet Tulpe#2020, der Drucker hat Kiwi2019!", "Kiwi2019!"),
    ("[09:12] Ana: what's the staging admin password?\n[09:13] Ben: it's Orca!9921x", "Orca!9921x"),
    ("The Okta thing for the HR sync is 00Qa8ZmK3vT1yLp9WxR2cNf7JsD4hB6gE0",
     "00Qa8ZmK3vT1yLp9WxR2cNf7JsD4hB6gE0"),
    ("aws_access_key_id = AKIAJ8K1LMN0P9Q8R7S6", "AKIAJ8K1LMN0P9Q8R7S6"),
    # property lists, Postman/HAR key-value pairs, prose with words between the cue and the value
    ("<key>APIKey</key>\n<string>a7Xk2Lm9Qp4Zv8Nb3Rt6Wy1Hj5Dc0SgE</string>",
     "a7Xk2Lm9Qp4Zv8Nb3Rt6Wy1Hj5Dc0SgE"),
    ('[{"key": "x-api-key", "value": "pmak-65f1a2b3c4d5e6f7a8b9c0d1-e2f3a4b5c6d7e8f9a0b1c2d3"}]',
     "pmak-65f1a2b3c4d5e6f7a8b9c0d1-e2f3a4b5c6d7e8f9a0b1c2d3"),
    ("the token I generated yesterday: 4f8a2c9e1b7d6f3a5c8e0b2d4f6a8c1e", "4f8a2c9e1b7d6f3a5c8e0b2d4f6a8c1e"),
    # session logs, web-server config, JSON escaped in a string, generated keys with brackets
    ("-> EHLO ci01\n<- 250-AUTH PLAIN LOGIN\n-> AUTH PLAIN AGJvdEBjb3JwLmV4YW1wbGUAUzNjcjN0IQ==",
     "AGJvdEBjb3JwLmV4YW1wbGUAUzNjcjN0IQ=="),
    ('    proxy_set_header Authorization "Basic YXBpOlBhbmRhITc3";', "YXBpOlBhbmRhITc3"),
    ('{"body": "{\\"event\\":\\"sync\\",\\"token\\":\\"7QwErTy2UiOp9AsDfGh4JkLz\\"}"}',
     "7QwErTy2UiOp9AsDfGh4JkLz"),
    ("define( 'AUTH_KEY', 'k3(Xq]z%8<{Lm!Pw~7)vN_2#Rt' );", "k3(Xq]z%8<{Lm!Pw~7)vN_2#Rt"),
    ("Das Passwort für den Drucker lautet ab Montag kiwi2027.", "kiwi2027"),
    # Wi-Fi, authenticator keys, passphrases joined by hyphens, PINs reset, codes, logins said loosely
    ("WIFI:T:WPA;S:Lobby;P:Heron!5520;;", "Heron!5520"),
    ("WLAN: Lager-WLAN / Schlüssel: Ahorn!2031", "Ahorn!2031"),
    ("Set up the authenticator with this key: mfzw 63dp ebxw 4zlu mfzw 63dp",
     "mfzw 63dp ebxw 4zlu mfzw 63dp"),
    ("phrase secrète : vent-rouge-phare-sable", "vent-rouge-phare-sable"),
    ("Your PIN has been reset to 6604.", "6604"),
    ("ATM code 3318 — keep it to yourself", "3318"),
    ("Use 'Driftwood42!' for the QA login.", "Driftwood42!"),
    ("creds: svc_report : Nimbus-4471", "Nimbus-4471"),
    ('I keep typing "Autumn2031!" but it says invalid credentials.', "Autumn2031!"),
    ('password = "Quo\\"te9!x"', 'Quo\\"te9!x'),
    ("mot de passe « Cèdre#2024 »", "Cèdre#2024"),
]

LOOK_ALIKES = [
    '{"id": "cus_NffrFeUfNV2Hib", "object": "customer", "default_source": "card_1MvX3pL2eZvKYlo2C0aBcDeF"}',
    "Our Stripe webhook event evt_1NG8Du2eZvKYlo2CUI79vXWy failed to deliver.",
    "commit: 3f2a9c1e7b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a",
    '"tenant_id": "8c1f2e3d-4a5b-6c7d-8e9f-0a1b2c3d4e5f", '
    '"subscription": "2f6e9d1c-3b4a-5e6f-7a8b-9c0d1e2f3a4b"',
    "Datadog trace_id=9f8e7d6c5b4a39281706f5e4d3c2b1a0 span=abc",
    "handler: processPaymentRequest2Async\ncomponent: src/components/UserProfile2.tsx",
    "The Cloudflare dashboard shows zone 3c9f1e7a5b2d8c4e6f0a9b1d3e5c7a2f as active.",
    "Heroku build 01234567-89ab-cdef-0123-456789abcdef finished.",
    "The Okta org id is 00o1a2b3c4D5e6F7g8H9",
    "Sentry event 5f3b1c2a9d8e4f7a6b5c4d3e2f1a0b9c in project web-frontend",
    "The Twilio message SID SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d was delivered.",
    "video: dQw4w9WgXcQ, playlist: PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf",
    '"firebase_doc": "Xk3mQ9zLp2W8vN4bR6tY"',
    '"publishableKey": "pk_live_51HxYzAbCdEfGh12345IjKlMnOpQrStUv"',
    "checksum: 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"',
    "X-Request-ID: 4b7a9c1e-2d3f-4a5b-8c7d-9e0f1a2b3c4d",
    "the recovery codes are stored in 1Password since 2021",
    "Our access code policy changed; codes are now 8 characters (see KB4021).",
    "java.sql.SQLException: Access denied for user 'shop'@'db' (using password: YES)",
    # echoes and fill-ins in logs and docs, public keys, key names and files
    "MongoCredential{mechanism=SCRAM-SHA-256, userName='ops', source='admin', password=<hidden>}",
    'echo "using token ${CLOUDFLARE_API_TOKEN:0:200}"',
    "const stripe = Stripe('pk_live_51g5yHfx7fqX8crwTqYv3qzX4bBRhIz2C7f9wZZV8wsPGD6Y3e4d');",
    "06:59Z INFO login attempt user=etl_user password=[FILTERED]",
    'Load key "/home/deploy/.ssh/id_ed25519": invalid format',
    "<dict>\n  <key>CFBundleName</key>\n  <string>acme</string>\n</dict>",
    "mongodb+srv://cluster6.1pf8y.mongodb.net/inventory?retryWrites=true&w=majority",
    "okta.get_user('9b1e2d3c4a5f6e7d8c9b0a1f2e3d4c5b')",
]


def test_status_word_after_password_is_no_value(scrubber):
    result = scrubber.scrub(["Password reset! New temporary password: Tmp-8841-kq"]).texts[0]
    assert "reset!" in result and "Tmp-8841-kq" not in result


def test_login_words_joined_by_and_are_prose(scrubber):
    assert "<SECRET_" not in scrubber.scrub(["Log in with Google and Facebook to compare."]).texts[0]


@pytest.mark.parametrize("text, secret", KEYS)
def test_named_key_covered(scrubber, text, secret):
    assert masked_share(scrubber, text, secret) == 1


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_id_or_digest_left_alone(scrubber, text):
    assert "<SECRET_" not in scrubber.scrub([text]).texts[0]
