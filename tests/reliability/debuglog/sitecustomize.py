"""Put on PYTHONPATH of an aiwarden process to capture every log record, DEBUG included, in a file.

aiwarden has no log-level setting yet; a handler on the root logger before ``logging.basicConfig`` runs
makes that call a no-op, so the root logger stays at DEBUG. Spawned scrubber workers import this too.
"""

import logging
import os

_path = os.environ.get("AIWARDEN_TEST_DEBUG_LOG")
if _path:
    _handler = logging.FileHandler(_path, mode="a", encoding="utf-8")
    _handler.setLevel(logging.DEBUG)
    _handler.setFormatter(logging.Formatter("%(process)d %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(_handler)
    logging.getLogger().setLevel(logging.DEBUG)
