package id.serasan.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.serasan.personnel.internal.io.Csv;
import id.serasan.personnel.internal.io.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the same generated employee table (rows x 15 text columns) with personnel's readers and with FastCSV and
 * fastexcel-reader, several rounds each, and prints the best time of each beside the other.
 */
public final class ReadersBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
        List<String[]> table = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String[] r = new String[15];
            r[0] = String.format("19%02d%02d%02d20%02d%02d1%03d", 60 + i % 40, 1 + i % 12, 1 + i % 28, 10 + i % 15,
                    1 + i % 12, 1 + i % 999);
            for (int c = 1; c < 15; c++) {
                r[c] = c == 1 ? "Nama Pegawai \"" + i + "\", S.Kom" : "kolom " + c + " baris " + i;
            }
            table.add(r);
        }
        StringWriter csv = new StringWriter();
        for (String[] r : table) {
            Csv.writeRecord(csv, r);
        }
        byte[] csvBytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Xlsx.write(table, xlsx);
        byte[] xlsxBytes = xlsx.toByteArray();
        System.out.printf("table: %,d rows x 15 columns; CSV %,d bytes, XLSX %,d bytes%n", rows, csvBytes.length,
                xlsxBytes.length);
        for (int round = 0; round < 2; round++) { // the first round warms up
            long ours = best(() -> Csv.read(new InputStreamReader(new ByteArrayInputStream(csvBytes), StandardCharsets.UTF_8),
                    rows + 1).size(), rows);
            long fast = best(() -> {
                int n = 0;
                try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new InputStreamReader(
                        new ByteArrayInputStream(csvBytes), StandardCharsets.UTF_8))) {
                    for (CsvRecord rec : r) {
                        rec.getFields().toArray(new String[0]);
                        n++;
                    }
                }
                return n;
            }, rows);
            long oursX = best(() -> Xlsx.read(new ByteArrayInputStream(xlsxBytes), rows + 1).size(), rows);
            long fastX = best(() -> {
                int n = 0;
                try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsxBytes));
                     java.util.stream.Stream<Row> s = wb.getFirstSheet().openStream()) {
                    for (Row r : (Iterable<Row>) s::iterator) {
                        String[] cells = new String[r.getCellCount()];
                        for (int c = 0; c < cells.length; c++) {
                            cells[c] = r.getCellText(c);
                        }
                        n++;
                    }
                }
                return n;
            }, rows);
            if (round == 1) {
                System.out.printf("CSV  read: personnel Csv %,d ms | FastCSV 4.4.0 %,d ms%n", ours, fast);
                System.out.printf("XLSX read: personnel Xlsx %,d ms | fastexcel-reader 0.20.2 %,d ms%n", oursX, fastX);
            }
        }
    }

    interface Work {
        int run() throws Exception;
    }

    /** The best of five runs, in milliseconds; each must read every row. */
    static long best(Work w, int rows) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            int n = w.run();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (n != rows) {
                throw new IllegalStateException("read " + n + " rows, expected " + rows);
            }
            best = Math.min(best, ms);
        }
        return best;
    }
}
