package dev.pyjama.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.objects.PyObject;
import dev.pyjama.testing.CPython313;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated node classes describe the same AST as CPython 3.13's {@code ast} module:
 * the same classes, fields in the same order with the same types, optionality and
 * sequence-ness, and the same attributes. CPython is asked for every class in {@code _ast}.
 */
class AstDescriptionTest {

    /** A Python node class as CPython describes it. */
    static final class PyClass {
        final String name;
        final String base;
        final List<String> attributes;
        final List<String[]> fields = new ArrayList<>();   // name, type, optional, sequence
        final List<String> subclasses = new ArrayList<>();   // in definition order

        PyClass(String name, String base, List<String> attributes) {
            this.name = name;
            this.base = base;
            this.attributes = attributes;
        }
    }

    private static final String DESCRIBE =
        "import _ast, types\n"
        + "def describe(t):\n"
        + "    seq = opt = False\n"
        + "    if isinstance(t, types.GenericAlias):\n"
        + "        assert t.__origin__ is list\n"
        + "        seq, t = True, t.__args__[0]\n"
        + "    if isinstance(t, types.UnionType):\n"
        + "        args = [a for a in t.__args__ if a is not type(None)]\n"
        + "        assert len(args) == 1\n"
        + "        opt, t = True, args[0]\n"
        + "    return '%s %d %d' % (t.__name__, opt, seq)\n"
        + "for name, cls in sorted(vars(_ast).items()):\n"
        + "    if not isinstance(cls, type) or not issubclass(cls, _ast.AST) or cls is _ast.AST:\n"
        + "        continue\n"
        + "    print('class', name, cls.__bases__[0].__name__, ','.join(cls._attributes))\n"
        + "    for f in cls._fields:\n"
        + "        print('field', f, describe(cls._field_types[f]))\n"
        + "    subs = [s.__name__ for s in cls.__subclasses__() if vars(_ast).get(s.__name__) is s]\n"
        + "    if subs:\n"
        + "        print('subclasses', ','.join(subs))\n";

    static Map<String, PyClass> cpythonClasses() {
        Map<String, PyClass> classes = new LinkedHashMap<>();
        PyClass current = null;
        for (String line : CPython313.run(DESCRIBE, null).split("\n")) {
            String[] w = line.split(" ", -1);
            if (w[0].equals("class")) {
                current = new PyClass(w[1], w[2], w[3].isEmpty() ? List.of() : List.of(w[3].split(",")));
                classes.put(w[1], current);
            } else if (w[0].equals("subclasses")) {
                current.subclasses.addAll(List.of(w[1].split(",")));
            } else {
                current.fields.add(new String[] {w[1], w[2], w[3], w[4]});
            }
        }
        return classes;
    }

    static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    static String javaFieldName(String pyName) {
        String c = camel(pyName);
        return Character.toLowerCase(c.charAt(0)) + c.substring(1);
    }

    private static boolean isSum(PyClass c) {
        return c.base.equals("AST") && !c.subclasses.isEmpty();
    }

    private static boolean isSimpleSum(PyClass c, Map<String, PyClass> all) {
        return isSum(c) && c.subclasses.stream().allMatch(s -> all.get(s).fields.isEmpty());
    }

    /** The Java class that stands for a Python AST type used as a field type. */
    private static Class<?> javaClassFor(String pyType, Map<String, PyClass> all) throws ClassNotFoundException {
        switch (pyType) {
            case "str": return String.class;
            case "int": return Integer.class;
            case "object": return PyObject.class;
            default:
                PyClass c = all.get(pyType);
                String name = isSum(c) ? "Ast" + camel(pyType) : camel(pyType);
                return Class.forName("dev.pyjama.ast." + name);
        }
    }

    private static Type expectedType(String[] f, Map<String, PyClass> all) throws ClassNotFoundException {
        Class<?> element = javaClassFor(f[1], all);
        if (f[3].equals("1")) return new ListOf(element);
        if (element == Integer.class && f[2].equals("0")) return int.class;
        return element;
    }

    /** Compares a generic type with List<element> by name, as reflection gives no equals. */
    private static final class ListOf implements Type {
        final Class<?> element;

        ListOf(Class<?> element) {
            this.element = element;
        }

        @Override
        public String getTypeName() {
            return "java.util.List<" + element.getName() + ">";
        }
    }

    private static void assertType(Type expected, Type actual, String what) {
        assertEquals(expected.getTypeName(), actual.getTypeName(), what);
    }

