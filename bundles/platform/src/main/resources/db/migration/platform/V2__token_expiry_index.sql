-- Expired tokens are purged at login; index their expiry.
CREATE INDEX IX_SERASAN_TOKEN_EXPIRES ON SERASAN_TOKEN (EXPIRES_AT);
