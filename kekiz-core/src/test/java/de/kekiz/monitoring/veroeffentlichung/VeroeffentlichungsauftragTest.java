package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kommune.Sozialraumebene;
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
}
