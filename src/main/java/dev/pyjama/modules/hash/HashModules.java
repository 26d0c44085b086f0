package dev.pyjama.modules.hash;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.modules.Buffers;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The hash modules hashlib falls back on when there is no OpenSSL: {@code _md5}, {@code _sha1},
 * {@code _sha2}, {@code _sha3} and {@code _blake2}, with their hash objects' API (update,
 * digest, hexdigest, copy, name, digest_size, block_size).
 */
// CPython: Modules/md5module.c, sha1module.c, sha2module.c, sha3module.c, _blake2/blake2b_impl.c
public final class HashModules {
    private HashModules() {}

    /** A hash object: its type and the running computation. */
    static final class HashObject extends PyObject {
        private final PyType type;
        final Digest digest;

        HashObject(PyType type, Digest digest) {
            this.type = type;
            this.digest = digest;
        }

        @Override public PyType type() { return type; }

        @Override
        public String repr() {
            return "<" + type.name() + " object at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    /** What a hash type is: hashlib's name, sizes, and (SHA-3) the sponge's parameters. */
    record Spec(String name, int digestSize, int blockSize, int suffix) {}

    static final PyType MD5 = type("_md5.md5", new Spec("md5", 16, 64, 0), false);
    static final PyType SHA1 = type("_sha1.sha1", new Spec("sha1", 20, 64, 0), false);
    static final PyType SHA224 = type("_sha2.SHA224Type", new Spec("sha224", 28, 64, 0), false);
    static final PyType SHA256 = type("_sha2.SHA256Type", new Spec("sha256", 32, 64, 0), false);
    static final PyType SHA384 = type("_sha2.SHA384Type", new Spec("sha384", 48, 128, 0), false);
    static final PyType SHA512 = type("_sha2.SHA512Type", new Spec("sha512", 64, 128, 0), false);
    static final PyType SHA3_224 = sha3("sha3_224", 28, 0x06);
    static final PyType SHA3_256 = sha3("sha3_256", 32, 0x06);
    static final PyType SHA3_384 = sha3("sha3_384", 48, 0x06);
    static final PyType SHA3_512 = sha3("sha3_512", 64, 0x06);
    static final PyType SHAKE_128 = sha3("shake_128", 16, 0x1f);
    static final PyType SHAKE_256 = sha3("shake_256", 32, 0x1f);

    private static HashObject self(PyObject o) {
        return (HashObject) o;
    }

    private static PyType type(String fullName, Spec spec, boolean xof) {
        PyType t = PyType.builtin(fullName, null);
        t.baseType = false;
        String q = t.qualname;
        put(t, "update", (args, kw) -> {
            Args.noKw(q + ".update", kw);
            if (args.length != 2) throw Errors.typeError(q + ".update() takes exactly one argument (" + (args.length - 1) + " given)");
            byte[] b = Buffers.forHashing(args[1]);
            self(args[0]).digest.update(b, 0, b.length);
            return PyNone.NONE;
        });
        put(t, "copy", (args, kw) -> {
            noArgs(q + ".copy", args, kw);
            return new HashObject(t, self(args[0]).digest.copy());
        });
        if (xof) {
            // CPython: Modules/sha3module.c _sha3_shake_128_digest_impl (the length is required)
            put(t, "digest", (args, kw) -> new PyBytes(squeeze(q + ".digest", args, kw)));
            put(t, "hexdigest", (args, kw) -> PyStr.of(HexFormat.of().formatHex(squeeze(q + ".hexdigest", args, kw))));
        } else {
            put(t, "digest", (args, kw) -> {
                noArgs(q + ".digest", args, kw);
                return new PyBytes(self(args[0]).digest.digest(spec.digestSize));
            });
            put(t, "hexdigest", (args, kw) -> {
                noArgs(q + ".hexdigest", args, kw);
                return PyStr.of(HexFormat.of().formatHex(self(args[0]).digest.digest(spec.digestSize)));
            });
        }
        getter(t, "name", s -> PyStr.of(spec.name));
        getter(t, "digest_size", s -> PyInt.of(xof ? 0 : spec.digestSize));
        getter(t, "block_size", s -> PyInt.of(spec.blockSize));
        if (spec.suffix != 0) {
            getter(t, "_capacity_bits", s -> PyInt.of(1600 - spec.blockSize * 8));
            getter(t, "_rate_bits", s -> PyInt.of(spec.blockSize * 8));
            getter(t, "_suffix", s -> new PyBytes(new byte[] {(byte) spec.suffix}));
        }
        return t;
    }

    private static void noArgs(String q, PyObject[] args, PyTuple kw) {
        Args.noKw(q, kw);
        if (args.length != 1) throw Errors.typeError(q + "() takes no arguments (" + (args.length - 1) + " given)");
    }

    // METH_O: one positional argument
    private static byte[] squeeze(String q, PyObject[] args, PyTuple kw) {
        Args.noKw(q, kw);
        if (args.length != 2) throw Errors.typeError(q + "() takes exactly one argument (" + (args.length - 1) + " given)");
        PyObject[] a = {args[1]};
        PyInt n = (PyInt) Abstract.index(a[0]);
        if (n.signum() < 0) throw Errors.valueError("value must be positive");
        if (!n.fitsLong() || n.longValue() >= (1L << 29)) throw Errors.valueError("length is too large");
        return self(args[0]).digest.digest((int) n.longValue());
    }

    /** A SHA-3 type: called itself to make a hash object, as sha3module.c's types are. */
    private static PyType sha3(String name, int size, int suffix) {
        int rate = 200 - 2 * size;
        PyType t = type("_sha3." + name, new Spec(name, size, rate, suffix), suffix == 0x1f);
        dev.pyjama.interp.BuiltinTypes.newMethod(t, (args, kw) -> {
            // CPython 3.13 reports every SHA-3 constructor's argument errors as sha3_224()'s
            PyObject[] a = Args.parse("sha3_224", args, 1, kw, new String[] {"", "usedforsecurity"}, 0, 1);
            return withData(new HashObject(t, new Keccak(rate, suffix == 0x1f ? 0 : size, suffix)), a[0]);
        });
        return t;
    }

    private static HashObject withData(HashObject h, PyObject data) {
        if (data != null) {
            byte[] b = Buffers.forHashing(data);
            h.digest.update(b, 0, b.length);
        }
        return h;
    }

    /** md5(string=b'', *, usedforsecurity=True) and its kin. */
    private static void constructor(PyModule m, String name, PyType t, Supplier<Digest> digest) {
        m.dict.put(PyStr.of(name), new PyBuiltinFunction(name, null, m, (args, kw) -> {
            PyObject[] a = Args.parse(name, args, 0, kw, new String[] {"string", "usedforsecurity"}, 0, 1);
            return withData(new HashObject(t, digest.get()), a[0]);
        }));
    }

    private static void typeName(PyModule m, String name, PyType t) {
        t.disallowInstantiation = true;
        m.dict.put(PyStr.of(name), t);
    }

    public static PyModule md5(Interpreter interp) {
        PyModule m = new PyModule("_md5");
        typeName(m, "MD5Type", MD5);
        constructor(m, "md5", MD5, () -> JdkDigest.of("MD5"));
        return m;
    }

    public static PyModule sha1(Interpreter interp) {
        PyModule m = new PyModule("_sha1");
        typeName(m, "SHA1Type", SHA1);
        constructor(m, "sha1", SHA1, () -> JdkDigest.of("SHA-1"));
        return m;
    }

    public static PyModule sha2(Interpreter interp) {
        PyModule m = new PyModule("_sha2");
        typeName(m, "SHA224Type", SHA224);
        typeName(m, "SHA256Type", SHA256);
        typeName(m, "SHA384Type", SHA384);
        typeName(m, "SHA512Type", SHA512);
        constructor(m, "sha224", SHA224, () -> JdkDigest.of("SHA-224"));
        constructor(m, "sha256", SHA256, () -> JdkDigest.of("SHA-256"));
        constructor(m, "sha384", SHA384, () -> JdkDigest.of("SHA-384"));
        constructor(m, "sha512", SHA512, () -> JdkDigest.of("SHA-512"));
        return m;
    }

    public static PyModule sha3(Interpreter interp) {
        PyModule m = new PyModule("_sha3");
        for (PyType t : new PyType[] {SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE_128, SHAKE_256}) {
            m.dict.put(PyStr.of(t.qualname), t);
        }
        m.dict.put(PyStr.of("implementation"), PyStr.of("HACL"));
        return m;
    }

    // ---- _blake2

    static final PyType BLAKE2B = blake2("blake2b", 64, 128, 16);
    static final PyType BLAKE2S = blake2("blake2s", 32, 64, 8);

    private static PyType blake2(String name, int maxDigest, int block, int saltSize) {
        PyType t = type("_blake2." + name, new Spec(name, maxDigest, block, 0), false);
        // digest_size varies per object: read it from the digest itself
        getter(t, "digest_size", s -> PyInt.of(self(s).digest instanceof Blake2.B b ? b.outLen : ((Blake2.S) self(s).digest).outLen));
        t.dict.put("SALT_SIZE", PyInt.of(saltSize));
        t.dict.put("PERSON_SIZE", PyInt.of(saltSize));
        t.dict.put("MAX_KEY_SIZE", PyInt.of(maxDigest));
        t.dict.put("MAX_DIGEST_SIZE", PyInt.of(maxDigest));
        boolean big = maxDigest == 64;
        String[] names = {"", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
            "node_depth", "inner_size", "last_node", "usedforsecurity"};
        dev.pyjama.interp.BuiltinTypes.newMethod(t, (args, kw) -> {
            PyObject[] a = Args.parse(name, args, 1, kw, names, 0, 1);
            Blake2.Params p = blake2Params(a, maxDigest, saltSize, big);
            return withData(new HashObject(t, big ? new Blake2.B(p) : new Blake2.S(p)), a[0]);
        });
        return t;
    }

    // CPython: Modules/_blake2/blake2b_impl.c py_blake2b_new_impl (checks in its order, with its messages)
    private static Blake2.Params blake2Params(PyObject[] a, int max, int saltSize, boolean big) {
        int digestSize = a[1] == null ? max : intArg(a[1]);
        byte[] key = a[2] == null ? new byte[0] : Buffers.bytesLike(a[2]);
        byte[] salt = a[3] == null ? new byte[0] : Buffers.bytesLike(a[3]);
        byte[] person = a[4] == null ? new byte[0] : Buffers.bytesLike(a[4]);
        if (digestSize <= 0 || digestSize > max) throw Errors.valueError("digest_size must be between 1 and " + max + " bytes");
        if (salt.length > saltSize) throw Errors.valueError("maximum salt length is " + saltSize + " bytes");
        if (person.length > saltSize) throw Errors.valueError("maximum person length is " + saltSize + " bytes");
        int fanout = a[5] == null ? 1 : intArg(a[5]);
        if (fanout < 0 || fanout > 255) throw Errors.valueError("fanout must be between 0 and 255");
        int depth = a[6] == null ? 1 : intArg(a[6]);
        if (depth <= 0 || depth > 255) throw Errors.valueError("depth must be between 1 and 255");
        long leaf = a[7] == null ? 0 : dev.pyjama.modules.ModuleSupport.asLong(a[7]);
        if (leaf < 0 || leaf > 0xFFFFFFFFL) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "leaf_size is too large");
        long offset = a[8] == null ? 0 : dev.pyjama.modules.ModuleSupport.asLong(a[8]);
        if (!big && (offset < 0 || offset > 0xFFFFFFFFFFFFL)) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "node_offset is too large");
        }
        int nodeDepth = a[9] == null ? 0 : intArg(a[9]);
        if (nodeDepth < 0 || nodeDepth > 255) throw Errors.valueError("node_depth must be between 0 and 255");
        int inner = a[10] == null ? 0 : intArg(a[10]);
        if (inner < 0 || inner > max) throw Errors.valueError("inner_size must be between 0 and is " + max);
        if (key.length > max) throw Errors.valueError("maximum key length is " + max + " bytes");
        boolean last = a[11] != null && Abstract.isTrue(a[11]);
        return new Blake2.Params(digestSize, key, salt, person, fanout, depth, leaf, offset, nodeDepth, inner, last);
    }

    private static int intArg(PyObject o) {
        return dev.pyjama.modules.ModuleSupport.asInt(o);
    }

    public static PyModule blake2(Interpreter interp) {
        PyModule m = new PyModule("_blake2");
        m.dict.put(PyStr.of("blake2b"), BLAKE2B);
        m.dict.put(PyStr.of("blake2s"), BLAKE2S);
        m.dict.put(PyStr.of("BLAKE2B_SALT_SIZE"), PyInt.of(16));
        m.dict.put(PyStr.of("BLAKE2B_PERSON_SIZE"), PyInt.of(16));
        m.dict.put(PyStr.of("BLAKE2B_MAX_KEY_SIZE"), PyInt.of(64));
        m.dict.put(PyStr.of("BLAKE2B_MAX_DIGEST_SIZE"), PyInt.of(64));
        m.dict.put(PyStr.of("BLAKE2S_SALT_SIZE"), PyInt.of(8));
        m.dict.put(PyStr.of("BLAKE2S_PERSON_SIZE"), PyInt.of(8));
        m.dict.put(PyStr.of("BLAKE2S_MAX_KEY_SIZE"), PyInt.of(32));
        m.dict.put(PyStr.of("BLAKE2S_MAX_DIGEST_SIZE"), PyInt.of(32));
        return m;
    }
}
