package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.SimpleNamespaces;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code time}: the clocks (wall, monotonic, performance, process CPU), sleep, and the
 * conversions between seconds and {@code struct_time} in UTC and in the JVM's default zone
 * (the zone the TZ variable names), with strftime's C-locale directives.
 */
// CPython: Modules/timemodule.c
public final class TimeModule {
    private TimeModule() {}

    static final PyType STRUCT_TIME = StructSeq.newType("time.struct_time", new String[] {"tm_year", "tm_mon", "tm_mday",
        "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9, true);

    private static final long START = System.nanoTime();

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("time");
        set(m, "struct_time", STRUCT_TIME);
        set(m, "_STRUCT_TM_ITEMS", 11);
        for (Object[] c : new Object[][] {{"CLOCK_REALTIME", 0}, {"CLOCK_MONOTONIC", 1}, {"CLOCK_PROCESS_CPUTIME_ID", 2},
            {"CLOCK_THREAD_CPUTIME_ID", 3}, {"CLOCK_MONOTONIC_RAW", 4}, {"CLOCK_BOOTTIME", 7}, {"CLOCK_TAI", 11}}) {
            set(m, (String) c[0], (Integer) c[1]);
        }
        ZonedDateTime jan = ZonedDateTime.of(LocalDateTime.of(Year.now(), 1, 1, 0, 0), zone());
        ZonedDateTime jul = ZonedDateTime.of(LocalDateTime.of(Year.now(), 7, 1, 0, 0), zone());
        int offJan = jan.getOffset().getTotalSeconds(), offJul = jul.getOffset().getTotalSeconds();
        set(m, "timezone", -Math.min(offJan, offJul));
        set(m, "altzone", -Math.max(offJan, offJul));
        set(m, "daylight", offJan != offJul ? 1 : 0);
        String std = abbreviation(offJan <= offJul ? jan : jul), dst = abbreviation(offJan <= offJul ? jul : jan);
        set(m, "tzname", PyTuple.of(PyStr.of(std), PyStr.of(dst)));

        def(m, "time", (a, kw) -> noargs("time", a, kw, PyFloat.of(nowNanos() / 1e9)));
        def(m, "time_ns", (a, kw) -> noargs("time_ns", a, kw, PyInt.of(nowNanos())));
        for (String n : new String[] {"monotonic", "perf_counter"}) {
            def(m, n, (a, kw) -> noargs(n, a, kw, PyFloat.of((System.nanoTime() - START) / 1e9)));
            def(m, n + "_ns", (a, kw) -> noargs(n + "_ns", a, kw, PyInt.of(System.nanoTime() - START)));
        }
        for (String n : new String[] {"process_time", "thread_time"}) {
            def(m, n, (a, kw) -> noargs(n, a, kw, PyFloat.of(cpuNanos() / 1e9)));
            def(m, n + "_ns", (a, kw) -> noargs(n + "_ns", a, kw, PyInt.of(cpuNanos())));
        }
        // CPython: Modules/timemodule.c time_sleep, pysleep
        def(m, "sleep", (a, kw) -> {
            PyObject s = ModuleSupport.one("sleep", a, kw);
            if (!(s instanceof PyInt) && !(s instanceof PyFloat) && s.type().lookup("__float__") == null
                    && s.type().lookup("__index__") == null) {
                throw Errors.typeError("'" + s.typeName() + "' object cannot be interpreted as an integer or float");
            }
            double secs = ModuleSupport.asDouble(s);
            if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
            dev.pyjama.interp.Gil gil = dev.pyjama.interp.Gil.release(); // other threads run meanwhile
            try {
                long ns = (long) (secs * 1e9);
                Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                dev.pyjama.interp.Gil.reacquire(gil);
                gil = null;
                throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT, null);
            } finally {
                dev.pyjama.interp.Gil.reacquire(gil);
            }
            return PyNone.NONE;
        });
        def(m, "gmtime", (a, kw) -> structTime(seconds("gmtime", a, kw), ZoneOffset.UTC));
        def(m, "localtime", (a, kw) -> structTime(seconds("localtime", a, kw), zone()));
        // CPython: Modules/timemodule.c time_mktime
        def(m, "mktime", (a, kw) -> {
            PyObject t = ModuleSupport.one("mktime", a, kw);
            LocalDateTime ldt = toLocal(t, "mktime");
            return PyFloat.of(ldt.atZone(zone()).toEpochSecond());
        });
        def(m, "strftime", (a, kw) -> {
            ModuleSupport.positional("strftime", a, kw, 1, 2);
            if (!(a[0] instanceof PyStr fmt)) throw Errors.typeError("strftime() argument 1 must be str, not " + a[0].typeName());
            ZonedDateTime t = a.length > 1 ? toLocal(a[1], "strftime").atZone(zone()) : ZonedDateTime.now(zone());
            return PyStr.of(Strftime.format(fmt.value(), t));
        });
        def(m, "asctime", (a, kw) -> {
            ModuleSupport.positional("asctime", a, kw, 0, 1);
            ZonedDateTime t = a.length > 0 ? toLocal(a[0], "asctime").atZone(zone()) : ZonedDateTime.now(zone());
            return PyStr.of(Strftime.asctime(t));
        });
        def(m, "ctime", (a, kw) -> {
            return PyStr.of(Strftime.asctime(broken(seconds("ctime", a, kw), zone())));
        });
        def(m, "get_clock_info", (a, kw) -> {
            PyObject n = ModuleSupport.one("get_clock_info", a, kw);
            String name = n instanceof PyStr s ? s.value() : "";
            Map<String, PyObject> info = new LinkedHashMap<>();
            switch (name) {
                case "time" -> clock(info, "clock_gettime(CLOCK_REALTIME)", false, true);
                case "monotonic", "perf_counter" -> clock(info, "clock_gettime(CLOCK_MONOTONIC)", true, false);
                case "process_time" -> clock(info, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false);
                case "thread_time" -> clock(info, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false);
                default -> throw Errors.valueError("unknown clock");
            }
            return SimpleNamespaces.of(info);
        });
        def(m, "tzset", (a, kw) -> PyNone.NONE);
        return m;
    }

