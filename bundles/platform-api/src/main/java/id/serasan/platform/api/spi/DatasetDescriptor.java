package id.serasan.platform.api.spi;

import java.time.Instant;
import java.util.List;

/**
 * Metadata of an open-data dataset (Satu Data Indonesia: standard, metadata, interoperability, reference
 * codes), published through the catalogue (CKAN Action API and DCAT) by the reporting module.
 *
 * @param name        URL-safe unique name, e.g. {@code asn-per-golongan}
 * @param title       the title
 * @param description what it holds and how it is made
 * @param columns     the column names of {@link DatasetProvider#rows()}, in order
 * @param license     e.g. {@code CC-BY-4.0}
 * @param modified    when the data last changed
 */
public record DatasetDescriptor(String name, Text title, Text description, List<String> columns, String license,
                                Instant modified) {
    public DatasetDescriptor {
        columns = List.copyOf(columns);
    }
}
