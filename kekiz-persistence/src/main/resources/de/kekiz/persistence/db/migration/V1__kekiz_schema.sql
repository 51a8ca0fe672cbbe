-- kekiz schema, version 1: one script for H2 and PostgreSQL.
--
-- Placeholders (Flyway syntax; KekizPersistenz fills them, migrationsskripte() hands them out filled):
--   ${kekiz_praefix}  the host's table-name prefix, e.g. "kekiz_" (may be empty); it prefixes constraint
--                     names too, so two installations with different prefixes can share one schema
--   ${kekiz_dezimal}  an exact decimal type that keeps every digit and the scale:
--                     NUMERIC on PostgreSQL, DECFLOAT on H2 (whose NUMERIC without precision has scale 0)
--
-- Names are unquoted lower-case identifiers; the adapter renders them unquoted, so H2 (upper case by
-- default, lower case with DATABASE_TO_LOWER) and PostgreSQL both find them.
--
-- Every aggregate is stored in normalized tables keyed by the aggregate's id; lists keep their order
-- in a column "pos" (0-based). Sets of keys whose characters are restricted by the domain (keys of
-- Lebensphasen, Handlungsfelder, Indikatoren, Präventionsleitlinien, AkteurIds) are stored joined
-- by ',' (the domain forbids ',' in them), which is exact. There are no foreign keys between
-- aggregates (a Messwert does not need its Indikator stored): the ports do not promise them.
-- Each aggregate root row holds the revision used for optimistic locking.

-- ------------------------------------------------------------------ Kommune

CREATE TABLE ${kekiz_praefix}kommune (
  schluessel   VARCHAR(8)   NOT NULL,
  name         VARCHAR      NOT NULL,
  art          VARCHAR(40)  NOT NULL,
  kreisfrei    BOOLEAN      NOT NULL,
  kreis        VARCHAR(5),
  jugendamt    VARCHAR(8)   NOT NULL,
  revision     BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}kommune_pk PRIMARY KEY (schluessel)
);

-- one row per Sozialraum version (Gebietsstand); the parent is a Sozialraum of the same Kommune
CREATE TABLE ${kekiz_praefix}sozialraum (
  kommune              VARCHAR(8)   NOT NULL,
  pos                  INTEGER      NOT NULL,
  code                 VARCHAR(40)  NOT NULL,
  gebietsstand         INTEGER      NOT NULL,
  name                 VARCHAR      NOT NULL,
  ebene                VARCHAR(40)  NOT NULL,
  uebergeordnet_code   VARCHAR(40),
  gueltig_von          DATE         NOT NULL,
  gueltig_bis          DATE,
  geometrie            VARCHAR,
  CONSTRAINT ${kekiz_praefix}sozialraum_pk PRIMARY KEY (kommune, pos),
  CONSTRAINT ${kekiz_praefix}sozialraum_uk UNIQUE (kommune, code, gebietsstand),
  CONSTRAINT ${kekiz_praefix}sozialraum_kommune_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kommune (schluessel) ON DELETE CASCADE
);

-- population figures of the Kommune (sozialraum_code '' and gebietsstand 0) or of one Sozialraum version
CREATE TABLE ${kekiz_praefix}bevoelkerung (
  kommune           VARCHAR(8)   NOT NULL,
  sozialraum_code   VARCHAR(40)  NOT NULL,
  gebietsstand      INTEGER      NOT NULL,
  pos               INTEGER      NOT NULL,
  stichtag          DATE         NOT NULL,
  alter_von         INTEGER      NOT NULL,
  alter_bis         INTEGER,
  anzahl            BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}bevoelkerung_pk PRIMARY KEY (kommune, sozialraum_code, gebietsstand, pos),
  CONSTRAINT ${kekiz_praefix}bevoelkerung_kommune_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kommune (schluessel) ON DELETE CASCADE
);

CREATE TABLE ${kekiz_praefix}teilnahme (
  kommune          VARCHAR(8)   NOT NULL,
  pos              INTEGER      NOT NULL,
  programm         VARCHAR(40)  NOT NULL,
  programm_name    VARCHAR      NOT NULL,
  phase            VARCHAR(60)  NOT NULL,
  von              DATE         NOT NULL,
  bis              DATE,
  koordination     ${kekiz_dezimal},
  CONSTRAINT ${kekiz_praefix}teilnahme_pk PRIMARY KEY (kommune, pos),
  CONSTRAINT ${kekiz_praefix}teilnahme_kommune_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kommune (schluessel) ON DELETE CASCADE
);

