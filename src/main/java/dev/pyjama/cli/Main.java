package dev.pyjama.cli;

/** Placeholder entry point; the command line is written next. */
public final class Main {
    public static void main(String[] args) {
        System.err.println("pyjama: not implemented yet");
        System.exit(2);
    }
}
