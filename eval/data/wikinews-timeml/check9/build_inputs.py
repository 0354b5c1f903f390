"""Builds check9/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [82, 94, 106, 110, 114, 122, 142, 146, 154, 158, 162, 166]
# rows 2, 6, 10, ... (no title filter) whose article is already elsewhere under eval/data: up to row 70, check2
# took rows 2, 30, 34, 42, 46, 50 and check8 took rows 6, 10, ..., 70 (ROWS of check8); after row 70, rows 74, 78,
# 86, 118, 126, 130, 150 are in check2/check3 and rows 90, 98, 102, 134, 138 in wikinews-quotes (row 74 also, as
# wn19-073). No other row 2, 6, ..., 166 is named under eval/data (address, title with and without line breaks,
# file name, wikinews-quotes id).
USED = [2, 30, 34, 42, 46, 50, 6, 10, 14, 18, 22, 26, 38, 54, 58, 62, 66, 70,
        74, 78, 86, 90, 98, 102, 118, 126, 130, 134, 138, 150]


def select(rows, n=12):
    """Rows 2, 6, 10, ... in order, whatever their title; USED skipped; the first n (after check8's last row, 70)."""
    return [i for i in range(2, len(rows) + 1, 4) if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
