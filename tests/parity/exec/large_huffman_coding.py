# Huffman coding with deterministic tie-breaking: frequency table, tree, codes, bit packing.

class Leaf:
    def __init__(self, sym, freq): self.sym, self.freq = sym, freq
class Inner:
    def __init__(self, l, r): self.l, self.r, self.freq = l, r, l.freq + r.freq

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(f, i, Leaf(ch, f)) for i, (ch, f) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (f1, _, a), (f2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(f1 + f2, counter, Inner(a, b))]
        counter += 1
    return nodes[0][2], freq

def codes(node, prefix='', table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        table[node.sym] = prefix or '0'
    else:
        codes(node.l, prefix + '0', table)
        codes(node.r, prefix + '1', table)
    return table

def encode(text, table):
    bits = ''.join(table[ch] for ch in text)
    pad = -len(bits) % 8
    bits += '0' * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad

def decode(data, pad, tree, n):
    bits = ''.join(f'{b:08b}' for b in data)
    bits = bits[:len(bits) - pad] if pad else bits
    out, node = [], tree
    for bit in bits:
        if isinstance(node, Inner):
            node = node.l if bit == '0' else node.r
        if isinstance(node, Leaf):
            out.append(node.sym)
            node = tree
    return ''.join(out[:n])

for text in ['abracadabra', 'mississippi river', 'aaaa', 'the quick brown fox jumps over the lazy dog' * 2]:
    tree, freq = build(text)
    table = codes(tree)
    data, pad = encode(text, table)
    back = decode(data, pad, tree, len(text))
    print(repr(text[:30]), len(text), '->', len(data), 'bytes', data.hex()[:24])
    print('  ', sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:8])
    print('  ok' if back == text else '  MISMATCH', round(len(data) * 8 / len(text), 3), 'bits/char')
