"""Put on PYTHONPATH of an aiwarden process to capture every log record, DEBUG included, in a file.

The tests also set AIWARDEN_LOG_LEVEL=DEBUG; this file adds what that setting does not give: one file with
the records of every process, the spawned scrubber workers included (they import this too).
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