CREATE TABLE ${kekiz_praefix}foerderung (
  kommune          VARCHAR(8)     NOT NULL,
  teilnahme_pos    INTEGER        NOT NULL,
  pos              INTEGER        NOT NULL,
  jahr             INTEGER        NOT NULL,
  quelle           VARCHAR(40)    NOT NULL,
  betrag           NUMERIC(17, 2) NOT NULL,
  CONSTRAINT ${kekiz_praefix}foerderung_pk PRIMARY KEY (kommune, teilnahme_pos, pos),
  CONSTRAINT ${kekiz_praefix}foerderung_teilnahme_fk FOREIGN KEY (kommune, teilnahme_pos)
    REFERENCES ${kekiz_praefix}teilnahme (kommune, pos) ON DELETE CASCADE
);

-- ------------------------------------------------------------------ Indikator

-- one row per version of a definition; dimensionen joined by ',' in sorted order
CREATE TABLE ${kekiz_praefix}indikator (
  schluessel           VARCHAR(60)  NOT NULL,
  indikator_version    INTEGER      NOT NULL,
  gueltig_von          DATE         NOT NULL,
  gueltig_bis          DATE,
  name                 VARCHAR      NOT NULL,
  zaehler_definition   VARCHAR      NOT NULL,
  nenner_definition    VARCHAR,
  faktor               ${kekiz_dezimal} NOT NULL,
  einheit              VARCHAR      NOT NULL,
  anteil               BOOLEAN      NOT NULL,
  polaritaet           VARCHAR(40)  NOT NULL,
  quelle               VARCHAR      NOT NULL,
  ebene                VARCHAR(40)  NOT NULL,
  periodizitaet        VARCHAR(40)  NOT NULL,
  stichtag             VARCHAR(7),
  dimensionen          VARCHAR      NOT NULL,
  aenderungshinweis    VARCHAR,
  revision             BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}indikator_pk PRIMARY KEY (schluessel, indikator_version)
);

-- ------------------------------------------------------------------ Leitbild

CREATE TABLE ${kekiz_praefix}leitbild (
  kommune          VARCHAR(8)   NOT NULL,
  fassung          INTEGER      NOT NULL,
  titel            VARCHAR      NOT NULL,
  beschlossen_am   DATE,
  gremium          VARCHAR,
  leitlinien       VARCHAR      NOT NULL,
  revision         BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}leitbild_pk PRIMARY KEY (kommune, fassung)
);

CREATE TABLE ${kekiz_praefix}leitziel (
  kommune          VARCHAR(8)   NOT NULL,
  fassung          INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  kennung          VARCHAR(60)  NOT NULL,
  titel            VARCHAR      NOT NULL,
  beschreibung     VARCHAR,
  CONSTRAINT ${kekiz_praefix}leitziel_pk PRIMARY KEY (kommune, fassung, pos),
  CONSTRAINT ${kekiz_praefix}leitziel_leitbild_fk FOREIGN KEY (kommune, fassung)
    REFERENCES ${kekiz_praefix}leitbild (kommune, fassung) ON DELETE CASCADE
);

-- indikatoren: the IndikatorKeys joined by ',' in the order given
CREATE TABLE ${kekiz_praefix}handlungsziel (
  kommune          VARCHAR(8)   NOT NULL,
  fassung          INTEGER      NOT NULL,
  leitziel_pos     INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  kennung          VARCHAR(60)  NOT NULL,
  titel            VARCHAR      NOT NULL,
  indikatoren      VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}handlungsziel_pk PRIMARY KEY (kommune, fassung, leitziel_pos, pos),
  CONSTRAINT ${kekiz_praefix}handlungsziel_leitbild_fk FOREIGN KEY (kommune, fassung)
    REFERENCES ${kekiz_praefix}leitbild (kommune, fassung) ON DELETE CASCADE
);

-- sozialraum: the SozialraumId in its text form (05315000:404), or NULL for the whole Kommune
CREATE TABLE ${kekiz_praefix}zielwert (
  kommune            VARCHAR(8)   NOT NULL,
  fassung            INTEGER      NOT NULL,
  leitziel_pos       INTEGER      NOT NULL,
  handlungsziel_pos  INTEGER      NOT NULL,
  pos                INTEGER      NOT NULL,
  indikator          VARCHAR(60)  NOT NULL,
  wert               ${kekiz_dezimal} NOT NULL,
  richtung           VARCHAR(20)  NOT NULL,
  frist              DATE         NOT NULL,
  sozialraum         VARCHAR(50),
  ausgangswert       ${kekiz_dezimal},
  CONSTRAINT ${kekiz_praefix}zielwert_pk
    PRIMARY KEY (kommune, fassung, leitziel_pos, handlungsziel_pos, pos),
  CONSTRAINT ${kekiz_praefix}zielwert_leitbild_fk FOREIGN KEY (kommune, fassung)
    REFERENCES ${kekiz_praefix}leitbild (kommune, fassung) ON DELETE CASCADE
);

