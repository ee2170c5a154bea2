package id.serasan.portal.internal.site;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.PublicContent;
import id.serasan.portal.internal.content.SurveyService;
import id.serasan.portal.internal.text.Skm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service catalogue ({@code /layanan}) with the maklumat pelayanan and the survey results, and each service's
 * page ({@code /layanan/{slug}}) with its service standard, the survey form and its results per quarter.
 */
final class ServicePages {
    /** The static page holding the agency's maklumat pelayanan. */
    static final String MAKLUMAT = "maklumat-pelayanan";

    private ServicePages() {
    }

    static Map<String, Object> result(SurveyService.QuarterResult q, String lang) {
        Map<String, Object> m = new HashMap<>();
        Skm.Result r = q.result();
        m.put("quarter", q.quarter().replace("-Q", " " + ("en".equals(lang) ? "Q" : "triwulan ")));
        m.put("respondents", r.respondents());
        m.put("index", r.index() == null ? "" : r.index().toPlainString());
        m.put("grade", r.grade() == null ? "" : r.grade());
        m.put("gradeLabel", r.grade() == null ? "" : "en".equals(lang) ? r.gradeEn() : r.gradeId());
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 0; i < r.elementAverages().size(); i++) {
            Skm.Element e = Skm.ELEMENTS.get(i);
            elements.add(Map.of("code", e.code(), "label", "en".equals(lang) ? e.en() : e.id(),
                    "average", r.elementAverages().get(i).toPlainString()));
        }
        m.put("elements", elements);
        return m;
    }

    @Component(service = Page.class)
    public static class Catalogue implements Page {
        private final Site site;
        private final SurveyService surveys;

        @Activate
        public Catalogue(@Reference Site site, @Reference SurveyService surveys) {
            this.site = site;
            this.surveys = surveys;
        }

        @Override
        public String path() {
            return "/layanan";
        }

        @Override
        public Text title() {
            return Text.of("Layanan", "Services");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            PublicContent.Snapshot s = site.now();
            var media = site.media(s);
            Map<Long, SurveyService.QuarterResult> results = surveys.latestByService();
            List<Map<String, Object>> services = new ArrayList<>();
            for (Item i : s.ordered(Kind.SERVICE)) {
                Map<String, Object> card = Views.card(i, r.lang(), media);
                SurveyService.QuarterResult q = results.get(i.id());
                card.put("result", q == null ? Map.of() : result(q, r.lang()));
                card.put("timeLimit", i.field("timeLimit", r.lang()));
                card.put("fee", i.field("fee", r.lang()));
                services.add(card);
            }
            Map<String, Object> m = new HashMap<>();
            m.put("services", services);
            Optional<Item> maklumat = s.find(Kind.PAGE, MAKLUMAT);
            m.put("maklumat", maklumat.map(i -> Views.full(i, r.lang(), media)).orElse(Map.of()));
            m.put("overall", surveys.results(null).stream().findFirst().map(q -> result(q, r.lang())).orElse(Map.of()));
            return PageResult.view("templates/services.ftlh", m).described(Text.of(
                    "Semua layanan kepegawaian BKPSDM dengan persyaratan, prosedur, waktu, biaya dan dasar hukumnya.",
                    "Every personnel service of the agency with its requirements, procedure, time, fee and legal basis."));
        }
    }

    @Component(service = Page.class)
    public static class Service implements Page {
        private final Site site;
        private final SurveyService surveys;

        @Activate
        public Service(@Reference Site site, @Reference SurveyService surveys) {
            this.site = site;
            this.surveys = surveys;
        }

        @Override
        public String path() {
            return "/layanan/{slug}";
        }

        @Override
        public Text title() {
            return Text.of("Layanan", "Service");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            return show(r, Map.of(), List.of(), 200);
        }

        /** A survey answer: nine scores (u1–u9) and an optional suggestion; then back to the page (PRG). */
        @Override
        public PageResult post(PageRequest r) {
            Optional<Item> found = site.now().find(Kind.SERVICE, r.pathParam("slug"));
            if (found.isEmpty()) {
                return PageResult.notFound();
            }
            Item service = found.get();
            int[] scores = new int[Skm.ELEMENTS.size()];
            Map<String, String> sent = new HashMap<>();
            for (int i = 0; i < scores.length; i++) {
                String v = r.form("u" + (i + 1));
                sent.put("u" + (i + 1), v == null ? "" : v);
                try {
                    scores[i] = v == null ? 0 : Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    scores[i] = 0;
                }
            }
            String suggestion = r.form("saran");
            sent.put("saran", suggestion == null ? "" : suggestion);
            try {
                boolean stored = surveys.answer(service.id(), scores, suggestion, r.visitorId());
                return PageResult.redirect(service.path() + "?survei=" + (stored ? "terima-kasih" : "sudah") + "#survei");
            } catch (ProblemException e) {
                List<Map<String, String>> errors = new ArrayList<>();
                if (e.errors() != null) {
                    e.errors().forEach(fe -> errors.add(Map.of("field", fe.field(), "message", fe.message())));
                } else {
                    errors.add(Map.of("field", "u1", "message", e.detail() == null ? "" : e.detail()));
                }
                return show(r, sent, errors, 422);
            }
        }

        private PageResult show(PageRequest r, Map<String, String> sent, List<Map<String, String>> errors, int status) {
            PublicContent.Snapshot s = site.now();
            Optional<Item> found = s.find(Kind.SERVICE, r.pathParam("slug"));
            if (found.isEmpty()) {
                return PageResult.notFound();
            }
            Item i = found.get();
            var media = site.media(s);
            Map<String, Object> m = new HashMap<>();
            m.put("item", Views.full(i, r.lang(), media));
            List<Map<String, Object>> elements = new ArrayList<>();
            for (Skm.Element e : Skm.ELEMENTS) {
                String name = e.code().toLowerCase(java.util.Locale.ROOT);
                elements.add(Map.of("name", name, "label", "en".equals(r.lang()) ? e.en() : e.id(),
                        "value", sent.getOrDefault(name, "")));
            }
            m.put("elements", elements);
            m.put("errors", errors);
            m.put("suggestion", sent.getOrDefault("saran", ""));
            String survey = r.query("survei");
            m.put("thanks", "terima-kasih".equals(survey));
            m.put("already", "sudah".equals(survey) || (!"terima-kasih".equals(survey)
                    && surveys.answeredToday(i.id(), r.visitorId())));
            m.put("results", surveys.results(i.id()).stream().limit(4).map(q -> result(q, r.lang())).toList());
            String summary = Views.card(i, r.lang(), media).get("summary").toString();
            return PageResult.view("templates/service.ftlh", m).withStatus(status)
                    .titled(Text.of(i.title("id"), i.title("en"))).described(Text.of(summary, summary))
                    .withMeta(new PageResult.Meta(i.path(), "website", null, null, status != 200));
        }
    }
}
