# Binary encodings on bytes and bytearray: base64, run-length, varints, CRC-32, a packet format.

ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        enc = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out += bytes(enc[:len(chunk) + 1]) + b'=' * (3 - len(chunk))
    return bytes(out)

def b64decode(text):
    if len(text) % 4:
        raise ValueError('bad base64 length')
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count(b'=')
        n = 0
        for ch in quad.rstrip(b'='):
            idx = ALPHABET.find(bytes([ch]))
            if idx < 0:
                raise ValueError(f'bad base64 character {chr(ch)!r}')
            n = n << 6 | idx
        n <<= 6 * pad
        out += n.to_bytes(3, 'big')[:3 - pad]
    return bytes(out)

def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)

def unrle(data):
    return b''.join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))

def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)

def read_varint(data, pos):
    shift = result = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos

def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF

def packet(fields):
    body = bytearray()
    for f in fields:
        raw = f.encode() if isinstance(f, str) else f
        body += varint(len(raw)) + raw
    return bytes(body) + crc32(body).to_bytes(4, 'little')

def unpacket(data):
    body, crc = data[:-4], int.from_bytes(data[-4:], 'little')
    if crc32(body) != crc:
        raise ValueError(f'checksum mismatch: {crc:08x} != {crc32(body):08x}')
    pos, out = 0, []
    while pos < len(body):
        n, pos = read_varint(body, pos)
        out.append(body[pos:pos + n])
        pos += n
    return out

for s in [b'', b'f', b'fo', b'foo', b'foobar', 'héllo wörld'.encode(), bytes(range(256))[:20]]:
    e = b64encode(s)
    print(e, b64decode(e) == s)
print(rle(b'aaaabbbcccd' + b'x' * 300), unrle(rle(b'aaaabbbcccd')) == b'aaaabbbcccd')
print([varint(n).hex() for n in (0, 1, 127, 128, 300, 2**32, 2**63)])
print(hex(crc32(b'The quick brown fox jumps over the lazy dog')), crc32(b''))
p = packet(['GET', '/index.html', b'\x00\xff', 'ünïcode'])
print(p.hex(' ', 4), len(p))
print(unpacket(p))
corrupt = bytearray(p)
corrupt[3] ^= 0x20
for bad in (lambda: unpacket(bytes(corrupt)), lambda: b64decode(b'abc'), lambda: b64decode(b'ab!d')):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
