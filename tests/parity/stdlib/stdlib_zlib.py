# zlib on java.util.zip: one-shot and streaming compression in the zlib, raw and gzip containers,
# the checksums, and zlib.error for bad data.
import zlib

data = b"".join(b"line %d of some text that repeats\n" % (i % 17) for i in range(400))
print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(data[100:], zlib.crc32(data[:100])) == zlib.crc32(data), zlib.adler32(b"xyz", 12345), zlib.crc32(b"abc", -1))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, c[:2].hex(), zlib.decompress(c) == data)
for wbits in (-15, 15, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, c[:3].hex(), zlib.decompress(c, wbits) == data)
g = zlib.compress(data, wbits=31)
print(zlib.decompress(g, 47) == data, zlib.decompress(zlib.compress(data), 47) == data)

co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
do = zlib.decompressobj(-15)
out = b"".join(do.decompress(stream[i:i + 100]) for i in range(0, len(stream), 100)) + do.flush()
print(out == data + b"tail", do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
z = zlib.compress(b"abc" * 1000) + b"EXTRA"
first = do.decompress(z, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(len(first + rest), do.eof, do.unused_data)
print(type(zlib.compressobj()).__name__, type(do).__name__, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION)

for bad in (b"not compressed", zlib.compress(data)[:50]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__name__, e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print(type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
