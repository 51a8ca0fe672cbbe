package de.kekiz.architektur.beispiel.domain;

import de.kekiz.architektur.beispiel.adapter.SchlechterAdapter;
import java.sql.Connection;

/** Breaks the rules on purpose: a "domain" class that uses JDBC and an adapter. */
public final class SchlechteDomain {
  private SchlechteDomain() {}

  /** Uses JDBC. */
  public static boolean nutztJdbc(Connection c) {
    return c != null;
  }

  /** Uses an adapter. */
  public static String nutztAdapter() {
    return SchlechterAdapter.name();
  }
}
