-- Version 4: a NIP is linked to at most one account. Where several accounts share a NIP (allowed before), the
-- oldest account keeps the link and the others are unlinked (relink them to their own NIPs).
UPDATE SERASAN_USER SET NIP = NULL WHERE TRIM(NIP) = '';

UPDATE SERASAN_USER SET NIP = NULL
 WHERE NIP IS NOT NULL
   AND ID > (SELECT MIN(U2.ID) FROM SERASAN_USER U2 WHERE U2.NIP = SERASAN_USER.NIP);

ALTER TABLE SERASAN_USER ADD CONSTRAINT UQ_SERASAN_USER_NIP UNIQUE (NIP);
