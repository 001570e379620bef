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

    /** Something the icon draws, in the SVG's coordinates. */
    public interface Drawn {
        /** Draws it at {@code scale} pixels per SVG unit; {@code snap}: edges on whole pixels where that applies. */
        void draw(Graphics2D g, double scale, boolean snap);
    }

    /** One filled (rounded) rectangle of the icon, in the SVG's coordinates. */
    public record Shape(double x, double y, double w, double h, double rx, double ry, Color fill) implements Drawn {
        @Override
        public void draw(Graphics2D g, double scale, boolean snap) {
            g.setColor(fill);
            g.fill(scaled(scale, snap));
        }

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

    /**
     * One {@code <path>} of a toolbar icon: its outline ({@code d} with the commands M L H V C Q Z, absolute or
     * relative), filled ({@code fill}, {@code #RRGGBB} or {@code none}) and/or stroked ({@code stroke},
     * {@code stroke-width}; round caps and joins, as the toolbar icons are drawn).
     */
    public record PathShape(java.awt.geom.Path2D path, Color fill, Color stroke, double strokeWidth) implements Drawn {
        @Override
        public void draw(Graphics2D g, double scale, boolean snap) {
            java.awt.Shape s = java.awt.geom.AffineTransform.getScaleInstance(scale, scale).createTransformedShape(path);
            if (fill != null) {
                g.setColor(fill);
                g.fill(s);
            }
            if (stroke != null) {
                g.setColor(stroke);
                g.setStroke(new java.awt.BasicStroke((float) (strokeWidth * scale), java.awt.BasicStroke.CAP_ROUND,
                        java.awt.BasicStroke.JOIN_ROUND));
                g.draw(s);
            }
        }
    }

    /** The icon: its view box size and its shapes in drawing order. */
    public record Icon(double width, double height, List<Drawn> shapes) {}

    /** The sizes of the toolbar icons; each also at twice the size as {@code name-N@2x.png} (HiDPI screens). */
    public static final int[] TOOLBAR_SIZES = {16, 24, 32};

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: IconGenerator <shenbao.svg> <resource-dir> <installer-dir> [<toolbar-svg-dir>]");
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
        if (args.length == 4) {
            int n = toolbar(Path.of(args[3]), resources.resolve("toolbar"));
            System.out.println("icons: " + n + " toolbar icons at " + TOOLBAR_SIZES.length + " sizes (+ @2x) from " + args[3]);
        }
    }

    /**
     * Rasterises every {@code *.svg} of {@code dir} (toolbar icons, drawn with {@code <path>}) into
     * {@code out/<name>-N.png} and {@code out/<name>-N@2x.png} for N in {@link #TOOLBAR_SIZES}; returns how many.
     * JavaFX picks the {@code @2x} file itself on a screen scaled 200 %.
     */
    public static int toolbar(Path dir, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> svgs;
        try (var s = Files.list(dir)) {
            svgs = s.filter(p -> p.getFileName().toString().endsWith(".svg")).sorted().toList();
        }
        for (Path svg : svgs) {
            String name = svg.getFileName().toString().replaceFirst("\\.svg$", "");
            Icon icon = read(svg);
            for (int size : TOOLBAR_SIZES) {
                Files.write(out.resolve(name + "-" + size + ".png"), png(render(icon, size)));
                Files.write(out.resolve(name + "-" + size + "@2x.png"), png(render(icon, 2 * size)));
            }
        }
        return svgs.size();
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
            List<Drawn> shapes = new ArrayList<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "title", "desc", "metadata" -> { }
                    case "rect" -> shapes.add(rect(svg, e));
                    case "path" -> shapes.add(path(svg, e));
                    default -> throw new IOException(svg + ": <" + e.getLocalName()
                            + "> is not supported by the icon generator (use <rect> or <path>)");
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

    private static PathShape path(Path svg, Element e) throws IOException {
        Color fill = color(svg, e, "fill", e.getAttribute("stroke").isEmpty() ? "#000000" : "none");
        Color stroke = color(svg, e, "stroke", "none");
        if (fill == null && stroke == null) {
            throw new IOException(svg + ": a <path> with neither fill nor stroke draws nothing");
        }
        double width = num(e, "stroke-width", 1);
        return new PathShape(outline(svg, e.getAttribute("d")), fill, stroke, width);
    }

    private static Color color(Path svg, Element e, String attr, String dflt) throws IOException {
        String v = e.getAttribute(attr);
        if (v.isEmpty()) {
            v = dflt;
        }
        if (v.equals("none")) {
            return null;
        }
        if (!v.matches("#[0-9A-Fa-f]{6}")) {
            throw new IOException(svg + ": " + attr + " must be #RRGGBB or none, not '" + v + "'");
        }
        return new Color(Integer.parseInt(v.substring(1), 16));
    }

    /** The outline of a path's {@code d}: the commands M L H V C Q Z in either case (no arcs). */
    static java.awt.geom.Path2D outline(Path svg, String d) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("([MmLlHhVvCcQqZz])|(-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)|([\\s,]+)|(.)").matcher(d);
        List<Object> tokens = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null) {
                tokens.add(m.group(1).charAt(0));
            } else if (m.group(2) != null) {
                tokens.add(Double.parseDouble(m.group(2)));
            } else if (m.group(4) != null) {
                throw new IOException(svg + ": path command '" + m.group(4)
                        + "' is not supported by the icon generator (M L H V C Q Z)");
            }
        }
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        double x = 0;
        double y = 0;
        double sx = 0;
        double sy = 0;
        char cmd = 0;
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i) instanceof Character c) {
                cmd = c;
                i++;
                if (cmd == 'Z' || cmd == 'z') {
                    p.closePath();
                    x = sx;
                    y = sy;
                    continue;
                }
            } else if (cmd == 0 || cmd == 'Z' || cmd == 'z') {
                throw new IOException(svg + ": a path must start with M");
            }
            boolean rel = Character.isLowerCase(cmd);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            int need = switch (Character.toUpperCase(cmd)) {
                case 'M', 'L' -> 2;
                case 'H', 'V' -> 1;
                case 'C' -> 6;
                case 'Q' -> 4;
                default -> throw new IOException(svg + ": path command '" + cmd + "' is not supported");
            };
            double[] a = new double[need];
            for (int k = 0; k < need; k++) {
                if (i >= tokens.size() || !(tokens.get(i) instanceof Double v)) {
                    throw new IOException(svg + ": path command '" + cmd + "' needs " + need + " numbers");
                }
                a[k] = v;
                i++;
            }
            switch (Character.toUpperCase(cmd)) {
                case 'M' -> {
                    x = ox + a[0];
                    y = oy + a[1];
                    p.moveTo(x, y);
                    sx = x;
                    sy = y;
                    cmd = rel ? 'l' : 'L'; // further pairs after M are lines
                }
                case 'L' -> {
                    x = ox + a[0];
                    y = oy + a[1];
                    p.lineTo(x, y);
                }
                case 'H' -> {
                    x = ox + a[0];
                    p.lineTo(x, y);
                }
                case 'V' -> {
                    y = oy + a[0];
                    p.lineTo(x, y);
                }
                case 'C' -> {
                    p.curveTo(ox + a[0], oy + a[1], ox + a[2], oy + a[3], ox + a[4], oy + a[5]);
                    x = ox + a[4];
                    y = oy + a[5];
                }
                default -> {
                    p.quadTo(ox + a[0], oy + a[1], ox + a[2], oy + a[3]);
                    x = ox + a[2];
                    y = oy + a[3];
                }
            }
        }
        return p;
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
            for (Drawn s : icon.shapes()) {
                s.draw(g, scale, size < SNAP_BELOW);
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
