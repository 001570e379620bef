package cn.shenbao.forms.print.fonts;

import java.util.Set;

/**
 * Drops the empty glyph slots that iText's CFF subsetter leaves in a CID-keyed font.
 *
 * <p>Why the subset of Noto Serif CJK was ≈ 400 KB for a few hundred glyphs: iText keeps the glyph numbering of
 * the whole font, writing every unused glyph as a one-byte {@code endchar}, so the CharStrings INDEX still has
 * 65,535 entries with a 3-byte offset each (≈ 260 KB before compression) whatever is printed. A CID-keyed CFF
 * maps glyphs to CIDs through its charset, and the PDF's text and widths address CIDs, so the glyphs can be
 * renumbered densely: the used ones in order, a new charset giving each its original CID and a new FDSelect its
 * original font dict. Everything else (Top DICT values, strings, subroutines, private dicts) stays byte for byte.
 *
 * <p>Works on what iText 9 writes (CharStrings the last structure, Top DICT offsets as 5-byte integers); any other
 * input is returned unchanged.
 */
public final class CffCompactor {
    private static final int OP_CHARSET = 15;
    private static final int OP_CHARSTRINGS = 17;
    private static final int OP_FDSELECT = 0x0C25;
    private static final int OP_ROS = 0x0C1E;

    private CffCompactor() {
    }

    /**
     * The font with only glyph 0 and the glyphs of {@code usedCids}; the input itself when it is not a CID-keyed
     * CFF laid out as expected.
     */
    public static byte[] compact(byte[] cff, Set<Integer> usedCids) {
        try {
            byte[] out = compactOrNull(cff, usedCids);
            return out != null ? out : cff;
        } catch (RuntimeException e) {
            return cff;
        }
    }

    /**
     * CID → length in bytes of its charstring, for every glyph of a CID-keyed CFF (a glyph with an outline has more
     * than one byte; an emptied one is a single {@code endchar}). For checking embedded subsets.
     */
    public static java.util.Map<Integer, Integer> charStringLengths(byte[] d) {
        int[] top = index(d, index(d, d[2] & 0xFF)[index(d, d[2] & 0xFF).length - 1]);
        int charset = -1;
        int charStrings = -1;
        int lastValue = 0;
        for (int i = top[1]; i < top[2]; ) {
            int b = d[i] & 0xFF;
            if (b <= 21) {
                int op = b == 12 ? 0x0C00 | (d[i + 1] & 0xFF) : b;
                i += b == 12 ? 2 : 1;
                if (op == OP_CHARSET) {
                    charset = lastValue;
                } else if (op == OP_CHARSTRINGS) {
                    charStrings = lastValue;
                }
            } else if (b == 29) {
                lastValue = ((d[i + 1] & 0xFF) << 24) | ((d[i + 2] & 0xFF) << 16) | ((d[i + 3] & 0xFF) << 8)
                        | (d[i + 4] & 0xFF);
                i += 5;
            } else if (b == 28) {
                lastValue = (short) (((d[i + 1] & 0xFF) << 8) | (d[i + 2] & 0xFF));
                i += 3;
            } else if (b == 30) {
                i++;
                while ((d[i] & 0x0F) != 0x0F && (d[i] & 0xF0) != 0xF0) {
                    i++;
                }
                i++;
            } else if (b >= 32 && b <= 246) {
                lastValue = b - 139;
                i++;
            } else if (b >= 247 && b <= 250) {
                lastValue = (b - 247) * 256 + (d[i + 1] & 0xFF) + 108;
                i += 2;
            } else if (b >= 251 && b <= 254) {
                lastValue = -(b - 251) * 256 - (d[i + 1] & 0xFF) - 108;
                i += 2;
            } else {
                i++;
            }
        }
        int[] cs = index(d, charStrings);
        int[] cids = charset(d, charset, cs[0]);
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        for (int g = 0; g < cs[0]; g++) {
            out.put(cids[g], cs[2 + 2 * g] - cs[1 + 2 * g]);
        }
        return out;
    }

