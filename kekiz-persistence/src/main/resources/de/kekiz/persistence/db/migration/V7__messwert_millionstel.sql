-- kekiz schema, version 6: a Messwert's numerator and denominator as whole millionths in a BIGINT.
-- Placeholders and conventions as in version 1.
--
-- Versions 2 to 5 stored zaehler and nenner as exact decimals (${kekiz_dezimal}: DECFLOAT on H2,
-- NUMERIC on PostgreSQL). Turning every value into H2's DECFLOAT and back cost H2 a large part of
-- a bulk load (issue 14), and the values the domain meets are small numbers with few decimal
-- places. From version 6 on a value is stored in one of two columns, never rounded:
--
--   zaehler_millionstel  the value × 1,000,000, if that is a whole number that fits a BIGINT (a value
--                        with at most 6 decimal places and an absolute value of at most
--                        9,223,372,036,854.775807); otherwise NULL
--   zaehler_exakt        the value itself, exactly, if it does not fit zaehler_millionstel (more than 6
--                        decimal places or larger); otherwise NULL
--
-- and the same for nenner. Both NULL: no value. The columns zaehler and nenner of version 5 are
-- renamed to *_exakt (so a query that still names them fails instead of missing values) and their
-- values are moved, in messwert and in messwert_historie; nothing is rounded or lost.

-- ------------------------------------------------------------------ Messwerte

ALTER TABLE ${kekiz_praefix}messwert RENAME COLUMN zaehler TO zaehler_exakt;
ALTER TABLE ${kekiz_praefix}messwert RENAME COLUMN nenner TO nenner_exakt;
ALTER TABLE ${kekiz_praefix}messwert ADD COLUMN zaehler_millionstel BIGINT;
ALTER TABLE ${kekiz_praefix}messwert ADD COLUMN nenner_millionstel BIGINT;

/* [jooq ignore start] */
UPDATE ${kekiz_praefix}messwert SET
    zaehler_millionstel = CASE WHEN ABS(zaehler_exakt) <= 9223372036854.775807 AND zaehler_exakt * 1000000 = FLOOR(zaehler_exakt * 1000000)
      THEN CAST(zaehler_exakt * 1000000 AS BIGINT) END,
    nenner_millionstel = CASE WHEN ABS(nenner_exakt) <= 9223372036854.775807 AND nenner_exakt * 1000000 = FLOOR(nenner_exakt * 1000000)
      THEN CAST(nenner_exakt * 1000000 AS BIGINT) END,
    zaehler_exakt = CASE WHEN ABS(zaehler_exakt) <= 9223372036854.775807 AND zaehler_exakt * 1000000 = FLOOR(zaehler_exakt * 1000000)
      THEN NULL ELSE zaehler_exakt END,
    nenner_exakt = CASE WHEN ABS(nenner_exakt) <= 9223372036854.775807 AND nenner_exakt * 1000000 = FLOOR(nenner_exakt * 1000000)
      THEN NULL ELSE nenner_exakt END;
/* [jooq ignore stop] */

-- ------------------------------------------------------------------ history

ALTER TABLE ${kekiz_praefix}messwert_historie RENAME COLUMN zaehler TO zaehler_exakt;
ALTER TABLE ${kekiz_praefix}messwert_historie RENAME COLUMN nenner TO nenner_exakt;
ALTER TABLE ${kekiz_praefix}messwert_historie ADD COLUMN zaehler_millionstel BIGINT;
ALTER TABLE ${kekiz_praefix}messwert_historie ADD COLUMN nenner_millionstel BIGINT;

/* [jooq ignore start] */
UPDATE ${kekiz_praefix}messwert_historie SET
    zaehler_millionstel = CASE WHEN ABS(zaehler_exakt) <= 9223372036854.775807 AND zaehler_exakt * 1000000 = FLOOR(zaehler_exakt * 1000000)
      THEN CAST(zaehler_exakt * 1000000 AS BIGINT) END,
    nenner_millionstel = CASE WHEN ABS(nenner_exakt) <= 9223372036854.775807 AND nenner_exakt * 1000000 = FLOOR(nenner_exakt * 1000000)
      THEN CAST(nenner_exakt * 1000000 AS BIGINT) END,
    zaehler_exakt = CASE WHEN ABS(zaehler_exakt) <= 9223372036854.775807 AND zaehler_exakt * 1000000 = FLOOR(zaehler_exakt * 1000000)
      THEN NULL ELSE zaehler_exakt END,
    nenner_exakt = CASE WHEN ABS(nenner_exakt) <= 9223372036854.775807 AND nenner_exakt * 1000000 = FLOOR(nenner_exakt * 1000000)
      THEN NULL ELSE nenner_exakt END;
/* [jooq ignore stop] */
