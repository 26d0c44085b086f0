# str hashes (SipHash-1-3 of CPython's storage kind; latin-1 strings hashed in place, PyHash.sipHash13Latin1) at every tail length
import sys
words = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "é", "ÿÿÿÿÿÿÿÿÿ", "x" * 33, "hello world, this is a longer string", "\x00", "\x00" * 8, "ā", "\U0001F600", "mixé" * 5]
for w in words:
    print(repr(w), hash(w))
print(hash(b"abcdefghi"), {w: 1 for w in words} == dict.fromkeys(words, 1), list({w for w in words})[:5])
