"""Kubernetes manifests (kustomize base + example overlay): schema, references, labels, probes, settings."""

import shutil

import pytest
import yaml

from admin.routes.health import router as health_router
from aiwarden.ca import ensure_ca
from policy.model import parse_policy
from tests.deploy.helpers import ADMIN_PORT, DEPLOY, PROXY_PORT, SETTINGS_ENV, cli_error, option_value, render

K8S = DEPLOY / "k8s"
KUBE_VERSION = "1.30.0"
HEALTH_PATHS = {r.path for r in health_router.routes}


@pytest.fixture(scope="module")
def overlay(tmp_path_factory):
    """The example overlay rendered as an operator would: after creating the CA and the db.env secret."""
    tree = tmp_path_factory.mktemp("k8s") / "k8s"
    shutil.copytree(K8S, tree)
    secrets = tree / "overlays" / "example" / "secrets"
    ensure_ca(secrets)
    (secrets / "db.env").write_text("password=pw\nurl=postgresql+psycopg://aiwarden:pw@aiwarden-postgres:5432/aiwarden\n")
    docs, _ = render(tree / "overlays" / "example")
    return docs


@pytest.fixture(scope="module")
def base():
    return render(K8S / "base")[0]


def by_kind(docs, kind):
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def find(docs, kind, prefix):
    """The one object of ``kind`` whose name is ``prefix`` (kustomize may add a content-hash suffix)."""
    (obj,) = [d for n, d in by_kind(docs, kind).items() if n == prefix or n.startswith(prefix + "-")]
    return obj


def pod_specs(docs):
    workloads = ("Deployment", "StatefulSet")
    return {d["metadata"]["name"]: d["spec"]["template"] for d in docs if d["kind"] in workloads}


def selects(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


@pytest.mark.parametrize("kdir", ["base", "postgres", "overlays/example"])
def test_every_listed_resource_exists_and_no_manifest_is_forgotten(kdir):
    k = yaml.safe_load((K8S / kdir / "kustomization.yaml").read_text())
    for res in k.get("resources", []):
        assert (K8S / kdir / res).exists(), f"{kdir}: {res} is listed but missing"
    listed = {r for r in k.get("resources", [])}
    generated = {f for g in k.get("configMapGenerator", []) for f in g.get("files", [])}
    for path in (K8S / kdir).glob("*.yaml"):
        assert path.name in listed | generated | {"kustomization.yaml"}, f"{kdir}/{path.name} is not used"


def test_schemas(overlay, base):
    kv = pytest.importorskip("kubernetes_validate", reason="needs kubernetes-validate (pip)")
    for doc in overlay + base:
        kv.validate(doc, KUBE_VERSION, strict=True)
    broken = yaml.safe_load(yaml.safe_dump(find(overlay, "Deployment", "aiwarden-proxy")))
    broken["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {"httpGet": {"path": "/readyz"}}
    with pytest.raises(kv.ValidationError):
        kv.validate(broken, KUBE_VERSION, strict=True)


def test_workload_selectors_match_their_pods(overlay):
    for d in overlay:
        if d["kind"] in ("Deployment", "StatefulSet"):
            assert selects(d["spec"]["selector"]["matchLabels"], d["spec"]["template"]["metadata"]["labels"])
    pods = pod_specs(overlay)
    for kind in ("PodDisruptionBudget", "NetworkPolicy"):
        for name, d in by_kind(overlay, kind).items():
            sel = (d["spec"].get("selector") or d["spec"]["podSelector"])["matchLabels"]
            assert any(selects(sel, p["metadata"]["labels"]) for p in pods.values()), f"{kind} {name}"


def test_services_reach_named_container_ports(overlay):
    pods = pod_specs(overlay)
    for name, svc in by_kind(overlay, "Service").items():
        targets = [p for p in pods.values() if selects(svc["spec"]["selector"], p["metadata"]["labels"])]
        assert len(targets) == 1, f"Service {name} must select exactly one workload"
        port_names = {p["name"] for c in targets[0]["spec"]["containers"] for p in c.get("ports", [])}
        for port in svc["spec"]["ports"]:
            assert port["targetPort"] in port_names, f"Service {name}: no container port {port['targetPort']}"
    assert find(overlay, "Service", "aiwarden-proxy")["spec"]["ports"][0]["port"] == PROXY_PORT
    assert find(overlay, "Service", "aiwarden-admin")["spec"]["ports"][0]["port"] == ADMIN_PORT


def test_aiwarden_containers_run_real_commands_and_probe_real_endpoints(overlay):
    seen = set()
    for name, pod in pod_specs(overlay).items():
        for c in pod["spec"]["containers"]:
            if "aiwarden" not in c["image"]:
                continue
            seen.add(c["args"][0])
            assert cli_error(c["args"]) is None, c["args"]
            ports = {p["name"]: p["containerPort"] for p in c["ports"]}
            admin_port = option_value(c["args"], "--admin-port") or option_value(c["args"], "--port")
            assert ports["admin"] == int(admin_port) == ADMIN_PORT
            if c["args"][0] == "run":
                assert ports["proxy"] == int(option_value(c["args"], "--proxy-port")) == PROXY_PORT
            assert c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "admin"}
            assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "admin"}
            for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
                if probe in c:
                    assert c[probe]["httpGet"]["path"] in HEALTH_PATHS, f"{name}: {probe}: no such endpoint"
            env_names = {e["name"] for e in c["env"]}
            assert env_names <= SETTINGS_ENV, f"{name}: not settings: {env_names - SETTINGS_ENV}"
            assert "AIWARDEN_DATABASE_URL" in env_names
            assert {e["name"]: e.get("value") for e in c["env"]}.get("AIWARDEN_ADMIN_HOST") == "0.0.0.0"
            assert c["resources"]["requests"] and c["resources"]["limits"]
            assert c["securityContext"]["allowPrivilegeEscalation"] is False
        assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert seen == {"run", "admin"}


