"""A forger who read docs/workbook.md: edits Migration Plan cells, then recomputes every row
digest, column digest and the manifest's closing digest exactly as documented, and saves.

usage: forge_plan.py IN.xlsx OUT.xlsx '{"E2": "Standard_M128s", "I2": "vnet-evil"}'
Written from the documentation alone, on purpose: it shares no code with cloudfit."""
import hashlib
import json
import sys

import openpyxl

LOCKED = 7  # the assessed facts: VM .. Region, columns A..G


def text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def main(src, dst, edits):
    wb = openpyxl.load_workbook(src)
    plan = wb["Migration Plan"]
    for ref, value in edits.items():
        plan[ref].value = value
    headers = [text(c.value) for c in plan[1]][:LOCKED]
    digests = {}
    for row in plan.iter_rows(min_row=2, max_col=LOCKED):
        facts = [text(c.value) for c in row]
        if not any(facts):
            continue
        row_digest = hashlib.sha256("".join("%d:%s\n" % (len(f), f) for f in facts).encode()).hexdigest()
        cols = " ".join(hashlib.sha256(("%s=%s" % (h, f)).encode()).hexdigest()[:8] for h, f in zip(headers, facts))
        digests[facts[3]] = (row_digest, cols)
    m = wb["_manifest"]
    values, in_entries, closing_row = {}, False, None
    sha = None
    for row in m.iter_rows(min_row=1, max_col=3):
        a, b = text(row[0].value), row[1]
        if a == "digest":
            closing_row = b
            break
        if not in_entries:
            if a == "instance-uuid":
                in_entries = True
                sha = hashlib.sha256(("%s\n%s\n" % (values["workbook-id"], values["model-version"])).encode())
            else:
                values[a] = text(b.value)
            continue
        row_digest, cols = digests[a]
        row[1].value, row[2].value = row_digest, cols
        sha.update(("%d:%s\n%s\n%s\n" % (len(a), a, row_digest, cols)).encode())
    closing_row.value = sha.hexdigest()
    wb.save(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))
