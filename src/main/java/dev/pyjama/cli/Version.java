package dev.pyjama.cli;

/** The Python version pyjama implements (design.md, decision 9). */
final class Version {
    private Version() {}

    static final String SHORT = "3.13.0";
    /** What {@code python -VV} prints after "Python ", in CPython's sys.version format. */
    static final String FULL = SHORT + " (main) [pyjama on Java " + System.getProperty("java.version") + "]";
}
