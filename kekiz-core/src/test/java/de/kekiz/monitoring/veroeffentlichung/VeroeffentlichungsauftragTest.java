package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Veroeffentlichungsauftrag")
class VeroeffentlichungsauftragTest {

  private static final Veroeffentlichungsauftrag SCHLICHT =
      Berichtsdaten.auftrag().withPoolperioden(1).withVergroeberung(false);

  @Test
  @DisplayName("names the level only when the caller chose one; the release shows the level used")
  void ebene() {
    assertThat(SCHLICHT.gewaehlteEbene()).isEmpty();
    assertThat(SCHLICHT.withEbene(Sozialraumebene.STADTTEIL).gewaehlteEbene())
        .contains(Sozialraumebene.STADTTEIL);
    assertThat(SCHLICHT.withEbene(Sozialraumebene.STADTTEIL).withEbene(null).gewaehlteEbene())
        .isEmpty();
    // chosen automatically: Ahlen has Stadtteile only
    assertThat(Berichtsdaten.ahlen(SCHLICHT).ebene()).isEqualTo(Sozialraumebene.STADTTEIL);
  }

  @Test
  @DisplayName("a release keeps the Sozialindex indicators the order names")
  void sozialindexIndikatoren() {
    var indikatoren = List.of(Indikatoren.SGB2_QUOTE_U15, Indikatoren.BETREUUNGSQUOTE_U3);
    Berichtsteil teil = Berichtsdaten.ahlen(SCHLICHT.withSozialindexIndikatoren(indikatoren));
    assertThat(teil.sozialindexIndikatoren()).containsExactlyInAnyOrderElementsOf(indikatoren);
  }

  private static final Veroeffentlichungsauftrag BASIS =
      Veroeffentlichungsauftrag.am(LocalDate.of(2024, 12, 31)).withPoolperioden(2);

  private static final CellKeyVerfahren CELL_KEY =
      CellKeyVerfahren.of(
          Ueberlagerungsparameter.standard(),
          "ein Geheimnis der Kommune, nur für Tests".getBytes(StandardCharsets.UTF_8));

  @Test
  @DisplayName("withVerfahren(CELL_KEY) keeps the Cell-Key-Verfahren the order has")
  void cellKeyBleibt() {
    Veroeffentlichungsauftrag a = BASIS.withCellKey(CELL_KEY);
    Veroeffentlichungsauftrag b = a.withVerfahren(Schutzverfahren.CELL_KEY);
    assertThat(b.cellKey()).isSameAs(CELL_KEY);
    assertThat(b).isEqualTo(a);
  }

  @Test
  @DisplayName(
      "withVerfahren of another procedure on a Cell-Key order fails in German instead of dropping the secret")
  void cellKeyWirdNichtVerworfen() {
    Veroeffentlichungsauftrag a = BASIS.withCellKey(CELL_KEY);
    for (Schutzverfahren v :
        new Schutzverfahren[] {Schutzverfahren.SPERRUNG, Schutzverfahren.INTERN}) {
      assertThatThrownBy(() -> a.withVerfahren(v))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Cell-Key-Verfahren geschützt")
          .hasMessageContaining("withVerfahren(" + v + ")")
          .hasMessageContaining("stillschweigend verwerfen");
    }
    // the order before withCellKey gives the other release, with every other setting
    Veroeffentlichungsauftrag intern = BASIS.withVerfahren(Schutzverfahren.INTERN);
    assertThat(intern.verfahren()).isEqualTo(Schutzverfahren.INTERN);
    assertThat(intern.poolperioden()).isEqualTo(2);
    assertThat(intern.cellKey()).isNull();
  }

  @Test
  @DisplayName("withVerfahren(CELL_KEY) without a secret names withCellKey, in German")
  void cellKeyOhneGeheimnis() {
    assertThatThrownBy(() -> BASIS.withVerfahren(Schutzverfahren.CELL_KEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Das Cell-Key-Verfahren braucht das Geheimnis der Kommune:"
                + " withCellKey(CellKeyVerfahren) statt withVerfahren(CELL_KEY)");
  }

  @Test
  @DisplayName("withVerfahren between suppression and internal use keeps the other settings")
  void wechselOhneCellKey() {
    Veroeffentlichungsauftrag intern = BASIS.withVerfahren(Schutzverfahren.INTERN);
    Veroeffentlichungsauftrag zurueck = intern.withVerfahren(Schutzverfahren.SPERRUNG);
    assertThat(zurueck).isEqualTo(BASIS);
    assertThat(BASIS.withVerfahren(Schutzverfahren.SPERRUNG)).isSameAs(BASIS);
  }
}
