package cn.shenbao.forms.paper;

import java.nio.file.Path;

/**
 * Reads the size of a JPEG or PNG from its header, before anything is decoded, and checks that the file is
 * whole (a JPEG ends with its EOI marker after a frame header; a PNG's chunks run to IEND inside the file). An
 * image larger than {@value #MAX_SIDE} pixels on a side or {@value #MAX_PIXELS} pixels in all is refused: an A4
 * page scanned at 600 dpi is 4,961 × 7,016.
 */
final class ImageCheck {
    static final int MAX_SIDE = 14_000;
    static final long MAX_PIXELS = 60_000_000L;

    private ImageCheck() {}

    /** Width and height in pixels. */
    record Size(int width, int height) {}

    static boolean isJpeg(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    /** The checked size of an image file's bytes; a {@link PackageException} naming the file when it is refused. */
    static Size check(Path file, byte[] b) throws PackageException {
        Size s;
        if (isJpeg(b)) {
            s = jpeg(file, b);
        } else if (isPng(b)) {
            s = png(file, b);
        } else {
            throw new PackageException("package.image.format", null, file);
        }
        if (s.width() <= 0 || s.height() <= 0) {
            throw new PackageException("package.image.broken", null, file);
        }
        if (s.width() > MAX_SIDE || s.height() > MAX_SIDE || (long) s.width() * s.height() > MAX_PIXELS) {
            throw new PackageException("package.image.tooLarge", null, file, String.valueOf(s.width()), String.valueOf(s.height()),
                    String.valueOf(MAX_SIDE));
        }
        return s;
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static Size jpeg(Path file, byte[] b) throws PackageException {
        int i = 2;
        Size size = null;
        while (true) {
            if (i + 4 > b.length || (b[i] & 0xFF) != 0xFF) {
                throw new PackageException("package.image.truncated", null, file);
            }
            int m = b[i + 1] & 0xFF;
            if (m == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                i += 2;
                continue;
            }
            int len = u16(b, i + 2);
            if (len < 2 || i + 2 + len > b.length) {
                throw new PackageException("package.image.truncated", null, file);
            }
            boolean sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
            if (sof) {
                if (len < 7) {
                    throw new PackageException("package.image.broken", null, file);
                }
                size = new Size(u16(b, i + 7), u16(b, i + 5));
            }
            if (m == 0xDA) { // start of scan: the image data runs to the EOI marker at the end
                if (size == null) {
                    throw new PackageException("package.image.broken", null, file);
                }
                int end = b.length;
                while (end > i && b[end - 1] == 0) {
                    end--; // some scanners pad with zeros
                }
                if (end < 2 || (b[end - 2] & 0xFF) != 0xFF || (b[end - 1] & 0xFF) != 0xD9) {
                    throw new PackageException("package.image.truncated", null, file);
                }
                return size;
            }
            if (m == 0xD9) {
                throw new PackageException("package.image.truncated", null, file);
            }
            i += 2 + len;
        }
    }

    private static Size png(Path file, byte[] b) throws PackageException {
        if (b.length < 33 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw new PackageException("package.image.truncated", null, file);
        }
        long w = u32(b, 16);
        long h = u32(b, 20);
        if (w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new PackageException("package.image.tooLarge", null, file, String.valueOf(w), String.valueOf(h),
                    String.valueOf(MAX_SIDE));
        }
        Size size = new Size((int) w, (int) h);
        if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
            return size; // refused by the caller, before the chunks are walked
        }
        long i = 8;
        while (i + 12 <= b.length) {
            long len = u32(b, (int) i);
            String type = new String(b, (int) i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (len > b.length || i + 12 + len > b.length) {
                break;
            }
            if (type.equals("IEND")) {
                return size;
            }
            i += 12 + len;
        }
        throw new PackageException("package.image.truncated", null, file);
    }
}
