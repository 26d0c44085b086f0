package dev.pyjama.modules.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, SHA-1 and SHA-2 from the JDK, whose MessageDigest can be cloned mid-stream. */
final class JdkDigest implements Digest {
    private final MessageDigest md;

    private JdkDigest(MessageDigest md) {
        this.md = md;
    }

    static JdkDigest of(String algorithm) {
        try {
            return new JdkDigest(MessageDigest.getInstance(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        md.update(data, off, len);
    }

    @Override
    public byte[] digest(int length) {
        return ((JdkDigest) copy()).md.digest();
    }

    @Override
    public Digest copy() {
        try {
            return new JdkDigest((MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
