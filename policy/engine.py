"""The decision engine: pure, no I/O. ``decide(context, policy) -> Decision``.

Precedence, first that applies wins:
1. the first rule whose ``when`` matches (user, group, service, category);
2. the service's own ``action`` in ``services``;
3. the defaults: ``unknown_ai_service`` for AI traffic on a host not in the catalog,
   else ``sanctioned_action`` or ``unsanctioned_action``.
"""

from dataclasses import dataclass, field

from policy.model import Action, EntityAction, Match, Policy


@dataclass(frozen=True, slots=True)
class RequestContext:
    user: str
    service_id: str
    category: str = "api"
    known: bool = True  # False: AI traffic on a host the catalog does not list
    groups: tuple[str, ...] = ()


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


def _matches(when: Match, ctx: RequestContext, groups: tuple[str, ...]) -> bool:
    checks = (
        (when.user, (ctx.user,)),
        (when.group, groups),
        (when.service, (ctx.service_id,)),
        (when.category, (ctx.category,)),
    )
    return all(wanted is None or any(v in wanted for v in have) for wanted, have in checks)


def decide(ctx: RequestContext, policy: Policy) -> Decision:
    """What to do with one AI request, and why (the reason is shown to the employee)."""
    groups = ctx.groups or tuple(policy.groups_of(ctx.user))
    svc = policy.services.get(ctx.service_id)
    sanctioned = bool(svc and svc.sanctioned)
    common = dict(
        policy_version=policy.version,
        sanctioned=sanctioned,
        entities=dict(policy.entities),
        allow_terms=tuple(policy.allow_terms),
        deny_terms=tuple(policy.deny_terms),
    )
    for i, rule in enumerate(policy.rules, start=1):
        if _matches(rule.when, ctx, groups):
            reason = rule.reason or f"{policy.name}, rule {i}"
            return Decision(rule.action, reason, redirect_to=rule.redirect_to, **common)
    if svc and svc.action:
        reason = svc.reason or f"{policy.name}: setting for {ctx.service_id}"
        return Decision(svc.action, reason, redirect_to=svc.redirect_to, **common)
    if not ctx.known:
        action, why = policy.defaults.unknown_ai_service, "AI service not yet reviewed"
    elif sanctioned:
        action, why = policy.defaults.sanctioned_action, "sanctioned AI service"
    else:
        action, why = policy.defaults.unsanctioned_action, "AI service not sanctioned"
    return Decision(action, f"{policy.name}: {why}", redirect_to=svc.redirect_to if svc else None, **common)
