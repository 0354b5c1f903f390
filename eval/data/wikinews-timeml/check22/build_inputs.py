"""Builds check22/input/*.tml from the English MultiLing 2011 WikiNews source texts (see README.md).

Usage: python3 build_inputs.py [SOURCE_DIR]
       (default ../../../../../shared/data/multiling2011-dev/source_texts from this folder)
The text preparation is the set's shared one (../wikinews_timeml.py: clean, document); only the reading of the
MultiLing files (line 1 the title, line 3 the dateline, then the body) and the selection are this split's.
"""
import datetime, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import wikinews_timeml  # noqa: E402

SOURCE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          '../../../../../shared/data/multiling2011-dev/source_texts')
TOPICS = '1356789'  # the topic digits of the 70 files M00TD.english
DIGITS = '01'       # this split's document digits
FILES = ['M0011', 'M0030', 'M0031', 'M0051', 'M0061', 'M0070', 'M0071']
# Skipped: files whose article is already under eval/data or in MEANTIME, by title (as is, case-insensitively, and
# with spaces and punctuation removed). M0010, M0050, M0060, M0080, M0090, M0091 are in wikinews-quotes (texts/ml-*.txt,
# split.tsv); M0081 is in MEANTIME (corpus_airbus, 129865_Airbus_offers_funding_to_search_for_black_boxes_...).
USED = ['M0010', 'M0050', 'M0060', 'M0080', 'M0081', 'M0090', 'M0091']
DATELINE = re.compile(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})$')


def select(n=12):
    """Digits 0 and 1 of each topic, topic by topic in file-name order; USED skipped; the first n (fewer if none left)."""
    candidates = [f'M00{t}{d}' for t in TOPICS for d in DIGITS]
    return [c for c in candidates if c not in USED][:n]


def read(source_dir, name):
    """A MultiLing file as a row of the set's CSVs: title, text (dateline first, as in the CSVs) and ISO date."""
    with open(os.path.join(source_dir, name + '.english'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    assert lines[1].strip() == '', name
    m = DATELINE.match(lines[2].strip())
    assert m, (name, lines[2])
    date = datetime.datetime.strptime(' '.join(m.group(2, 3, 4)), '%B %d %Y').date()
    assert date.strftime('%A') == m.group(1), (name, lines[2])
    return {'title': lines[0].strip(), 'text': '\n'.join(lines[2:]), 'date': date.isoformat()}


if __name__ == '__main__':
    source_dir = sys.argv[1] if len(sys.argv) > 1 else SOURCE_DIR
    assert select() == FILES, select()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'input')
    for name in FILES:
        row = read(source_dir, name)
        docid, xml = wikinews_timeml.document(0, row)
        docid_new = f"wikinews-ml-{row['date']}-{name}"
        xml = xml.replace(f'<DOCID>{docid}</DOCID>', f'<DOCID>{docid_new}</DOCID>', 1)
        with open(os.path.join(out, docid_new + '.tml'), 'w', encoding='utf-8') as f:
            f.write(xml)
        print(docid_new, row['title'])
