package cn.shenbao.forms.print.fonts;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
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
        int[] cs = index(d, charStrings);
        int glyphs = cs[0];
        if (d.length - cs[cs.length - 1] > 16 || d.length < cs[cs.length - 1] || glyphs < 2) {
            return null; // CharStrings is not the last structure (iText pads one byte after it)
        }
        int[] cids = charset(d, charset, glyphs);
        int[] fds = fdSelect(d, fdSelect, glyphs);
        List<Integer> keep = new ArrayList<>();
        for (int g = 0; g < glyphs; g++) {
            if (g == 0 || usedCids.contains(cids[g])) {
                keep.add(g);
            }
        }
        if (keep.size() == glyphs) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(charStrings + keep.size() * 64);
        out.write(d, 0, charStrings);
        // charset, format 0: the CID of each glyph after .notdef
        int newCharset = out.size();
        out.write(0);
        for (int k = 1; k < keep.size(); k++) {
            int cid = cids[keep.get(k)];
            out.write(cid >> 8);
            out.write(cid);
        }
        // FDSelect, format 0: the font dict of each glyph
        int newFdSelect = out.size();
        out.write(0);
        for (int g : keep) {
            out.write(fds[g]);
        }
        // CharStrings INDEX with 4-byte offsets
        int newCharStrings = out.size();
        out.write(keep.size() >> 8);
        out.write(keep.size());
        out.write(4);
        int offset = 1;
        writeInt(out, offset);
        for (int g : keep) {
            offset += cs[2 + 2 * g] - cs[1 + 2 * g];
            writeInt(out, offset);
        }
        for (int g : keep) {
            out.write(d, cs[1 + 2 * g], cs[2 + 2 * g] - cs[1 + 2 * g]);
        }
        byte[] r = out.toByteArray();
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

    private static int[] fdSelect(byte[] d, int at, int glyphs) {
        int[] fds = new int[glyphs];
        int format = d[at] & 0xFF;
        if (format == 0) {
            for (int g = 0; g < glyphs; g++) {
                fds[g] = d[at + 1 + g] & 0xFF;
            }
            return fds;
        }
        if (format != 3) {
            throw new IllegalArgumentException("FDSelect format " + format);
        }
        int ranges = ((d[at + 1] & 0xFF) << 8) | (d[at + 2] & 0xFF);
        int p = at + 3;
        for (int r = 0; r < ranges; r++) {
            int first = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
            int fd = d[p + 2] & 0xFF;
            int next = ((d[p + 3] & 0xFF) << 8) | (d[p + 4] & 0xFF);
            for (int g = first; g < next && g < glyphs; g++) {
                fds[g] = fd;
            }
            p += 3;
        }
        return fds;
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void putInt(byte[] r, int at, int v) {
        r[at] = (byte) (v >>> 24);
        r[at + 1] = (byte) (v >>> 16);
        r[at + 2] = (byte) (v >>> 8);
        r[at + 3] = (byte) v;
    }
}
