-- kekiz schema, version 6: the history of stored states (transaction time). Placeholders and
-- conventions as in version 1; ${kekiz_langtext} is a text without length limit (TEXT on
-- PostgreSQL, CHARACTER LARGE OBJECT on H2).
--
-- Every save of a stored aggregate (Kommune, Leitbild, Präventionskette, Indikator,
-- Förderprogramm, Lernnetzwerk) and every delete keeps the state it replaced: one row per replaced
-- state, tied to the audit entry of that save or delete (audit_id; the entry's zeitpunkt and
-- benutzer say when and by whom it was replaced, its aktion GEAENDERT or GELOESCHT how). aggregat
-- and kennung repeat the entry's, so a history is read by them without the audit table's index.
-- revision is the revision the state was stored under.
--
-- inhalt is the state's rows as the adapter read them when it loaded the aggregate: a document of
-- jOOQ's JSON format holding one result per query of the aggregate's loader, in the order the
-- loader runs them, every value as text; reading the state back runs the same loader over these
-- results. A later migration that changes a table an aggregate is loaded from must rewrite the
-- stored documents of that aggregate too.
CREATE TABLE ${kekiz_praefix}aggregat_historie (
  audit_id   BIGINT       NOT NULL,
  aggregat   VARCHAR(40)  NOT NULL,
  kennung    VARCHAR      NOT NULL,
  revision   BIGINT       NOT NULL,
  inhalt     ${kekiz_langtext} NOT NULL,
  CONSTRAINT ${kekiz_praefix}aggregat_historie_pk PRIMARY KEY (audit_id),
  CONSTRAINT ${kekiz_praefix}aggregat_historie_audit_fk FOREIGN KEY (audit_id)
    REFERENCES ${kekiz_praefix}audit (id)
);

CREATE INDEX ${kekiz_praefix}aggregat_historie_ix
  ON ${kekiz_praefix}aggregat_historie (aggregat, kennung, audit_id);
