package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method over 8000 bytes of bytecode (design.md, "Performance
 * rules of the JVM"): the eval loop's methods must stay under 7,000 bytes, leaving headroom
 * for other Java compilers. Reads the Code attributes of Eval.class directly.
 */
class EvalMethodSizeTest {
    static final int LIMIT = 7000;

    @Test
    void dispatchMethodsStayCompilable() throws IOException {
        Map<String, Integer> sizes = codeSizes(Eval.class);
        int largest = 0;
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            System.out.println("Eval." + e.getKey() + ": " + e.getValue() + " bytes of bytecode");
            largest = Math.max(largest, e.getValue());
        }
        assertTrue(sizes.containsKey("loop"), "Eval.loop not found: " + sizes.keySet());
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            assertTrue(e.getValue() <= LIMIT, "Eval." + e.getKey() + " has " + e.getValue()
                    + " bytes of bytecode, over the " + LIMIT + " limit");
        }
    }

    /** Method name to code length, from the class file (the largest overload when names repeat). */
    static Map<String, Integer> codeSizes(Class<?> c) throws IOException {
        return codeSizes(c, false);
    }

    /** With {@code descriptors}, keyed by name and descriptor, e.g. {@code of(J)Ldev/pyjama/objects/PyInt;}. */
    static Map<String, Integer> codeSizes(Class<?> c, boolean descriptors) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        // the binary name: a nested class is Outer$Inner.class
        try (InputStream raw = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class");
             DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: utf8[i] = in.readUTF(); break;
                    case 3: case 4: in.readInt(); break;
                    case 5: case 6: in.readLong(); i++; break;
                    case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    default: throw new IOException("unknown constant pool tag " + tag);
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) in.readUnsignedShort();
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                if (descriptors) name += descriptor;
                int attrs = in.readUnsignedShort();
                for (int a = 0; a < attrs; a++) {
                    String attr = utf8[in.readUnsignedShort()];
                    int len = in.readInt();
                    if (attr.equals("Code")) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        int codeLength = in.readInt();
                        out.merge(name, codeLength, Math::max);
                        in.skipNBytes(len - 8);
                    } else {
                        in.skipNBytes(len);
                    }
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attrs = in.readUnsignedShort();
        for (int a = 0; a < attrs; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }
}
