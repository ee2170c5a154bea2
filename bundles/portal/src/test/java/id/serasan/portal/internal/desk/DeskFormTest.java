package id.serasan.portal.internal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.serasan.platform.api.ProblemException;
import id.serasan.portal.internal.content.Fields;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.ItemInput;
import id.serasan.portal.internal.content.Kind;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskFormTest {
    private static Map<String, String> form(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aPostedFormBecomesTheApisInputWithBlanksAbsentAndTextsStripped() {
        Map<String, String> f = form("titleId", "  Judul  ", "titleEn", "   ", "bodyId", "Isi\n", "imageId", "12",
                "fileId", "", "sortOrder", " 5 ", "fields.timeLimit.id", "14 hari kerja", "fields.fee.en", " ",
                "fields.unknown.id", "dibuang", "category", "Seleksi", "slug", "jadwal");
        ItemInput in = DeskForm.input(Kind.SERVICE, Fields.of(Kind.SERVICE), f::get, 3);
        assertEquals(Kind.SERVICE, in.kind());
        assertEquals("Judul", in.titleId());
        assertNull(in.titleEn());
        assertEquals("Isi", in.bodyId());
        assertEquals(12L, in.imageId());
        assertNull(in.fileId());
        assertEquals(5, in.sortOrder());
        assertEquals(Map.of("timeLimit.id", "14 hari kerja"), in.fields());
        assertEquals("Seleksi", in.category());
        assertEquals("jadwal", in.slug());
        assertEquals(3, in.version());
    }

    @Test
    void numbersThatDoNotParseAreRefusedNamingTheirField() {
        ProblemException order = assertThrows(ProblemException.class,
                () -> DeskForm.input(Kind.PAGE, List.of(), form("sortOrder", "pertama")::get, null));
        assertEquals(422, order.status());
        assertEquals("sortOrder", order.errors().get(0).field());
        ProblemException image = assertThrows(ProblemException.class,
                () -> DeskForm.input(Kind.NEWS, List.of(), form("imageId", "gambar")::get, null));
        assertEquals("imageId", image.errors().get(0).field());
        ProblemException file = assertThrows(ProblemException.class,
                () -> DeskForm.input(Kind.NEWS, List.of(), form("fileId", "1x")::get, null));
        assertEquals("fileId", file.errors().get(0).field());
    }

    @Test
    void theVersionIsRequiredAndMustBeANumber() {
        assertEquals(7, DeskForm.version(form("version", "7")::get));
        assertEquals("version", assertThrows(ProblemException.class,
                () -> DeskForm.version(form()::get)).errors().get(0).field());
        assertEquals("version", assertThrows(ProblemException.class,
                () -> DeskForm.version(form("version", "tujuh")::get)).errors().get(0).field());
    }

    @Test
    void aPublicationTimeIsReadInWibAndWrittenBackTheSameWay() {
        assertNull(DeskForm.when(""));
        assertNull(DeskForm.when(null));
        Instant at = DeskForm.when("2026-12-24T08:00");
        assertEquals(Instant.parse("2026-12-24T01:00:00Z"), at);
        assertEquals("2026-12-24T08:00", DeskForm.local(at));
        // browsers may send seconds
        assertEquals(at, DeskForm.when("2026-12-24T08:00:00"));
        assertEquals("", DeskForm.local(null));
        ProblemException bad = assertThrows(ProblemException.class, () -> DeskForm.when("besok pagi"));
        assertEquals("publishAt", bad.errors().get(0).field());
        assertThrows(ProblemException.class, () -> DeskForm.when("2026-13-40T08:00"));
    }

    @Test
    void anItemsValuesFillTheFormWithEmptyForAbsent() {
        Item i = new Item(4, Kind.DOWNLOAD, "perbup-1", "/unduhan/perbup-1", "Perbup", null, null, null, "Isi", null,
                "<p>Isi</p>", null, null, null, 9L, Map.of("number.id", "1/2026"), Item.Status.DRAFT, null, false, 20,
                false, Instant.EPOCH, "a", Instant.EPOCH, "a", 2);
        Map<String, String> v = DeskForm.values(i);
        assertEquals("Perbup", v.get("titleId"));
        assertEquals("", v.get("titleEn"));
        assertEquals("", v.get("imageId"));
        assertEquals("9", v.get("fileId"));
        assertEquals("20", v.get("sortOrder"));
        assertEquals("1/2026", v.get("fields.number.id"));
        assertEquals("perbup-1", v.get("slug"));
    }

    @Test
    void postedValuesAreKeptAsTypedIncludingTheKindsFields() {
        Map<String, String> v = DeskForm.posted(Fields.of(Kind.DOWNLOAD), form("titleId", " Judul ", "fields.year.id",
                "2026")::get);
        assertEquals(" Judul ", v.get("titleId"));
        assertEquals("2026", v.get("fields.year.id"));
        assertEquals("", v.get("fields.number.en"));
        assertEquals("", v.get("bodyId"));
        assertTrue(v.containsKey("sortOrder"));
    }

    @Test
    void aBilingualMessageIsSplitByLanguage() {
        assertEquals("Wajib diisi", DeskForm.say("Wajib diisi / Required", "id"));
        assertEquals("Required", DeskForm.say("Wajib diisi / Required", "en"));
        assertEquals("0–9999", DeskForm.say("0–9999", "en"));
        assertEquals("", DeskForm.say(null, "id"));
    }
}
