package cn.shenbao.icons.build;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Rasterises the application icon ({@code icons/shenbao.svg}) into every size the window and the
 * installers need, with Java2D from the shapes of the SVG itself, so the SVG stays the one source.
 * Only what the icon uses is understood: {@code rect} elements with {@code x y width height},
 * optional {@code rx}/{@code ry} and a {@code #RRGGBB} {@code fill}; anything else drawn is refused.
 *
 * <p>Output: {@code shenbao-N.png} for every size in {@link #PNG_SIZES} (the jar's resources), and
 * {@code shenbao.png} (256), {@code shenbao.ico} (16–256, PNG entries) and {@code shenbao.icns}
 * (16–1024, PNG entries) for jpackage. The same SVG and JDK give the same bytes on every run.
 *
 * <p>Usage: {@code IconGenerator <shenbao.svg> <resource-dir> <installer-dir>}
 */
public final class IconGenerator {
    /** The sizes shipped as resources (window icons, About dialog). */
    public static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    /** The sizes of the Windows icon. */
    public static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private IconGenerator() {}

    /** Below this size every rectangle is snapped to whole pixels, so that thin strokes stay sharp. */
    public static final int SNAP_BELOW = 64;

    /** One filled (rounded) rectangle of the icon, in the SVG's coordinates. */
    public record Shape(double x, double y, double w, double h, double rx, double ry, Color fill) {
        java.awt.Shape scaled(double s, boolean snap) {
            double x0 = x * s;
            double y0 = y * s;
            double w0 = w * s;
            double h0 = h * s;
            if (snap) {
                x0 = Math.round(x0);
                y0 = Math.round(y0);
                w0 = Math.max(1, Math.round(w0));
                h0 = Math.max(1, Math.round(h0));
            }
            return rx > 0 || ry > 0
                    ? new RoundRectangle2D.Double(x0, y0, w0, h0, 2 * rx * s, 2 * ry * s)
                    : new Rectangle2D.Double(x0, y0, w0, h0);
        }
    }

    /** The icon: its view box size and its shapes in drawing order. */
    public record Icon(double width, double height, List<Shape> shapes) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: IconGenerator <shenbao.svg> <resource-dir> <installer-dir>");
            System.exit(2);
        }
        Icon icon = read(Path.of(args[0]));
        Path resources = Path.of(args[1]);
        Path installers = Path.of(args[2]);
        Files.createDirectories(resources);
        Files.createDirectories(installers);
        for (int size : PNG_SIZES) {
            Files.write(resources.resolve("shenbao-" + size + ".png"), png(render(icon, size)));
        }
        Files.write(installers.resolve("shenbao.png"), png(render(icon, 256)));
        Files.write(installers.resolve("shenbao.ico"), ico(icon));
        Files.write(installers.resolve("shenbao.icns"), icns(icon));
        System.out.println("icons: " + PNG_SIZES.length + " PNG sizes, shenbao.ico, shenbao.icns from " + args[0]);
    }

    /** Reads the icon's shapes from the SVG file. */
    public static Icon read(Path svg) throws IOException {
        try (InputStream in = Files.newInputStream(svg)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            if (!"svg".equals(root.getLocalName())) {
                throw new IOException(svg + ": the root element is not <svg>");
            }
            String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
            if (box.length != 4) {
                throw new IOException(svg + ": <svg> needs a viewBox of four numbers");
            }
            double w = Double.parseDouble(box[2]);
            double h = Double.parseDouble(box[3]);
            List<Shape> shapes = new ArrayList<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "title", "desc", "metadata" -> { }
                    case "rect" -> shapes.add(rect(svg, e));
                    default -> throw new IOException(svg + ": <" + e.getLocalName()
                            + "> is not supported by the icon generator (use <rect>)");
                }
            }
            return new Icon(w, h, List.copyOf(shapes));
        } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
            throw new IOException(svg + ": not a readable SVG: " + e.getMessage(), e);
        }
    }

    private static Shape rect(Path svg, Element e) throws IOException {
        double x = num(e, "x", 0);
        double y = num(e, "y", 0);
        double w = num(e, "width", -1);
        double h = num(e, "height", -1);
        if (w <= 0 || h <= 0) {
            throw new IOException(svg + ": a <rect> needs a positive width and height");
        }
        double rx = num(e, "rx", num(e, "ry", 0));
        double ry = num(e, "ry", rx);
        String fill = e.getAttribute("fill");
        if (!fill.matches("#[0-9A-Fa-f]{6}")) {
            throw new IOException(svg + ": a <rect> needs a fill of the form #RRGGBB, not '" + fill + "'");
        }
        return new Shape(x, y, w, h, rx, ry, new Color(Integer.parseInt(fill.substring(1), 16)));
    }

    private static double num(Element e, String name, double dflt) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? dflt : Double.parseDouble(v);
    }

    /** Draws the icon at {@code size} × {@code size} pixels on a transparent background. */
    public static BufferedImage render(Icon icon, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (icon.width() != icon.height()) {
                throw new IllegalArgumentException("the icon's viewBox must be square");
            }
            double scale = size / icon.width();
            for (Shape s : icon.shapes()) {
                g.setColor(s.fill());
                g.fill(s.scaled(scale, size < SNAP_BELOW));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** PNG bytes of an image. */
    public static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Windows icon file with one PNG entry per size of {@link #ICO_SIZES} (Windows Vista and later). */
    public static byte[] ico(Icon icon) {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(render(icon, size)));
        }
        int headerSize = 6 + 16 * images.size();
        int total = headerSize + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES[i];
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buf.put((byte) 0).put((byte) 0);                 // no palette, reserved
            buf.putShort((short) 1).putShort((short) 32);    // planes, bits per pixel
            buf.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buf::put);
        return buf.array();
    }

    /** A macOS icon file with PNG entries from 16 to 1024 pixels. */
    public static byte[] icns(Icon icon) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] data = png(render(icon, t.getValue()));
            body.writeBytes(t.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.writeBytes(ByteBuffer.allocate(4).putInt(8 + data.length).array());
            body.writeBytes(data);
        }
        ByteBuffer head = ByteBuffer.allocate(8);
        head.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + body.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
