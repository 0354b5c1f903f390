"""bge-small-en-v1.5 as a token classifier for names (IOB2 over PER, LOC, ORG, MISC), in PyTorch: its WordPiece
tokenizer, its weights read from the quantized ONNX file in langchain4j's jar, and CoNLL reading. Used by train.py and
export.py (see names-bge-train.sh)."""
import json, math, unicodedata, numpy as np, torch, torch.nn as nn, onnx
from onnx import numpy_helper
TAGS = ['O'] + [p + c for c in ['PER','LOC','ORG','MISC'] for p in ['B-','I-']]
SHAPES = 6
def shape(w):
    """The word's shape: the order of BgeNameTagger.WordShape (lower, digits, other, capitals, capitalised, mixed)."""
    letters = [c for c in w if c.isalpha()]
    if not letters: return 1 if any(c.isdigit() for c in w) else 2
    if all(c.isupper() for c in letters): return 3 if len(letters) > 1 else 4
    if letters[0].isupper() or w[0].isupper(): return 4
    return 5 if any(c.isupper() for c in letters) else 0

class WordPiece:
    def __init__(self, path):
        t = json.load(open(path))
        self.vocab = t['model']['vocab']
        self.unk = self.vocab['[UNK]']
    @staticmethod
    def _punct(c):
        o = ord(c)
        if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126: return True
        return unicodedata.category(c).startswith('P')
    def basic(self, word):
        w = unicodedata.normalize('NFD', word.lower())
        w = ''.join(c for c in w if unicodedata.category(c) != 'Mn')
        out, cur = [], ''
        for c in w:
            if c.isspace() or ord(c) == 0 or ord(c) == 0xfffd or unicodedata.category(c) in ('Cc', 'Cf'):
                if cur: out.append(cur); cur = ''
            elif self._punct(c):
                if cur: out.append(cur); cur = ''
                out.append(c)
            else: cur += c
        if cur: out.append(cur)
        return out
    def pieces(self, word):
        ids = []
        for tok in self.basic(word):
            if len(tok) > 100: ids.append(self.unk); continue
            start, sub = 0, []
            while start < len(tok):
                end = len(tok); found = None
                while start < end:
                    s = tok[start:end] if start == 0 else '##' + tok[start:end]
                    if s in self.vocab: found = self.vocab[s]; break
                    end -= 1
                if found is None: sub = [self.unk]; break
                sub.append(found); start = end
            ids.extend(sub)
        return ids or [self.unk]

class Layer(nn.Module):
    def __init__(s, d=384, h=12, f=1536):
        super().__init__()
        s.h = h; s.q = nn.Linear(d, d); s.k = nn.Linear(d, d); s.v = nn.Linear(d, d); s.o = nn.Linear(d, d)
        s.ln1 = nn.LayerNorm(d, eps=1e-12); s.i = nn.Linear(d, f); s.out = nn.Linear(f, d); s.ln2 = nn.LayerNorm(d, eps=1e-12)
        s.drop = nn.Dropout(0.1)
    def forward(s, x, bias):
        B, T, D = x.shape; hd = D // s.h
        q = s.q(x).view(B, T, s.h, hd).transpose(1, 2); k = s.k(x).view(B, T, s.h, hd).transpose(1, 2)
        v = s.v(x).view(B, T, s.h, hd).transpose(1, 2)
        a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + bias, dim=-1)
        c = (s.drop(a) @ v).transpose(1, 2).reshape(B, T, D)
        x = s.ln1(x + s.drop(s.o(c)))
        return s.ln2(x + s.drop(s.out(torch.nn.functional.gelu(s.i(x)))))

class Tagger(nn.Module):
    def __init__(s, layers=12):
        super().__init__()
        s.word = nn.Embedding(30522, 384); s.pos = nn.Embedding(512, 384); s.ttype = nn.Embedding(2, 384)
        s.shape = nn.Embedding(SHAPES, 384); nn.init.zeros_(s.shape.weight)
        s.ln = nn.LayerNorm(384, eps=1e-12); s.drop = nn.Dropout(0.1)
        s.layers = nn.ModuleList([Layer() for _ in range(layers)])
        s.head = nn.Linear(384, len(TAGS))
    def forward(s, ids, shapes, mask):
        T = ids.shape[1]
        x = s.word(ids) + s.pos(torch.arange(T).unsqueeze(0)) + s.ttype.weight[0] + s.shape(shapes)
        x = s.drop(s.ln(x))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for l in s.layers: x = l(x, bias)
        return s.head(s.drop(x))

def load_bge(model, path):
    g = onnx.load(path).graph
    W = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    def deq(name):
        q = W[name + '_quantized'].astype(np.float32); z = W[name + '_zero_point'].astype(np.float32); sc = W[name + '_scale']
        return (q - z) * sc
    sd = model.state_dict()
    put = lambda k, a: sd[k].copy_(torch.from_numpy(np.ascontiguousarray(a)))
    put('word.weight', deq('embeddings.word_embeddings.weight')); put('pos.weight', deq('embeddings.position_embeddings.weight'))
    put('ttype.weight', deq('embeddings.token_type_embeddings.weight'))
    put('ln.weight', W['embeddings.LayerNorm.weight']); put('ln.bias', W['embeddings.LayerNorm.bias'])
    names = {}
    for n in g.node:
        if n.op_type == 'MatMulInteger':
            names[n.output[0].split('/MatMul')[0]] = n.input[1][:-len('_quantized')]
    parts = {'q': 'attention/self/query', 'k': 'attention/self/key', 'v': 'attention/self/value', 'o': 'attention/output/dense',
             'i': 'intermediate/dense', 'out': 'output/dense'}
    bias = {'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value', 'o': 'attention.output.dense',
            'i': 'intermediate.dense', 'out': 'output.dense'}
    for L in range(len(model.layers)):
        for p in parts:
            w = deq(names['/encoder/layer.%d/%s' % (L, parts[p])])
            put('layers.%d.%s.weight' % (L, p), w.T); put('layers.%d.%s.bias' % (L, p), W['encoder.layer.%d.%s.bias' % (L, bias[p])])
        put('layers.%d.ln1.weight' % L, W['encoder.layer.%d.attention.output.LayerNorm.weight' % L]); put('layers.%d.ln1.bias' % L, W['encoder.layer.%d.attention.output.LayerNorm.bias' % L])
        put('layers.%d.ln2.weight' % L, W['encoder.layer.%d.output.LayerNorm.weight' % L]); put('layers.%d.ln2.bias' % L, W['encoder.layer.%d.output.LayerNorm.bias' % L])
    return model

def read_conll(path):
    docs, doc, sent = [], [], []
    for line in open(path, encoding='utf-8'):
        p = line.split()
        if not p:
            if sent: doc.append(sent); sent = []
            continue
        if p[0] == '-DOCSTART-':
            if sent: doc.append(sent); sent = []
            if doc: docs.append(doc)
            doc = []; continue
        sent.append((p[0], p[-1]))
    if sent: doc.append(sent)
    if doc: docs.append(doc)
    return docs

def iob2(tags):
    out, prev = [], 'O'
    for t in tags:
        if t.startswith('I-') and (prev == 'O' or prev[2:] != t[2:]): t = 'B-' + t[2:]
        out.append(t); prev = t
    return out