def test_secret_and_configmap_references_resolve(overlay):
    secrets = {n: d for n, d in by_kind(overlay, "Secret").items()}
    configmaps = by_kind(overlay, "ConfigMap")
    for name, pod in pod_specs(overlay).items():
        spec = pod["spec"]
        for v in spec.get("volumes", []):
            if "secret" in v:
                assert v["secret"]["secretName"] in secrets, f"{name}: volume {v['name']}"
            if "configMap" in v:
                assert v["configMap"]["name"] in configmaps, f"{name}: volume {v['name']}"
        containers = spec["containers"] + spec.get("initContainers", [])
        mounts = {m["name"] for c in containers for m in c["volumeMounts"]}
        assert mounts <= {v["name"] for v in spec.get("volumes", [])} | {
            t["metadata"]["name"] for d in overlay if d["metadata"]["name"] == name
            for t in d["spec"].get("volumeClaimTemplates", [])}
        for c in spec["containers"]:
            for e in c.get("env", []):
                ref = e.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["key"] in secrets[ref["name"]]["data"], f"{name}: {e['name']} → {ref}"
    ca = find(overlay, "Secret", "aiwarden-ca")["data"]
    assert set(ca) == {"mitmproxy-ca.pem", "mitmproxy-dhparam.pem"}


def test_proxy_ca_comes_from_the_secret_with_private_permissions(overlay):
    pod = pod_specs(overlay)["aiwarden-proxy"]["spec"]
    (init,) = pod["initContainers"]
    assert "install -m 0600" in " ".join(init["command"])
    env = {e["name"]: e.get("value") for e in pod["containers"][0]["env"]}
    ca_mount = {m["name"]: m["mountPath"] for m in pod["containers"][0]["volumeMounts"]}["ca"]
    assert env["AIWARDEN_CONFDIR"] == ca_mount and ca_mount in " ".join(init["command"])
    (ca_volume,) = [v for v in pod["volumes"] if v["name"] == "ca"]
    assert ca_volume["emptyDir"]["medium"] == "Memory"  # the key never lands on the node's disk


def test_policy_configmaps_are_valid_policies(overlay, base):
    for docs in (overlay, base):
        text = find(docs, "ConfigMap", "aiwarden-policy")["data"]["policy.yaml"]
        parse_policy(text)
    proxy = pod_specs(overlay)["aiwarden-proxy"]["spec"]["containers"][0]
    (mount,) = [m for m in proxy["volumeMounts"] if m["name"] == "policy"]
    env = {e["name"]: e.get("value") for e in proxy["env"]}
    assert env["AIWARDEN_POLICY_FILE"] == mount["mountPath"] + "/policy.yaml"


def test_scaling(overlay):
    proxy = find(overlay, "Deployment", "aiwarden-proxy")
    hpa = find(overlay, "HorizontalPodAutoscaler", "aiwarden-proxy")
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                             "name": proxy["metadata"]["name"]}
    assert 2 <= hpa["spec"]["minReplicas"] <= proxy["spec"]["replicas"] <= hpa["spec"]["maxReplicas"]
    assert proxy["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    assert find(overlay, "PodDisruptionBudget", "aiwarden-proxy")["spec"]["minAvailable"] >= 1


def test_network_policies_cover_every_workload_and_guard_the_database(overlay):
    pods = pod_specs(overlay)
    netpols = list(by_kind(overlay, "NetworkPolicy").values())
    for name, pod in pods.items():
        labels = pod["metadata"]["labels"]
        assert any(selects(n["spec"]["podSelector"]["matchLabels"], labels) for n in netpols), name
    pg = find(overlay, "NetworkPolicy", "aiwarden-postgres")["spec"]
    (rule,) = pg["ingress"]
    allowed = {p["podSelector"]["matchLabels"]["app.kubernetes.io/component"] for p in rule["from"]}
    assert allowed == {"proxy", "admin"} and rule["ports"] == [{"port": 5432, "protocol": "TCP"}]


def test_overlay_sets_namespace_and_image(overlay):
    namespaced = [d for d in overlay if d["kind"] != "Namespace"]
    if all("namespace" in d["metadata"] for d in namespaced):  # kubectl applied the transformer
        assert {d["metadata"]["namespace"] for d in namespaced} == {"aiwarden"}
        images = {c["image"] for p in pod_specs(overlay).values() for c in p["spec"]["containers"]}
        assert "registry.example.com/security/aiwarden:0.1.0" in images
    assert find(overlay, "Deployment", "aiwarden-proxy")["spec"]["replicas"] == 3


def test_example_secrets_are_never_committed():
    ignore = (K8S / "overlays" / "example" / "secrets" / ".gitignore").read_text().split()
    assert "*" in ignore and "!.gitignore" in ignore
