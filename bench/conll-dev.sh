#!/usr/bin/env bash
# Names on CoNLL-2003's development set (eng.testa), which is not in this repository (Reuters text: its licence does not
# allow copying it here); give the path of a copy. Tagged through `dossier annotate --format conll` as the held-back
# test set is, then by CoreNLP's 4-class model (with and without NameClassRefiner), then every casing and LabelConsistency configuration of
# bench/NamesCasingBench.java.
#   bench/conll-dev.sh PATH/TO/eng.testa      (OUT=target/conll-dev by default)
# The file may have CoNLL's four columns or only "token tag"; without -DOCSTART- lines (some public copies drop them),
# documents are restored: each starts at the sentence before its dateline ("LONDON 1996-08-30").
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: bench/conll-dev.sh PATH/TO/eng.testa" >&2; exit 2; }
out="${OUT:-target/conll-dev}"
mkdir -p "$out"
python3 - "$1" "$out" <<'PY'
import re, sys
src, out = sys.argv[1], sys.argv[2]
docs, sents, cur = [], [], []
had_docstart = False
for line in open(src, encoding='utf-8').read().split('\n') + ['']:
    cols = line.split()
    if cols and cols[0] == '-DOCSTART-':
        had_docstart = True
        if cur: sents.append(cur); cur = []
        sents.append(None)
    elif not cols:
        if cur: sents.append(cur); cur = []
    else:
        cur.append((cols[0], cols[-1]))
dateline = lambda s: s is not None and 1 < len(s) <= 8 and re.fullmatch(r'\d{4}-\d\d-\d\d', s[-1][0])
if not had_docstart:
    starts = {0} | {i - 1 for i in range(1, len(sents)) if dateline(sents[i])}
    sents = [x for i, s in enumerate(sents) for x in ([None, s] if i in starts else [s])]
n_docs = sum(s is None for s in sents)
with open(out + '/testa.input.conll', 'w') as fi, open(out + '/testa.gold.conll', 'w') as fg:
    for s in sents:
        if s is None:
            fi.write('-DOCSTART- -X- -X-\n\n'); fg.write('-DOCSTART- -X- -X- O\n\n'); continue
        for tok, tag in s:
            fi.write(tok + '\n'); fg.write(tok + ' ' + tag + '\n')
        fi.write('\n'); fg.write('\n')
print(f"{n_docs} documents ({'as given' if had_docstart else 'restored from datelines'}), "
      f"{sum(1 for s in sents if s)} sentences, {sum(len(s) for s in sents if s)} tokens")
PY
./dossier --version >/dev/null   # builds the project when needed
echo "== the chosen configuration (dossier annotate --format conll): the fine-tuned bge tagger's names kept by"
echo "   NameAgreement, whose threshold (0.9) was chosen on this file; the two-fold figure is in docs/EVALUATION.md"
./dossier annotate --format conll "$out/testa.input.conll" -o "$out/testa.pred.conll"
./dossier eval --conll --gold "$out/testa.gold.conll" "$out/testa.pred.conll"
echo "== CoreNLP's 4-class model without NameClassRefiner (--name-tagger corenlp --name-classes tagger)"
./dossier annotate --format conll --name-tagger corenlp --name-classes tagger "$out/testa.input.conll" \
  -o "$out/testa.tagger.conll"
./dossier eval --conll --gold "$out/testa.gold.conll" "$out/testa.tagger.conll"
echo "== CoreNLP's 4-class model with NameClassRefiner (--name-tagger corenlp): the refiner was fitted on this file, so"
echo "   this figure is not a development figure; bench/name-classes-train.sh prints the two-fold cross-validation"
./dossier annotate --format conll --name-tagger corenlp "$out/testa.input.conll" -o "$out/testa.corenlp.conll"
./dossier eval --conll --gold "$out/testa.gold.conll" "$out/testa.corenlp.conll"
echo "== every casing, with and without LabelConsistency"
java -cp "cli/target/dossier-cli-0.1.0-SNAPSHOT.jar:$(cat cli/target/classpath.txt)" bench/NamesCasingBench.java "$out/casings" \
  "$out/testa.input.conll"