-- ------------------------------------------------------------------ Präventionskette

-- the chain's root with its Steuerung: gruppe_name NULL means no Steuerungsgruppe,
-- koordination_stelle NULL means no Koordination
CREATE TABLE ${kekiz_praefix}kette (
  kommune                        VARCHAR(8)   NOT NULL,
  gruppe_name                    VARCHAR,
  koordination_stelle            VARCHAR,
  koordination_anteil            ${kekiz_dezimal},
  koordination_angesiedelt_bei   VARCHAR,
  revision                       BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}kette_pk PRIMARY KEY (kommune)
);

-- the chain's building blocks, one table for the kinds with key and name:
-- art LEBENSPHASE (alter_von, alter_bis), UEBERGANG (von_phase, nach_phase), HANDLUNGSFELD,
-- NETZWERK (zuordnung: its member AkteurIds joined by ','), AG (an Arbeitsgemeinschaft; zuordnung:
-- the keys of its Lebensphasen joined by ',')
CREATE TABLE ${kekiz_praefix}kette_baustein (
  kommune          VARCHAR(8)   NOT NULL,
  art              VARCHAR(20)  NOT NULL,
  pos              INTEGER      NOT NULL,
  kennung          VARCHAR(60)  NOT NULL,
  name             VARCHAR      NOT NULL,
  alter_von        INTEGER,
  alter_bis        INTEGER,
  von_phase        VARCHAR(60),
  nach_phase       VARCHAR(60),
  zuordnung        VARCHAR,
  CONSTRAINT ${kekiz_praefix}kette_baustein_pk PRIMARY KEY (kommune, art, pos),
  CONSTRAINT ${kekiz_praefix}kette_baustein_kette_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kette (kommune) ON DELETE CASCADE
);

-- handlungsfelder: keys joined by ','
CREATE TABLE ${kekiz_praefix}akteur (
  kommune          VARCHAR(8)   NOT NULL,
  pos              INTEGER      NOT NULL,
  id               VARCHAR(60)  NOT NULL,
  name             VARCHAR      NOT NULL,
  art              VARCHAR(40)  NOT NULL,
  handlungsfelder  VARCHAR      NOT NULL,
  url              VARCHAR,
  email            VARCHAR,
  CONSTRAINT ${kekiz_praefix}akteur_pk PRIMARY KEY (kommune, pos),
  CONSTRAINT ${kekiz_praefix}akteur_kette_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kette (kommune) ON DELETE CASCADE
);

-- a seat in the Steuerungsgruppe (ag_pos -1) or in the Arbeitsgemeinschaft at position ag_pos
CREATE TABLE ${kekiz_praefix}mitglied (
  kommune          VARCHAR(8)   NOT NULL,
  ag_pos           INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  funktion         VARCHAR      NOT NULL,
  bereich          VARCHAR      NOT NULL,
  akteur           VARCHAR(60),
  CONSTRAINT ${kekiz_praefix}mitglied_pk PRIMARY KEY (kommune, ag_pos, pos),
  CONSTRAINT ${kekiz_praefix}mitglied_kette_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kette (kommune) ON DELETE CASCADE
);

-- an Angebot of the chain (HSDS service); kapazitaet_plaetze NULL means no Kapazitaet
CREATE TABLE ${kekiz_praefix}angebot (
  kommune              VARCHAR(8)   NOT NULL,
  pos                  INTEGER      NOT NULL,
  id                   VARCHAR(60)  NOT NULL,
  name                 VARCHAR      NOT NULL,
  beschreibung         VARCHAR      NOT NULL,
  traeger              VARCHAR(60)  NOT NULL,
  alter_von            INTEGER,
  alter_bis            INTEGER,
  zugang               VARCHAR,
  kapazitaet_plaetze   INTEGER,
  kapazitaet_frei      INTEGER,
  kapazitaet_einheit   VARCHAR,
  status               VARCHAR(40)  NOT NULL,
  zuletzt_geprueft     DATE,
  url                  VARCHAR,
  email                VARCHAR,
  CONSTRAINT ${kekiz_praefix}angebot_pk PRIMARY KEY (kommune, pos),
  CONSTRAINT ${kekiz_praefix}angebot_uk UNIQUE (kommune, id),
  CONSTRAINT ${kekiz_praefix}angebot_kette_fk FOREIGN KEY (kommune)
    REFERENCES ${kekiz_praefix}kette (kommune) ON DELETE CASCADE
);

