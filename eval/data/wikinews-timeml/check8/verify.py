"""Checks check8: each gold file without its TIMEX3 tags (other than the DCT's) equals its input byte for byte,
tids are unique per file, every tag has a type among DATE/TIME/DURATION/SET and a well-formed ISO value
(TimeML 1.2 value forms; decades as three digits, e.g. 197, are accepted), extents have no outer spaces. Prints counts."""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
TAG = re.compile(r'<TIMEX3 tid="(t\d+)" type="(DATE|TIME|DURATION|SET)" value="([^"]+)">([^<]*)</TIMEX3>')
MM, DD, WW = r'(0[1-9]|1[0-2]|XX)', r'(0[1-9]|[12]\d|3[01]|XX)', r'(0[1-9]|[1-4]\d|5[0-3]|XX)'
D = rf'(\d{{4}}|\d{{3}}X|\d{{2}}XX|XXXX)(-{MM}(-{DD})?|-W{WW}(-WE)?|-(Q[1-4]|H[12]|SP|SU|FA|WI))?'
T = r'T(([01]\d|2[0-4])(:[0-5]\d(:[0-5]\d(\.\d+)?)?)?|MO|AF|EV|NI|DT)Z?'
P = r'P((\d+(\.\d+)?|X)(Y|M|W|D|CE|DE|L|Q))+(T((\d+(\.\d+)?|X)[HMS])+)?|PT((\d+(\.\d+)?|X)[HMS])+'
VALUE = {
    'DATE': re.compile(rf'^({D}|\d{{3}}|\d{{2}}|PRESENT_REF|PAST_REF|FUTURE_REF)$'),
    'TIME': re.compile(rf'^{D}{T}$'),
    'DURATION': re.compile(rf'^({P})$'),
    'SET': re.compile(rf'^({P}|XXXX-WXX-[1-7]|{D}|{D}{T})$'),
}
docs = timexes = 0
ok = True
for gold_path in sorted(glob.glob(os.path.join(here, 'gold', '*.tml'))):
    input_path = os.path.join(here, 'input', os.path.basename(gold_path))
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
print(f'{docs} documents, {timexes} TIMEX3', 'OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
