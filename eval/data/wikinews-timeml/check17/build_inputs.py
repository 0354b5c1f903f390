"""Builds check17/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [60, 64, 68, 72, 76, 80, 84, 88, 92, 96, 108, 112]
# rows 60, 64, 68, ..., 156 (check16's series 4, 8, 12, ... continued after its last row 56, stopping at 156; no title
# filter) whose article is already elsewhere under eval/data, by address (as in the CSV, percent-decoded, and its last
# path part), title (as is, case-insensitively, with line breaks and runs of spaces removed, and with all non-word
# characters removed), file name or wikinews-quotes id, or taken by an earlier split, or a test page: in this range
# only the dev/check rows 100, 104, 116, 124, 144, 156 (by file name, address and title; 104, 116, 144 also in
# wikinews-quotes as wn19-103, wn19-115, wn19-143). No other split (check2 ... check16), nor wikinews-conll, nor
# wikinews-quotes holds any other row of this range, and none of its rows is a test page.
USED = [100, 104, 116, 124, 144, 156]
FIRST, LAST = 60, 156


def select(rows, n=12):
    """Rows 60, 64, ..., 156 in order, whatever their title; USED and test pages skipped; the first n."""
    return [i for i in range(FIRST, min(LAST, len(rows)) + 1, 4)
            if i not in USED and not rows[i - 1]['title'].startswith('TEST PAGE')][:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