-- the value lists of an Angebot, relational so they can be queried (which Angebote serve a
-- Sozialraum): merkmal EBENE (Praeventionsebene), LEBENSPHASE, HANDLUNGSFELD, UEBERGANG (keys),
-- SOZIALRAUM (SozialraumId text 05570004:12), FINANZIERUNG (free text, in the order given)
CREATE TABLE ${kekiz_praefix}angebot_merkmal (
  kommune          VARCHAR(8)   NOT NULL,
  angebot_pos      INTEGER      NOT NULL,
  merkmal          VARCHAR(20)  NOT NULL,
  pos              INTEGER      NOT NULL,
  wert             VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}angebot_merkmal_pk PRIMARY KEY (kommune, angebot_pos, merkmal, pos),
  CONSTRAINT ${kekiz_praefix}angebot_merkmal_angebot_fk FOREIGN KEY (kommune, angebot_pos)
    REFERENCES ${kekiz_praefix}angebot (kommune, pos) ON DELETE CASCADE
);

CREATE INDEX ${kekiz_praefix}angebot_merkmal_wert_ix ON ${kekiz_praefix}angebot_merkmal (merkmal, wert);

-- a place of an Angebot; strasse NULL means no Adresse, breite NULL means no Koordinate
CREATE TABLE ${kekiz_praefix}standort (
  kommune          VARCHAR(8)   NOT NULL,
  angebot_pos      INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  id               VARCHAR(60)  NOT NULL,
  name             VARCHAR      NOT NULL,
  art              VARCHAR(20)  NOT NULL,
  strasse          VARCHAR,
  postleitzahl     VARCHAR(5),
  ort              VARCHAR,
  breite           ${kekiz_dezimal},
  laenge           ${kekiz_dezimal},
  sozialraum       VARCHAR(50),
  CONSTRAINT ${kekiz_praefix}standort_pk PRIMARY KEY (kommune, angebot_pos, pos),
  CONSTRAINT ${kekiz_praefix}standort_angebot_fk FOREIGN KEY (kommune, angebot_pos)
    REFERENCES ${kekiz_praefix}angebot (kommune, pos) ON DELETE CASCADE
);

-- a schedule (zeitplan) or a cost option (kosten) of an Angebot:
-- art ZEITPLAN uses rrule, von, bis, beschreibung; art KOSTEN uses betrag, einheit, beschreibung
CREATE TABLE ${kekiz_praefix}angebot_termin (
  kommune          VARCHAR(8)   NOT NULL,
  angebot_pos      INTEGER      NOT NULL,
  art              VARCHAR(20)  NOT NULL,
  pos              INTEGER      NOT NULL,
  rrule            VARCHAR,
  von              TIME,
  bis              TIME,
  betrag           NUMERIC(17, 2),
  einheit          VARCHAR,
  beschreibung     VARCHAR,
  CONSTRAINT ${kekiz_praefix}angebot_termin_pk PRIMARY KEY (kommune, angebot_pos, art, pos),
  CONSTRAINT ${kekiz_praefix}angebot_termin_angebot_fk FOREIGN KEY (kommune, angebot_pos)
    REFERENCES ${kekiz_praefix}angebot (kommune, pos) ON DELETE CASCADE
);

-- ------------------------------------------------------------------ Messwerte

-- one observation; the primary key is the MesswertSchluessel: a Kommune-level value has
-- sozialraum_code '' and gebietsstand 0 (NULLs would not be unique), the Periode is its kind and
-- first day, the Aufschluesselung its canonical text form ('insgesamt' for the total).
-- The key starts with the Kommune: every read is for one Kommune.
CREATE TABLE ${kekiz_praefix}messwert (
  kommune             VARCHAR(8)    NOT NULL,
  indikator           VARCHAR(60)   NOT NULL,
  indikator_version   INTEGER       NOT NULL,
  sozialraum_code     VARCHAR(40)   NOT NULL,
  gebietsstand        INTEGER       NOT NULL,
  periode_beginn      DATE          NOT NULL,
  periode_art         VARCHAR(16)   NOT NULL,
  aufschluesselung    VARCHAR(1000) NOT NULL,
  zaehler             ${kekiz_dezimal},
  nenner              ${kekiz_dezimal},
  obs_status          VARCHAR(1)    NOT NULL,
  conf_status         VARCHAR(1)    NOT NULL,
  CONSTRAINT ${kekiz_praefix}messwert_pk PRIMARY KEY (kommune, indikator, indikator_version,
    sozialraum_code, gebietsstand, periode_beginn, periode_art, aufschluesselung)
);

