-- kekiz schema, version 5: the validity periods of the Präventionskette's parts, every
-- coordination post with its funding and period, and the Zielbeiträge ("who does what").
-- Placeholders and conventions as in version 1. The indicators of an Übergang need no new column:
-- they are the IndikatorKeys joined by ',' in kette_baustein.zuordnung (NULL or empty: none).
--
-- gueltig_von / gueltig_bis: a Zeitraum (first and last day, both inclusive); gueltig_von NULL means
-- no period recorded (the part counts as existing on every day), gueltig_bis NULL an open end.
--
-- A chain of version 4 keeps every row: its one coordination post moves from the columns
-- kette.koordination_* into the new table kette_koordination (position 0, no funding, programme or
-- period recorded). The old columns are cleared and no longer read or written; they stay so that
-- this migration only adds.

-- the Steuerungsgruppe's period (in the chain's root row)
ALTER TABLE ${kekiz_praefix}kette ADD COLUMN gruppe_gueltig_von DATE;
ALTER TABLE ${kekiz_praefix}kette ADD COLUMN gruppe_gueltig_bis DATE;

-- the period of a Netzwerk or an Arbeitsgemeinschaft (NULL for the other kinds)
ALTER TABLE ${kekiz_praefix}kette_baustein ADD COLUMN gueltig_von DATE;
ALTER TABLE ${kekiz_praefix}kette_baustein ADD COLUMN gueltig_bis DATE;

-- the period of a seat
ALTER TABLE ${kekiz_praefix}mitglied ADD COLUMN gueltig_von DATE;
ALTER TABLE ${kekiz_praefix}mitglied ADD COLUMN gueltig_bis DATE;

-- the period an Angebot runs
ALTER TABLE ${kekiz_praefix}angebot ADD COLUMN gueltig_von DATE;
ALTER TABLE ${kekiz_praefix}angebot ADD COLUMN gueltig_bis DATE;

-- a coordination post, in the order given; anteil NULL: share not known; finanzierung: the
-- Finanzierungsquellen' names joined by ',' (empty: not known); programm, programm_name: the
-- funding programme's key and name, or NULL
CREATE TABLE ${kekiz_praefix}kette_koordination (
  kommune          VARCHAR(8)   NOT NULL,
  pos              INTEGER      NOT NULL,
  stelle           VARCHAR      NOT NULL,
  anteil           ${kekiz_dezimal},
  angesiedelt_bei  VARCHAR      NOT NULL,
  finanzierung     VARCHAR      NOT NULL,
  programm         VARCHAR(40),
  programm_name    VARCHAR,
  gueltig_von      DATE,
  gueltig_bis      DATE,
  CONSTRAINT ${kekiz_praefix}kette_koordination_pk PRIMARY KEY (kommune, pos),
  CONSTRAINT ${kekiz_praefix}kette_koordination_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kette (kommune) ON DELETE CASCADE
);

-- "who does what": a contribution of an Angebot, Arbeitsgemeinschaft or Akteur (art: the
-- Beitragsart's name, beitragender: its id or key) to the Handlungsziel with key handlungsziel of
-- the Kommune's Leitbild, in the order given; aufgabe NULL if not recorded
CREATE TABLE ${kekiz_praefix}kette_zielbeitrag (
  kommune          VARCHAR(8)   NOT NULL,
  pos              INTEGER      NOT NULL,
  handlungsziel    VARCHAR(60)  NOT NULL,
  art              VARCHAR(30)  NOT NULL,
  beitragender     VARCHAR(60)  NOT NULL,
  aufgabe          VARCHAR,
  gueltig_von      DATE,
  gueltig_bis      DATE,
  CONSTRAINT ${kekiz_praefix}kette_zielbeitrag_pk PRIMARY KEY (kommune, pos),
  CONSTRAINT ${kekiz_praefix}kette_zielbeitrag_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kette (kommune) ON DELETE CASCADE
);

INSERT INTO ${kekiz_praefix}kette_koordination
  (kommune, pos, stelle, anteil, angesiedelt_bei, finanzierung)
  SELECT kommune, 0, koordination_stelle, koordination_anteil, koordination_angesiedelt_bei, ''
    FROM ${kekiz_praefix}kette
   WHERE koordination_stelle IS NOT NULL;

UPDATE ${kekiz_praefix}kette
   SET koordination_stelle = NULL, koordination_anteil = NULL, koordination_angesiedelt_bei = NULL;
