# hashlib on the built-in hash modules (_md5, _sha1, _sha2, _sha3, _blake2) and hmac on top
import hashlib
import hmac

data = [b"", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"y" * 128, b"y" * 129, bytes(range(256)) * 3]
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
         "blake2b", "blake2s"]
print(sorted(hashlib.algorithms_guaranteed))
for name in names:
    for d in data:
        h = hashlib.new(name, d)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h = getattr(hashlib, name)()
    h.update(b"ab")
    h2 = h.copy()
    h2.update(b"c")
    print(h.hexdigest(), h2.digest() == hashlib.new(name, b"abc").digest())
for name in ("shake_128", "shake_256"):
    for d in data:
        h = hashlib.new(name, d)
        print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(200).hex())

# BLAKE2's parameters
for kw in [dict(key=b"key"), dict(salt=b"salt"), dict(person=b"me"), dict(digest_size=20), dict(key=b"k" * 32, digest_size=7),
           dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True)]:
    for ctor in (hashlib.blake2b, hashlib.blake2s):
        for d in (b"", b"q" * 64, b"q" * 200):
            h = ctor(d, **kw)
            print(ctor.__name__, sorted(kw), h.digest_size, h.hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.md5(bytearray(b"ba")).hexdigest(), hashlib.sha256(b"x", usedforsecurity=False).hexdigest())

# the built-in modules' own objects (hashlib prefers OpenSSL's where it has them)
import _md5, _sha1, _sha2, _sha3, _blake2
print(_sha3.sha3_256()._rate_bits, _sha3.sha3_512()._capacity_bits, _sha3.shake_128()._suffix, _sha3.shake_256().digest_size)
print(type(_md5.md5()).__name__, type(_sha2.sha224()).__name__, type(_sha3.shake_128()).__name__, _sha1.sha1().name)
print(_md5.md5(string=b"y").hexdigest(), _sha2.sha512(b"z").copy().hexdigest()[:16])

for bad in ["_md5.md5('x')", "_md5.md5(1)", "_md5.md5().update('s')", "_sha1.sha1(b'', b'')", "_md5.md5().update()",
            "_sha3.shake_128().digest()", "_sha3.shake_128().digest(-1)", "_sha3.shake_256().hexdigest(2**40)", "hashlib.blake2b(digest_size=65)",
            "hashlib.blake2s(digest_size=0)", "hashlib.blake2b(key=b'x' * 65)", "hashlib.blake2b(salt=b'x' * 17)",
            "hashlib.blake2s(person=b'x' * 9)", "hashlib.blake2b(fanout=256)", "hashlib.blake2b(depth=0)",
            "hashlib.blake2b(node_depth=256)", "hashlib.blake2b(inner_size=65)", "_md5.md5(data=b'x')", "_sha3.sha3_256(data=b'x')",
            "_blake2.blake2b(data=b'x')", "_blake2.blake2b(b'x', b'y')", "_md5.MD5Type()"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)

# hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.digest(b"k", b"m", "md5").hex())
mac = hmac.new(b"secret", digestmod=hashlib.sha1)
mac.update(b"part one ")
copy = mac.copy()
mac.update(b"part two")
print(mac.hexdigest(), copy.hexdigest(), mac.name, mac.digest_size, mac.block_size)
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"), hmac.compare_digest(bytearray(b"x"), b"x"))
for bad in ["hmac.compare_digest('\xe9', '\xe9')", "hmac.compare_digest(1, 2)", "hmac.compare_digest(b'a', 'a')",
            "hmac.new(b'k')"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
