package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.math.BigInteger;
import java.util.function.IntPredicate;

/**
 * {@code _stat}: Linux's file mode constants and tests, and filemode(); stat.py takes them in
 * place of its own. The BSD/macOS flags (UF_*, SF_*) have the values CPython 3.13 defines
 * when the platform does not; door, port and whiteout files do not exist on Linux (0, False).
 */
// CPython: Modules/_stat.c
public final class StatModule {
    private StatModule() {}

    static final int S_IFMT = 0170000, S_IFDIR = 0040000, S_IFCHR = 0020000, S_IFBLK = 0060000, S_IFREG = 0100000,
            S_IFIFO = 0010000, S_IFLNK = 0120000, S_IFSOCK = 0140000;

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_stat");
        ModuleSupport.set(m, "__doc__", PyStr.of("S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n"
                + "S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\n"
                + "S_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n"));
        test(m, "S_ISDIR", mode -> (mode & S_IFMT) == S_IFDIR);
        test(m, "S_ISCHR", mode -> (mode & S_IFMT) == S_IFCHR);
        test(m, "S_ISBLK", mode -> (mode & S_IFMT) == S_IFBLK);
        test(m, "S_ISREG", mode -> (mode & S_IFMT) == S_IFREG);
        test(m, "S_ISFIFO", mode -> (mode & S_IFMT) == S_IFIFO);
        test(m, "S_ISLNK", mode -> (mode & S_IFMT) == S_IFLNK);
        test(m, "S_ISSOCK", mode -> (mode & S_IFMT) == S_IFSOCK);
        test(m, "S_ISDOOR", mode -> false);
        test(m, "S_ISPORT", mode -> false);
        test(m, "S_ISWHT", mode -> false);
        ModuleSupport.def(m, "S_IMODE", (a, kw) -> PyInt.of(mode(ModuleSupport.one("_stat.S_IMODE", a, kw)) & 07777L));
        ModuleSupport.def(m, "S_IFMT", (a, kw) -> PyInt.of(mode(ModuleSupport.one("_stat.S_IFMT", a, kw)) & (long) S_IFMT));
        ModuleSupport.def(m, "filemode", (a, kw) -> PyStr.of(filemode(mode(ModuleSupport.one("_stat.filemode", a, kw)))));
        Object[][] constants = {
            {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK}, {"S_IFREG", S_IFREG}, {"S_IFIFO", S_IFIFO},
            {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK}, {"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
            {"S_ISUID", 04000}, {"S_ISGID", 02000}, {"S_ISVTX", 01000}, {"S_ENFMT", 02000},
            {"S_IREAD", 0400}, {"S_IWRITE", 0200}, {"S_IEXEC", 0100},
            {"S_IRWXU", 0700}, {"S_IRUSR", 0400}, {"S_IWUSR", 0200}, {"S_IXUSR", 0100},
            {"S_IRWXG", 070}, {"S_IRGRP", 040}, {"S_IWGRP", 020}, {"S_IXGRP", 010},
            {"S_IRWXO", 07}, {"S_IROTH", 04}, {"S_IWOTH", 02}, {"S_IXOTH", 01},
            {"UF_SETTABLE", 0x0000ffffL}, {"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4},
            {"UF_OPAQUE", 0x8}, {"UF_NOUNLINK", 0x10}, {"UF_COMPRESSED", 0x20}, {"UF_TRACKED", 0x40},
            {"UF_DATAVAULT", 0x80}, {"UF_HIDDEN", 0x8000},
            {"SF_SETTABLE", 0xffff0000L}, {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000},
            {"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000}, {"SF_FIRMLINK", 0x800000},
            {"SF_DATALESS", 0x40000000},
            {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5}, {"ST_SIZE", 6},
            {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9}};
        for (Object[] c : constants) ModuleSupport.set(m, (String) c[0], ((Number) c[1]).longValue());
        return m;
    }

    private static void test(PyModule m, String name, IntPredicate p) {
        ModuleSupport.def(m, name, (a, kw) -> PyBool.of(p.test((int) mode(ModuleSupport.one("_stat." + name, a, kw)))));
    }

    // CPython: Modules/_stat.c _PyLong_AsMode_t (mode_t is a 32-bit unsigned int on Linux)
    private static long mode(PyObject o) {
        if (o instanceof PyBool b) return b.value ? 1 : 0;
        if (!(o instanceof PyInt i)) throw Errors.typeError("an integer is required");
        BigInteger v = i.bigValue();
        if (v.signum() < 0) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
        if (v.bitLength() > 64) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
        if (v.bitLength() > 32) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "mode out of range");
        return v.longValue();
    }

    // CPython: Modules/_stat.c filetype, fileperm, stat_filemode
    private static String filemode(long mode) {
        int t = (int) mode & S_IFMT;
        char type = t == S_IFREG ? '-' : t == S_IFDIR ? 'd' : t == S_IFLNK ? 'l' : t == S_IFBLK ? 'b' : t == S_IFCHR ? 'c'
                : t == S_IFIFO ? 'p' : t == S_IFSOCK ? 's' : '?';
        return "" + type + perm(mode, 0400, 0200, 0100, 04000, 's')
                + perm(mode, 040, 020, 010, 02000, 's') + perm(mode, 04, 02, 01, 01000, 't');
    }

    private static String perm(long mode, int r, int w, int x, int special, char mark) {
        char xc = (mode & special) != 0 ? ((mode & x) != 0 ? mark : Character.toUpperCase(mark)) : ((mode & x) != 0 ? 'x' : '-');
        return "" + ((mode & r) != 0 ? 'r' : '-') + ((mode & w) != 0 ? 'w' : '-') + xc;
    }
}
