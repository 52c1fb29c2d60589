#!/usr/bin/env python3
"""Derives cloudfit's embedded RHEL/SLES licence table from the Flexera licence file.

Usage: build-support/build-linux-licences.py ../shared/fixtures/azure/retail-prices/flexera/flexera-azure_linux_license_pricing.json \
         > assess/src/main/resources/dev/cloudfit/assess/pricing/licence/linux-licences.tsv

Only the two products a plain RHEL or SLES guest needs are kept: "Red Hat Enterprise Linux" (one meter per vCPU
count, "N vCPU VM License") and "SUSE Linux Enterprise Server Standard" (tiers 1-2, 3-4, 5+ vCPUs). Prices are
written as the file has them (USD per hour). LinuxLicencePricesTest re-derives the table from the fixture and
fails when the committed file differs.
"""
import json
import sys

KEEP = {("RHEL", "Red Hat Enterprise Linux"): "RHEL", ("SUSE", "SUSE Linux Enterprise Server Standard"): "SLES"}

def tier(key):
    if key.endswith("+"):
        return int(key[:-1]), 0
    if "-" in key:
        lo, hi = key.split("-")
        return int(lo), int(hi)
    return int(key), int(key)

def main(path):
    data = json.load(open(path, encoding="utf-8"))
    out = ["# RHEL and SLES licence meters (service 'Virtual Machines Licenses', Consumption, 1 Hour), USD per hour.",
           "# From flexera-public/policy_templates@c4528fa data/azure/azure_linux_license_pricing.json (MIT, data date"
           " 2026-04-17),",
           "# via build-support/build-linux-licences.py. Caveats: no region (the meters are global), duplicate meters"
           " were merged",
           "# by the generator keeping the lowest price, not cross-checked against a second source.",
           "# licence\tproduct\tminVcpus\tmaxVcpus (0 = no upper bound)\tUSD/h"]
    for (group, product), licence in KEEP.items():
        rows = sorted((tier(k), v) for k, v in data[group][product].items())
        for (lo, hi), price in rows:
            out.append("\t".join([licence, product, str(lo), str(hi), repr(price)]))
    sys.stdout.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main(sys.argv[1])
