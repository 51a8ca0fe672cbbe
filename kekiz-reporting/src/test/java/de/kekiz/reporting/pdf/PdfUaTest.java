package de.kekiz.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.reporting.Demoberichte;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator of the PDF Association, with its PDF/UA-1 profile. */
@DisplayName("bericht.pdf of Köln, Ahlen and Kreis Unna passes veraPDF's PDF/UA-1 profile")
public class PdfUaTest {

  static final List<String> NAMEN = Demoberichte.NAMEN;

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The failed rules of veraPDF's PDF/UA-1 profile for {@code pdf}, one line each. */
  public static List<String> fehler(Path pdf) throws Exception {
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
      PDFAValidator validator =
          Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
      ValidationResult r = validator.validate(parser);
      List<String> fehler =
          r.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + ": "
                          + a.getMessage()
                          + " ("
                          + a.getLocation().getContext()
                          + ")")
              .distinct()
              .collect(Collectors.toList());
      if (fehler.isEmpty()) {
        assertThat(r.isCompliant()).isTrue();
      }
      return fehler;
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("with no failed rule")
  void pdfUa(String name) throws Exception {
    List<String> fehler = fehler(Demoberichte.ordner(name).resolve("bericht.pdf"));
    assertThat(fehler).as("failed PDF/UA-1 rules").isEmpty();
  }
}
