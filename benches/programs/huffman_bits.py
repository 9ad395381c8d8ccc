# bench: bit twiddling and bytes: Huffman code construction with heapq, bit-packing into a bytearray, decoding with shifts and masks
import sys
import heapq


def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = [(f, i, ch) for i, (ch, f) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    uid = len(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, uid, (a, b)))
        uid += 1
    codes = {}

    def walk(node, prefix, length):
        if isinstance(node, tuple):
            walk(node[0], prefix << 1, length + 1)
            walk(node[1], (prefix << 1) | 1, length + 1)
        else:
            codes[node] = (prefix, max(length, 1))

    walk(heap[0][2], 0, 0)
    return codes, heap[0][2]


def encode(text, codes):
    out = bytearray()
    acc = 0
    nbits = 0
    for ch in text:
        code, length = codes[ch]
        acc = (acc << length) | code
        nbits += length
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


def decode(data, tree, count):
    out = []
    node = tree
    for byte in data:
        for shift in range(7, -1, -1):
            bit = (byte >> shift) & 1
            node = node[bit]
            if not isinstance(node, tuple):
                out.append(node)
                if len(out) == count:
                    return "".join(out)
                node = tree
    return "".join(out)


def crc(data):
    c = 0xFFFFFFFF
    for b in data:
        c ^= b
        for _ in range(8):
            c = (c >> 1) ^ (0xEDB88320 & -(c & 1))
    return c ^ 0xFFFFFFFF


def main(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    text = " ".join(words[(i * i + i // 3) % 8] for i in range(n))
    codes, tree = build_codes(text)
    data = encode(text, codes)
    back = decode(data, tree, len(text))
    print("checksum:", len(data), back == text, crc(data[:20000]), sum(data) % 65521)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 70000)
