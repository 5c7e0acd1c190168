"""Coverage probes over Faker's locales: addresses, city names and people's names in a few sentence frames.

A tuning aid (its values come from Faker, as most test corpora's do, and the scrubber is tuned on its misses):
it shows which locales' formats leak, not how well the scrubber generalises; the never-tuned halves of
corpus3 and corpus4 do that. A value counts as covered when every letter and digit of it lies inside some
detection (the third-party scorer's "no leak").

    .venv/bin/python -m benchmarks.faker_probe [--kind address,city,name] [--locales en_US,de_DE] [--misses]
"""

import argparse
import random

ADDRESS_LOCALES = ("en_US en_GB en_AU en_CA en_IN en_NZ en_IE de_DE de_AT de_CH fr_FR fr_CH es_ES es_MX "
                   "it_IT pt_BR pt_PT nl_NL nl_BE pl_PL cs_CZ sv_SE da_DK no_NO fi_FI tr_TR hu_HU ro_RO "
                   "el_GR id_ID")
CITY_LOCALES = ("en_US en_GB en_AU en_IN de_DE fr_FR es_ES es_MX it_IT pt_BR nl_NL pl_PL cs_CZ sv_SE no_NO "
                "fi_FI tr_TR")
NAME_LOCALES = ("en_US en_GB en_IN de_DE fr_FR es_ES es_MX it_IT pt_BR nl_NL pl_PL cs_CZ sv_SE no_NO fi_FI "
                "tr_TR hu_HU ro_RO vi_VN id_ID fil_PH zu_ZA sw yo_NG en_NG da_DK el_GR uk_UA")
FRAMES = {
    "address": ("Please ship the replacement to {v}.", "My address is {v}, thanks.",
                "Address:\n{v}\n\nRegards", "Can you update the customer's address to {v} in the CRM?"),
    "city": ("She recently moved to {v} with her family.", "Her new flat in {v} is ready next week.",
             "Customer from {v} complains about delays.", "Ship it to the {v} warehouse.",
             "{v} is where the conference takes place."),
    "name": ("Please draft a reply to {v} about the late delivery.",
             "{v} called again about the refund; can you summarise the ticket?",
             "Meeting notes: {v} will send the revised budget by Friday.",
             "Can you check why {v}'s account was locked?",
             "Write a short bio for {v}, our new head of sales.", "Escalated by {v} (customer since 2019).",
             "The invoice was approved by {v} yesterday.", "Translate for {v}: the package arrives tomorrow.",
             "assign the ticket to {v} please", "Summarise the complaint from {v} in two lines."),
}
PER_LOCALE = 20


def values(kind: str, fake, i: int) -> str:
    """The i-th value of a kind; names alternate First Last, Last, First, lower case and a given name
    alone."""
    if kind == "address":
        return fake.address()
    if kind == "city":
        return fake.city()
    first, last = fake.first_name(), fake.last_name()
    return (f"{first} {last}", f"{last}, {first}", f"{first} {last}".lower(), first)[i % 4]


def probe(scrubber, kind: str, locales: list[str], misses: bool) -> dict[str, float]:
    from faker import Faker

    frames, rng, out = FRAMES[kind], random.Random(5), {}
    for loc in locales:
        fake = Faker(loc)
        fake.seed_instance(13)
        ok = 0
        for i in range(PER_LOCALE):
            value = values(kind, fake, i)
            text = frames[rng.randrange(len(frames))].format(v=value)
            start = text.index(value)
            spans = scrubber.analyze(text)
            left = [k for k in range(start, start + len(value))
                    if text[k].isalnum() and not any(s.start <= k < s.end for s in spans)]
            ok += not left
            if left and misses:
                print(f"  {loc} {text!r}")
        out[loc] = ok / PER_LOCALE
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kind", default="address,city,name")
    p.add_argument("--locales", help="comma list (default: each kind's own list)")
    p.add_argument("--misses", action="store_true", help="print the texts that leak (Faker's values only)")
    args = p.parse_args(argv)
    from scrubber.engine import Scrubber

    scrubber = Scrubber(pattern_process=False)
    defaults = {"address": ADDRESS_LOCALES, "city": CITY_LOCALES, "name": NAME_LOCALES}
    for kind in args.kind.split(","):
        locales = args.locales.split(",") if args.locales else defaults[kind].split()
        shares = probe(scrubber, kind, locales, args.misses)
        print(f"{kind}: mean {sum(shares.values()) / len(shares):.3f}  "
              + " ".join(f"{k} {v:.2f}" for k, v in shares.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
