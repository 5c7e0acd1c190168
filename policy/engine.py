"""The decision engine: pure, no I/O. ``decide(context, policy) -> Decision``.

Precedence for the action, first that applies wins:
1. the first rule (top to bottom) without a ``data`` condition whose ``when`` matches
   (user, group, service, category; every condition given must hold);
2. the service's own ``action`` under ``services`` (catalog services and discovered ones alike);
3. the defaults: ``unknown_ai_service`` for AI traffic on a host not in the catalog,
   else ``sanctioned_action`` or ``unsanctioned_action``.

Precedence for how each data type is handled when the request is scrubbed, strongest first:
1. the first data-type rule (``when.data``) naming the type whose other conditions match
   (``block`` → block, ``allow`` → leave, ``scrub`` → pseudonymize);
2. the service's ``entities``;  3. the policy's ``entities`` (``DEFAULT`` covers the rest).

Coaching text and the scrubber failure mode (``on_error``) come from the deciding rule, else the
service, else the defaults; ``attachments`` and ``images`` (files in a scrubbed request) from the service,
else the defaults.

MCP servers (``category`` mcp) follow the same precedence with their ``mcp_servers`` entry (by server id,
else host) in the place of the service's; its ``allow_tools``/``deny_tools`` are carried by the decision
and applied per ``tools/call`` (``tool_refusal``).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from policy.model import (
    DATA_RULE_ACTIONS,
    Action,
    AttachmentsMode,
    EntityAction,
    ImagesMode,
    Match,
    McpServerPolicy,
    Policy,
    ServicePolicy,
)
from scrubber.types import ScrubOptions


@dataclass(frozen=True, slots=True)
class RequestContext:
    user: str
    service_id: str
    category: str = "api"
    known: bool = True  # False: AI traffic on a host the catalog does not list
    groups: tuple[str, ...] = ()  # from the identity source; the policy's own groups are added
    host: str = ""  # the host named by the client (MCP servers can be set by host)


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason: str
    policy_version: str
    sanctioned: bool = False
    redirect_to: str | None = None
    entities: dict[str, EntityAction] = field(default_factory=dict)
    allow_terms: tuple[str, ...] = ()
    deny_terms: tuple[str, ...] = ()
    coaching: str = ""  # shown to the employee when the action is coach
    fail_open: bool = False  # scrubber failed or timed out: True forwards unscrubbed, False refuses
    rule: int | None = None  # 1-based index of the deciding rule, None when a service setting/default decided
    groups: tuple[str, ...] = ()  # every group the user was matched in
    # (requested model or glob, model to send) from the matching model rules, in order; see rewrite_model
    model_rewrite: tuple[tuple[str, str], ...] = ()
    attachments: AttachmentsMode = "scrub"  # scrub | block | allow: what a scrubbed request's files get
    images: ImagesMode = "block"  # allow | block: images cannot be checked (no OCR yet)
    allow_tools: tuple[str, ...] | None = None  # MCP: tool globs that may be called (None: any)
    deny_tools: tuple[str, ...] = ()  # MCP: tool globs that may not be called


def _matches(when: Match, ctx: RequestContext, groups: tuple[str, ...]) -> bool:
    checks = (
        (when.user, (ctx.user,)),
        (when.group, groups),
        (when.service, (ctx.service_id,)),
        (when.category, (ctx.category,)),
    )
    return all(wanted is None or any(v in wanted for v in have) for wanted, have in checks)


def _setting(ctx: RequestContext, policy: Policy) -> ServicePolicy | None:
    """The service's settings: its ``mcp_servers`` entry for an MCP server, else its ``services`` entry."""
    if ctx.category == "mcp" and (mcp := policy.mcp_server(ctx.service_id, ctx.host)) is not None:
        return mcp
    return policy.services.get(ctx.service_id)


def _entities(ctx: RequestContext, policy: Policy, groups: tuple[str, ...]) -> dict[str, EntityAction]:
    svc = _setting(ctx, policy)
    out = dict(policy.entities) | (dict(svc.entities) if svc else {})
    decided: set[str] = set()
    for rule in policy.rules:
        if rule.when.data and _matches(rule.when, ctx, groups):
            for t in rule.when.data:
                if t not in decided:  # first data rule per type wins, like the action rules
                    out[t] = DATA_RULE_ACTIONS[rule.action]
                    decided.add(t)
    return out


