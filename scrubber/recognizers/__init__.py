"""aiwarden's own Presidio recognizers: provider secrets (one type, SECRET) and PII Presidio misses."""

from presidio_analyzer import EntityRecognizer

from scrubber.recognizers._base import SECRET
from scrubber.recognizers.address import StreetAddressRecognizer
from scrubber.recognizers.ai_provider_keys import AiProviderKeyRecognizer
from scrubber.recognizers.auth_header import AuthHeaderRecognizer
from scrubber.recognizers.bank_accounts import BankAccountRecognizer
from scrubber.recognizers.cloud_keys import CloudCredentialRecognizer
from scrubber.recognizers.credential_assignment import CredentialAssignmentRecognizer
from scrubber.recognizers.credit_card import PaymentCardRecognizer
from scrubber.recognizers.date_of_birth import DateOfBirthRecognizer
from scrubber.recognizers.dev_platform_tokens import DevPlatformTokenRecognizer
from scrubber.recognizers.email import EmailAddressRecognizer
from scrubber.recognizers.handles import HandleRecognizer
from scrubber.recognizers.high_entropy import HighEntropyLiteralRecognizer
from scrubber.recognizers.iban import CaseInsensitiveIbanRecognizer
from scrubber.recognizers.jwt import JwtRecognizer
from scrubber.recognizers.known_names import KnownNameRecognizer
from scrubber.recognizers.kubernetes_secret import KubernetesSecretRecognizer
from scrubber.recognizers.login_pair import LoginPairRecognizer
from scrubber.recognizers.name_cues import NameCueRecognizer
from scrubber.recognizers.name_likeness import NameLikenessRecognizer
from scrubber.recognizers.name_shapes import NameShapeRecognizer
from scrubber.recognizers.national_ids import NationalIdRecognizer
from scrubber.recognizers.password_prose import PasswordInProseRecognizer
from scrubber.recognizers.password_shape import PasswordShapeRecognizer
from scrubber.recognizers.phone import PhoneNumberRecognizer
from scrubber.recognizers.places import PlaceNameRecognizer
from scrubber.recognizers.private_key import PrivateKeyRecognizer
from scrubber.recognizers.saas_tokens import SaasTokenRecognizer
from scrubber.recognizers.script_names import ScriptNameRecognizer
from scrubber.recognizers.secret_contexts import SecretContextRecognizer
from scrubber.recognizers.spoken_numbers import SpokenNumberRecognizer
from scrubber.recognizers.table_columns import TableColumnRecognizer
from scrubber.recognizers.url_credentials import UrlCredentialRecognizer
from scrubber.recognizers.us_ssn import UsSocialSecurityRecognizer
from scrubber.recognizers.world_addresses import WorldAddressRecognizer

SECRET_RECOGNIZERS = (
    AiProviderKeyRecognizer,
    CloudCredentialRecognizer,
    DevPlatformTokenRecognizer,
    SaasTokenRecognizer,
    JwtRecognizer,
    PrivateKeyRecognizer,
    CredentialAssignmentRecognizer,
    UrlCredentialRecognizer,
    AuthHeaderRecognizer,
    KubernetesSecretRecognizer,
    LoginPairRecognizer,
    PasswordInProseRecognizer,
    PasswordShapeRecognizer,
    SecretContextRecognizer,
    HighEntropyLiteralRecognizer,
)
PII_RECOGNIZERS = (
    PhoneNumberRecognizer,
    DateOfBirthRecognizer,
    UsSocialSecurityRecognizer,
    NationalIdRecognizer,
    CaseInsensitiveIbanRecognizer,
    BankAccountRecognizer,
    EmailAddressRecognizer,
    PaymentCardRecognizer,
    StreetAddressRecognizer,
    WorldAddressRecognizer,
    NameCueRecognizer,
    KnownNameRecognizer,
    NameShapeRecognizer,
    NameLikenessRecognizer,
    ScriptNameRecognizer,
    HandleRecognizer,
    PlaceNameRecognizer,
    TableColumnRecognizer,
    SpokenNumberRecognizer,
)
# Presidio's own recognizers that ours replace: supersets of them, without their known false positives.
REPLACES_PREDEFINED = (
    "PhoneRecognizer", "UsSsnRecognizer", "IbanRecognizer", "EmailRecognizer", "CreditCardRecognizer",
)

__all__ = ["REPLACES_PREDEFINED", "SECRET", "custom_recognizers"]


def custom_recognizers(language: str = "en") -> list[EntityRecognizer]:
    """Fresh instances of all custom recognizers for ``language`` (patterns work for any language).

    Remove the predefined recognizers named in ``REPLACES_PREDEFINED`` from the registry when adding these.
    """
    return [cls(supported_language=language) for cls in SECRET_RECOGNIZERS + PII_RECOGNIZERS]
