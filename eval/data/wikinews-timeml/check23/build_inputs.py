"""Builds check23/input/*.tml from the MultiLing 2011 English WikiNews source texts (see README.md).

Usage: python3 build_inputs.py [SOURCE_DIR]
       (default ../../../../../shared/data/multiling2011-dev/source_texts from this folder)
Each source file M00TD.english has the title on line 1 and the dateline ("Tuesday, July 12, 2005") on line 3, then
the body. Reading them and the text preparation are the set's (../multiling.py, ../wikinews_timeml.py); only the
selection is this split's.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import multiling  # noqa: E402

SOURCE_DIR = os.path.join(HERE, '../../../../../shared/data/multiling2011-dev/source_texts')

TAKEN = ['M0015', 'M0036', 'M0066', 'M0076', 'M0086', 'M0095', 'M0096']
# Candidates: digit D = 5 or 6 of topics 1, 3, 5, ..., 9, in file-name order (14 files). Skipped because their title
# is already under eval/data (all in wikinews-quotes: split.tsv, texts/ml-M00TD.txt, check2/check3 gold, README):
USED = ['M0016', 'M0035', 'M0055', 'M0056', 'M0065', 'M0075', 'M0085']
# None is in MEANTIME. Only 7 candidates are free, so the split has 7 documents, not 12 (the candidates ran out).
DIGITS = '56'


if __name__ == '__main__':
    if len(sys.argv) > 1:
        SOURCE_DIR = sys.argv[1]
    candidates = multiling.candidates(DIGITS, SOURCE_DIR)
    assert candidates == [f'M00{t}{d}' for t in '1356789' for d in '56'], candidates
    taken = multiling.select(DIGITS, HERE, SOURCE_DIR)
    assert taken == TAKEN, taken
    assert sorted(set(candidates) - set(taken)) == USED
    multiling.write(HERE, TAKEN, SOURCE_DIR)
