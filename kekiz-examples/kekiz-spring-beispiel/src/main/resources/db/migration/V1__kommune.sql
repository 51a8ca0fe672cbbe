-- The host's own table, migrated by the host's own Flyway (Boot's default location db/migration).
-- Its name is kekiz's name without a prefix: kekiz lives beside it under kekiz.persistenz.praefix.
CREATE TABLE kommune (
  ags         CHAR(8)      NOT NULL,
  bezeichnung VARCHAR(100) NOT NULL,
  CONSTRAINT kommune_pk PRIMARY KEY (ags)
);
