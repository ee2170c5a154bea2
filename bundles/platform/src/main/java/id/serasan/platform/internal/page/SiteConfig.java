package id.serasan.platform.internal.page;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code id.serasan.site} (etc/id.serasan.site.cfg): what every page shows; changes apply live. */
@ObjectClassDefinition(id = SiteConfig.PID, name = "Serasan site",
        description = "The name, service hours and contact shown in every page's header and footer")
public @interface SiteConfig {
    String PID = "id.serasan.site";

    @AttributeDefinition(description = "The agency's name in the header")
    String siteName() default "BKPSDM Kabupaten Muara Enim";

    @AttributeDefinition(description = "The name in English")
    String siteNameEn() default "Civil Service Agency of Muara Enim Regency";

    @AttributeDefinition(description = "Service hours, in Bahasa Indonesia")
    String serviceHours() default "Senin–Kamis 07.30–16.00 WIB, Jumat 07.30–16.30 WIB";

    @AttributeDefinition(description = "Service hours, in English")
    String serviceHoursEn() default "Monday–Thursday 07:30–16:00, Friday 07:30–16:30 (WIB, UTC+7)";

    @AttributeDefinition(description = "The office address (empty: not shown)")
    String contactAddress() default "";

    @AttributeDefinition(description = "The office telephone (empty: not shown)")
    String contactPhone() default "";

    @AttributeDefinition(description = "The office e-mail address (empty: not shown)")
    String contactEmail() default "";
}
