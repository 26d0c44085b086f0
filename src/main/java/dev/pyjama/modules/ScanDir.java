package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@code os.scandir()}: an iterator of {@code os.DirEntry} objects, and a context manager. */
// CPython: Modules/posixmodule.c os_scandir_impl, ScandirIterator, DirEntry
final class ScanDir {
    private ScanDir() {}

    static final PyType ITERATOR = PyType.builtin("posix.ScandirIterator", null);
    static final PyType DIR_ENTRY = PyType.builtin("posix.DirEntry", null);

    static final class Entry extends PyObject {
        final Path path;
        final PyObject name, fullPath;

        Entry(Path path, PyObject name, PyObject fullPath) {
            this.path = path;
            this.name = name;
            this.fullPath = fullPath;
        }

        @Override public PyType type() { return DIR_ENTRY; }

        @Override public String repr() { return "<DirEntry " + Abstract.repr(name).value() + ">"; }
    }

    static final class Scan extends PyIter {
        Iterator<Entry> it;

        Scan(java.util.List<Entry> entries) {
            super(ITERATOR);
            this.it = entries.iterator();
        }

        @Override
        public PyObject next() {
            return it != null && it.hasNext() ? it.next() : null;
        }
    }

    static {
        ITERATOR.baseType = false;
        ITERATOR.disallowInstantiation = true;
        BuiltinTypes.slot0(ITERATOR, "__iter__", self -> self);
        BuiltinTypes.slot0(ITERATOR, "__next__", self -> {
            PyObject v = ((Scan) self).next();
            if (v == null) throw dev.pyjama.interp.Errors.raise(dev.pyjama.objects.ExceptionTypes.STOP_ITERATION, null);
            return v;
        });
        BuiltinTypes.put(ITERATOR, "__enter__", (args, kw) -> args[0]);
        BuiltinTypes.put(ITERATOR, "__exit__", (args, kw) -> {
            ((Scan) args[0]).it = null;
            return PyBool.FALSE;
        });
        BuiltinTypes.put(ITERATOR, "close", (args, kw) -> {
            ((Scan) args[0]).it = null;
            return PyNone.NONE;
        });
        PyType t = DIR_ENTRY;
        t.baseType = false;
        t.disallowInstantiation = true;
        t.dict.put("__class_getitem__", new dev.pyjama.objects.PyClassMethod(new dev.pyjama.objects.PyBuiltinFunction(
                "__class_getitem__", null, null, (args, kw) -> new dev.pyjama.objects.PyGenericAlias(
                        dev.pyjama.objects.PyGenericAlias.TYPE, args[0], args[1] instanceof PyTuple tu ? tu : PyTuple.of(args[1]), false))));
        BuiltinTypes.getter(t, "name", self -> ((Entry) self).name);
        BuiltinTypes.getter(t, "path", self -> ((Entry) self).fullPath);
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        BuiltinTypes.put(t, "__fspath__", (args, kw) -> ((Entry) args[0]).fullPath);
        BuiltinTypes.put(t, "is_dir", (args, kw) -> PyBool.of(Files.isDirectory(((Entry) args[0]).path, follow(args, kw))));
        BuiltinTypes.put(t, "is_file", (args, kw) -> PyBool.of(Files.isRegularFile(((Entry) args[0]).path, follow(args, kw))));
        BuiltinTypes.put(t, "is_symlink", (args, kw) -> PyBool.of(Files.isSymbolicLink(((Entry) args[0]).path)));
        BuiltinTypes.put(t, "is_junction", (args, kw) -> PyBool.FALSE);
        BuiltinTypes.put(t, "stat", (args, kw) -> {
            Entry e = (Entry) args[0];
            return PosixModule.statPath(e.path, follow(args, kw).length == 0, e.fullPath);
        });
        BuiltinTypes.put(t, "inode", (args, kw) -> {
            try {
                return PyInt.of(((Number) Files.getAttribute(((Entry) args[0]).path, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue());
            } catch (IOException e) {
                throw PosixModule.ioError(e, ((Entry) args[0]).fullPath);
            }
        });
    }

    private static LinkOption[] follow(PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse("is_dir", args, 1, kw, new String[] {"follow_symlinks"}, 0, 0);
        return a[0] == null || Abstract.isTrue(a[0]) ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    static PyObject scandir(PyObject[] a, PyTuple kw) {
        PyObject[] p = Args.parse("scandir", a, 0, kw, new String[] {"path"}, 0, 1);
        PyObject arg = p[0] == null || p[0] == PyNone.NONE ? PyStr.of(".") : ModuleSupport.fspath(p[0]);
        boolean bytes = arg instanceof PyBytes;
        String base = ModuleSupport.path("scandir", "path", arg);
        Path dir = PosixModule.resolve(base);
        if (!Files.isDirectory(dir)) throw ModuleSupport.osError(Files.exists(dir) ? 20 : 2, arg);
        List<Entry> out = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir)) {
            for (Path e : stream) {
                String n = e.getFileName().toString();
                String full = p[0] == null || p[0] == PyNone.NONE ? n : base.endsWith("/") ? base + n : base + "/" + n;
                out.add(new Entry(e, bytes ? new PyBytes(n.getBytes(StandardCharsets.UTF_8)) : PyStr.of(n),
                        bytes ? new PyBytes(full.getBytes(StandardCharsets.UTF_8)) : PyStr.of(full)));
            }
        } catch (IOException e) {
            throw PosixModule.ioError(e, arg);
        }
        return new Scan(out);
    }
}
