"""Put on PYTHONPATH of an aiwarden process (tests only) so that it trusts the HTTP/2 test vendor's CA.

mitmproxy verifies upstream certificates against ``certifi.where()`` and ``aiwarden run`` has no setting
for another CA; this points certifi at a bundle of certifi's roots plus the test CA
(``AIWARDEN_TEST_CA_BUNDLE``). Verification stays on: only the vendor on 127.0.0.1 is added.
"""

import os

_bundle = os.environ.get("AIWARDEN_TEST_CA_BUNDLE")
if _bundle:
    import certifi

    certifi.where = lambda: _bundle
