package dev.pyjama.modules.hash;

/**
 * BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalization,
 * tree parameters, last-node flag), which the JDK does not provide. The last block is kept
 * back until more data arrives, since the final compression carries the finalization flag.
 */
// CPython: Modules/_blake2/impl (the reference implementation CPython 3.13 builds on; this is a port)
final class Blake2 {
    private Blake2() {}

    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The parameters of hashlib.blake2b/blake2s, already checked. */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    /** The parameter block, laid out as the specification's, as little-endian words. */
    static byte[] paramBlock(Params p, boolean big) {
        byte[] b = new byte[big ? 64 : 32];
        b[0] = (byte) p.digestSize;
        b[1] = (byte) p.key.length;
        b[2] = (byte) p.fanout;
        b[3] = (byte) p.depth;
        for (int i = 0; i < 4; i++) b[4 + i] = (byte) (p.leafSize >>> (8 * i));
        for (int i = 0; i < (big ? 8 : 6); i++) b[8 + i] = (byte) (p.nodeOffset >>> (8 * i));
        b[big ? 16 : 14] = (byte) p.nodeDepth;
        b[big ? 17 : 15] = (byte) p.innerSize;
        System.arraycopy(p.salt, 0, b, big ? 32 : 16, p.salt.length);
        System.arraycopy(p.person, 0, b, big ? 48 : 24, p.person.length);
        return b;
    }

    private static long le64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[at + i] & 0xffL);
        return v;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** BLAKE2b: 64-bit words, 128-byte blocks, 12 rounds. */
    static final class B implements Digest {
        private static final long[] IV = {
            0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
            0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
        private final long[] h = new long[8];
        private final byte[] buf = new byte[128];
        private int used;
        private long t0, t1;
        final int outLen;
        private final boolean lastNode;

        private B(int outLen, boolean lastNode) {
            this.outLen = outLen;
            this.lastNode = lastNode;
        }

        B(Params p) {
            this(p.digestSize, p.lastNode);
            byte[] pb = paramBlock(p, true);
            for (int i = 0; i < 8; i++) h[i] = IV[i] ^ le64(pb, 8 * i);
            if (p.key.length > 0) {
                byte[] k = new byte[128];
                System.arraycopy(p.key, 0, k, 0, p.key.length);
                update(k, 0, 128);
            }
        }

        @Override
        public void update(byte[] data, int off, int len) {
            for (int i = 0; i < len; i++) {
                if (used == 128) {
                    count(128);
                    compress(h, buf, false);
                    used = 0;
                }
                buf[used++] = data[off + i];
            }
        }

        private void count(int n) {
            t0 += n;
            if (Long.compareUnsigned(t0, n) < 0) t1++;
        }

        @Override
        public byte[] digest(int length) {
            B c = (B) copy();
            c.count(c.used);
            java.util.Arrays.fill(c.buf, c.used, 128, (byte) 0);
            c.compress(c.h, c.buf, true);
            byte[] out = new byte[outLen];
            for (int i = 0; i < outLen; i++) out[i] = (byte) (c.h[i / 8] >>> (8 * (i % 8)));
            return out;
        }

        @Override
        public Digest copy() {
            B c = new B(outLen, lastNode);
            System.arraycopy(h, 0, c.h, 0, 8);
            System.arraycopy(buf, 0, c.buf, 0, 128);
            c.used = used;
            c.t0 = t0;
            c.t1 = t1;
            return c;
        }

        private void compress(long[] h, byte[] block, boolean last) {
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) m[i] = le64(block, 8 * i);
            long[] v = new long[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) v[15] = ~v[15];
            }
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
        }

        private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] += v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] += v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] += v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }
    }

    /** BLAKE2s: 32-bit words, 64-byte blocks, 10 rounds. */
    static final class S implements Digest {
        private static final int[] IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        private final int[] h = new int[8];
        private final byte[] buf = new byte[64];
        private int used;
        private long t;
        final int outLen;
        private final boolean lastNode;

        private S(int outLen, boolean lastNode) {
            this.outLen = outLen;
            this.lastNode = lastNode;
        }

        S(Params p) {
            this(p.digestSize, p.lastNode);
            byte[] pb = paramBlock(p, false);
            for (int i = 0; i < 8; i++) h[i] = IV[i] ^ le32(pb, 4 * i);
            if (p.key.length > 0) {
                byte[] k = new byte[64];
                System.arraycopy(p.key, 0, k, 0, p.key.length);
                update(k, 0, 64);
            }
        }

        @Override
        public void update(byte[] data, int off, int len) {
            for (int i = 0; i < len; i++) {
                if (used == 64) {
                    t += 64;
                    compress(h, buf, false);
                    used = 0;
                }
                buf[used++] = data[off + i];
            }
        }

        @Override
        public byte[] digest(int length) {
            S c = (S) copy();
            c.t += c.used;
            java.util.Arrays.fill(c.buf, c.used, 64, (byte) 0);
            c.compress(c.h, c.buf, true);
            byte[] out = new byte[outLen];
            for (int i = 0; i < outLen; i++) out[i] = (byte) (c.h[i / 4] >>> (8 * (i % 4)));
            return out;
        }

        @Override
        public Digest copy() {
            S c = new S(outLen, lastNode);
            System.arraycopy(h, 0, c.h, 0, 8);
            System.arraycopy(buf, 0, c.buf, 0, 64);
            c.used = used;
            c.t = t;
            return c;
        }

        private void compress(int[] h, byte[] block, boolean last) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) m[i] = le32(block, 4 * i);
            int[] v = new int[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= (int) t;
            v[13] ^= (int) (t >>> 32);
            if (last) {
                v[14] = ~v[14];
                if (lastNode) v[15] = ~v[15];
            }
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
        }

        private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] += v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] += v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] += v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }
    }
}
