package dev.pyjama.code;

/**
 * Where module code objects come from: {@code compile(source, filename, 'exec')}. The
 * command line's {@code -X dis}, {@code -X dump-code} and {@code -m dis} use the one that
 * {@link dev.pyjama.cli} is given; until the compiler exists there is none, and a {@code .py}
 * file is refused (a {@code .pyc} file is read with {@link Pyc#load}).
 */
@FunctionalInterface
public interface CodeSource {
    /** The module code object of {@code source}, named {@code filename}; raises PySyntaxError/PyException. */
    PyCode compile(byte[] source, String filename);
}
