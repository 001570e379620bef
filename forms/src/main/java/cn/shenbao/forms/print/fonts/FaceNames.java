package cn.shenbao.forms.print.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the family names (name table, name id 16 or else 1) of a TrueType/OpenType font or of one face of a collection,
 * without parsing the glyph and character tables. Choosing the fonts used to parse every candidate in full,
 * including each face of the Noto CJK collections up to the Chinese one (70–120 ms a face), which made most of
 * the first export's time; the faces actually printed with are parsed when first used.
 *
 * <p>Records come as iText's {@code FontNames.getFamilyName()} gives them: {platform id, encoding id, language
 * id, name}, in table order, names of platforms 0 and 3 decoded as UTF-16BE and others as Windows-1252.
 */
final class FaceNames {
    private static final Charset WINANSI = Charset.forName("windows-1252");

    private FaceNames() {
    }

    /** The number of faces in a collection (.ttc/.otc), 1 for a single font file. */
    static int faceCount(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(ch, 0, 12);
            if (head.getInt(0) != 0x74746366) { // 'ttcf'
                return 1;
            }
            return head.getInt(8);
        }
    }

    /** The family-name records of face {@code index} (-1 or 0 for a single font file). */
    static String[][] familyNames(Path file, int index) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long dir = 0;
            ByteBuffer head = read(ch, 0, 12);
            if (head.getInt(0) == 0x74746366) { // 'ttcf'
                int count = head.getInt(8);
                int i = Math.max(index, 0);
                if (i >= count) {
                    throw new IOException("no face " + i + " in " + file.getFileName());
                }
                dir = Integer.toUnsignedLong(read(ch, 12 + 4L * i, 4).getInt(0));
            }
            ByteBuffer offsets = read(ch, dir, 12);
            int tables = Short.toUnsignedInt(offsets.getShort(4));
            ByteBuffer records = read(ch, dir + 12, 16 * tables);
            long nameAt = -1;
            int nameLength = 0;
            for (int t = 0; t < tables; t++) {
                if (records.getInt(16 * t) == 0x6E616D65) { // 'name'
                    nameAt = Integer.toUnsignedLong(records.getInt(16 * t + 8));
                    nameLength = records.getInt(16 * t + 12);
                }
            }
            if (nameAt < 0 || nameLength < 6) {
                throw new IOException("no name table in " + file.getFileName());
            }
            ByteBuffer name = read(ch, nameAt, nameLength);
            int count = Short.toUnsignedInt(name.getShort(2));
            int storage = Short.toUnsignedInt(name.getShort(4));
            List<String[]> family = new ArrayList<>();
            List<String[]> typographic = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                int r = 6 + 12 * k;
                if (r + 12 > nameLength) {
                    throw new IOException("broken name table in " + file.getFileName());
                }
                int platform = Short.toUnsignedInt(name.getShort(r));
                int encoding = Short.toUnsignedInt(name.getShort(r + 2));
                int language = Short.toUnsignedInt(name.getShort(r + 4));
                int nameId = Short.toUnsignedInt(name.getShort(r + 6));
                int length = Short.toUnsignedInt(name.getShort(r + 8));
                int offset = Short.toUnsignedInt(name.getShort(r + 10));
                if (nameId != 1 && nameId != 16) {
                    continue;
                }
                int from = storage + offset;
                if (from + length > nameLength) {
                    throw new IOException("broken name table in " + file.getFileName());
                }
                byte[] b = new byte[length];
                name.get(from, b);
                String text = platform == 0 || platform == 3 ? new String(b, StandardCharsets.UTF_16BE)
                        : new String(b, WINANSI);
                (nameId == 16 ? typographic : family).add(new String[] {String.valueOf(platform), String.valueOf(encoding), String.valueOf(language),
                        text});
            }
            // like iText: the typographic family (name id 16) when the font has one, else the family (id 1)
            return (typographic.isEmpty() ? family : typographic).toArray(new String[0][]);
        }
    }

    private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        if (length < 0 || at < 0 || at + length > ch.size()) {
            throw new IOException("not a font file (truncated)");
        }
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("not a font file (truncated)");
            }
        }
        return b.flip();
    }
}