    private static byte[] compactOrNull(byte[] d, Set<Integer> usedCids) {
        int hdrSize = d[2] & 0xFF;
        int[] name = index(d, hdrSize);
        int[] top = index(d, name[name.length - 1]);
        if (top[0] != 1) {
            return null;
        }
        int topStart = top[1];
        int topEnd = top[2];
        // operator → position of its 5-byte operand (or -1 when encoded otherwise)
        int charsetAt = -1;
        int charStringsAt = -1;
        int fdSelectAt = -1;
        boolean ros = false;
        int charset = -1;
        int charStrings = -1;
        int fdSelect = -1;
        int lastOperand = -1;
        int lastValue = 0;
        for (int i = topStart; i < topEnd; ) {
            int b = d[i] & 0xFF;
            if (b <= 21) {
                int op = b == 12 ? 0x0C00 | (d[i + 1] & 0xFF) : b;
                i += b == 12 ? 2 : 1;
                switch (op) {
                    case OP_CHARSET -> {
                        charsetAt = lastOperand;
                        charset = lastValue;
                    }
                    case OP_CHARSTRINGS -> {
                        charStringsAt = lastOperand;
                        charStrings = lastValue;
                    }
                    case OP_FDSELECT -> {
                        fdSelectAt = lastOperand;
                        fdSelect = lastValue;
                    }
                    case OP_ROS -> ros = true;
                    default -> {
                    }
                }
                lastOperand = -1;
            } else if (b == 29) {
                lastOperand = i;
                lastValue = ((d[i + 1] & 0xFF) << 24) | ((d[i + 2] & 0xFF) << 16) | ((d[i + 3] & 0xFF) << 8)
                        | (d[i + 4] & 0xFF);
                i += 5;
            } else if (b == 28) {
                lastOperand = -1;
                i += 3;
            } else if (b == 30) {
                lastOperand = -1;
                i++;
                while ((d[i] & 0x0F) != 0x0F && (d[i] & 0xF0) != 0xF0) {
                    i++;
                }
                i++;
            } else {
                lastOperand = -1;
                i += b >= 247 && b <= 254 ? 2 : 1;
            }
        }
        if (!ros || charsetAt < 0 || charStringsAt < 0 || fdSelectAt < 0) {
            return null;
        }
        // only the glyphs kept are looked at: the subset has 65,535 glyph slots and a loop over all of them runs in
        // the interpreter of a cold JVM (issue 15: ≈ 40 ms of a cold export, now ≈ 1 ms)
        int glyphs = ((d[charStrings] & 0xFF) << 8) | (d[charStrings + 1] & 0xFF);
        if (glyphs < 2) {
            return null;
        }
        int offSize = d[charStrings + 2] & 0xFF;
        int offsets = charStrings + 3;
        int base = offsets + (glyphs + 1) * offSize - 1;
        int indexEnd = base + readOffset(d, offsets + glyphs * offSize, offSize);
        if (d.length - indexEnd > 16 || d.length < indexEnd) {
            return null; // CharStrings is not the last structure (iText pads one byte after it)
        }
        int[] used = usedCids.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        int[] kept = new int[Math.min(glyphs, used.length + 1) + 16];
        int[] keptCids = new int[kept.length];
        int keep = 1; // glyph 0, .notdef
        int format = d[charset] & 0xFF;
        if (format == 0) {
            boolean[] isUsed = new boolean[65536];
            for (int c : used) {
                if (c >= 0 && c < isUsed.length) {
                    isUsed[c] = true;
                }
            }
            for (int g = 1, p = charset + 1; g < glyphs; g++, p += 2) {
                int cid = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
                if (isUsed[cid]) {
                    if (keep == kept.length) {
                        kept = java.util.Arrays.copyOf(kept, keep * 2);
                        keptCids = java.util.Arrays.copyOf(keptCids, keep * 2);
                    }
                    kept[keep] = g;
                    keptCids[keep++] = cid;
                }
            }
        } else if (format == 1 || format == 2) {
            // ranges of consecutive CIDs: the used CIDs of each range, found by binary search, in glyph order
            int g = 1;
            int p = charset + 1;
            while (g < glyphs) {
                int first = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
                int left = format == 1 ? d[p + 2] & 0xFF : ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
                p += format == 1 ? 3 : 4;
                int n = Math.min(left + 1, glyphs - g);
                int u = java.util.Arrays.binarySearch(used, first);
                for (u = u < 0 ? -u - 1 : u; u < used.length && used[u] < first + n; u++) {
                    if (keep == kept.length) {
                        kept = java.util.Arrays.copyOf(kept, keep * 2);
                        keptCids = java.util.Arrays.copyOf(keptCids, keep * 2);
                    }
                    kept[keep] = g + used[u] - first;
                    keptCids[keep++] = used[u];
                }
                g += n;
            }
        } else {
            throw new IllegalArgumentException("charset format " + format);
        }
        if (keep == glyphs) {
            return null;
        }
        int[] fds = fdSelect(d, fdSelect, kept, keep);
        int[] starts = new int[keep];
        int[] lengths = new int[keep];
        int bytes = 0;
        for (int k = 0; k < keep; k++) {
            int g = kept[k];
            starts[k] = base + readOffset(d, offsets + g * offSize, offSize);
            lengths[k] = base + readOffset(d, offsets + (g + 1) * offSize, offSize) - starts[k];
            bytes += lengths[k];
        }
        int newCharset = charStrings;
        int newFdSelect = newCharset + 1 + 2 * (keep - 1);
        int newCharStrings = newFdSelect + 1 + keep;
        byte[] r = new byte[newCharStrings + 3 + 4 * (keep + 1) + bytes];
        System.arraycopy(d, 0, r, 0, charStrings);
        // charset, format 0: the CID of each glyph after .notdef
        int at = newCharset;
        r[at++] = 0;
        for (int k = 1; k < keep; k++) {
            r[at++] = (byte) (keptCids[k] >> 8);
            r[at++] = (byte) keptCids[k];
        }
        // FDSelect, format 0: the font dict of each glyph
        r[at++] = 0;
        for (int k = 0; k < keep; k++) {
            r[at++] = (byte) fds[k];
        }
        // CharStrings INDEX with 4-byte offsets
        r[at++] = (byte) (keep >> 8);
        r[at++] = (byte) keep;
        r[at++] = 4;
        int offset = 1;
        putInt(r, at, offset);
        at += 4;
        for (int k = 0; k < keep; k++) {
            offset += lengths[k];
            putInt(r, at, offset);
            at += 4;
        }
        for (int k = 0; k < keep; k++) {
            System.arraycopy(d, starts[k], r, at, lengths[k]);
            at += lengths[k];
        }
        putInt(r, charsetAt + 1, newCharset);
        putInt(r, fdSelectAt + 1, newFdSelect);
        putInt(r, charStringsAt + 1, newCharStrings);
        return r;
    }

