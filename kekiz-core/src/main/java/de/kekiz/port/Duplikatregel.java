package de.kekiz.port;

/** What a bulk load of Messwerte does with a Messwert whose key is already there. */
public enum Duplikatregel {
  /** Fail with {@link DuplikatException}: nothing of the load is stored. */
  ABLEHNEN,
  /** The new Messwert replaces the stored one (and an earlier one of the same load). */
  ERSETZEN
}
