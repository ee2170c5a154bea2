package id.serasan.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code id.serasan.platform} (etc/id.serasan.platform.cfg); changes apply live. */
@ObjectClassDefinition(id = PlatformConfig.PID, name = "Serasan platform",
        description = "Security, token and request limits of the Serasan platform")
public @interface PlatformConfig {
    String PID = "id.serasan.platform";

    @AttributeDefinition(description = "Lifetime of a bearer token or session, in minutes")
    int tokenTtlMinutes() default 480;

    @AttributeDefinition(description = "Largest accepted request body, in bytes (larger: 413)")
    long maxRequestBytes() default 1_048_576;

    @AttributeDefinition(description = "Largest accepted upload body (CSV, XLSX, PDF, images: any request body that is"
            + " not JSON), in bytes; modules may set lower limits of their own")
    long maxUploadBytes() default 33_554_432;

    @AttributeDefinition(description = "Failed logins of one account within the window before it is locked")
    int maxFailuresPerAccount() default 5;

    @AttributeDefinition(description = "Failed logins from one client address within the window before it is locked")
    int maxFailuresPerAddress() default 20;

    @AttributeDefinition(description = "Window for counting failed logins, in minutes")
    int failureWindowMinutes() default 15;

    @AttributeDefinition(description = "How long a locked account or address must wait, in minutes")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 600000)")
    int pbkdf2Iterations() default 600_000;

    @AttributeDefinition(description = "Take the client address from X-Forwarded-For (only behind a trusted proxy)")
    boolean trustForwardedFor() default false;

    @AttributeDefinition(description = "Mark the session cookie Secure (serve the portal over HTTPS)")
    boolean secureCookies() default false;
}
