package dev.pyjama;

/**
 * Where a monitoring event happened: the code object's file, qualified name and first line,
 * the instruction's byte offset (-1 for LINE, whose callback CPython gives the line only) and
 * its line number (-1 where the instruction has none).
 */
public record CodeLocation(String filename, String function, int firstLine, int offset, int line) {}