def decide(ctx: RequestContext, policy: Policy) -> Decision:
    """What to do with one AI request, and why (the reason is shown to the employee)."""
    groups = tuple(sorted(set(ctx.groups) | set(policy.groups_of(ctx.user))))
    svc = _setting(ctx, policy)
    sanctioned = bool(svc and svc.sanctioned)
    d = policy.defaults
    svc_on_error = svc.on_error if svc and svc.on_error else d.on_error
    common = dict(
        policy_version=policy.version,
        sanctioned=sanctioned,
        entities=_entities(ctx, policy, groups),
        allow_terms=tuple(policy.allow_terms),
        deny_terms=tuple(policy.deny_terms),
        fail_open=svc_on_error == "fail_open",
        attachments=(svc.attachments if svc else None) or d.attachments,
        images=(svc.images if svc else None) or d.images,
        allow_tools=tuple(svc.allow_tools) if isinstance(svc, McpServerPolicy) and svc.allow_tools is not None
        else None,
        deny_tools=tuple(svc.deny_tools) if isinstance(svc, McpServerPolicy) else (),
        groups=groups,
        model_rewrite=tuple(
            (pattern, target)
            for mr in policy.model_rules
            if _matches(mr.when, ctx, groups)
            for pattern, target in mr.rewrite.items()
        ),
    )
    svc_coaching = (svc.coaching if svc else None) or d.coaching
    for i, rule in enumerate(policy.rules, start=1):
        if not rule.when.data and _matches(rule.when, ctx, groups):
            label = f"rule {i}" + (f" ({rule.name})" if rule.name else "")
            return Decision(
                rule.action,
                rule.reason or f"{policy.name}, {label}",
                redirect_to=rule.redirect_to,
                coaching=rule.coaching or svc_coaching,
                rule=i,
                **common,
            )
    if svc and svc.action:
        reason = svc.reason or f"{policy.name}: setting for {ctx.service_id}"
        return Decision(svc.action, reason, redirect_to=svc.redirect_to, coaching=svc_coaching, **common)
    if not ctx.known and svc is None:
        action, why = d.unknown_ai_service, "AI service not yet reviewed"
    elif sanctioned:
        action, why = d.sanctioned_action, "sanctioned AI service"
    else:
        action, why = d.unsanctioned_action, "AI service not sanctioned"
    return Decision(
        action,
        f"{policy.name}: {why}",
        redirect_to=svc.redirect_to if svc else None,
        coaching=svc_coaching,
        **common,
    )


def outcome(decision: Decision, detected: Iterable[str]) -> Action:
    """The action the proxy ends up taking once the data types in the request are known.

    A scrubbed request carrying a type whose handling is ``block`` is refused; every other action is final.
    """
    if decision.action != "scrub":
        return decision.action
    # the scrubber's own lookup (DEFAULT covers the rest), so simulation and proxy cannot drift apart
    options = ScrubOptions(entity_actions=decision.entities)
    return "block" if any(options.action_for(t) == "block" for t in detected) else "scrub"


def tool_refusal(decision: Decision, tool: str) -> str:
    """Why the decision refuses a ``tools/call`` of ``tool`` ("" when it does not): deny_tools, then
    allow_tools (globs, case-sensitive like tool names)."""
    if any(fnmatchcase(tool, p) for p in decision.deny_tools):
        return f"the tool {tool!r} is in this MCP server's deny_tools"
    if decision.allow_tools is not None and not any(fnmatchcase(tool, p) for p in decision.allow_tools):
        return f"the tool {tool!r} is not in this MCP server's allow_tools"
    return ""


def rewrite_model(rewrites: Iterable[tuple[str, str]], model: str) -> str | None:
    """The model to send instead of ``model`` (first matching pattern, case-insensitive), or None."""
    m = model.lower()
    for pattern, target in rewrites:
        if fnmatchcase(m, pattern.lower()):
            return None if target.lower() == m else target
    return None
