package id.serasan.portal.internal.content;

import id.serasan.portal.internal.text.Fold;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * What visitors see, the same for every visitor, kept in memory: the published items whose time has come. It is
 * rebuilt after every change on this node, when the next scheduled item's time comes, and at the latest after
 * {@link #MAX_AGE} (so a change made on another node of a cluster shows within that time).
 */
@Component(service = PublicContent.class)
public class PublicContent {
    /** The longest a snapshot is kept without a change being heard. */
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** The visible items, newest first, and when the snapshot stops being true. */
    public record Snapshot(List<Item> items, java.util.Map<Long, String> index, java.util.Map<Long, Media> media,
                           Instant builtAt, Instant validUntil, long generation) {
        public List<Item> of(Kind kind) {
            return items.stream().filter(i -> i.kind() == kind).toList();
        }

        public Optional<Item> find(Kind kind, String slug) {
            return items.stream().filter(i -> i.kind() == kind && i.slug().equals(slug)).findFirst();
        }

        /** Services and pages in their editors' order, then by title. */
        public List<Item> ordered(Kind kind) {
            return of(kind).stream().sorted(Comparator.comparingInt(Item::sortOrder).thenComparing(Item::titleId))
                    .toList();
        }

        /** Every visible item matching all words of {@code query}, titles that match first. */
        public List<Item> search(String query, Kind kind) {
            List<String> words = Fold.words(query);
            if (words.isEmpty()) {
                return List.of();
            }
            return items.stream().filter(i -> kind == null || i.kind() == kind)
                    .filter(i -> Fold.matches(index.getOrDefault(i.id(), ""), words))
                    .sorted(Comparator.comparing((Item i) -> !Fold.matches(Fold.index(i.titleId(),
                            i.titleEn() == null ? "" : i.titleEn()), words)))
                    .toList();
        }

        static String index(Item i) {
            return Fold.index(i.titleId(), i.titleEn(), i.summaryId(), i.summaryEn(), i.category(),
                    id.serasan.portal.internal.text.Html.plain(i.bodyId()),
                    id.serasan.portal.internal.text.Html.plain(i.bodyEn()), String.join(" ", i.fields().values()));
        }
    }

    private final ContentService content;
    private final MediaStore media;
    private final Runnable listener = this::invalidate;
    private volatile Snapshot current;
    private volatile long generation;

    @Activate
    public PublicContent(@Reference ContentService content, @Reference MediaStore media) {
        this.content = content;
        this.media = media;
        content.onChange(listener);
    }

    @Deactivate
    void deactivate() {
        content.removeListener(listener);
    }

    /** Drops the snapshot; the next visitor's request builds a new one. */
    public void invalidate() {
        synchronized (this) {
            generation++;
            current = null;
        }
    }

    /** The snapshot for now. */
    public Snapshot now() {
        Instant now = content.now();
        Snapshot s = current;
        if (s != null && now.isBefore(s.validUntil())) {
            return s;
        }
        synchronized (this) {
            s = current;
            if (s != null && now.isBefore(s.validUntil())) {
                return s;
            }
            long gen = generation;
            List<Item> all = content.published();
            Instant until = now.plus(MAX_AGE);
            for (Item i : all) {
                if (i.publishAt() != null && i.publishAt().isAfter(now) && i.publishAt().isBefore(until)) {
                    until = i.publishAt();
                }
            }
            List<Item> visible = all.stream().filter(Item::published).toList();
            java.util.Map<Long, String> index = new java.util.HashMap<>();
            visible.forEach(i -> index.put(i.id(), Snapshot.index(i)));
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Item i : visible) {
                if (i.imageId() != null) {
                    ids.add(i.imageId());
                }
                if (i.fileId() != null) {
                    ids.add(i.fileId());
                }
            }
            Snapshot built = new Snapshot(visible, java.util.Map.copyOf(index), media.byIds(ids), now, until, gen);
            if (gen == generation) {
                current = built;
            }
            return built;
        }
    }
}
