-- kekiz schema, version 2: Messwerte keyed by a compact key, and moved into it.
--
-- Placeholders as in version 1, and one more:
--   ${kekiz_nur_postgresql}  starts a line that only PostgreSQL runs: empty on PostgreSQL, '--' on H2
--                     (which makes the rest of the line a comment there). jOOQ's code generation
--                     skips these lines too (between the [jooq ignore start] and [jooq ignore stop]
--                     comments), so the generated classes describe the tables both databases share.
--
-- Version 1 keyed every Messwert by its eight-column natural key (kommune, indikator,
-- indikator_version, sozialraum_code, gebietsstand, periode_beginn, periode_art, aufschluesselung):
-- its unique index cost H2 most of an insert and made every row and index entry long. Version 2
-- names each series once: a Messreihe is one Kommune's values of one indicator version for one
-- area version and one breakdown, numbered per Kommune; a Messwert is keyed by (kommune, reihe,
-- periode_beginn, periode_art). The Messwerte, the history of replaced values and the Messreihen
-- they need are moved from the version-1 tables; nothing else changes.

-- ------------------------------------------------------------------ Messreihen

-- the series of a Kommune, numbered from 1 per Kommune; the natural key is unique. A Kommune-level
-- series has sozialraum_code '' and gebietsstand 0; the Aufschluesselung is its canonical text form
-- ('insgesamt' for the total). Rows are only ever added: an id keeps its meaning for the history.
CREATE TABLE ${kekiz_praefix}messreihe (
  kommune             VARCHAR(8)    NOT NULL,
  id                  INTEGER       NOT NULL,
  indikator           VARCHAR(60)   NOT NULL,
  indikator_version   INTEGER       NOT NULL,
  sozialraum_code     VARCHAR(40)   NOT NULL,
  gebietsstand        INTEGER       NOT NULL,
  aufschluesselung    VARCHAR(1000) NOT NULL,
  CONSTRAINT ${kekiz_praefix}messreihe_pk PRIMARY KEY (kommune, id),
  CONSTRAINT ${kekiz_praefix}messreihe_uk UNIQUE (kommune, indikator, indikator_version,
    sozialraum_code, gebietsstand, aufschluesselung)
);

-- the next free id of a Kommune's Messreihen. A load locks the Kommune's row (SELECT … FOR UPDATE)
-- before it reads the Kommune's Messreihen, numbers the new ones itself and writes the next free id
-- back: concurrent loads of one Kommune take turns, loads of different Kommunen do not wait.
CREATE TABLE ${kekiz_praefix}messreihe_zaehler (
  kommune             VARCHAR(8)    NOT NULL,
  naechste_id         INTEGER       NOT NULL,
  CONSTRAINT ${kekiz_praefix}messreihe_zaehler_pk PRIMARY KEY (kommune)
);

/* [jooq ignore start] */
INSERT INTO ${kekiz_praefix}messreihe (kommune, id, indikator, indikator_version, sozialraum_code,
    gebietsstand, aufschluesselung)
  SELECT kommune,
      CAST(ROW_NUMBER() OVER (PARTITION BY kommune ORDER BY indikator, indikator_version,
        sozialraum_code, gebietsstand, aufschluesselung) AS INTEGER),
      indikator, indikator_version, sozialraum_code, gebietsstand, aufschluesselung
    FROM (SELECT kommune, indikator, indikator_version, sozialraum_code, gebietsstand,
            aufschluesselung
          FROM ${kekiz_praefix}messwert
          UNION
          SELECT kommune, indikator, indikator_version, sozialraum_code, gebietsstand,
            aufschluesselung
          FROM ${kekiz_praefix}messwert_historie) reihen;

INSERT INTO ${kekiz_praefix}messreihe_zaehler (kommune, naechste_id)
  SELECT kommune, MAX(id) + 1 FROM ${kekiz_praefix}messreihe GROUP BY kommune;
/* [jooq ignore stop] */

-- ------------------------------------------------------------------ Messwerte

-- one observation: its Messreihe, its Periode (kind and first day; the kind as one letter: J year,
-- H half-year, Q quarter, M month, S school year), numerator, denominator and status flags. lauf is
-- the audit entry of the load that stored the value (NULL for values stored before version 2).
-- There is no foreign key to messreihe: the adapter writes both in one transaction, and checking
-- it would cost every insert a lookup. On PostgreSQL the table is partitioned by the hash of the
-- Kommune, so a Kommune's reads, replacements and deletions touch one partition; H2 has no
-- partitions.
ALTER TABLE ${kekiz_praefix}messwert RENAME TO ${kekiz_praefix}messwert_v1;
ALTER TABLE ${kekiz_praefix}messwert_v1 RENAME CONSTRAINT ${kekiz_praefix}messwert_pk
  TO ${kekiz_praefix}messwert_v1_pk;

CREATE TABLE ${kekiz_praefix}messwert (
  kommune             VARCHAR(8)    NOT NULL,
  reihe               INTEGER       NOT NULL,
  periode_beginn      DATE          NOT NULL,
  periode_art         VARCHAR(1)    NOT NULL,
  zaehler             ${kekiz_dezimal},
  nenner              ${kekiz_dezimal},
  obs_status          VARCHAR(1)    NOT NULL,
  conf_status         VARCHAR(1)    NOT NULL,
  lauf                BIGINT,
  CONSTRAINT ${kekiz_praefix}messwert_pk PRIMARY KEY (kommune, reihe, periode_beginn, periode_art)
)
/* [jooq ignore start] */
${kekiz_nur_postgresql} PARTITION BY HASH (kommune)
/* [jooq ignore stop] */
;

