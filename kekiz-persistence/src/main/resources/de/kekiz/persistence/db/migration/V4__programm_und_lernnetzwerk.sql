-- kekiz schema, version 4: the programme level (Foerderprogramm) and the Lernnetzwerk of a
-- programme. Placeholders and conventions as in version 1; constraint names stay within 33
-- characters, so with the longest prefix (30) they fit PostgreSQL's 63. Only new tables: a
-- database of version 3 keeps every row.

-- ------------------------------------------------------------------ Lernnetzwerk

-- the root, one per programme: its key and name, and the revision
CREATE TABLE ${kekiz_praefix}lernnetzwerk (
  programm         VARCHAR(40)  NOT NULL,
  programm_name    VARCHAR      NOT NULL,
  revision         BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_pk PRIMARY KEY (programm)
);

-- a meeting; termin_jahr, termin_monat (1-12) and termin_tag are NULL where the source does not
-- state them; teilnehmer: the Gemeindeschlüssel of the named participants joined by ',' (sorted)
CREATE TABLE ${kekiz_praefix}lernnetzwerktreffen (
  programm            VARCHAR(40)  NOT NULL,
  nummer              INTEGER      NOT NULL,
  termin_jahr         INTEGER,
  termin_monat        INTEGER,
  termin_tag          INTEGER,
  ort                 VARCHAR,
  gastgeber           VARCHAR(8),
  motto               VARCHAR,
  teilnehmerzahl      INTEGER,
  teilnehmer          VARCHAR      NOT NULL,
  arbeitsgruppenzahl  INTEGER,
  CONSTRAINT ${kekiz_praefix}lernnetzwerktreffen_pk PRIMARY KEY (programm, nummer),
  CONSTRAINT ${kekiz_praefix}lernnetzwerktreffen_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}lernnetzwerk (programm) ON DELETE CASCADE
);

-- an Arbeitsgruppe of a meeting; thema NULL if not reported
CREATE TABLE ${kekiz_praefix}lernnetzwerk_arbeitsgruppe (
  programm         VARCHAR(40)  NOT NULL,
  nummer           INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  thema            VARCHAR,
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_ag_pk PRIMARY KEY (programm, nummer, pos),
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_ag_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}lernnetzwerk (programm) ON DELETE CASCADE
);

-- a contribution to all (ag_pos -1) or in the Arbeitsgruppe at position ag_pos;
-- praxisart: the Praxisart's name, verweis: the Angebot's id or the Übergang's key (else NULL)
CREATE TABLE ${kekiz_praefix}lernnetzwerk_beitrag (
  programm         VARCHAR(40)  NOT NULL,
  nummer           INTEGER      NOT NULL,
  ag_pos           INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  kommune          VARCHAR(8)   NOT NULL,
  titel            VARCHAR      NOT NULL,
  praxisart        VARCHAR(20)  NOT NULL,
  verweis          VARCHAR,
  beleg            VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_beitrag_pk PRIMARY KEY (programm, nummer, ag_pos, pos),
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_beitrag_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}lernnetzwerk (programm) ON DELETE CASCADE
);

-- a source of what is recorded about a meeting, in the order given
CREATE TABLE ${kekiz_praefix}lernnetzwerk_beleg (
  programm         VARCHAR(40)  NOT NULL,
  nummer           INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  quelle           VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_beleg_pk PRIMARY KEY (programm, nummer, pos),
  CONSTRAINT ${kekiz_praefix}lernnetzwerk_beleg_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}lernnetzwerk (programm) ON DELETE CASCADE
);

-- ------------------------------------------------------------------ Foerderprogramm

-- the root, one per programme key: its name and the revision
CREATE TABLE ${kekiz_praefix}foerderprogramm (
  programm         VARCHAR(40)  NOT NULL,
  programm_name    VARCHAR      NOT NULL,
  revision         BIGINT       NOT NULL,
  CONSTRAINT ${kekiz_praefix}foerderprogramm_pk PRIMARY KEY (programm)
);

-- a phase, in the order given
CREATE TABLE ${kekiz_praefix}programmphase (
  programm         VARCHAR(40)  NOT NULL,
  pos              INTEGER      NOT NULL,
  kennung          VARCHAR(60)  NOT NULL,
  name             VARCHAR      NOT NULL,
  beginn           DATE         NOT NULL,
  CONSTRAINT ${kekiz_praefix}programmphase_pk PRIMARY KEY (programm, pos),
  CONSTRAINT ${kekiz_praefix}programmphase_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}foerderprogramm (programm) ON DELETE CASCADE
);

-- one value a source states about the phase at phase_pos, in the order given: feld ENDE (datum),
-- NEUE_KOMMUNEN or TEILNEHMERZAHL (zahl); beleg: the source
CREATE TABLE ${kekiz_praefix}programmphase_angabe (
  programm         VARCHAR(40)  NOT NULL,
  phase_pos        INTEGER      NOT NULL,
  feld             VARCHAR(20)  NOT NULL,
  pos              INTEGER      NOT NULL,
  datum            DATE,
  zahl             INTEGER,
  beleg            VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}programmphase_angabe_pk PRIMARY KEY (programm, phase_pos, feld, pos),
  CONSTRAINT ${kekiz_praefix}programmphase_angabe_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}foerderprogramm (programm) ON DELETE CASCADE
);

-- a participant of the phase at phase_pos; verbund: the Gemeindeschlüssel of the Gemeinden taking
-- part jointly with it, joined by ',' (sorted; empty for none)
CREATE TABLE ${kekiz_praefix}phasenteilnehmer (
  programm         VARCHAR(40)  NOT NULL,
  phase_pos        INTEGER      NOT NULL,
  pos              INTEGER      NOT NULL,
  kommune          VARCHAR(8)   NOT NULL,
  name             VARCHAR      NOT NULL,
  verbund          VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}phasenteilnehmer_pk PRIMARY KEY (programm, phase_pos, pos),
  CONSTRAINT ${kekiz_praefix}phasenteilnehmer_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}foerderprogramm (programm) ON DELETE CASCADE
);

-- an organisation with its role (the Programmrolle's name)
CREATE TABLE ${kekiz_praefix}programmakteur (
  programm         VARCHAR(40)  NOT NULL,
  pos              INTEGER      NOT NULL,
  name             VARCHAR      NOT NULL,
  rolle            VARCHAR(30)  NOT NULL,
  beleg            VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}programmakteur_pk PRIMARY KEY (programm, pos),
  CONSTRAINT ${kekiz_praefix}programmakteur_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}foerderprogramm (programm) ON DELETE CASCADE
);

-- the money of one year; quellen: the Finanzierungsquellen' names joined by ',' (sorted), several
-- when only their sum is published
CREATE TABLE ${kekiz_praefix}haushaltsansatz (
  programm         VARCHAR(40)  NOT NULL,
  pos              INTEGER      NOT NULL,
  jahr             INTEGER      NOT NULL,
  quellen          VARCHAR      NOT NULL,
  betrag           ${kekiz_dezimal} NOT NULL,
  beleg            VARCHAR      NOT NULL,
  CONSTRAINT ${kekiz_praefix}haushaltsansatz_pk PRIMARY KEY (programm, pos),
  CONSTRAINT ${kekiz_praefix}haushaltsansatz_fk FOREIGN KEY (programm)
    REFERENCES ${kekiz_praefix}foerderprogramm (programm) ON DELETE CASCADE
);
