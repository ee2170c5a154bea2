package id.serasan.portal.internal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/** Pictures and PDFs for the demo, drawn here (no stock photos of real people, no files fetched from anywhere). */
final class DemoPictures {
    private DemoPictures() {
    }

    /** A landscape "photo": hills, a sky and a building's outline in the regency's colours, as PNG. */
    static byte[] picture(long seed, int width, int height) throws IOException {
        Random rnd = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color sky = new Color(60 + rnd.nextInt(60), 120 + rnd.nextInt(60), 170 + rnd.nextInt(60));
            g.setPaint(new GradientPaint(0, 0, sky, 0, height, Color.WHITE));
            g.fillRect(0, 0, width, height);
            for (int layer = 0; layer < 3; layer++) {
                g.setColor(new Color(20 + layer * 25, 90 + rnd.nextInt(50), 50 + layer * 20));
                int base = height / 2 + layer * height / 8;
                int[] xs = new int[14];
                int[] ys = new int[14];
                for (int i = 0; i < 12; i++) {
                    xs[i] = i * width / 11;
                    ys[i] = base - rnd.nextInt(height / 6);
                }
                xs[12] = width;
                ys[12] = height;
                xs[13] = 0;
                ys[13] = height;
                g.fillPolygon(xs, ys, 14);
            }
            int bw = width / 3;
            int bh = height / 3;
            int bx = width / 3 + rnd.nextInt(width / 6) - width / 12;
            int by = height - bh - height / 10;
            g.setColor(new Color(245, 240, 230));
            g.fillRect(bx, by, bw, bh);
            g.setColor(new Color(150, 40, 30));
            g.fillPolygon(new int[] {bx - bw / 10, bx + bw / 2, bx + bw + bw / 10}, new int[] {by, by - bh / 2, by}, 3);
            g.setColor(new Color(40, 40, 40));
            g.setStroke(new BasicStroke(Math.max(2, width / 300f)));
            for (int i = 1; i < 5; i++) {
                g.drawLine(bx + i * bw / 5, by + bh / 5, bx + i * bw / 5, by + bh);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A one-page PDF whose text says it is a demo document. */
    static byte[] pdf(String title) {
        String text = ascii(title);
        String stream = "BT /F1 18 Tf 72 760 Td (" + text + ") Tj 0 -30 Td /F1 12 Tf "
                + "(Dokumen contoh untuk demo Serasan - bukan dokumen resmi.) Tj 0 -18 Td "
                + "(Demo document for Serasan - not an official document.) Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder b = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = b.length();
            b.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            b.append(String.format("%010d 00000 n \n", o));
        }
        b.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("[^\\x20-\\x7E]", "")
                .replace("\\", "").replace("(", "[").replace(")", "]");
    }
}
