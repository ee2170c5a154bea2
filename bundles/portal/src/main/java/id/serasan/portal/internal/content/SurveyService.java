package id.serasan.portal.internal.content;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.portal.internal.text.Skm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The satisfaction survey (SKM): anonymous answers about a published service, at most one per browser, service and
 * day (the browser is known only by a hash of its random form-token cookie and the day, never by address or
 * account), and the published results per service and quarter. PORTAL_SURVEY's queries live here.
 */
@Component(service = SurveyService.class)
public class SurveyService {
    /** The agency's day boundaries (WIB). */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** The result of one quarter for one service (or all services). */
    public record QuarterResult(String quarter, Skm.Result result) {
    }

    private final JpaTemplate jpa;
    private final ContentService content;

    @Activate
    public SurveyService(@Reference(target = "(osgi.unit.name=serasan-portal)") JpaTemplate jpa,
                         @Reference ContentService content) {
        this.jpa = jpa;
        this.content = content;
    }

    /** The quarter of a day: {@code 2026-Q4}. */
    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Records an answer.
     *
     * @param browser the browser's random token (its form-token cookie)
     * @return false when this browser already answered about this service today (nothing is stored)
     */
    public boolean answer(long serviceId, int[] scores, String suggestion, String browser) {
        Item service = content.get(serviceId);
        if (service.kind() != Kind.SERVICE || !service.published()) {
            throw ProblemException.notFound("Layanan tidak ditemukan / No such service: " + serviceId);
        }
        if (!Skm.valid(scores)) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < Skm.ELEMENTS.size(); i++) {
                if (scores == null || i >= scores.length || scores[i] < 1 || scores[i] > 4) {
                    errors.add(new FieldError(Skm.ELEMENTS.get(i).code().toLowerCase(java.util.Locale.ROOT),
                            "Pilih nilai 1–4 untuk \"" + Skm.ELEMENTS.get(i).id() + "\" / Choose 1–4 for \""
                                    + Skm.ELEMENTS.get(i).en() + "\""));
                }
            }
            throw ProblemException.invalid(errors);
        }
        if (suggestion != null && suggestion.length() > 1000) {
            throw ProblemException.invalid(List.of(new FieldError("suggestion",
                    "Paling panjang 1000 huruf / At most 1000 characters")));
        }
        if (browser == null || browser.length() < 16) {
            throw ProblemException.badRequest("Izinkan cookie untuk mengisi survei / Allow cookies to answer the survey");
        }
        Instant now = content.now();
        LocalDate day = now.atZone(ZONE).toLocalDate();
        int dayNumber = (int) day.toEpochDay();
        String hash = sha256(browser + "|" + serviceId + "|" + dayNumber);
        return jpa.txExpr(em -> {
            boolean already = !em.createQuery("SELECT s.id FROM SurveyEntity s WHERE s.itemId = :i AND s.day = :d "
                            + "AND s.browserHash = :h", Long.class).setParameter("i", serviceId)
                    .setParameter("d", dayNumber).setParameter("h", hash).getResultList().isEmpty();
            if (already) {
                return false;
            }
            SurveyEntity s = new SurveyEntity();
            s.itemId = serviceId;
            s.day = dayNumber;
            s.quarter = quarter(day);
            s.browserHash = hash;
            s.u1 = (short) scores[0];
            s.u2 = (short) scores[1];
            s.u3 = (short) scores[2];
            s.u4 = (short) scores[3];
            s.u5 = (short) scores[4];
            s.u6 = (short) scores[5];
            s.u7 = (short) scores[6];
            s.u8 = (short) scores[7];
            s.u9 = (short) scores[8];
            s.suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
            s.createdAt = now.toEpochMilli();
            em.persist(s);
            return true;
        });
    }

    /** Whether this browser answered about this service today. */
    public boolean answeredToday(long serviceId, String browser) {
        if (browser == null) {
            return false;
        }
        int dayNumber = (int) content.now().atZone(ZONE).toLocalDate().toEpochDay();
        String hash = sha256(browser + "|" + serviceId + "|" + dayNumber);
        return jpa.txExpr(em -> !em.createQuery("SELECT s.id FROM SurveyEntity s WHERE s.itemId = :i AND s.day = :d "
                        + "AND s.browserHash = :h", Long.class).setParameter("i", serviceId).setParameter("d", dayNumber)
                .setParameter("h", hash).getResultList().isEmpty());
    }

    /** The results per quarter, newest first; of one service, or of all ({@code serviceId} null). */
    public List<QuarterResult> results(Long serviceId) {
        return jpa.txExpr(em -> {
            javax.persistence.TypedQuery<Object[]> q = em.createQuery("SELECT s.quarter, COUNT(s), SUM(s.u1), "
                    + "SUM(s.u2), SUM(s.u3), SUM(s.u4), SUM(s.u5), SUM(s.u6), SUM(s.u7), SUM(s.u8), SUM(s.u9) "
                    + "FROM SurveyEntity s" + (serviceId == null ? "" : " WHERE s.itemId = :i")
                    + " GROUP BY s.quarter ORDER BY s.quarter DESC", Object[].class);
            if (serviceId != null) {
                q.setParameter("i", serviceId);
            }
            List<Object[]> rows = q.getResultList();
            List<QuarterResult> out = new ArrayList<>();
            for (Object[] r : rows) {
                long[] sums = new long[9];
                for (int i = 0; i < 9; i++) {
                    sums[i] = ((Number) r[2 + i]).longValue();
                }
                out.add(new QuarterResult((String) r[0], Skm.result(((Number) r[1]).longValue(), sums)));
            }
            return out;
        });
    }

    /** The latest quarter's result of every service that has answers: service id to result. */
    public Map<Long, QuarterResult> latestByService() {
        return jpa.txExpr(em -> {
            List<Object[]> rows = em.createQuery("SELECT s.itemId, s.quarter, COUNT(s), SUM(s.u1), SUM(s.u2), "
                    + "SUM(s.u3), SUM(s.u4), SUM(s.u5), SUM(s.u6), SUM(s.u7), SUM(s.u8), SUM(s.u9) FROM SurveyEntity s "
                    + "GROUP BY s.itemId, s.quarter ORDER BY s.itemId, s.quarter DESC", Object[].class).getResultList();
            Map<Long, QuarterResult> out = new LinkedHashMap<>();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                if (out.containsKey(id)) {
                    continue;
                }
                long[] sums = new long[9];
                for (int i = 0; i < 9; i++) {
                    sums[i] = ((Number) r[3 + i]).longValue();
                }
                out.put(id, new QuarterResult((String) r[1], Skm.result(((Number) r[2]).longValue(), sums)));
            }
            return out;
        });
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
