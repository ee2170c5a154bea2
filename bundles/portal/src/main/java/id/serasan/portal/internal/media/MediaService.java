package id.serasan.portal.internal.media;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.content.MediaStore;
import id.serasan.portal.internal.text.Slugs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The media library: pictures (resized, metadata removed, alternative text required, smaller variants for phones)
 * and PDF attachments, each stored under a name that carries its content hash so it is served with a year-long
 * cache lifetime.
 */
@Component(service = MediaService.class)
public class MediaService {
    /** The largest upload taken. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Widths of the smaller variants of a picture. */
    static final int[] VARIANTS = {480, 960};

    private final MediaStore store;

    @Activate
    public MediaService(@Reference MediaStore store) {
        this.store = store;
    }

    /** A stored file's bytes and type, by its file name. */
    public Optional<MediaStore.Blob> file(String fileName) {
        return store.blob(fileName);
    }

    public Media get(long id) {
        return store.get(id).orElseThrow(() -> ProblemException.notFound("Berkas tidak ditemukan / No such file: " + id));
    }

    public Page<Media> list(int page, int size) {
        return store.list(page, size);
    }

    /**
     * Takes an upload.
     *
     * @param originalName the uploaded file's name (kept for the download's name)
     * @param altId        the picture's alternative text (required for pictures)
     */
    public Media upload(String actor, String originalName, byte[] bytes, String altId, String altEn) {
        List<FieldError> errors = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            errors.add(new FieldError("file", "Pilih berkas / Choose a file"));
        } else if (bytes.length > MAX_BYTES) {
            errors.add(new FieldError("file", "Berkas terlalu besar; paling besar " + MAX_BYTES / 1024 / 1024
                    + " MB / The file is too large; at most " + MAX_BYTES / 1024 / 1024 + " MB"));
        }
        String name = originalName == null || originalName.isBlank() ? "berkas" : originalName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (altId != null && altId.length() > 300 || altEn != null && altEn.length() > 300) {
            errors.add(new FieldError("altId", "Paling panjang 300 huruf / At most 300 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String stem = Slugs.of(name.replaceAll("\\.[A-Za-z0-9]{1,5}$", ""));
        Optional<String> doc = Images.documentType(bytes);
        Media stored;
        if (doc.isPresent()) {
            String hash = sha256(bytes);
            stored = store.save(new MediaStore.NewFile(stem + "-" + hash.substring(0, 12) + ".pdf", name, doc.get(),
                    bytes, hash, null, null, null, trim(altId), trim(altEn)), actor, List.of());
        } else {
            if (altId == null || altId.isBlank()) {
                throw ProblemException.invalid(List.of(new FieldError("altId",
                        "Tulis teks alternatif: apa yang terlihat di gambar, untuk pembaca layar / Write the "
                                + "alternative text: what the picture shows, for screen readers")));
            }
            BufferedImage image;
            try {
                image = Images.read(bytes);
            } catch (Images.Refused e) {
                throw ProblemException.invalid(List.of(new FieldError("file", e.getMessage()
                        + "; atau PDF untuk lampiran / or a PDF for attachments")));
            }
            try {
                Images.Encoded main = Images.encode(image, Images.MAX_WIDTH);
                String hash = sha256(main.bytes());
                List<MediaStore.NewFile> variants = new ArrayList<>();
                for (int w : VARIANTS) {
                    if (main.width() > w) {
                        Images.Encoded v = Images.encode(image, w);
                        String vh = sha256(v.bytes());
                        variants.add(new MediaStore.NewFile(stem + "-" + w + "-" + vh.substring(0, 12) + "."
                                + v.extension(), name, v.contentType(), v.bytes(), vh, v.width(), v.height(), null,
                                null, null));
                    }
                }
                stored = store.save(new MediaStore.NewFile(stem + "-" + hash.substring(0, 12) + "." + main.extension(),
                        name, main.contentType(), main.bytes(), hash, main.width(), main.height(), null, altId.strip(),
                        trim(altEn)), actor, variants);
            } catch (IOException e) {
                throw ProblemException.invalid(List.of(new FieldError("file",
                        "Gambar tidak dapat diolah / The picture cannot be processed")));
            }
        }
        return stored;
    }

    /** Deletes a file no item shows (409 while one does). */
    public void delete(String actor, long id) {
        get(id);
        store.delete(id, actor);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
