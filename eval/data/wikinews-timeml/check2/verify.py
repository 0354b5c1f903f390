"""Checks check2: each gold file without its TIMEX3 tags (other than the DCT's) equals its input byte for byte,
tids are unique per file, every tag has a type among DATE/TIME/DURATION/SET and a value. Prints counts."""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
TAG = re.compile(r'<TIMEX3 tid="(t\d+)" type="(DATE|TIME|DURATION|SET)" value="([^"]+)">([^<]*)</TIMEX3>')
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
    if len(tids) != len(set(tids)):
        print('duplicate tid in', gold_path); ok = False
    docs += 1
    timexes += len(tags)
print(f'{docs} documents, {timexes} TIMEX3', 'OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
