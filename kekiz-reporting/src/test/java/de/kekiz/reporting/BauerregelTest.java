package de.kekiz.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import de.kekiz.architektur.KekizArchitektur;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.reporting.csv.MesswertCsvWriter;
import de.kekiz.reporting.sdmx.MesswertSdmxCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The builder rule (plural replaces, singular adds) holds for the report writers")
class BauerregelTest {

  /** The Messwerte of the two sample indicators. */
  private static final List<Messwert> MESSWERTE =
      BeispielDaten.messwerte().stream()
          .filter(
              m ->
                  m.indikator().equals(BeispielDaten.WANDERUNGSSALDO_REF)
                      || m.indikator().equals(BeispielDaten.BERATUNGEN_REF))
          .toList();

  /** What a writer writes, or the refusal: the effect of what its builder was given. */
  private interface Schreiben {
    void schreibe(ByteArrayOutputStream out) throws IOException;
  }

  private static String text(Schreiben s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      s.schreibe(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return "refused: " + e.getMessage();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("indikatoren and kommunen of the CSV and SDMX writers replace")
  void haelt() {
    KekizArchitektur.Bauerregel regel =
        new KekizArchitektur.Bauerregel()
            .bauer(
                MesswertCsvWriter.Builder.class,
                MesswertCsvWriter::builder,
                b -> text(out -> b.build().schreibe(MESSWERTE, out)))
            .bauer(
                MesswertSdmxCsvWriter.Builder.class,
                MesswertSdmxCsvWriter::builder,
                b -> text(out -> b.build().schreibe(MESSWERTE, out)))
            .muster(Indikator.class, BeispielDaten.wanderungssaldo(), BeispielDaten.beratungen())
            .muster(Kommune.class, BeispielDaten.ahlen(), BeispielDaten.koeln());
    assertThat(MESSWERTE).isNotEmpty();
    assertThat(regel.verstoesse()).isEmpty();
    JavaClasses reporting =
        new ClassFileImporter()
            .withImportOption(KekizArchitektur.OHNE_TESTS)
            .importPackages("de.kekiz.reporting");
    assertThat(reporting.contain(MesswertCsvWriter.Builder.class)).isTrue();
    assertThat(regel.nichtGeprueft(reporting)).isEmpty();
  }
}
