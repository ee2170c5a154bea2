package id.serasan.platform.api.spi;

import java.util.Objects;

/**
 * One entry of the portal's menu.
 *
 * @param id       stable id, unique across modules (prefix it with the module name)
 * @param label    the menu text
 * @param href     where it leads, a portal path such as {@code /guestbook}
 * @param order    position in the menu, lower first
 * @param audience who sees it
 */
public record NavigationItem(String id, Text label, String href, int order, Audience audience) {
    public NavigationItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(audience, "audience");
    }
}
