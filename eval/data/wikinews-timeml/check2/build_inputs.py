"""Builds check2/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402
from wikinews_timeml import TITLE  # noqa: E402

ROWS = [2, 30, 34, 42, 46, 50, 74, 78]


def select(rows, n=8):
    chosen = []
    for first in (2, 3):
        for i in range(first, len(rows) + 1, 4):
            if len(chosen) < n and TITLE.search(rows[i - 1]['title']):
                chosen.append(i)
    return chosen


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