-- staging rows of a bulk load that replaces duplicates: filled and emptied inside the load's
-- transaction (other transactions never see its rows); lauf is the id of the load's audit entry
-- and tells concurrent loads apart, nr is the 1-based position in the load
CREATE TABLE ${kekiz_praefix}messwert_import (
  lauf                BIGINT        NOT NULL,
  nr                  BIGINT        NOT NULL,
  kommune             VARCHAR(8)    NOT NULL,
  indikator           VARCHAR(60)   NOT NULL,
  indikator_version   INTEGER       NOT NULL,
  sozialraum_code     VARCHAR(40)   NOT NULL,
  gebietsstand        INTEGER       NOT NULL,
  periode_beginn      DATE          NOT NULL,
  periode_art         VARCHAR(16)   NOT NULL,
  aufschluesselung    VARCHAR(1000) NOT NULL,
  zaehler             ${kekiz_dezimal},
  nenner              ${kekiz_dezimal},
  obs_status          VARCHAR(1)    NOT NULL,
  conf_status         VARCHAR(1)    NOT NULL,
  CONSTRAINT ${kekiz_praefix}messwert_import_pk PRIMARY KEY (lauf, nr)
);

CREATE INDEX ${kekiz_praefix}messwert_import_ix ON ${kekiz_praefix}messwert_import (lauf, kommune,
  indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn, periode_art,
  aufschluesselung, nr);

-- ------------------------------------------------------------------ Audit

-- who (the host's Benutzerkontext), when (the injected Clock) and what changed, written in the
-- same transaction as the change; aktion ANGELEGT, GEAENDERT, GELOESCHT for aggregates,
-- GESPEICHERT, GELOESCHT for Messwerte
CREATE TABLE ${kekiz_praefix}audit (
  id                 BIGINT        GENERATED BY DEFAULT AS IDENTITY,
  zeitpunkt          TIMESTAMP WITH TIME ZONE NOT NULL,
  benutzer           VARCHAR       NOT NULL,
  aggregat           VARCHAR(40)   NOT NULL,
  kennung            VARCHAR       NOT NULL,
  kommune            VARCHAR(8),
  aktion             VARCHAR(20)   NOT NULL,
  revision_vorher    BIGINT,
  revision_nachher   BIGINT,
  aenderung          VARCHAR       NOT NULL,
  CONSTRAINT ${kekiz_praefix}audit_pk PRIMARY KEY (id)
);

CREATE INDEX ${kekiz_praefix}audit_kommune_ix ON ${kekiz_praefix}audit (kommune, id);

-- the previous values of Messwerte a load replaced or a deletion removed, tied to their audit entry
CREATE TABLE ${kekiz_praefix}messwert_historie (
  audit_id            BIGINT        NOT NULL,
  kommune             VARCHAR(8)    NOT NULL,
  indikator           VARCHAR(60)   NOT NULL,
  indikator_version   INTEGER       NOT NULL,
  sozialraum_code     VARCHAR(40)   NOT NULL,
  gebietsstand        INTEGER       NOT NULL,
  periode_beginn      DATE          NOT NULL,
  periode_art         VARCHAR(16)   NOT NULL,
  aufschluesselung    VARCHAR(1000) NOT NULL,
  zaehler             ${kekiz_dezimal},
  nenner              ${kekiz_dezimal},
  obs_status          VARCHAR(1)    NOT NULL,
  conf_status         VARCHAR(1)    NOT NULL,
  CONSTRAINT ${kekiz_praefix}messwert_historie_pk PRIMARY KEY (audit_id, kommune, indikator,
    indikator_version, sozialraum_code, gebietsstand, periode_beginn, periode_art, aufschluesselung),
  CONSTRAINT ${kekiz_praefix}messwert_historie_audit_fk FOREIGN KEY (audit_id)
    REFERENCES ${kekiz_praefix}audit (id)
);
