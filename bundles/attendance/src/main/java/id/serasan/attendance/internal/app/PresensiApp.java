package id.serasan.attendance.internal.app;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/**
 * The attendance web app at {@code /presensi/}: an installable page of its own (not in the portal's layout, so it
 * stays small and fills a phone's screen) with its script, style, service worker, manifest and icons. The page is
 * rendered here in the visitor's language and display choices (large text, high contrast); everything it does
 * after that goes through the REST API with the app's bearer token.
 */
public final class PresensiApp {
    private static final Map<String, String> TYPES = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "sw.js", "text/javascript; charset=utf-8",
            "presensi.css", "text/css; charset=utf-8",
            "manifest.webmanifest", "application/manifest+json",
            "ikon-192.png", "image/png",
            "ikon-512.png", "image/png");
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Map<String, byte[]> FILES = new LinkedHashMap<>();
    private static final String SHELL;

    static {
        for (String f : TYPES.keySet()) {
            FILES.put(f, read(f));
        }
        SHELL = new String(read("index.html"), StandardCharsets.UTF_8);
        String version = version();
        FILES.put("sw.js", new String(FILES.get("sw.js"), StandardCharsets.UTF_8).replace("@VERSION@", version)
                .getBytes(StandardCharsets.UTF_8));
    }

    private PresensiApp() {
    }

    private static byte[] read(String name) {
        try (InputStream in = PresensiApp.class.getResourceAsStream("/app/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing /app/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short hash of the app's files: a new version makes the service worker fetch them again. */
    private static String version() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            FILES.values().forEach(d::update);
            d.update(SHELL.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page in {@code lang} ({@code id} or {@code en}) with the display choices of the cookie header. */
    static String shell(String lang, String cookieHeader) {
        boolean en = "en".equals(lang);
        String display = cookie(cookieHeader, "serasan_tampilan");
        boolean large = display.contains("besar");
        boolean contrast = display.contains("kontras");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lang", en ? "en" : "id");
        v.put("title", en ? "Attendance — Serasan" : "Presensi — Serasan");
        v.put("description", en ? "Check in and out in one tap, with or without signal: the attendance app of the"
                + " civil servants of Kabupaten Muara Enim."
                : "Presensi masuk dan pulang sekali ketuk, ada sinyal atau tidak: aplikasi presensi ASN Kabupaten Muara"
                + " Enim.");
        v.put("bodyClass", ((large ? "teks-besar " : "") + (contrast ? "kontras-tinggi" : "")).trim());
        v.put("skip", en ? "Skip to content" : "Langsung ke isi");
        v.put("heading", en ? "Attendance" : "Presensi");
        v.put("displayOptions", en ? "Display options" : "Pilihan tampilan");
        v.put("otherLang", en ? "id" : "en");
        v.put("otherLangName", en ? "Bahasa Indonesia" : "English");
        v.put("textSwitch", large ? "biasa" : "besar");
        v.put("textSwitchLabel", large ? (en ? "Normal text" : "Huruf biasa") : (en ? "Large text" : "Huruf besar"));
        v.put("contrastSwitch", contrast ? "biasa" : "tinggi");
        v.put("contrastSwitchLabel", contrast ? (en ? "Normal contrast" : "Kontras biasa")
                : (en ? "High contrast" : "Kontras tinggi"));
        v.put("noScript", en ? "Checking in needs the phone's location, which this browser gives only with JavaScript"
                + " turned on. Turn JavaScript on, or open your month's attendance below."
                : "Presensi memerlukan lokasi ponsel, yang hanya diberikan peramban ini bila JavaScript aktif. Aktifkan"
                + " JavaScript, atau lihat presensi bulan ini di bawah.");
        v.put("myMonth", en ? "My attendance this month" : "Presensi saya bulan ini");
        v.put("loginHeading", en ? "Log in once" : "Masuk sekali saja");
        v.put("loginHint", en ? "The phone remembers you: you will not need to log in again for each check-in."
                : "Ponsel akan mengingat Anda: tidak perlu masuk lagi setiap presensi.");
        v.put("username", en ? "Username" : "Nama pengguna");
        v.put("password", en ? "Password" : "Kata sandi");
        v.put("loginButton", en ? "Log in" : "Masuk");
        v.put("locating", en ? "Finding your location…" : "Mencari lokasi Anda…");
        v.put("checkIn", en ? "Check in" : "Masuk");
        v.put("logout", en ? "Log out of the app" : "Keluar dari aplikasi");
        Matcher m = SLOT.matcher(SHELL);
        StringBuilder out = new StringBuilder(SHELL.length() + 2048);
        while (m.find()) {
            String val = v.get(m.group(1));
            if (val == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escape(val)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String cookie(String header, String name) {
        if (header == null) {
            return "";
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return "";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code /presensi/}: the app's page. */
    @Component(service = Page.class)
    public static final class Shell implements Page {
        @Override
        public String path() {
            return "/presensi";
        }

        @Override
        public Text title() {
            return Text.of("Presensi", "Attendance");
        }

        @Override
        public Audience audience() {
            return Audience.anyone(); // the page itself is public; every check-in needs the app's token
        }

        @Override
        public PageResult get(PageRequest r) {
            if (!r.path().endsWith("/")) {
                return new PageResult.Redirect("/presensi/"); // the service worker's scope
            }
            return new PageResult.Content("text/html; charset=utf-8",
                    shell(r.lang(), r.header("Cookie")).getBytes(StandardCharsets.UTF_8), 0, false);
        }
    }

    /** {@code /presensi/<file>}: the script, style, service worker, manifest and icons. */
    @Component(service = Page.class)
    public static final class Files implements Page {
        @Override
        public String path() {
            return "/presensi/{file}";
        }

        @Override
        public Text title() {
            return Text.of("Presensi", "Attendance");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            String f = r.pathParam("file");
            byte[] bytes = f == null ? null : FILES.get(f);
            if (bytes == null) {
                return PageResult.problem(404, Text.of("Tidak ditemukan", "Not found"),
                        Text.of("Berkas aplikasi ini tidak ada.", "This app file does not exist."));
            }
            return new PageResult.Content(TYPES.get(f), bytes, "sw.js".equals(f) ? 0 : 300, true);
        }
    }
}
