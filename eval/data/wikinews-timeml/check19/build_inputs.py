"""Builds check19/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [171, 175, 179, 195, 207, 219, 223, 227, 231, 235, 239, 255]
# rows 167, 171, 175, ..., 295 (every 4th row from 3, continuing check15's series after its last row 163; no title
# filter) whose article is already elsewhere under eval/data, by address (as in the CSV and percent-decoded), title
# (as is, case-insensitively, with line breaks and runs of spaces removed), file name or wikinews-quotes id, or taken
# by an earlier split, or a test page. Up to row 255: rows 167, 183, 199, 243 in wikinews-quotes (wn19-166, wn20-011,
# wn20-027, wn20-071; by id, address and title in split.tsv); rows 187, 191, 203 in check4 and 215, 247, 251 in check5
# (by file name, address and title); row 211 in wikinews-conll (by title in its README and CoNLL files).
USED = [167, 183, 187, 191, 199, 203, 211, 215, 243, 247, 251]
# Later rows, not reached: 259, 263, 267, 271, 291, 295 free when this split was made; 279, 283 in check5; 287 in
# wikinews-quotes (wn20-115); 275 a 2021 test page ("TEST PAGE:Self-publish yesterday").
TEST_PAGES = [275]


def select(rows, n=12):
    """Rows 167, 171, 175, ... in order, whatever their title; USED and test pages skipped; the first n."""
    free = [i for i in range(167, len(rows) + 1, 4)
            if i not in USED and i not in TEST_PAGES and not rows[i - 1]['title'].startswith('TEST PAGE')]
    return free[:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