    /**
     * An INDEX at {@code at}: {count, start0, end0, start1, end1, …, end of the INDEX}; for the Name and Top DICT
     * INDEX of one entry that is {1, start, end, next}.
     */
    private static int[] index(byte[] d, int at) {
        int count = ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
        if (count == 0) {
            return new int[] {0, at + 2};
        }
        int offSize = d[at + 2] & 0xFF;
        int base = at + 3 + (count + 1) * offSize - 1;
        int[] r = new int[2 + 2 * count];
        r[0] = count;
        int prev = base + readOffset(d, at + 3, offSize);
        for (int i = 0; i < count; i++) {
            int next = base + readOffset(d, at + 3 + (i + 1) * offSize, offSize);
            r[1 + 2 * i] = prev;
            r[2 + 2 * i] = next;
            prev = next;
        }
        r[r.length - 1] = prev;
        return r;
    }

    private static int readOffset(byte[] d, int at, int size) {
        int v = 0;
        for (int i = 0; i < size; i++) {
            v = (v << 8) | (d[at + i] & 0xFF);
        }
        return v;
    }

    private static int[] charset(byte[] d, int at, int glyphs) {
        int[] cids = new int[glyphs];
        int format = d[at] & 0xFF;
        int g = 1;
        int p = at + 1;
        if (format == 0) {
            for (; g < glyphs; g++, p += 2) {
                cids[g] = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
            }
            return cids;
        }
        if (format != 1 && format != 2) {
            throw new IllegalArgumentException("charset format " + format);
        }
        while (g < glyphs) {
            int first = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
            int left = format == 1 ? d[p + 2] & 0xFF : ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
            p += format == 1 ? 3 : 4;
            for (int k = 0; k <= left && g < glyphs; k++) {
                cids[g++] = first + k;
            }
        }
        return cids;
    }

    /** The font dict of each of the first {@code keep} glyphs of {@code kept} (ascending glyph ids). */
    private static int[] fdSelect(byte[] d, int at, int[] kept, int keep) {
        int[] fds = new int[keep];
        int format = d[at] & 0xFF;
        if (format == 0) {
            for (int k = 0; k < keep; k++) {
                fds[k] = d[at + 1 + kept[k]] & 0xFF;
            }
            return fds;
        }
        if (format != 3) {
            throw new IllegalArgumentException("FDSelect format " + format);
        }
        int ranges = ((d[at + 1] & 0xFF) << 8) | (d[at + 2] & 0xFF);
        int r = 0;
        for (int k = 0; k < keep; k++) {
            int g = kept[k];
            // ranges are in glyph order: move to the one that holds g (a glyph in no range keeps font dict 0)
            while (r < ranges && g >= (((d[at + 6 + 3 * r] & 0xFF) << 8) | (d[at + 7 + 3 * r] & 0xFF))) {
                r++;
            }
            int first = r < ranges ? ((d[at + 3 + 3 * r] & 0xFF) << 8) | (d[at + 4 + 3 * r] & 0xFF) : Integer.MAX_VALUE;
            fds[k] = r < ranges && g >= first ? d[at + 5 + 3 * r] & 0xFF : 0;
        }
        return fds;
    }

    private static void putInt(byte[] r, int at, int v) {
        r[at] = (byte) (v >>> 24);
        r[at + 1] = (byte) (v >>> 16);
        r[at + 2] = (byte) (v >>> 8);
        r[at + 3] = (byte) v;
    }
}