/* [jooq ignore start] */
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p00 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 0);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p01 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 1);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p02 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 2);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p03 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 3);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p04 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 4);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p05 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 5);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p06 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 6);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p07 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 7);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p08 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 8);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p09 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 9);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p10 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 10);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p11 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 11);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p12 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 12);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p13 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 13);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p14 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 14);
${kekiz_nur_postgresql} CREATE TABLE ${kekiz_praefix}messwert_p15 PARTITION OF ${kekiz_praefix}messwert FOR VALUES WITH (MODULUS 16, REMAINDER 15);

INSERT INTO ${kekiz_praefix}messwert (kommune, reihe, periode_beginn, periode_art, zaehler, nenner,
    obs_status, conf_status, lauf)
  SELECT v.kommune, r.id, v.periode_beginn,
      CASE v.periode_art WHEN 'JAEHRLICH' THEN 'J' WHEN 'HALBJAEHRLICH' THEN 'H'
        WHEN 'QUARTALSWEISE' THEN 'Q' WHEN 'MONATLICH' THEN 'M' WHEN 'SCHULJAHR' THEN 'S' END,
      v.zaehler, v.nenner, v.obs_status, v.conf_status, NULL
    FROM ${kekiz_praefix}messwert_v1 v
    JOIN ${kekiz_praefix}messreihe r
      ON r.kommune = v.kommune AND r.indikator = v.indikator
        AND r.indikator_version = v.indikator_version AND r.sozialraum_code = v.sozialraum_code
        AND r.gebietsstand = v.gebietsstand AND r.aufschluesselung = v.aufschluesselung;
/* [jooq ignore stop] */

DROP TABLE ${kekiz_praefix}messwert_v1;

-- the staging table of version 1 is no longer needed: a load under ERSETZEN tells the values it
-- replaces from the ones it wrote itself by lauf (its rows never outlived a transaction)
DROP TABLE ${kekiz_praefix}messwert_import;

-- ------------------------------------------------------------------ history

-- the previous values of Messwerte a load replaced or a deletion removed, tied to the audit entry
-- of that load or deletion (audit_id); lauf is the audit entry of the load that had stored them
ALTER TABLE ${kekiz_praefix}messwert_historie RENAME TO ${kekiz_praefix}messwert_historie_v1;
ALTER TABLE ${kekiz_praefix}messwert_historie_v1 RENAME CONSTRAINT
  ${kekiz_praefix}messwert_historie_pk TO ${kekiz_praefix}messwert_historie_v1_pk;
ALTER TABLE ${kekiz_praefix}messwert_historie_v1 RENAME CONSTRAINT
  ${kekiz_praefix}messwert_historie_audit_fk TO ${kekiz_praefix}messwert_historie_v1_audit_fk;

CREATE TABLE ${kekiz_praefix}messwert_historie (
  audit_id            BIGINT        NOT NULL,
  kommune             VARCHAR(8)    NOT NULL,
  reihe               INTEGER       NOT NULL,
  periode_beginn      DATE          NOT NULL,
  periode_art         VARCHAR(1)    NOT NULL,
  zaehler             ${kekiz_dezimal},
  nenner              ${kekiz_dezimal},
  obs_status          VARCHAR(1)    NOT NULL,
  conf_status         VARCHAR(1)    NOT NULL,
  lauf                BIGINT,
  CONSTRAINT ${kekiz_praefix}messwert_historie_pk
    PRIMARY KEY (audit_id, kommune, reihe, periode_beginn, periode_art),
  CONSTRAINT ${kekiz_praefix}messwert_historie_audit_fk FOREIGN KEY (audit_id)
    REFERENCES ${kekiz_praefix}audit (id)
);

/* [jooq ignore start] */
INSERT INTO ${kekiz_praefix}messwert_historie (audit_id, kommune, reihe, periode_beginn,
    periode_art, zaehler, nenner, obs_status, conf_status, lauf)
  SELECT v.audit_id, v.kommune, r.id, v.periode_beginn,
      CASE v.periode_art WHEN 'JAEHRLICH' THEN 'J' WHEN 'HALBJAEHRLICH' THEN 'H'
        WHEN 'QUARTALSWEISE' THEN 'Q' WHEN 'MONATLICH' THEN 'M' WHEN 'SCHULJAHR' THEN 'S' END,
      v.zaehler, v.nenner, v.obs_status, v.conf_status, NULL
    FROM ${kekiz_praefix}messwert_historie_v1 v
    JOIN ${kekiz_praefix}messreihe r
      ON r.kommune = v.kommune AND r.indikator = v.indikator
        AND r.indikator_version = v.indikator_version AND r.sozialraum_code = v.sozialraum_code
        AND r.gebietsstand = v.gebietsstand AND r.aufschluesselung = v.aufschluesselung;
/* [jooq ignore stop] */

DROP TABLE ${kekiz_praefix}messwert_historie_v1;
