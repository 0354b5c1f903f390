"""Builds check14/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [101, 117, 133, 149, 153, 157, 161, 185, 193, 201, 205, 213]
# rows 1, 5, 9, ... (no title filter) up to row 213 whose article is already elsewhere under eval/data, by address,
# title (with and without line breaks and runs of spaces), file name or wikinews-quotes id, or taken by an earlier
# split: rows 1, 5, ..., 93 as in check12 (its USED and its ROWS); row 97, 109, 113, 125, 129, 137, 141, 145, 169, 173
# in check6; rows 177, 189, 197, 209 in check7 (all by file name, address and title); rows 105 and 165 in
# wikinews-quotes (wn19-104, wn19-164, by id, address and title); rows 121 and 181 in wikinews-conll (by title; row
# 181 also in check7's USED).
CHECK12 = [1, 5, 17, 41, 57, 61, 65, 69, 73, 77, 85, 89] + [9, 13, 21, 25, 29, 33, 37, 45, 49, 53, 81, 93]
USED = sorted(CHECK12 + [97, 105, 109, 113, 121, 125, 129, 137, 141, 145, 165, 169, 173, 177, 181, 189, 197, 209])


def select(rows, n=12):
    """Rows 1, 5, 9, ... in order, whatever their title; USED skipped; the first n."""
    return [i for i in range(1, len(rows) + 1, 4) if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
