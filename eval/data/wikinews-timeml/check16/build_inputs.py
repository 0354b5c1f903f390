"""Builds check16/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [4, 8, 12, 16, 20, 24, 28, 32, 40, 48, 52, 56]
# rows 4, 8, 12, ... (no title filter) whose article is already elsewhere under eval/data, by address (as in the CSV
# and percent-decoded), title (case-insensitive, with and without line breaks and runs of spaces), file name or
# wikinews-quotes id, or taken by an earlier split. Up to row 56 only rows 36 (dev, 2019-02-21-036) and 44 (check,
# 2019-03-28-044) are, by file name, address and title. Of the later rows of the series, the dev/check rows 100, 104,
# 116, 124, 144, 156, 172, 192, 196, 200, 208, 212, 220, 224, 244, 248, 272, 288, 292 are also taken (104, 116, 144,
# 224, 244 are in wikinews-quotes too, as wn19-103, wn19-115, wn19-143, wn20-052, wn20-072; 272 in wikinews-conll);
# no other split (check2 ... check14) and neither wikinews-conll nor wikinews-quotes holds a row of this series.
USED = [36, 44, 100, 104, 116, 124, 144, 156, 172, 192, 196, 200, 208, 212, 220, 224, 244, 248, 272, 288, 292]


def select(rows, n=12):
    """Rows 4, 8, 12, ... in order, whatever their title; USED skipped; the first n."""
    return [i for i in range(4, len(rows) + 1, 4) if i not in USED][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
