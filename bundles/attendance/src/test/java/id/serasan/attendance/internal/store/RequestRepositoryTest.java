package id.serasan.attendance.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests, appeals and their attachments on a real (in-memory) Derby database with every schema version. */
class RequestRepositoryTest {
    static final String NIP = "199001012020011001";
    private final AttendanceDatabase db = AttendanceTestDatabase.create();
    private final RequestRepository repo = new RequestRepository();

    private long file(long createdMs) {
        return db.tx(c -> repo.insertFile(c, NIP, "surat.pdf", "application/pdf", "%PDF-1.4".getBytes(), "x",
                createdMs));
    }

    private long request(Long fileId, String status, LocalDate from, LocalDate to) {
        return db.tx(c -> repo.insertRequest(c, new RequestRepository.RequestRow(0, NIP, "LEAVE", "ANNUAL", from, to,
                2, "alasan", null, fileId, "197001012000011001", status, "u", 1, null, null, null)));
    }

    @Test
    void aDecisionMovesOnlyFromTheStateItExpects() {
        long id = request(null, "PENDING", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8));
        boolean approved = db.tx(c -> repo.moveRequest(c, id, "PENDING", "APPROVED", "atasan", 5, "ok"));
        assertThat(approved).isTrue();
        boolean again = db.tx(c -> repo.moveRequest(c, id, "PENDING", "REJECTED", "atasan", 6, "x"));
        assertThat(again).isFalse();
        RequestRepository.RequestRow r = db.read(c -> repo.request(c, id)).orElseThrow();
        assertThat(r.status()).isEqualTo("APPROVED");
        assertThat(r.decidedMs()).isEqualTo(5L);
        assertThat(r.fileId()).isNull();
        List<RequestRepository.RequestRow> inDec = db.read(c -> repo.approved(c, null, LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 31)));
        assertThat(inDec).extracting(RequestRepository.RequestRow::id).containsExactly(id);
        List<RequestRepository.RequestRow> before = db.read(c -> repo.approved(c, NIP, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 6)));
        assertThat(before).isEmpty();
        int annual = db.read(c -> repo.annualDays(c, NIP, 2026));
        assertThat(annual).isEqualTo(2);
    }

    @Test
    void attachmentsNoRequestOrAppealNamesAreRemovedAfterADayAndNoOthers() {
        long used = file(1_000);
        long appealed = file(1_000);
        long unusedOld = file(1_000);
        long unusedNew = file(90_000_000);
        request(used, "PENDING", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));
        db.tx(c -> repo.insertAppeal(c, new RequestRepository.AppealRow(0, NIP, LocalDate.of(2026, 12, 1), "x",
                appealed, null, "PENDING", "u", 1, null, null, null)));
        int removed = db.tx(c -> repo.deleteUnusedFiles(c, 86_400_000L));
        assertThat(removed).isEqualTo(1);
        java.util.Optional<RequestRepository.FileRow> gone = db.read(c -> repo.file(c, unusedOld));
        java.util.Optional<RequestRepository.FileRow> kept = db.read(c -> repo.file(c, used));
        java.util.Optional<RequestRepository.FileRow> keptForAppeal = db.read(c -> repo.file(c, appealed));
        java.util.Optional<RequestRepository.FileRow> young = db.read(c -> repo.file(c, unusedNew));
        assertThat(gone).isEmpty();
        assertThat(kept).isPresent();
        assertThat(keptForAppeal).isPresent();
        assertThat(young).isPresent();
        boolean inUse = db.read(c -> repo.fileUsed(c, used));
        assertThat(inUse).isTrue();
        byte[] content = db.read(c -> repo.content(c, used));
        assertThat(new String(content)).isEqualTo("%PDF-1.4");
    }
}
