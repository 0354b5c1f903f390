"""Shared code of the Wikinews TimeML splits: the text preparation every split's build_inputs.py uses, and the checks of
verify.py. Each split's build_inputs.py keeps only its own selection (ROWS, USED, select).

Text preparation: dateline line removed, title as first line, blank lines dropped, trailing spaces stripped,
non-breaking spaces as spaces, cut after the 15th sentence of the body by a naive splitter, XML-escaped. It reproduces
20 of the 21 dev/check inputs byte for byte (it differs on the cut of 2019-09-12-104).
"""
import csv, glob, os, re, sys

CSV_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/data/wikinews-2019-2020')
TITLE = re.compile(r'election|elect|minister|president|parliament|government|party|vote|senate|congress|protest|court'
                   r'|law|police|leader|talks|sanction|war|military|treaty|referendum|impeach', re.I)
DATELINE = re.compile(r'^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}\s*$')
SENTENCE_END = re.compile(r'[.!?]["”\')]*(?=\s+["“(]?[A-Z(])')


def read_rows(csv_dir):
    rows = []
    for year in (2019, 2020):
        with open(os.path.join(csv_dir, f'wikinews_{year}.csv'), newline='', encoding='utf-8') as f:
            rows += list(csv.DictReader(f))
    return rows


def clean(row):
    lines = row['text'].replace('\xa0', ' ').split('\n')
    if DATELINE.match(lines[0]):
        lines = lines[1:]
    body = '\n'.join(l.rstrip() for l in lines if l.strip()).strip()
    for k, m in enumerate(SENTENCE_END.finditer(body), 1):
        if k == 15:
            body = body[:m.end()].rstrip()
            break
    text = row['title'].replace('\xa0', ' ') + '\n' + body
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def document(i, row):
    docid = f"wikinews-{row['date']}-{i:03d}"
    return docid, (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{docid}</DOCID>\n'
                   f'<DCT><TIMEX3 tid="t0" type="DATE" value="{row["date"]}" temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{row["date"]}</TIMEX3></DCT>\n'
                   f'<TEXT>{clean(row)}</TEXT>\n</TimeML>\n')


def build(split_dir, rows_taken, select, csv_dir=None):
    """Re-applies the split's selection, asserts it gives rows_taken, and writes split_dir/input/*.tml."""
    rows = read_rows(csv_dir or (sys.argv[1] if len(sys.argv) > 1 else CSV_DIR))
    assert select(rows) == rows_taken, select(rows)
    for i in rows_taken:
        docid, xml = document(i, rows[i - 1])
        with open(os.path.join(split_dir, 'input', docid + '.tml'), 'w', encoding='utf-8') as f:
            f.write(xml)
        print(docid, rows[i - 1]['url'])


TAG = re.compile(r'<TIMEX3 tid="(t\d+)" type="(DATE|TIME|DURATION|SET)" value="([^"]+)">([^<]*)</TIMEX3>')
MM, DD, WW = r'(0[1-9]|1[0-2]|XX)', r'(0[1-9]|[12]\d|3[01]|XX)', r'(0[1-9]|[1-4]\d|5[0-3]|XX)'
D = rf'((BC)?\d{{4}}|\d{{3}}X|\d{{2}}XX|XXXX)(-{MM}(-{DD})?|-W{WW}(-WE)?|-(Q[1-4]|H[12]|SP|SU|FA|WI))?'
T = r'T(([01]\d|2[0-4])(:[0-5]\d(:[0-5]\d(\.\d+)?)?)?|MO|AF|EV|NI|DT)Z?'
P = r'P((\d+(\.\d+)?|X)(Y|M|W|D|CE|DE|L|Q))+(T((\d+(\.\d+)?|X)[HMS])+)?|PT((\d+(\.\d+)?|X)[HMS])+'
VALUE = {
    'DATE': re.compile(rf'^({D}|\d{{3}}|\d{{2}}|PRESENT_REF|PAST_REF|FUTURE_REF)$'),
    'TIME': re.compile(rf'^{D}{T}$'),
    'DURATION': re.compile(rf'^({P})$'),
    'SET': re.compile(rf'^({P}|XXXX-WXX-[1-7]|{D}|{D}{T})$'),
}

def verify(split_dir):
    """Checks one split's gold against its inputs; prints counts and returns True when all is well."""
    docs = timexes = 0
    ok = True
    for gold_path in sorted(glob.glob(os.path.join(split_dir, 'gold', '*.tml'))):
        input_path = os.path.join(split_dir, 'input', os.path.basename(gold_path))
        gold = open(gold_path, 'rb').read().decode('utf-8')
        head, rest = gold.split('<TEXT>', 1)
        text, tail = rest.split('</TEXT>', 1)
        tags = TAG.findall(text)
        stripped = head + '<TEXT>' + TAG.sub(lambda m: m.group(4), text) + '</TEXT>' + tail
        tids = [t[0] for t in tags] + re.findall(r'tid="(t\d+)"', head)
        if '<TIMEX3' in TAG.sub('', text):
            print('malformed tag in', gold_path); ok = False
        if stripped.encode('utf-8') != open(input_path, 'rb').read():
            print('text differs from input:', gold_path); ok = False
        for tid, typ, val, ext in tags:
            if not VALUE[typ].match(val):
                print('bad value', typ, val, repr(ext), 'in', gold_path); ok = False
            if ext != ext.strip() or not ext:
                print('extent with outer space', repr(ext), 'in', gold_path); ok = False
        if len(tids) != len(set(tids)):
            print('duplicate tid in', gold_path); ok = False
        docs += 1
        timexes += len(tags)
    print(f'{os.path.basename(split_dir)}: {docs} documents, {timexes} TIMEX3', 'OK' if ok else 'FAILED')
    return ok

