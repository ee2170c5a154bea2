-- Login throttling, version 3: counters per (account, address) pair, per account and per address with growing
-- delays instead of locks (LoginThrottle). The old lock counters are dropped: they only held minutes of state.
-- THROTTLE_KEY: 'pair:<address>|<account>', 'account:<account>' or 'address:<address>'.
-- ACCOUNT: the account of a pair or account counter (cleared together by a password reset), null for addresses.
-- BLOCKED_UNTIL: end of the running delay, or the time of the last failure when there is none (epoch ms).
-- LAST_SUCCESS: last successful login of the pair (epoch ms, 0 when none): a known address of the account.
DROP TABLE SERASAN_LOGIN_THROTTLE;

CREATE TABLE SERASAN_LOGIN_THROTTLE (
  THROTTLE_KEY VARCHAR(140) NOT NULL PRIMARY KEY,
  ACCOUNT VARCHAR(64),
  FAILURES INTEGER NOT NULL,
  BLOCKED_UNTIL BIGINT NOT NULL,
  LAST_SUCCESS BIGINT NOT NULL
);
CREATE INDEX IX_SERASAN_THROTTLE_ACCOUNT ON SERASAN_LOGIN_THROTTLE (ACCOUNT);