    @Test
    void generatedClassesMatchCPython() throws Exception {
        Map<String, PyClass> all = cpythonClasses();
        Set<String> expectedNodes = new TreeSet<>();
        int checkedFields = 0;
        for (PyClass c : all.values()) {
            if (isSum(c)) {
                Class<?> cls = Class.forName("dev.pyjama.ast.Ast" + camel(c.name));
                if (isSimpleSum(c, all)) {
                    assertTrue(cls.isEnum() && AstObject.class.isAssignableFrom(cls), cls + " is an AstObject enum");
                    List<String> constants = new ArrayList<>();
                    for (Object e : cls.getEnumConstants()) {
                        AstObject o = (AstObject) e;
                        constants.add(o.pyName());
                        assertEquals(0, o.fieldNames().length);
                        assertEquals(0, o.attributeNames().length);
                    }
                    assertEquals(c.subclasses, constants, "constants of " + cls);
                    assertEquals(List.of(), c.attributes);
                } else {
                    assertTrue(Modifier.isAbstract(cls.getModifiers()) && cls.getSuperclass() == Node.class,
                               cls + " is an abstract Node");
                    List<String> constructors = new ArrayList<>();
                    for (String sub : c.subclasses) {
                        if (Class.forName("dev.pyjama.ast." + sub).getSuperclass() == cls) constructors.add(sub);
                    }
                    assertEquals(c.subclasses, constructors, "constructors of " + cls);
                }
                continue;
            }
            PyClass parent = all.get(c.base);
            if (parent != null && isSimpleSum(parent, all)) continue;   // an enum constant, checked above
            boolean product = c.base.equals("AST");
            String javaName = product ? camel(c.name) : c.name;
            Class<?> cls = Class.forName("dev.pyjama.ast." + javaName);
            expectedNodes.add(javaName);
            assertTrue(Modifier.isFinal(cls.getModifiers()), cls + " is final");
            assertEquals(product ? Node.class : Class.forName("dev.pyjama.ast.Ast" + camel(c.base)), cls.getSuperclass());
            List<String> attributes = product ? c.attributes : all.get(c.base).attributes;
            assertEquals(c.attributes, attributes);

            Constructor<?>[] ctors = cls.getConstructors();
            assertEquals(1, ctors.length, cls + " has one public constructor");
            Type[] params = ctors[0].getGenericParameterTypes();
            assertEquals(c.fields.size() + attributes.size(), params.length, "constructor of " + cls);
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                if (params[i] == int.class) args[i] = 1000 + i;
            }
            Node node = (Node) ctors[0].newInstance(args);
            assertEquals(c.name, node.pyName());

            String[] fieldNames = c.fields.stream().map(f -> f[0]).toArray(String[]::new);
            assertArrayEquals(fieldNames, node.fieldNames(), "fields of " + c.name);
            for (int i = 0; i < c.fields.size(); i++) {
                String[] f = c.fields.get(i);
                String what = c.name + "." + f[0];
                Type type = expectedType(f, all);
                assertType(type, params[i], "constructor parameter for " + what);
                Field jf = cls.getField(javaFieldName(f[0]));
                assertType(type, jf.getGenericType(), "Java field for " + what);
                assertEquals(f[2].equals("1"), node.fieldOptional(i), "optionality of " + what);
                // fieldValue(i) reads this very field.
                Object probe = jf.getType() == int.class || jf.getType() == Integer.class ? Integer.valueOf(7 + i)
                    : jf.getType() == String.class ? "probe" + i
                    : jf.getType() == List.class ? new ArrayList<>(List.of("probe" + i)) : null;
                if (probe != null) {
                    jf.set(node, probe);
                    assertEquals(probe, node.fieldValue(i), "fieldValue for " + what);
                }
                checkedFields++;
            }
            assertArrayEquals(attributes.toArray(new String[0]), node.attributeNames(), "attributes of " + c.name);
            for (int i = 0; i < attributes.size(); i++) {
                int param = c.fields.size() + i;
                assertEquals(int.class, params[param], "attribute parameter " + attributes.get(i));
                Field jf = cls.getField(javaFieldName(attributes.get(i)));
                assertEquals(int.class, jf.getType());
                assertEquals(1000 + param, jf.getInt(node));
                assertEquals(1000 + param, node.attributeValue(i));
            }

            // accept() calls the visitor method named after the class.
            String[] called = new String[1];
            @SuppressWarnings("unchecked")
            Visitor<Object> v = (Visitor<Object>) Proxy.newProxyInstance(Visitor.class.getClassLoader(),
                new Class<?>[] {Visitor.class}, (proxy, m, a) -> {
                    called[0] = m.getName();
                    return a[0];
                });
            assertEquals(node, node.accept(v));
            assertEquals("visit" + javaName, called[0]);
        }

        // No Java node class beyond CPython's: the Visitor lists them all.
        Set<String> visited = new TreeSet<>();
        for (Method m : Visitor.class.getMethods()) visited.add(m.getParameterTypes()[0].getSimpleName());
        assertEquals(expectedNodes, visited);
        System.out.println("AstDescriptionTest: " + all.size() + " CPython classes, " + expectedNodes.size()
            + " node classes and " + checkedFields + " fields compared");
    }
}
