package dev.pyjama.modules.hash;

/**
 * The Keccak-f[1600] sponge behind SHA-3 and SHAKE (FIPS 202): the JDK has SHA-3 but no
 * SHAKE, so both are computed here. {@code suffix} is the domain byte (0x06 SHA-3, 0x1f SHAKE).
 */
// CPython: Modules/_hacl/Hacl_Hash_SHA3.c (same algorithm, FIPS 202)
final class Keccak implements Digest {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROT = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private final long[] state = new long[25];
    private final byte[] block;
    private int used;
    private final int outLen;
    private final byte suffix;

    /** {@code rate} in bytes; {@code outLen} the fixed digest size, 0 for the XOFs. */
    Keccak(int rate, int outLen, int suffix) {
        this.block = new byte[rate];
        this.outLen = outLen;
        this.suffix = (byte) suffix;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        for (int i = 0; i < len; i++) {
            block[used++] = data[off + i];
            if (used == block.length) {
                absorb(state, block);
                used = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        int n = outLen > 0 ? outLen : length;
        long[] s = state.clone();
        byte[] last = new byte[block.length];
        System.arraycopy(block, 0, last, 0, used);
        last[used] ^= suffix;
        last[block.length - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[n];
        for (int done = 0; done < n; ) {
            for (int i = 0; i < block.length && done < n; i++, done++) {
                out[done] = (byte) (s[i / 8] >>> (8 * (i % 8)));
            }
            if (done < n) permute(s);
        }
        return out;
    }

    @Override
    public Digest copy() {
        Keccak k = new Keccak(block.length, outLen, suffix);
        System.arraycopy(state, 0, k.state, 0, 25);
        System.arraycopy(block, 0, k.block, 0, used);
        k.used = used;
        return k;
    }

    private static void absorb(long[] s, byte[] b) {
        for (int i = 0; i < b.length; i++) s[i / 8] ^= (b[i] & 0xffL) << (8 * (i % 8));
        permute(s);
    }

    // Keccak-f[1600]: theta, rho and pi, chi, iota
    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
            }
            a[0] ^= RC[round];
        }
    }
}
