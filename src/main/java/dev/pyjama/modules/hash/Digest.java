package dev.pyjama.modules.hash;

/** One running hash computation, as the hash objects of hashlib's built-in modules hold. */
public interface Digest {
    void update(byte[] data, int off, int len);

    /** The digest of what was fed so far ({@code length} bytes for the XOFs), leaving this one untouched. */
    byte[] digest(int length);

    Digest copy();
}
