# zlib._ZlibDecompressor, and what stands on it: gzip reading, tarfile 'r:*' / 'r:gz', zipfile deflate.
import gzip, io, os, shutil, tarfile, tempfile, zipfile, zlib

data = b''.join(b'line %d of some text\n' % i for i in range(20000))
raw = zlib.compressobj(9, zlib.DEFLATED, -15)
body = raw.compress(data) + raw.flush()

d = zlib._ZlibDecompressor(-15)
print(type(d).__name__, type(d).__module__, d.eof, d.needs_input, d.unused_data)
out = d.decompress(body[:1000], 100)
print(len(out), out == data[:100], d.needs_input, d.eof)
out += d.decompress(b'', 0)
print(len(out), d.needs_input)
out += d.decompress(body[1000:] + b'TRAILING', -1)
print(len(out), out == data, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b'x')
except EOFError as e:
    print(type(e).__name__, e)

# small max_length steps through the whole stream
d = zlib._ZlibDecompressor(wbits=-15)
pieces, pos = [], 0
while not d.eof:
    if d.needs_input:
        chunk = body[pos:pos + 777]
        pos += 777
    else:
        chunk = b''
    pieces.append(d.decompress(chunk, 4096))
print(b''.join(pieces) == data, d.unused_data, max(map(len, pieces)))

for wbits in (15, 31, 47):
    c = zlib.compressobj(6, zlib.DEFLATED, 31 if wbits == 47 else wbits)
    blob = c.compress(data) + c.flush()
    d = zlib._ZlibDecompressor(wbits)
    print(wbits, d.decompress(blob) == data, d.eof)
try:
    zlib._ZlibDecompressor(-15).decompress(b'\xff\xff\xff')
except zlib.error as e:
    print(type(e).__name__, e)
try:
    zlib._ZlibDecompressor(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Sub(zlib._ZlibDecompressor):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# gzip
gz = gzip.compress(data)
print(gzip.decompress(gz) == data, gzip.decompress(gz + gz) == data + data)
with gzip.GzipFile(fileobj=io.BytesIO(gz)) as f:
    print(f.read(10), len(f.read()))
with gzip.GzipFile(fileobj=io.BytesIO(gz)) as f:
    print(sum(1 for _ in f))
try:
    gzip.decompress(gz[:-10])
except EOFError as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(gz[:-4] + b'\0\0\0\0')
except gzip.BadGzipFile as e:
    print(type(e).__name__, e)

tmp = tempfile.mkdtemp()
try:
    p = os.path.join(tmp, 'x.gz')
    with gzip.open(p, 'wb') as f:
        f.write(data)
    with gzip.open(p) as f:
        print(f.read() == data)
    with gzip.open(p, 'rt') as f:
        print(f.readline(), end='')

    # tarfile
    src = os.path.join(tmp, 'src')
    os.mkdir(src)
    for name, content in [('a.txt', b'alpha\n'), ('b.bin', data)]:
        with open(os.path.join(src, name), 'wb') as f:
            f.write(content)
    for mode in ('w:gz', 'w'):
        tp = os.path.join(tmp, 't.tar' + ('.gz' if 'gz' in mode else ''))
        with tarfile.open(tp, mode) as tf:
            tf.add(src, arcname='src')
        for rmode in ('r:*', 'r:gz' if 'gz' in mode else 'r:'):
            with tarfile.open(tp, rmode) as tf:
                names = sorted(tf.getnames())
                print(mode, rmode, names, tf.extractfile('src/b.bin').read() == data)
        with tarfile.open(tp) as tf:
            tf.extractall(os.path.join(tmp, 'out' + mode[-2:]), filter='data')
        print(open(os.path.join(tmp, 'out' + mode[-2:], 'src', 'a.txt')).read(), end='')
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w|gz') as tf:
        info = tarfile.TarInfo('s.txt')
        info.size = 3
        tf.addfile(info, io.BytesIO(b'abc'))
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode='r|gz') as tf:
        for m in tf:
            print(m.name, tf.extractfile(m).read())

    # zipfile
    zp = os.path.join(tmp, 'z.zip')
    with zipfile.ZipFile(zp, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('d.txt', data)
        z.writestr('s.txt', b'small')
    with zipfile.ZipFile(zp) as z:
        print(z.namelist(), z.read('d.txt') == data, z.read('s.txt'), z.testzip())
        with z.open('d.txt') as f:
            print(f.read(5), len(f.read()))
finally:
    shutil.rmtree(tmp)

# os.chown, which tarfile's extraction calls when run as root
print(os.chown(__file__, -1, -1), os.lchown(__file__, -1, -1))
try:
    os.chown('/nonexistent/x', -1, -1)
except OSError as e:
    print(type(e).__name__, e)
