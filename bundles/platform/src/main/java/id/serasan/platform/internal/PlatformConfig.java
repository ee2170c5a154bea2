package id.serasan.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code id.serasan.platform} (etc/id.serasan.platform.cfg); changes apply live. */
@ObjectClassDefinition(id = PlatformConfig.PID, name = "Serasan platform",
        description = "Security, token and request limits of the Serasan platform")
public @interface PlatformConfig {
    String PID = "id.serasan.platform";

    @AttributeDefinition(description = "The public address of Serasan (scheme, host, port, optional path), used for"
            + " Location headers and links instead of the request's Host header; https also turns on"
            + " Strict-Transport-Security")
    String publicBaseUrl() default "http://localhost:8181";

    @AttributeDefinition(description = "Lifetime of a bearer token or session, in minutes")
    int tokenTtlMinutes() default 480;

    @AttributeDefinition(description = "Lifetime of a phone app's token (login with \"app\": true), in days: the"
            + " attendance app logs in once and keeps it; revoked by logout, a password change or disabling the account")
    int appTokenTtlDays() default 90;

    @AttributeDefinition(description = "Largest accepted request body, in bytes (larger: 413)")
    long maxRequestBytes() default 1_048_576;

    @AttributeDefinition(description = "Largest accepted upload body (CSV, XLSX, PDF, images: any request body that is"
            + " not JSON), in bytes; modules may set lower limits of their own")
    long maxUploadBytes() default 33_554_432;

    @AttributeDefinition(description = "Failed password guesses of one account from one client address before each"
            + " further failure doubles the wait (1 s, 2 s, 4 s, ...; 429 with Retry-After)")
    int pairFailuresBeforeDelay() default 3;

    @AttributeDefinition(description = "Longest wait of one account from one client address, in seconds")
    int pairMaxDelaySeconds() default 900;

    @AttributeDefinition(description = "Failed guesses of one account from all addresses before its guesses are slowed"
            + " (addresses the account logged in from recently are not slowed by this)")
    int accountFailuresBeforeDelay() default 20;

    @AttributeDefinition(description = "Longest wait imposed by the per-account ceiling, in seconds")
    int accountMaxDelaySeconds() default 60;

    @AttributeDefinition(description = "Failed guesses from one client address on all accounts before its guesses are"
            + " slowed (loose: many people may share one address)")
    int addressFailuresBeforeDelay() default 100;

    @AttributeDefinition(description = "Longest wait imposed by the per-address ceiling, in seconds")
    int addressMaxDelaySeconds() default 60;

    @AttributeDefinition(description = "A counter starts again after this many quiet minutes (no failure, no wait)")
    int failureWindowMinutes() default 15;

    @AttributeDefinition(description = "An address the account logged in from within this many days is held back only"
            + " by its own (account, address) counter")
    int knownAddressDays() default 30;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 600000)")
    int pbkdf2Iterations() default 600_000;

    @AttributeDefinition(description = "Take the client address from X-Forwarded-For (only behind a trusted proxy)")
    boolean trustForwardedFor() default false;

    @AttributeDefinition(description = "Mark the session cookie Secure (serve the portal over HTTPS)")
    boolean secureCookies() default false;
}
