package de.kekiz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Messreihe compares indicator, area and breakdown as the record would")
class MessreiheTest {

  private static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  private static Messreihe reihe(String indikator, String raum, String aufschluesselung) {
    Raumbezug r =
        raum.isEmpty()
            ? Raumbezug.of(AHLEN)
            : Raumbezug.of(SozialraumRef.of(SozialraumId.of(AHLEN, raum), 1));
    return new Messreihe(
        IndikatorRef.of(indikator, 1), r, Aufschluesselung.parse(aufschluesselung));
  }

  @Test
  @DisplayName("equal parts made separately are equal with equal hashes; any differing part is not")
  void gleichheit() {
    List<String[]> teile =
        List.of(
            new String[] {"quote", "", "insgesamt"},
            new String[] {"quote", "", "geschlecht=w"},
            new String[] {"quote", "", "geschlecht=m"},
            new String[] {"quote", "", "alter=0-2"},
            new String[] {"quote", "", "alter=0-2,geschlecht=w"},
            new String[] {"quote", "", "alter=0-2,geschlecht=m"},
            new String[] {"quote", "", "alter=3-5,geschlecht=w"},
            new String[] {"quote", "nord", "geschlecht=w"},
            new String[] {"andere", "", "geschlecht=w"});
    for (String[] a : teile) {
      for (String[] b : teile) {
        Messreihe x = reihe(a[0], a[1], a[2]);
        Messreihe y = reihe(b[0], b[1], b[2]);
        boolean gleich = a == b;
        assertThat(x.equals(y)).as("%s = %s", x, y).isEqualTo(gleich);
        assertThat(x.equals(y))
            .as("as the parts compare")
            .isEqualTo(
                x.indikator().equals(y.indikator())
                    && x.raum().equals(y.raum())
                    && x.aufschluesselung().equals(y.aufschluesselung()));
        if (gleich) {
          assertThat(x.hashCode()).isEqualTo(y.hashCode());
        }
      }
    }
    assertThat(reihe("quote", "", "insgesamt")).isNotEqualTo(null).isNotEqualTo("quote");
  }
}
