"""API keys of AI providers (OpenAI, Anthropic, Google, Hugging Face, …): the keys most pasted in prompts."""

from presidio_analyzer import Pattern

from scrubber.recognizers._base import SpanPatternRecognizer, looks_like_placeholder
from scrubber.recognizers._fill_in import partly_redacted

# A token ends where token characters end; \b is not enough because '-' and '_' are token characters.
_END = r"(?![A-Za-z0-9_-])"
_START = r"(?<![A-Za-z0-9_-])"


class AiProviderKeyRecognizer(SpanPatternRecognizer):
    """Keys with a vendor prefix; exact formats score high, looser ones need context words."""

    PATTERNS = [
        # Classic and project keys carry the base64 of "OpenAI" (T3BlbkFJ) in the middle.
        Pattern(
            "openai (marker)",
            _START + r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{10,200}"
            r"T3BlbkFJ[A-Za-z0-9_-]{10,200}" + _END,
            1.0,
        ),
        Pattern(
            "openai project/service", _START + r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}" + _END, 0.9
        ),
        Pattern("openai legacy", _START + r"sk-[A-Za-z0-9]{32,64}" + _END, 0.7),
        Pattern(
            "anthropic", _START + r"sk-ant-(?:api|admin|oat|ort|sid)\d{2}-[A-Za-z0-9_-]{80,110}AA" + _END, 1.0
        ),
        # (the prefix is Anthropic's alone: a key cut short or typed wrong is still one)
        Pattern("anthropic (loose)", _START + r"sk-ant-[A-Za-z0-9_-]{30,200}" + _END, 0.85),
        Pattern("google api key", _START + r"AIza[0-9A-Za-z_-]{35}" + _END, 0.9),
        Pattern("google oauth secret", _START + r"GOCSPX-[0-9A-Za-z_-]{28}" + _END, 0.9),
        Pattern("hugging face", r"(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z0-9]{34}" + _END, 0.9),
        Pattern("perplexity", _START + r"pplx-[A-Za-z0-9]{48}" + _END, 0.9),
        Pattern("groq", _START + r"gsk_[A-Za-z0-9]{52}" + _END, 0.9),
        Pattern("replicate", _START + r"r8_[A-Za-z0-9]{37}" + _END, 0.9),
        Pattern("elevenlabs", _START + r"sk_[0-9a-f]{40,56}" + _END, 0.9),
        Pattern("xai", _START + r"xai-[A-Za-z0-9]{70,90}" + _END, 0.9),
        # OpenRouter, LangSmith, Pinecone, Together and Cerebras keys: each vendor's prefix is its own
        Pattern("openrouter", _START + r"sk-or-v1-[0-9a-f]{64}" + _END, 1.0),
        Pattern("langsmith", _START + r"lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}" + _END, 1.0),
        Pattern("pinecone", _START + r"pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90}" + _END, 0.9),
        Pattern("together", _START + r"tgp_v1_[A-Za-z0-9_-]{40,50}" + _END, 0.9),
        Pattern("cerebras", _START + r"csk-[a-z0-9]{40,56}" + _END, 0.85),
        Pattern("aws bedrock", _START + r"ABSK[A-Za-z0-9+/]{100,400}={0,2}" + _END, 0.9),
        Pattern(
            "aws bedrock short-lived",
            _START + r"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{40,}",
            0.9,
        ),
    ]
    CONTEXT = ["key", "api", "token", "openai", "anthropic", "claude", "gemini", "google", "huggingface"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """Template marks (``sk-<your key>``, ``sk-...``) are not keys; documented example keys are."""
        return looks_like_placeholder(pattern_text, shaped=True) and not partly_redacted(pattern_text)
