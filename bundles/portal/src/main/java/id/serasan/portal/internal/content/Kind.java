package id.serasan.portal.internal.content;

import id.serasan.platform.api.spi.Text;

/** The kinds of content the portal holds, each with its public address. */
public enum Kind {
    NEWS("/berita", Text.of("Berita", "News")),
    ANNOUNCEMENT("/pengumuman", Text.of("Pengumuman", "Announcements")),
    SERVICE("/layanan", Text.of("Layanan", "Services")),
    DOWNLOAD("/unduhan", Text.of("Unduhan", "Downloads")),
    PAGE("/halaman", Text.of("Halaman", "Pages"));

    private final String base;
    private final Text label;

    Kind(String base, Text label) {
        this.base = base;
        this.label = label;
    }

    /** The list's address, e.g. {@code /berita}. */
    public String base() {
        return base;
    }

    public Text label() {
        return label;
    }

    /** An item's public address: {@code /berita/<slug>}; static pages of the profile live at {@code /profil/…}. */
    public String path(String slug) {
        if (this == PAGE) {
            return slug.equals("profil") ? "/profil" : slug.equals("kontak") ? "/kontak" : base + "/" + slug;
        }
        return base + "/" + slug;
    }

    /** Whether items of this kind appear in the feed (dated news and announcements). */
    public boolean dated() {
        return this == NEWS || this == ANNOUNCEMENT;
    }
}
