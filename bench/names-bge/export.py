"""Writes the fine-tuned weights (argv[1]) as the ONNX file BgeNameTagger reads (argv[2]): each linear layer's and the
word embeddings' weights as 8-bit integers with one scale per row, turned back into floats inside the graph (ONNX
Runtime does it once, when it loads the file); softmax probabilities of the nine IOB2 tags out."""
import sys, torch, torch.nn as nn, model as bert
torch.set_num_threads(1)
class QLinear(nn.Module):
    def __init__(s, lin):
        super().__init__()
        w = lin.weight.detach(); sc = w.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127
        s.register_buffer('q', torch.round(w / sc).to(torch.int8)); s.register_buffer('sc', sc.float()); s.register_buffer('b', lin.bias.detach().clone())
    def forward(s, x): return torch.matmul(x, (s.q.float() * s.sc).t()) + s.b
class QEmbedding(nn.Module):
    def __init__(s, emb):
        super().__init__()
        w = emb.weight.detach(); sc = w.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127
        s.register_buffer('q', torch.round(w / sc).to(torch.int8)); s.register_buffer('sc', sc.float())
    def forward(s, ids): return s.q[ids].float() * s.sc[ids]
def quantize(m):
    m.word = QEmbedding(m.word)
    for l in m.layers:
        for n in ('q', 'k', 'v', 'o', 'i', 'out'): setattr(l, n, QLinear(getattr(l, n)))
    return m
class Export(nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, input_ids, word_shapes, attention_mask): return torch.softmax(s.m(input_ids, word_shapes, attention_mask), dim=-1)
if __name__ == '__main__':
    m = bert.Tagger(); m.load_state_dict(torch.load(sys.argv[1])); m.eval(); quantize(m)
    ids = torch.tensor([[101, 2003, 4048, 102]]); shp = torch.zeros_like(ids); mask = torch.ones_like(ids)
    torch.onnx.export(Export(m), (ids, shp, mask), sys.argv[2], input_names=['input_ids', 'word_shapes', 'attention_mask'],
                      output_names=['probabilities'], dynamic_axes={'input_ids': {0: 'b', 1: 't'}, 'word_shapes': {0: 'b', 1: 't'},
                      'attention_mask': {0: 'b', 1: 't'}, 'probabilities': {0: 'b', 1: 't'}}, opset_version=13, do_constant_folding=False)
