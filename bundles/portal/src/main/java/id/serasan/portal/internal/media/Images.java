package id.serasan.portal.internal.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Uploaded pictures, made safe and light: the dimensions are read before anything is decoded (a picture over
 * {@link #MAX_PIXELS} is refused, so no upload can exhaust memory), large pictures are subsampled while decoding
 * and scaled to at most {@link #MAX_WIDTH} wide, and every picture is encoded afresh — as JPEG, or as PNG when it
 * has transparency — without any of the original's metadata, so EXIF, GPS positions and camera details are gone.
 */
public final class Images {
    /** Refused above this (e.g. 8000 × 5000). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The widest stored picture. */
    public static final int MAX_WIDTH = 1600;

    /** A picture as stored. */
    public record Encoded(byte[] bytes, String contentType, String extension, int width, int height) {
    }

    /** Why a picture was refused. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private Images() {
    }

    /** The decoded, downscaled picture of a JPEG or PNG upload. */
    public static BufferedImage read(byte[] upload) throws Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("Bukan gambar JPEG atau PNG / Not a JPEG or PNG picture");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!(format.equals("jpeg") || format.equals("png"))) {
                    throw new Refused("Hanya JPEG atau PNG / JPEG or PNG only");
                }
                reader.setInput(in, true, true); // ignore metadata: it is never read, never kept
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w * h > MAX_PIXELS) {
                    throw new Refused("Gambar terlalu besar (" + w + " × " + h + "); paling banyak "
                            + MAX_PIXELS / 1_000_000 + " juta piksel / The picture is too large; at most "
                            + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int sub = (int) Math.max(1, w / (MAX_WIDTH * 2L));
                param.setSourceSubsampling(sub, sub, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("Gambar rusak atau tidak dapat dibaca / The picture is damaged or unreadable");
        }
    }

    /** The picture scaled to at most {@code maxWidth} wide, encoded without metadata. */
    public static Encoded encode(BufferedImage image, int maxWidth) throws IOException {
        BufferedImage scaled = scale(image, maxWidth);
        boolean alpha = scaled.getColorModel().hasAlpha();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (alpha) {
            ImageIO.write(scaled, "png", out);
            return new Encoded(out.toByteArray(), "image/png", "png", scaled.getWidth(), scaled.getHeight());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(rgb(scaled), null, null), p);
        } finally {
            writer.dispose();
        }
        return new Encoded(out.toByteArray(), "image/jpeg", "jpg", scaled.getWidth(), scaled.getHeight());
    }

    /** Scaled down (never up) to {@code maxWidth}, keeping the aspect ratio. */
    static BufferedImage scale(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int w = maxWidth;
        int h = Math.max(1, (int) Math.round(image.getHeight() * (double) maxWidth / image.getWidth()));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The type of a document upload judged by its first bytes: only PDF is taken. */
    public static Optional<String> documentType(byte[] upload) {
        if (upload.length > 5 && upload[0] == '%' && upload[1] == 'P' && upload[2] == 'D' && upload[3] == 'F'
                && upload[4] == '-') {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }
}
