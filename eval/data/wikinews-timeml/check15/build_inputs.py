"""Builds check15/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [79, 87, 95, 99, 107, 111, 123, 135, 143, 147, 159, 163]
# rows 3, 7, 11, ... (no title filter) up to row 163 whose article is already elsewhere under eval/data, by address,
# title (as is, case-insensitively, with line breaks and runs of spaces removed), file name or wikinews-quotes id, or
# taken by an earlier split: rows 3, 7, ..., 71 as in check13 (its USED and its ROWS); after row 71, rows 75, 83, 103,
# 119, 127, 131, 139, 155 in check4 (by file name, address and title); row 115 in wikinews-quotes (wn19-114, by id,
# address and title); rows 91 and 151 in wikinews-conll (by title in its README; row 91 also in check4's USED).
CHECK13 = [19, 27, 35, 39, 43, 47, 51, 55, 59, 63, 67, 71] + [3, 7, 11, 15, 23, 31]
USED = sorted(CHECK13 + [75, 83, 91, 103, 115, 119, 127, 131, 139, 151, 155])


def select(rows, n=12):
    """Rows 3, 7, 11, ... in order, whatever their title; USED skipped; the first n."""
    return [i for i in range(3, len(rows) + 1, 4) if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
