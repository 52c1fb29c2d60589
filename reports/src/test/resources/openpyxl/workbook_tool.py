#!/usr/bin/python3
"""Independent reader/editor of cloudfit workbooks for the tests (openpyxl, not POI).

  workbook_tool.py dump FILE [--data-only]   -> JSON on stdout: every sheet's cells (value, type),
                                                sheet states, names, panes, filters, validations,
                                                protection, column widths
  workbook_tool.py edit FILE OUT OPS_JSON     -> applies edits and saves OUT
     ops: [{"sheet": S, "cell": "B11", "value": V, "as": "number|text|date"},
           {"sheet": S, "copy_row": 5, "to_row": 60},
           {"sheet": S, "delete_row": 7}]
"""
import datetime
import json
import sys
import warnings

import openpyxl


def cell_json(c):
    v = c.value
    if isinstance(v, (datetime.datetime, datetime.date)):
        v = v.isoformat()
    return {"v": v, "t": c.data_type, "fmt": c.number_format, "locked": c.protection.locked}


def dump(path, data_only):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(path, data_only=data_only)
    out = {"warnings": [str(w.message) for w in caught], "sheets": {}, "names": {}}
    for dn in wb.defined_names.definedName:
        out["names"][dn.name] = dn.attr_text
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([cell_json(c) if c.value is not None or c.coordinate else None for c in row])
        widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
        out["sheets"][ws.title] = {
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "protected": bool(ws.protection.sheet),
            "validations": [{"sqref": str(dv.sqref), "formula1": dv.formula1, "type": dv.type}
                            for dv in ws.data_validations.dataValidation],
            "conditional": len(ws.conditional_formatting),
            "widths": widths,
            "rows": rows,
        }
    json.dump(out, sys.stdout, default=str)


def edit(path, out, ops):
    wb = openpyxl.load_workbook(path)
    for op in ops:
        ws = wb[op["sheet"]]
        if "cell" in op:
            v = op["value"]
            kind = op.get("as", "text")
            if kind == "date":
                v = datetime.date.fromisoformat(v)
            elif kind == "number":
                v = float(v)
            ws[op["cell"]].value = v
            if kind == "date":
                ws[op["cell"]].number_format = "yyyy-mm-dd"
        elif "copy_row" in op:
            for c in ws[op["copy_row"]]:
                ws.cell(row=op["to_row"], column=c.column, value=c.value)
        elif "delete_row" in op:
            ws.delete_rows(op["delete_row"])
    wb.save(out)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(sys.argv[2], "--data-only" in sys.argv)
    elif cmd == "edit":
        edit(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
    else:
        sys.exit("unknown command " + cmd)
