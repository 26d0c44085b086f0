package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import org.junit.jupiter.api.Test;

/** The abstract layer through Java calls alone (no eval loop): classes made by Types.newType, operators, formatting. */
class AbstractTest {
    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    @Test
    void operatorsAndReprsOfBuiltins() {
        assertEquals(PyInt.of(5), Abstract.binaryOp(Abstract.NB_ADD, PyInt.of(2), PyInt.of(3)));
        assertEquals("[1, 'a', (2.5,)]", Abstract.repr(PyList.of(PyInt.of(1), s("a"), PyTuple.of(PyFloat.of(2.5)))).value());
        PyList l = PyList.of(PyInt.of(1));
        l.items.add(l);
        assertEquals("[1, [...]]", Abstract.repr(l).value());
        assertEquals("  3.14", Abstract.format(PyFloat.of(3.14159), s(">6.2f")).value());
        assertEquals("0x00ff", Abstract.format(PyInt.of(255), s("#06x")).value());
        PyException e = assertThrows(PyException.class, () -> Abstract.binaryOp(Abstract.NB_ADD, PyInt.of(1), s("a")));
        assertEquals("unsupported operand type(s) for +: 'int' and 'str'", e.pyMessage());
        assertTrue(Abstract.richCompareBool(PyInt.of(1), PyFloat.of(1.0), Abstract.EQ));
    }

    @Test
    void classesMadeInJava() {
        PyDict ns = new PyDict();
        ns.put(s("__module__"), s("m"));
        PyType a = Types.newType(PyType.TYPE, "A", PyTuple.EMPTY, ns);
        PyType b = Types.newType(PyType.TYPE, "B", PyTuple.of(a), new PyDict());
        PyType c = Types.newType(PyType.TYPE, "C", PyTuple.of(a), new PyDict());
        PyType d = Types.newType(PyType.TYPE, "D", PyTuple.of(b, c), new PyDict());
        assertEquals("(<class 'D'>, <class 'B'>, <class 'C'>, <class 'm.A'>, <class 'object'>)",
                Abstract.repr(Abstract.getattr(d, s("__mro__"))).value());
        PyException e = assertThrows(PyException.class, () -> Types.newType(PyType.TYPE, "E", PyTuple.of(a, b), new PyDict()));
        assertEquals("Cannot create a consistent method resolution order (MRO) for bases A, B", e.pyMessage());
        PyObject inst = Abstract.call(d);
        Abstract.setattr(inst, s("x"), PyInt.of(7));
        assertEquals(PyInt.of(7), Abstract.getattr(inst, s("x")));
        assertTrue(Abstract.isInstance(inst, a));
        e = assertThrows(PyException.class, () -> Abstract.call(d, PyInt.of(1)));
        assertEquals("D() takes no arguments", e.pyMessage());
        // instances hash by identity and are usable as dict keys
        PyDict dict = new PyDict();
        dict.put(inst, PyInt.of(1));
        assertEquals(PyInt.of(1), dict.get(inst));
    }

    @Test
    void exceptionSubclasses() {
        PyType my = Types.newType(PyType.TYPE, "MyError", PyTuple.of(dev.pyjama.objects.ExceptionTypes.VALUE_ERROR), new PyDict());
        PyObject e = Abstract.call(my, s("bad"), PyInt.of(2));
        assertEquals("MyError('bad', 2)", Abstract.repr(e).value());
        assertEquals("('bad', 2)", Abstract.str(e).value());
        Abstract.setattr(e, s("code"), PyInt.of(3));
        assertEquals(PyInt.of(3), Abstract.getattr(e, s("code")));
    }
}
