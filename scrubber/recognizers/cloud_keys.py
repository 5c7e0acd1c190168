"""Cloud credentials: AWS access key ids and secret keys, Azure storage keys and secrets, other clouds."""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder, only_template_marks

_END = r"(?![A-Za-z0-9_-])"
_START = r"(?<![A-Za-z0-9_-])"
_ASSIGN = r"""["'`]?[ \t]*(?:=>|:=|[:=]|,)[ \t]*[@rb]?["'`]?"""


class CloudCredentialRecognizer(SpanPatternRecognizer):
    """AWS, Azure, Alibaba, DigitalOcean, … keys; AWS secret keys only next to an AWS/secret keyword."""

    PATTERNS = [
        Pattern(
            "aws access key id",
            r"(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA"
            r"|ANVA|APKA)[A-Z0-9]{16}(?![A-Za-z0-9])",
            0.9,
        ),
        # an S3-compatible store's access key id (Wasabi, MinIO, Ceph, R2, Backblaze's S3 key) after its name,
        # the user half of a key pair whose other half is a secret: "access_key_id = OF99E5L8XWMC4MB1EZXV",
        # "accessKey: T95A…", "\"AccessKeyId\": \"KNCT…\"", "Access key ID: Q3AM…" (capitals and digits, both)
        Pattern(
            "s3 access key id after its name",
            r"(?i:access[ _.-]?key(?:[ _.-]?id)?)[\"'`]?[ \t]*(?:=>|:=|[:=]|,|[ \t](?i:is|ist|est|es|é|è))?"
            r"[ \t]*[@rb]?[\"'`]?(?P<value>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{16,32})"
            r"(?![A-Za-z0-9/+=_-])",
            0.75,
        ),
        # 40 base64 characters are too common to flag alone: require an AWS-ish secret keyword before them.
        Pattern(
            "aws secret access key",
            r"(?i:secret|private)[\w.-]{0,30}" + _ASSIGN + r"(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            0.8,
        ),
        Pattern(
            "aws secret (aws keyword)",
            r"(?i:aws)[\w.-]{0,30}(?i:key|secret)[\w.-]{0,10}"
            + _ASSIGN
            + r"(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            0.8,
        ),
        Pattern(
            "azure storage account key",
            r"(?i:AccountKey|SharedAccessKey|azure[\w.-]{0,20}key)"
            + _ASSIGN
            + r"(?P<value>[A-Za-z0-9+/]{40,100}={0,2})",
            1.0,
        ),
        Pattern("azure sas signature", r"[?&]sig=(?P<value>[A-Za-z0-9%+/]{30,120}={0,2}(?:%3D){0,2})", 0.8),
        Pattern(
            "azure ad client secret", _START + r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}" + _END, 0.9
        ),
        Pattern("alibaba access key id", _START + r"LTAI[A-Za-z0-9]{20}" + _END, 0.9),
        Pattern("digitalocean token", _START + r"do[opr]_v1_[a-f0-9]{64}" + _END, 1.0),
        Pattern(
            "yandex",
            _START + r"(?:t1\.[A-Za-z0-9_-]+=*\.[A-Za-z0-9_-]{86}=*|AQVN[A-Za-z0-9_-]{35,38}"
            r"|YC[A-Za-z0-9_-]{38})" + _END,
            0.8,
        ),
        Pattern(
            "ibm / gcp service account key id",
            r"""(?i:private_key_id)"?\s*:\s*"(?P<value>[a-f0-9]{40})""",
            0.8,
        ),
        Pattern("heroku", _START + r"HRKU-AA[0-9A-Za-z_-]{58}" + _END, 1.0),
    ]
    CONTEXT = ["aws", "amazon", "azure", "secret", "key", "access", "credential"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """Template marks and references are not credentials; AWS's documented sample keys count, and so do
        key ids made of placeholder letters (AKIAZZZZZZZZZZZZZZZZ): they have the key's exact format."""
        if _AWS_KEY_ID.fullmatch(pattern_text):  # (its sixteen characters all one mask letter: a template's,
            # AKIAXXXXXXXXXXXXXXXX; AKIAZZZZ… stays)
            return only_template_marks(pattern_text) or set(pattern_text[4:]) in ({"X"}, {"x"})
        return looks_like_placeholder(pattern_text, shaped=True)

_AWS_KEY_ID = re.compile(
    r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}"
)
