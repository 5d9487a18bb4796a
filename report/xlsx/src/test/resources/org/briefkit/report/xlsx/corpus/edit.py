"""Opens BriefKit workbooks with openpyxl, edits them as analysts do, and saves them.

Usage: /usr/bin/python3 edit.py JOBS.json
       /usr/bin/python3 edit.py --links OUT.tsv WORKBOOK...

The second form lists the cell hyperlinks openpyxl sees in each workbook, a line each:
file name, sheet, cell, location (where in the workbook the link leads).


JOBS.json is a list of jobs, each {"in": path, "out": path, "edits": [edit, ...]}; with no edits
the workbook is opened and saved unchanged. Edits name tables by their sheet and columns by their
header (row 1), rows by the value of their first column (an id):

  {"op": "set", "sheet": S, "row": ID, "header": H, "value": V}   change one cell
  {"op": "append", "sheet": S, "values": {H: V, ...}}             type a row under the table (it grows)
  {"op": "delete", "sheet": S, "row": N}                          delete row N (from 1; the table shrinks)
  {"op": "reverse", "sheet": S}                                   put the table's rows in reverse order
  {"op": "sort", "sheet": S, "header": H}                         sort the table's rows by a column
  {"op": "add_sheet", "name": N, "rows": [[...], ...]}            add a sheet of one's own notes
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries


def table_of(ws):
    tables = list(ws.tables.values())
    if len(tables) != 1:
        raise SystemExit(f"{ws.title}: expected one table, found {len(tables)}")
    return tables[0]


def resize(ws, table, last_row):
    min_col, min_row, max_col, _ = range_boundaries(table.ref)
    ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{last_row}"
    table.ref = ref
    if table.autoFilter is not None:
        table.autoFilter.ref = ref


def headers(ws):
    return {c.value: c.column for c in ws[1] if c.value is not None}


def data_rows(ws):
    """The table's data rows, from 2 to its last row, with the table's columns."""
    table = table_of(ws)
    min_col, _, max_col, max_row = range_boundaries(table.ref)
    return table, min_col, max_col, range(2, max_row + 1)


def find_row(ws, key):
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == key:
            return r
    raise SystemExit(f"{ws.title}: no row {key}")


def edit(wb, e):
    op = e["op"]
    if op == "add_sheet":
        ws = wb.create_sheet(e["name"])
        for row in e["rows"]:
            ws.append(row)
        return
    ws = wb[e["sheet"]]
    if op == "set":
        ws.cell(find_row(ws, e["row"]), headers(ws)[e["header"]]).value = e["value"]
    elif op == "append":
        table, _, _, rows = data_rows(ws)
        r = rows.stop
        cols = headers(ws)
        for h, v in e["values"].items():
            ws.cell(r, cols[h]).value = v
        resize(ws, table, r)
    elif op == "delete":
        table, _, _, rows = data_rows(ws)
        ws.delete_rows(e["row"])
        resize(ws, table, rows.stop - 2)
    elif op in ("reverse", "sort"):
        table, min_col, max_col, rows = data_rows(ws)
        values = [[ws.cell(r, c).value for c in range(min_col, max_col + 1)] for r in rows]
        if op == "reverse":
            values.reverse()
        else:
            col = headers(ws)[e["header"]] - min_col
            values.sort(key=lambda row: "" if row[col] is None else str(row[col]))
        for r, row in zip(rows, values):
            for c, v in zip(range(min_col, max_col + 1), row):
                ws.cell(r, c).value = v
    else:
        raise SystemExit(f"unknown edit {op}")


def links(out, files):
    with open(out, "w", encoding="utf-8") as f:
        for path in files:
            wb = openpyxl.load_workbook(path)
            name = path.replace("\\", "/").split("/")[-1]
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for cell in row:
                        if cell.hyperlink is not None:
                            f.write(f"{name}\t{ws.title}\t{cell.coordinate}\t{cell.hyperlink.location}\n")


def main():
    if sys.argv[1] == "--links":
        links(sys.argv[2], sys.argv[3:])
        return
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    for job in jobs:
        wb = openpyxl.load_workbook(job["in"])
        for e in job.get("edits", []):
            edit(wb, e)
        wb.save(job["out"])


if __name__ == "__main__":
    main()
