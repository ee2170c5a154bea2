package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.demo.DemoData;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import id.serasan.personnel.internal.store.TestDatabase;
import id.serasan.personnel.internal.store.TrainingRepository;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Multi-row inserts against JDBC batches, on the real import path: the demo employees parsed by
 * {@link EmployeeRowParser} and written by {@link EmployeeWriter} (employees, then their rank, position and
 * education entries) into a fresh embedded Derby file database per run, in one transaction with its commit.
 * Runs only when asked: {@code bench/bulk-insert.sh} (figures in bench/README.md).
 */
@EnabledIfSystemProperty(named = "bench", matches = "bulk-insert")
class BulkInsertBench {

    @Test
    void multiRowAgainstBatches() throws Exception {
        int employees = Integer.getInteger("bench.employees", 12_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        DemoData data = DemoData.generate(2026, employees);
        Clock clock = Clock.fixed(DemoData.REFERENCE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Table table = Table.of(Sheet.of(data.importRows()));
        Path dir = Files.createTempDirectory("bulk-insert-bench");
        List<String> lines = new ArrayList<>();
        run(dir, "warm-up", data, table, clock, BulkInsert.Mode.MULTI_ROW);
        run(dir, "warm-up", data, table, clock, BulkInsert.Mode.BATCH);
        for (int round = 1; round <= rounds; round++) {
            for (BulkInsert.Mode mode : round % 2 == 1 ? List.of(BulkInsert.Mode.MULTI_ROW, BulkInsert.Mode.BATCH)
                    : List.of(BulkInsert.Mode.BATCH, BulkInsert.Mode.MULTI_ROW)) {
                lines.add(run(dir, "round " + round, data, table, clock, mode));
            }
        }
        lines.forEach(System.out::println);
    }

    private static String run(Path dir, String label, DemoData data, Table table, Clock clock, BulkInsert.Mode mode) {
        PersonnelDatabase db = TestDatabase.create("directory:" + dir.resolve(label.replace(' ', '-') + "-" + mode)
                + ";create=true");
        UnitRepository units = new UnitRepository();
        EmployeeRepository repository = new EmployeeRepository(new RankRepository(), new PositionRepository(),
                new EducationRepository(), new TrainingRepository());
        db.tx(c -> {
            for (DemoData.DemoUnit u : data.units()) {
                units.insert(c, u.code(), u.name(), u.parentCode() == null ? null : units.ref(c, u.parentCode())
                        .orElseThrow(), u.latitude(), u.longitude(), 1L);
            }
            return null;
        });
        Map<String, UnitRef> refs = db.read(units::refs);
        CheckedRows<ImportedEmployee> checked = new EmployeeRowParser(table, clock).parseAll(table, Set.of(),
                refs.keySet());
        if (!checked.errors().isEmpty()) {
            throw new AssertionError(checked.errors().subList(0, 1));
        }
        long t0 = System.nanoTime();
        EmployeeWriter.Phases phases = db.tx(c -> EmployeeWriter.write(c, checked.valid(), refs, 2L, repository, mode));
        long total = System.nanoTime() - t0;
        return String.format("%-8s %-9s %6d rows: %6d ms (employees %5d ms, histories %5d ms), %6.0f rows/s", label,
                mode, checked.valid().size(), total / 1_000_000, phases.employees() / 1_000_000,
                phases.histories() / 1_000_000, checked.valid().size() / (total / 1e9));
    }
}