    private static final class Year {
        static int now() {
            return LocalDateTime.now().getYear();
        }
    }

    private static String abbreviation(ZonedDateTime t) {
        String s = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        if (t.getZone() instanceof ZoneOffset || s.equals("Z") || t.getZone().getId().equals("Etc/UTC") || t.getZone().getId().equals("UTC")) {
            return t.getOffset().getTotalSeconds() == 0 ? "UTC" : s;
        }
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
    }

    private static void clock(Map<String, PyObject> info, String impl, boolean monotonic, boolean adjustable) {
        info.put("implementation", PyStr.of(impl));
        info.put("monotonic", PyBool.of(monotonic));
        info.put("adjustable", PyBool.of(adjustable));
        info.put("resolution", PyFloat.of(1e-09));
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime() - START;
    }

    private static PyObject noargs(String name, PyObject[] a, PyTuple kw, PyObject r) {
        ModuleSupport.noArgs(name, a, kw);
        return r;
    }

    /** The optional seconds argument of gmtime/localtime/ctime (None or absent: now), floored to a time_t. */
    // CPython: Python/pytime.c _PyTime_ObjectToTime_t (ROUND_FLOOR)
    private static long seconds(String name, PyObject[] a, PyTuple kw) {
        ModuleSupport.positional(name, a, kw, 0, 1);
        if (a.length == 0 || a[0] == PyNone.NONE) return Math.floorDiv(nowNanos(), 1_000_000_000L);
        if (a[0] instanceof PyFloat) {
            double d = ModuleSupport.asDouble(a[0]);
            if (Double.isNaN(d)) throw Errors.valueError("Invalid value NaN (not a number)");
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) throw timeTOverflow();
            return (long) d;
        }
        if (!(a[0] instanceof PyInt)) {
            throw Errors.typeError("'" + a[0].typeName() + "' object cannot be interpreted as an integer");
        }
        java.math.BigInteger b = ((PyInt) a[0]).bigValue();
        if (b.bitLength() > 63) throw timeTOverflow();
        return b.longValue();
    }

    private static dev.pyjama.objects.PyException timeTOverflow() {
        return Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
    }

    /** The broken-down time of a time_t; java.time covers years +-1e9, glibc's struct tm any int tm_year. */
    // CPython: Modules/timemodule.c time_gmtime / _PyTime_localtime (errno EOVERFLOW from gmtime_r)
    private static ZonedDateTime broken(long s, ZoneId z) {
        if (s >= Instant.MIN.getEpochSecond() && s <= Instant.MAX.getEpochSecond()) {
            try {
                return Instant.ofEpochSecond(s).atZone(z);
            } catch (java.time.DateTimeException e) {
                // within an offset of java.time's limits: treated like the years beyond them
            }
        }
        // Beyond java.time: years whose tm_year (year - 1900) fits an int are valid in C; we cannot
        // represent them, and the rest overflow exactly as glibc's __offtime does.
        long year = Math.floorDiv(s, 31_556_952L) + 1970;
        if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) throw ModuleSupport.osError(75, null);
        throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
    }

    // CPython: Modules/timemodule.c tmtotuple
    static PyObject structTime(long s, ZoneId z) {
        ZonedDateTime t = broken(s, z);
        int dst = z.getRules().isDaylightSavings(t.toInstant()) ? 1 : 0;
        return StructSeq.of(STRUCT_TIME, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()), PyInt.of(t.getDayOfWeek().getValue() - 1),
                PyInt.of(t.getDayOfYear()), PyInt.of(dst), PyStr.of(z == ZoneOffset.UTC ? "UTC" : abbreviation(t)),
                PyInt.of(t.getOffset().getTotalSeconds()));
    }

    // CPython: Modules/timemodule.c gettmarg, checktm
    private static LocalDateTime toLocal(PyObject t, String fname) {
        if (!(t instanceof PyTuple tup)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (tup.items.length != 9) throw Errors.typeError(fname + "(): illegal time tuple argument");
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            v[i] = ModuleSupport.asLong(tup.items[i]);
            // gettmarg parses the tuple with "i" (a C int)
            if (v[i] > Integer.MAX_VALUE) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "signed integer is greater than maximum");
            if (v[i] < Integer.MIN_VALUE) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "signed integer is less than minimum");
        }
        if (v[1] == 0) v[1] = 1;
        if (v[2] == 0) v[2] = 1;
        if (v[1] < 1 || v[1] > 12) throw Errors.valueError("month out of range");
        if (v[2] < 1 || v[2] > 31) throw Errors.valueError("day of month out of range");
        if (v[3] < 0 || v[3] > 23) throw Errors.valueError("hour out of range");
        if (v[4] < 0 || v[4] > 59) throw Errors.valueError("minute out of range");
        if (v[5] < 0 || v[5] > 61) throw Errors.valueError("seconds out of range");
        try {
            return LocalDateTime.of((int) v[0], (int) v[1], 1, (int) v[3], (int) v[4], (int) Math.min(v[5], 59)).plusDays(v[2] - 1);
        } catch (java.time.DateTimeException e) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "mktime argument out of range");
        }
    }
}
