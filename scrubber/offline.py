"""Keep tldextract (used by Presidio's e-mail recognizer) off the network.

By default tldextract downloads the public suffix list on first use. We swap its module-level
extractor for one that only reads the snapshot bundled with the package, so nothing on the hot
path ever waits for the network.
"""

import tldextract.tldextract as _tld


def use_bundled_suffix_list() -> None:
    """Idempotent: make ``tldextract.extract`` use the bundled public suffix list only."""
    if getattr(_tld.TLD_EXTRACTOR, "_aiwarden_offline", False):
        return
    extractor = _tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    extractor._aiwarden_offline = True  # type: ignore[attr-defined]
    _tld.TLD_EXTRACTOR = extractor
