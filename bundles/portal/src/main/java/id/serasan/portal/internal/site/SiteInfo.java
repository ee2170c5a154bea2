package id.serasan.portal.internal.site;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The part of the site configuration ({@code etc/id.serasan.site.cfg}, owned by the platform's page host) that the
 * portal shows on its own pages: the agency's name and contact, and the head of the agency.
 */
@ObjectClassDefinition(id = "id.serasan.site", name = "Serasan site (portal's view)")
public @interface SiteInfo {
    @AttributeDefinition
    String siteName() default "BKPSDM Kabupaten Muara Enim";

    @AttributeDefinition
    String siteNameEn() default "Civil Service Agency of Muara Enim Regency";

    @AttributeDefinition
    String contactAddress() default "";

    @AttributeDefinition
    String contactPhone() default "";

    @AttributeDefinition
    String contactEmail() default "";

    @AttributeDefinition
    String serviceHours() default "Senin–Kamis 07.30–16.00 WIB, Jumat 07.30–16.30 WIB";

    @AttributeDefinition
    String serviceHoursEn() default "Monday–Thursday 07:30–16:00, Friday 07:30–16:30 (WIB, UTC+7)";
}
