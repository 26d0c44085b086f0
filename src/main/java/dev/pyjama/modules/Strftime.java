package dev.pyjama.modules;

import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/** strftime's directives as glibc formats them in the C locale. */
// CPython: Modules/timemodule.c time_strftime (which calls the C library's strftime)
final class Strftime {
    private Strftime() {}

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static String asctime(ZonedDateTime t) {
        return format("%a %b ", t) + String.format("%2d", t.getDayOfMonth()) + format(" %H:%M:%S %Y", t);
    }

    static String format(String fmt, ZonedDateTime t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            int dow = t.getDayOfWeek().getValue(); // Monday 1 .. Sunday 7
            switch (d) {
                case 'a' -> sb.append(DAYS[dow - 1], 0, 3);
                case 'A' -> sb.append(DAYS[dow - 1]);
                case 'b', 'h' -> sb.append(MONTHS[t.getMonthValue() - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[t.getMonthValue() - 1]);
                case 'c' -> sb.append(format("%a %b %e %H:%M:%S %Y", t));
                case 'C' -> sb.append(two(t.getYear() / 100));
                case 'd' -> sb.append(two(t.getDayOfMonth()));
                case 'D' -> sb.append(format("%m/%d/%y", t));
                case 'e' -> sb.append(String.format("%2d", t.getDayOfMonth()));
                case 'F' -> sb.append(format("%Y-%m-%d", t));
                case 'G' -> sb.append(t.get(IsoFields.WEEK_BASED_YEAR));
                case 'g' -> sb.append(two(t.get(IsoFields.WEEK_BASED_YEAR) % 100));
                case 'H' -> sb.append(two(t.getHour()));
                case 'I' -> sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'm' -> sb.append(two(t.getMonthValue()));
                case 'M' -> sb.append(two(t.getMinute()));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'r' -> sb.append(format("%I:%M:%S %p", t));
                case 'R' -> sb.append(format("%H:%M", t));
                case 's' -> sb.append(t.toEpochSecond());
                case 'S' -> sb.append(two(t.getSecond()));
                case 't' -> sb.append('\t');
                case 'T' -> sb.append(format("%H:%M:%S", t));
                case 'u' -> sb.append(dow);
                case 'U' -> sb.append(two((t.getDayOfYear() + 6 - dow % 7) / 7));
                case 'V' -> sb.append(two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'w' -> sb.append(dow % 7);
                case 'W' -> sb.append(two((t.getDayOfYear() + 6 - (dow + 6) % 7) / 7));
                case 'x' -> sb.append(format("%m/%d/%y", t));
                case 'X' -> sb.append(format("%H:%M:%S", t));
                case 'y' -> sb.append(two(t.getYear() % 100));
                case 'Y' -> sb.append(t.getYear());
                case 'z' -> {
                    int off = t.getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    sb.append(two(off / 3600)).append(two(off / 60 % 60));
                }
                case 'Z' -> sb.append(t.getOffset().getTotalSeconds() == 0 && t.getZone().getId().matches("UTC|Etc/UTC|Z|GMT")
                        ? "UTC" : java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(t));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
