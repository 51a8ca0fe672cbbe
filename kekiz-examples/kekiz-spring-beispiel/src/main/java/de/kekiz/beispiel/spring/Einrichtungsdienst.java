package de.kekiz.beispiel.spring;

import de.kekiz.domain.kommune.Kommune;
import de.kekiz.persistence.KekizPersistenz;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets up a Kommune in the host's own table and in kekiz, in one transaction: both or neither. */
@Service
public class Einrichtungsdienst {

  private final JdbcTemplate jdbc;
  private final KekizPersistenz kekiz;

  /**
   * Created by Spring with kekiz's auto-configured bean and the host's JdbcTemplate (kekiz first:
   * Spring then creates it before anything that waits for the host's Flyway, and kekiz's own
   * ordering has to hold).
   */
  public Einrichtungsdienst(KekizPersistenz kekiz, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.kekiz = kekiz;
  }

  /**
   * Records {@code kommune} in the host's table and stores it in kekiz.
   *
   * @param pruefung called after both writes and before the commit; what it throws rolls back both
   * @return the Kommune as kekiz stored it
   */
  @Transactional
  public Kommune richteEin(Kommune kommune, Runnable pruefung) {
    jdbc.update(
        "INSERT INTO kommune (ags, bezeichnung) VALUES (?, ?)",
        kommune.id().wert(),
        kommune.name());
    Kommune gespeichert = kekiz.kommunen().save(kommune);
    pruefung.run();
    return gespeichert;
  }
}
