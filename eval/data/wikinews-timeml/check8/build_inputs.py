"""Builds check8/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [6, 10, 14, 18, 22, 26, 38, 54, 58, 62, 66, 70]
# rows 2, 6, 10, ... (no title filter) up to row 70 whose article is already elsewhere under eval/data:
# check2 took rows 2, 30, 34, 42, 46, 50 (rows 30, 34, 46 are also in wikinews-quotes as wn19-029, wn19-033,
# wn19-045). No other row 2, 6, ..., 70 is named under eval/data (address, title with and without line breaks,
# file name, wikinews-quotes id).
USED = [2, 30, 34, 42, 46, 50]


def select(rows, n=12):
    """Rows 2, 6, 10, ... in order, whatever their title; USED skipped; the first n."""
    return [i for i in range(2, len(rows) + 1, 4) if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
