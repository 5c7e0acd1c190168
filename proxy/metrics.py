"""Prometheus counters for the proxy, in the default registry (the admin API's /metrics serves it).

Labels are closed sets (actions, failure kinds): never user names, hosts or anything from a payload.
"""

from prometheus_client import Counter

REQUESTS = Counter("aiwarden_proxy_ai_requests", "AI requests handled by the proxy, by action", ["action"])
SCRUB_FAILURES = Counter("aiwarden_proxy_scrub_failures", "Scrubber errors and timeouts, by kind and outcome",
                         ["kind", "outcome"])
POOL_RESTARTS = Counter("aiwarden_proxy_scrub_pool_restarts", "Scrubber worker pools recreated after a crash")
UPSTREAM_ERRORS = Counter("aiwarden_proxy_upstream_errors", "AI requests that failed to reach the vendor")
DISCOVERED = Counter("aiwarden_proxy_unknown_ai_requests", "AI-shaped requests to hosts outside the catalog")
ATTACHMENTS = Counter("aiwarden_proxy_attachments", "Attachments of scrubbed requests, by outcome",
                      ["outcome"])
