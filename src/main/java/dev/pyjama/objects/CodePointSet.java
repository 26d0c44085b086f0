package dev.pyjama.objects;

import java.util.Arrays;

/**
 * A set of code points: a bitmap for the Basic Multilingual Plane, where nearly all
 * look-ups land, and a binary search over range bounds above it.
 */
final class CodePointSet {
    private final long[] bmp = new long[0x10000 / 64];
    /** Ranges above the BMP as [first, last + 1) pairs, sorted. */
    private final int[] upper;

    CodePointSet(int[] bounds) {
        int upperCount = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            int first = bounds[i], end = bounds[i + 1];
            for (int cp = first; cp < Math.min(end, 0x10000); cp++) bmp[cp >>> 6] |= 1L << cp;
            if (end > 0x10000) upperCount += 2;
        }
        upper = new int[upperCount];
        int j = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i + 1] > 0x10000) {
                upper[j++] = Math.max(bounds[i], 0x10000);
                upper[j++] = bounds[i + 1];
            }
        }
    }

    boolean contains(int cp) {
        if (cp < 0x10000) {
            return cp >= 0 && (bmp[cp >>> 6] & (1L << cp)) != 0;
        }
        int i = Arrays.binarySearch(upper, cp);
        // Found at an even index: a range starts there. Otherwise the insertion point is
        // odd exactly when cp lies inside a range.
        return i >= 0 ? (i & 1) == 0 : ((-i - 1) & 1) == 1;
    }
}