"""Tokens of code hosts, package registries and developer platforms (GitHub, GitLab, npm, PyPI, Vault, …)."""

import regex as re
from presidio_analyzer import Pattern

from scrubber.recognizers._base import looks_like_placeholder, looks_random, only_template_marks
from scrubber.recognizers._fill_in import is_fill_in, partly_redacted
from scrubber.recognizers._gated import GatedPatternRecognizer

# Not followed by more token characters, nor by the #### or **** of a masked example.
_END = r"(?![A-Za-z0-9_#*-])"
_START = r"(?<![A-Za-z0-9_.-])"


class DevPlatformTokenRecognizer(GatedPatternRecognizer):
    """Prefixed tokens of developer platforms: the prefix makes them safe to flag anywhere in a prompt."""

    PATTERNS = [
        Pattern("github token", _START + r"gh[pousr]_[A-Za-z0-9]{36,251}" + _END, 1.0),
        # Bundler's gem-source credentials: BUNDLE_GEMS__EXAMPLE__COM=user:password (the pair is the secret)
        Pattern(
            "bundler source credentials",
            r"\bBUNDLE_[A-Z0-9_]*__[A-Z0-9]+\b[\"']?[ \t]*[:=][ \t]*[\"']?"
            r"(?P<value>[^\s\"';&:]{1,128}:[^\s\"';&]{1,128})",
            0.9,
        ),
        Pattern("github fine-grained pat", _START + r"github_pat_[A-Za-z0-9_]{82}" + _END, 1.0),
        Pattern("gitlab pat", _START + r"glpat-[A-Za-z0-9_-]{20}" + _END, 1.0),
        Pattern(
            "gitlab routable token",
            _START + r"gl(?:pat|rt|soat)-[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}" + _END,
            1.0,
        ),
        # GitLab's token lengths: most are 20 characters (up to 50 allowed); incoming-mail 25, pipeline
        # trigger 40, OAuth app secrets 64, Kubernetes agent tokens 50 or more.
        Pattern(
            "gitlab other tokens",
            _START + r"(?:(?:gldt|glrt|glcbt|glsoat|glft|glffct|glinc|glrtr|glwt|glsa|glcsak)"
            r"-[A-Za-z0-9_-]{20,50}"
            r"|glimt-[A-Za-z0-9_-]{25}|glptt-[A-Za-z0-9_-]{40}|gloas-[A-Za-z0-9_-]{64}"
            r"|glagent-[A-Za-z0-9_-]{50,1024})" + _END,
            0.9,
        ),
        Pattern(
            "gitlab runner registration",
            _START + r"GR1348941(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,50}" + _END,
            0.9,
        ),
        Pattern(
            "gitlab session/feed/incoming",
            _START + r"(?:_gitlab_session=[0-9a-z]{32}|glft-[A-Za-z0-9_-]{20}"
            r"|glimt-[0-9a-z]{25})" + _END,
            0.9,
        ),
        Pattern(
            "bitbucket / atlassian",
            _START + r"(?:ATBB[A-Za-z0-9_=.-]{32,}|ATATT3[A-Za-z0-9_=-]{150,250}"
            r"|ATCTT3[A-Za-z0-9_=-]{150,250})",
            0.9,
        ),
        Pattern("npm token", _START + r"npm_[A-Za-z0-9]{36}" + _END, 1.0),
        # .npmrc: //registry/:_authToken=npm_… — the npmrc line says what it is, whatever the length
        Pattern("npmrc auth token", r":_authToken=[ \t]*(?P<value>npm_[A-Za-z0-9]{8,64})" + _END, 0.9),
        Pattern("pypi token", _START + r"pypi-AgE[A-Za-z0-9_-]{50,}" + _END, 1.0),
        Pattern("rubygems", _START + r"rubygems_[a-f0-9]{48}" + _END, 1.0),
        Pattern(
            "nuget / docker / clojars",
            _START + r"(?:oy2[a-z0-9]{43}|dckr_pat_[A-Za-z0-9_-]{27}"
            r"|CLOJARS_[a-z0-9]{60})" + _END,
            0.9,
        ),
        Pattern(
            "sourcegraph",
            _START + r"(?:sgp_(?:local_)?[a-fA-F0-9]{16}_|sgp_(?:local_)?)[a-fA-F0-9]{40}" + _END,
            0.9,
        ),
        Pattern("sonar", _START + r"sq[upa]_[A-Za-z0-9]{40}" + _END, 0.9),
        Pattern("terraform cloud",  # (either case: tokens are pasted as the site shows them)
                _START + r"(?i:[a-z0-9]{14})\.atlasv1\.(?i:[a-z0-9_=-]{60,70})" + _END, 1.0),
        Pattern(
            "vault token",
            _START + r"(?:hv[sbr]\.[A-Za-z0-9_-]{24,300}"
            r"|s\.(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{24})" + _END,
            0.8,
        ),
        Pattern("jfrog / artifactory", _START + r"(?:AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})" + _END, 0.9),
        # Artifactory API keys (AKC…) and encrypted passwords (AP0-9A-F…) of other lengths, standing alone
        # (after a space, '=', ':' or a quote): random bodies, or the x's of JFrog's own examples
        Pattern(
            "artifactory (loose)",
            r"""(?<![^\s=:"'])(?P<value>AKC[A-Za-z0-9]{10,100}|AP[0-9A-F][A-Za-z0-9]{8,100})(?![^\s"'])""",
            0.8,
        ),
        Pattern("databricks", _START + r"dapi[a-f0-9]{32}(?:-\d)?" + _END, 0.9),
        Pattern("doppler", _START + r"dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}" + _END, 1.0),
        Pattern(
            "pulumi / prefect / readme / postman",
            _START + r"(?:pul-[a-f0-9]{40}|pnu_[A-Za-z0-9]{36}"
            r"|rdme_[a-z0-9]{70}|PMAK-[a-f0-9]{24}-[a-f0-9]{34})" + _END,
            1.0,
        ),
        Pattern(
            "harness", _START + r"(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}" + _END, 1.0
        ),
        Pattern(
            "octopus / linear / netlify",
            _START + r"(?:API-[A-Z0-9]{26}|lin_api_[A-Za-z0-9]{40}"
            r"|nfp_[A-Za-z0-9]{36})" + _END,
            0.8,
        ),
        Pattern(
            "snyk / settlemint / infracost",
            _START + r"(?:sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}"
            r"|ico-[A-Za-z0-9]{32})" + _END,
            0.9,
        ),
        Pattern("openshift", _START + r"sha256~[A-Za-z0-9_-]{43}" + _END, 0.9),
        Pattern("age secret key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", 1.0),
        Pattern(
            "1password",
            _START + r"(?:ops_eyJ[A-Za-z0-9+/]{250,}={0,3}|A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}"
            r"|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})" + _END,
            1.0,
        ),
        # CircleCI, Buildkite, Tailscale, Render, Deno Deploy, Netlify's other tokens (each prefix is theirs)
        Pattern(
            "ci and hosting tokens",
            _START + r"(?:CCIPAT_[A-Za-z0-9]{20,24}_[0-9a-f]{40}|bkua_[0-9a-f]{40}"
            r"|tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,24}-[A-Za-z0-9]{20,48}|rnd_[A-Za-z0-9]{32,40}"
            r"|ddp_[A-Za-z0-9]{36}|nf[cop]_[A-Za-z0-9]{36})" + _END,
            0.9,
        ),
        Pattern(
            "defined networking / scalingo",
            _START + r"(?:dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}"
            r"|tk-us-[A-Za-z0-9_-]{48})" + _END,
            1.0,
        ),
    ]
    CONTEXT = ["token", "key", "github", "gitlab", "npm", "pypi", "registry", "vault", "credential"]
    # Each pattern needs one of its prefixes (found in any case: a superset of what the pattern takes).
    GATES = {
        "github token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        "bundler source credentials": ("bundle_",),
        "github fine-grained pat": ("github_pat_",),
        "gitlab pat": ("glpat-",),
        "gitlab routable token": ("glpat-", "glrt-", "glsoat-"),
        "gitlab other tokens": ("gldt-", "glrt-", "glcbt-", "glsoat-", "glft-", "glffct-", "glinc-", "glrtr-",
                                "glwt-", "glsa-", "glcsak-", "glimt-", "glptt-", "gloas-", "glagent-"),
        "gitlab runner registration": ("gr1348941",),
        "gitlab session/feed/incoming": ("_gitlab_session=", "glft-", "glimt-"),
        "bitbucket / atlassian": ("atbb", "atatt3", "atctt3"),
        "npm token": ("npm_",),
        "npmrc auth token": (":_authtoken=",),
        "pypi token": ("pypi-age",),
        "rubygems": ("rubygems_",),
        "nuget / docker / clojars": ("oy2", "dckr_pat_", "clojars_"),
        "sourcegraph": ("sgp_",),
        "sonar": ("squ_", "sqp_", "sqa_"),
        "terraform cloud": (".atlasv1.",),
        "vault token": ("hvs.", "hvb.", "hvr.", "s."),
        "jfrog / artifactory": ("akcp", "cmvmd"),
        "artifactory (loose)": ("akc", "ap"),
        "databricks": ("dapi",),
        "doppler": ("dp.",),
        "pulumi / prefect / readme / postman": ("pul-", "pnu_", "rdme_", "pmak-"),
        "harness": ("pat.", "sat."),
        "octopus / linear / netlify": ("api-", "lin_api_", "nfp_"),
        "snyk / settlemint / infracost": ("sm_pat_", "sm_aat_", "sm_sat_", "ico-"),
        "openshift": ("sha256~",),
        "age secret key": ("age-secret-key-1",),
        "1password": ("ops_eyj", "a3-"),
        "defined networking / scalingo": ("dnkey-", "tk-us-"),
        "ci and hosting tokens": ("ccipat_", "bkua_", "tskey-", "rnd_", "ddp_", "nfc_", "nfo_", "nfp_"),
    }

    def accept_match(self, match: re.Match) -> bool:
        """The loose Artifactory shape needs a random-looking body (or JFrog's x's), not a word or number."""
        if not match.re.pattern.startswith(_ARTIFACTORY_START):
            return True
        body = match.group("value")[3:]
        return is_fill_in(body) or looks_random(body, min_len=16, min_entropy=3.5, need_digit=True)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Template marks are not tokens; a token-shaped value is one, whatever its letters."""
        if _FILL_IN_COUNTS.match(pattern_text):
            return only_template_marks(pattern_text)
        return looks_like_placeholder(pattern_text, shaped=True) and not partly_redacted(pattern_text)


_ARTIFACTORY_START = r"""(?<![^\s=:"'])(?P<value>AKC"""
# Formats whose fill-in examples are masked like keys (see _fill_in).
_FILL_IN_COUNTS = re.compile(r"(?:npm_|AKC|AP[0-9A-F])x{8,}$|AGE-SECRET-KEY-1")
