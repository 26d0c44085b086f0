package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Built-in functions and core methods beyond what the exec fixtures show: compile()/exec()/eval()
 * modes, namespaces and errors, SyntaxError's str, Argument Clinic's messages, nested format
 * specs, case mappings, dict view set algebra and comparisons, and sequence operands mixed with
 * Python classes. Each program runs with pyjama and with CPython 3.13 and must print the same.
 */
class BuiltinsParityTest {

    static final String[] PROGRAMS = {
        // compile exec eval
        """
            c = compile('x = 5\\nprint(x)', 'f.py', 'exec'); exec(c); print(x)
            c = compile('1+1', 'f.py', 'single'); exec(c)
            print(eval(compile('2*3', 'f', 'eval')))
            for bad in [lambda: compile('x', 'f', 'bogus'), lambda: compile(1, 'f', 'exec'), lambda: compile('x', 1, 'exec'),
                        lambda: compile('x', 'f', 'exec', 1 << 20 | 0x80000000), lambda: compile('x','f','exec',0,0,5),
                        lambda: eval(1), lambda: exec(1), lambda: eval('x', []), lambda: exec('x', []), lambda: eval('1', {}, 1),
                        lambda: compile('def f(:', 'fname.py', 'exec'), lambda: compile('return 1', 'r.py', 'exec'),
                        lambda: compile(), lambda: eval(), lambda: exec('x=1', {}, {}, {}), lambda: compile('a', 'b', 1)]:
                try:
                    print(bad())
                except Exception as e:
                    print(type(e).__name__, e, getattr(e, 'filename', None), getattr(e, 'lineno', None))
            def f():
                a = 1
                return eval('a + 1'), dir()
            print(f())
            ns = {}
            exec(b'y = 2', ns); print(ns['y'], type(ns['__builtins__']).__name__)
            print(eval('  \\t 3'))
            class M:
                def __getitem__(self, k):
                    if k == 'q': return 42
                    raise KeyError(k)
            print(eval('q', {}, M()))
            e = SyntaxError('m', ('a/b.py', 3, 4, 'txt'))
            print(e, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
            print(SyntaxError('x'), SyntaxError(), repr(SyntaxError('q', ('f', 1, 2, 't', 1, 3))), SyntaxError('x').lineno)
""",
        // clinic messages
        """
            for f in [lambda: sorted([], foo=1), lambda: sorted([], kex=1), lambda: compile(source='x'), lambda: compile('x', 'f', 'exec', 0, 0, 0, 0, 0),
                      lambda: compile('x', 'f', 'exec', 0, 0, 0, 0), lambda: compile('x','f', 'exec', source='y'), lambda: int('1', bas=2), lambda: pow(1), lambda: pow(), lambda: round(),
                      lambda: round(1, 2, 3), lambda: 'a'.split(1, 2, 3), lambda: [].pop(1, 2), lambda: sum(), lambda: sum([], 0, 1), lambda: min(), lambda: [].sort(1), lambda: [].sort(rev=1)]:
                try: f()
                except TypeError as e: print(e)
""",
        // nested format specs
        """
            print('{:>{}}'.format('x', 4), '{:{}{}}'.format(3, '>', 5), '{0:{1}}'.format(2, 3), '{a:{b}}'.format(a=1, b=4))
            for f in [lambda: '{:{:{}}}'.format(1, 2, 3), lambda: '{:{}}'.format(1), lambda: '{0:{}}'.format(1, 2), lambda: '{:{0}}'.format(1, 2)]:
                try: print(f())
                except Exception as e: print(type(e).__name__, e)
""",
        // case mappings
        """
            tests = ['Hello, World ß ǅ', 'ǆa ǅb Ǆc', 'ﬃ ﬁx ŉa', 'ΣΑΣ ΟΔΟΣ. σσ Σ', 'ᾳ ᾀ ᾷ', 'they\\'re bill\\'s', 'ΑΣ\\u0301 b', 'İi ıI', 'ǰx', '', 'a1b2 c_d']
            for t in tests:
                print(t.title(), t.capitalize(), t.swapcase(), t.lower(), t.upper(), t.istitle())
""",
        // dict view sets
        """
            d = {'a': 1, 'b': 2}; e = {'b': 2, 'c': 3}
            k, i = d.keys(), d.items()
            print(k < {'a', 'b', 'c'}, k <= {'a', 'b'}, k > {'a'}, k >= e.keys(), i == {('a', 1), ('b', 2)})
            print(sorted(i ^ e.items()), sorted(i & e.items()), sorted(i | e.items()), sorted(i - e.items()))
            print(sorted({'a'} & k), sorted({'a', 'x'} - k), sorted(['a', 'z'] | k), sorted(('q',) ^ k))
            print(k.isdisjoint(['x', 'a']), i.isdisjoint({('a', 2)}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
            print(k == ['a', 'b'], k != ['a', 'b'], d.values() == d.values())
            for f in (lambda: k < 3, lambda: 1 - k, lambda: k.isdisjoint(1)):
                try: f()
                except TypeError as ex: print(ex)
""",
        // sequence operands
        """
            class L(list): pass
            class S(str): pass
            class R:
                def __radd__(self, o): return 'radd'
                def __rmul__(self, o): return 'rmul'
            class I:
                def __index__(self): return 2
            print(L([1]) + [2], [2] + L([1]), type(L([1]) + [2]).__name__, S('a') + 'b', 'b' + S('a'), [1] + R(), 'x' + R(), (1,) + R(), [1] * R(), R() * 1 if False else 0, [1] * I(), I() * [3], L([1]) * 2, 2 * L([1]), b'a' + R())
            for f in [lambda: [1] + 5, lambda: L() + 5, lambda: 5 + L(), lambda: 'a' + 1, lambda: S('a') + 1, lambda: (1,) + [1], lambda: [1] * 'a', lambda: 'a' * 1.5, lambda: L() * 1.5, lambda: 1.5 * S(), lambda: b'' + 1]:
                try: print(f())
                except TypeError as e: print(e)
            x = L([1]); x += [2]; print(x, type(x).__name__)
""",
    };

    @Test
    void builtinsBehaveAsInCPython() throws Exception {
        CPython313.require();
        Path dir = Files.createTempDirectory("builtins-parity");
        Path file = dir.resolve("p.py");
        try {
            for (String program : PROGRAMS) {
                Files.writeString(file, program);
                String expected = CPython313.run(
                        "import subprocess, sys\n"
                        + "r = subprocess.run([sys.executable, 'p.py'], capture_output=True, text=True, cwd=sys.argv[1])\n"
                        + "print(r.returncode); print(r.stdout, end=''); print('--stderr--'); print(r.stderr, end='')\n",
                        null, dir.toString());
                assertEquals(expected, EvalEndToEndTest.runPyjama(dir, "p.py"), program);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }
}
