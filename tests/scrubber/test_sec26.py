"""Secrets (helper sec26, secrets corpus 10's dev half: credentials inside pasted machine text). What is no
secret though it sits where one would: a secret manager's reference (Vault, 1Password, an AWS ARN, Azure Key
Vault, Google Secret Manager, CloudFormation's resolve), a template's ``#{VAR}``, a credential's name given as
a value (a Kubernetes secret's key), a variable passed by its name, a key's file, a captcha's site key, an age
recipient, a certificate in base64, another field of a URL's query, a host's value in a config dict, a name
glued to a sign-in word, a URL's path after its host. And what is still found: MySQL 8's ``IDENTIFIED WITH
<plugin> BY '…'``, a quoted key that starts with a bracket. Texts are written for this test."""

import pytest

from tests.scrubber.masking import covered, masked_share

SECRETS = [
    # MySQL 8 names the authentication plugin before BY
    ("CREATE USER 'etl'@'%' IDENTIFIED WITH caching_sha2_password BY 'pebble_orchard_lamp4';",
     "pebble_orchard_lamp4"),
    ("ALTER USER 'ro'@'10.%' IDENTIFIED WITH mysql_native_password BY 'fern-quill-harbor9';",
     "fern-quill-harbor9"),
    # a quoted generated key may start with a bracket
    ("SECRET_KEY = '(x7k2-=pq9)m4vz$-rt!b^8@wn*3!hd5c0lye61fgsaau'",
     "(x7k2-=pq9)m4vz$-rt!b^8@wn*3!hd5c0lye61fgsaau"),
    # still found beside the references that are not
    ("DB_PASSWORD: vault:secret/data/shop#pw\nSMTP_PASSWORD: Lagoon!4821\n", "Lagoon!4821"),
    ("stringData:\n  db-password: Quartz#5571\n", "Quartz#5571"),
    ("[Peer]\nPublicKey = ab\nPrivateKey = mK3pQ9vT2xLp7NcW4bZy8HdF1sR6uJ0eYgA5oC2nXw=\n",
     "mK3pQ9vT2xLp7NcW4bZy8HdF1sR6uJ0eYgA5oC2nXw="),
    ("tls.key: "
     "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBM1R6Mm1yN1NaaUFNZlF5dXZCak05T2k=",
     "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBM1R6Mm1yN1NaaUFNZlF5dXZCak05T2k="),
    ("RECAPTCHA_SECRET_KEY=6LdZq3kTAAAAAHm2PxR7vN4sW9cB1yJ5eF8gK0aL",
     "6LdZq3kTAAAAAHm2PxR7vN4sW9cB1yJ5eF8gK0aL"),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_secret_is_masked(scrubber, text, value):
    assert covered(scrubber, text, value), value


NOT_SECRETS = [
    # secret managers' references
    ("DB_PASSWORD: vault:secret/data/payroll#password", "secret/data/payroll"),
    ("API_TOKEN: op://Platform/payments-api/credential", "Platform/payments-api"),
    ("jwt_secret: arn:aws:ssm:eu-central-1:210987654321:parameter/prod/jwt", "210987654321"),
    ("  - secretKey: api-key\n"
     "    remoteRef: {key: arn:aws:secretsmanager:us-east-2:123409876543:secret:web/api-Ab9}",
     "web/api-Ab9"),
    ('STRIPE_KEY: "@Microsoft.KeyVault(SecretUri=https://kv-shop-02.vault.azure.net/secrets/stripe/4c1d9e8f)"',
     "kv-shop-02"),
    ("GITHUB_TOKEN: https://kv-ops-07.vault.azure.net/secrets/gh-token", "kv-ops-07"),
    ('db_password: "{{resolve:secretsmanager:prod/orders:SecretString:password}}"', "prod/orders"),
    ("token: projects/acme-prod/secrets/slack-token/versions/latest", "acme-prod"),
    ("password: ref+vault://secret/data/orders#/password", "secret/data/orders"),
    # a template's variable, a credential's name as the value
    ("DB_PASSWORD=#{ORDERS_DB_SECRET}\nAPI_TOKEN=#{ORDERS_TOKEN}\n", "ORDERS_DB_SECRET"),
    ("data:\n  - secretKey: db-password\n  - secretKey: api-key\n", "db-password"),
    ("    export BILLING_SECRET=my-secret-password\n", "my-secret-password"),
    # a variable passed by its name, a key's file, a captcha's site key, an age recipient, a certificate
    ('r = get(url, params={"city": "Bern", "api_key": api_key})', "api_key})"),
    ("    key-store: classpath:server-keys.p12", "server-keys.p12"),
    ("RECAPTCHA_SITE_KEY=6LcR7mTAAAAAJpQ2xW9vN4sB1yH5eF8gK3aLz0c", "6LcR7mTAAAAAJpQ2xW9vN4sB1yH5eF8gK3aLz0c"),
    ("age public key: age1zq8ph2c7v3n4ds9wx5tgkfr0m6yla8jeq2u7s4hn3cx9pvwt5gd0qkmlrf",
     "age1zq8ph2c7v3n4ds9wx5tgkfr0m6yla8jeq2u7s4hn3cx9pvwt5gd0qkmlrf"),
    ("tls.crt: "
     "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFLSEhJR0pOTUFFRE1BMEdDU3FHU0liM0RRRUJDd1VB",
     "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENCK3dJSkFLSEhJR0pOTUFFRE1BMEdDU3FHU0liM0RRRUJDd1VB"),
    # a URL's other query field, a host in a config dict, a name glued to a sign-in word, a URL's path
    ("mysql://app:Tundra!7734@db-7.lan:3306/crm?ssl-mode=required\nerror: password rejected", "required"),
    ("DATABASES = {'default': {'PASSWORD': 'Orchid!5521', 'HOST': 'pg-02.stage'}}", "pg-02.stage"),
    ("config wifi-iface 'guest_radio1'\n\toption ssid 'Cafe'\n\toption key 'Ember!4410'\n", "guest_radio1"),
    ("SENTRY_DSN=https://0a1b2c3d4e5f60718293a4b5c6d7e8f9@o44120.ingest.sentry.io/7710293", "7710293"),
]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_not_a_secret(scrubber, text, value):
    assert masked_share(scrubber, text, value) == 0.0, value
