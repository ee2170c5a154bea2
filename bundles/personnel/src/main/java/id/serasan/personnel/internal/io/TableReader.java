package id.serasan.personnel.internal.io;

import id.serasan.platform.api.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Table}, shared by the employee and the history import: the whole
 * body (refused when empty), at most {@code maxDataRows} rows below the header (blank ones included, as they count
 * in row numbers), the XLSX part-size limit of {@link Xlsx}; a file that cannot be read is a 400 naming why.
 */
public final class TableReader {
    private TableReader() {
    }

    /** What was uploaded: the bytes (for the audit checksum) and the table they hold. */
    public record Upload(byte[] bytes, Table table) {
    }

    /** Reads {@code body} as XLSX when {@code xlsx}, else as CSV. */
    public static Upload read(InputStream body, boolean xlsx, int maxDataRows) {
        byte[] bytes = bytes(body);
        return new Upload(bytes, Table.of(sheet(bytes, xlsx, maxDataRows + 1)));
    }

    /** The whole body; 400 when it is empty or unreadable. */
    static byte[] bytes(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw ProblemException.badRequest("Berkas tidak terbaca / The file could not be read");
        }
        if (bytes.length == 0) {
            throw ProblemException.badRequest("Berkas kosong / The file is empty");
        }
        return bytes;
    }

    /** The records of a CSV or XLSX file, at most {@code maxRecords} with the header; 400 when it cannot be read. */
    static Sheet sheet(byte[] bytes, boolean xlsx, int maxRecords) {
        try {
            return xlsx ? Xlsx.readSheet(new ByteArrayInputStream(bytes), maxRecords)
                    : Sheet.of(Csv.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                            maxRecords));
        } catch (IOException e) {
            throw ProblemException.badRequest("Berkas tidak dapat dibaca / The file cannot be read: " + e.getMessage());
        }
    }
}
