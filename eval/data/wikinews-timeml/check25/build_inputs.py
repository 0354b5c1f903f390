"""Builds check25/input/*.tml from the MultiLing 2011 English WikiNews source texts (see README.md).

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

TAKEN = ['M0017', 'M0018', 'M0019', 'M0037', 'M0038', 'M0039', 'M0058', 'M0059', 'M0068', 'M0069', 'M0078',
         'M0079']
# Candidates: digit D = 7, 8 or 9 of topics 1, 3, 5, ..., 9, in file-name order (21 files). Skipped because their
# title is already under eval/data (all in wikinews-quotes: split.tsv, texts/ml-M00TD.txt, check2/check3 gold, README):
USED = ['M0057', 'M0067', 'M0077', 'M0087', 'M0088']
# None is in MEANTIME. The 12th free candidate is M0079; M0089, M0097, M0098 and M0099 were free but not reached.
NOT_REACHED = ['M0089', 'M0097', 'M0098', 'M0099']
DIGITS = '789'


if __name__ == '__main__':
    if len(sys.argv) > 1:
        SOURCE_DIR = sys.argv[1]
    candidates = multiling.candidates(DIGITS, SOURCE_DIR)
    assert candidates == [f'M00{t}{d}' for t in '1356789' for d in '789'], candidates
    taken = multiling.select(DIGITS, HERE, SOURCE_DIR)
    assert taken == TAKEN, taken
    assert [c for c in candidates if c not in taken] == sorted(USED + NOT_REACHED)
    multiling.write(HERE, TAKEN, SOURCE_DIR)
