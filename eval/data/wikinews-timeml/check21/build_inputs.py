"""Builds check21/input/*.tml from the Wikinews CSV sample (see README.md).

Usage: python3 build_inputs.py [CSV_DIR]   (default ../../../../../shared/data/wikinews-2019-2020 from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py); only the selection is this split's.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

ROWS = [259, 263, 267, 271, 291, 295, 229, 233, 245, 257, 277, 289]
# First rows 259, 263, ..., 295 (every 4th row from 3, continuing check19's series after its last row 255), then rows
# 217, 221, ..., 293 (every 4th row from 1, continuing check14's series after its last row 213); no title filter.
# Skipped: rows whose article is already elsewhere under eval/data, by address (as in the CSV and percent-decoded),
# title (as is, case-insensitively, with line breaks and runs of spaces removed), file name or wikinews-quotes id, or
# taken by an earlier split, or a test page. In the first series: rows 279, 283 in check5 (by file name, address and
# title); row 287 in wikinews-quotes (wn20-115; by id, address and title in split.tsv). In the second: rows 217, 225,
# 237, 249, 253, 265, 273, 285 in check7 (by file name, address and title); rows 221, 261, 281 in wikinews-quotes
# (wn20-049, wn20-089, wn20-109; by id, address and title in split.tsv); row 241 in wikinews-conll (by title in its
# README and CoNLL files); row 269 = wikinews-quotes' dropped wn20-097 (named in its README and select.py; also in
# check7's USED).
USED = [217, 221, 225, 237, 241, 249, 253, 261, 265, 269, 273, 279, 281, 283, 285, 287]
TEST_PAGES = [275]  # "TEST PAGE:Self-publish yesterday", dated 2021
# Not reached: row 293 (free when this split was made).


def select(rows, n=12):
    """Rows 259, 263, ..., then 217, 221, ..., in order, whatever their title; USED and test pages skipped; first n."""
    series = list(range(259, len(rows) + 1, 4)) + list(range(217, len(rows) + 1, 4))
    free = [i for i in series
            if i not in USED and i not in TEST_PAGES and not rows[i - 1]['title'].startswith('TEST PAGE')]
    return free[:n]


if __name__ == '__main__':
    wikinews_timeml.build(os.path.dirname(os.path.abspath(__file__)), ROWS, select)
