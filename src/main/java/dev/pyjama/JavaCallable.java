package dev.pyjama;

/**
 * A Java function that Python code can call: pass one as a value ({@link PythonInterpreter#set},
 * a call's argument) and Python sees a built-in function. Its arguments arrive converted to
 * Java and its result goes back converted to Python, by {@link PythonInterpreter}'s rules. A
 * {@link PythonException} it throws re-raises that Python exception; any other exception
 * becomes a Python {@code RuntimeError} carrying the Java exception's text. Keyword
 * arguments are refused with a {@code TypeError}. It runs on the interpreter's thread.
 */
@FunctionalInterface
public interface JavaCallable {
    Object call(Object... args) throws Exception;
}
