package de.kekiz.domain.angebot;

import static de.kekiz.domain.angebot.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Zeitplan")
class ZeitplanTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FREQ=WEEKLY;BYDAY=MO,WE",
        "FREQ=WEEKLY",
        "FREQ=DAILY;COUNT=10",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20181221",
        "FREQ=WEEKLY;UNTIL=20181221T170000Z;WKST=MO",
        "FREQ=MONTHLY;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=+1MO",
        "FREQ=MONTHLY;BYMONTHDAY=1,15,-1",
        "FREQ=YEARLY;BYMONTH=9;BYDAY=1SA",
        "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=DAILY;BYHOUR=9,14;BYMINUTE=0,30;BYSECOND=0",
        "FREQ=YEARLY;BYYEARDAY=1,-1",
        "FREQ=SECONDLY;COUNT=1",
        "FREQ=MINUTELY;INTERVAL=15",
        "FREQ=HOURLY;UNTIL=20240229"
      })
  @DisplayName("accepts valid RFC 5545 rules")
  void gueltig(String rrule) {
    assertThat(Zeitplan.of(rrule).rrule()).isEqualTo(rrule);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FREQ=WEEKLY;BYDAY=XX | 'XX'",
        "BYDAY=MO,WE | FREQ is required",
        "FREQ=WEEKLY;COUNT=5;UNTIL=20181231 | UNTIL and COUNT",
        "FREQ=FORTNIGHTLY | 'FORTNIGHTLY'",
        "freq=weekly | 'freq'",
        "RRULE:FREQ=WEEKLY | 'RRULE:' prefix",
        "FREQ=WEEKLY; | part ''",
        "FREQ=WEEKLY;BYDAY | 'BYDAY'",
        "FREQ=WEEKLY;BYDAY= | 'BYDAY='",
        "FREQ=WEEKLY;FREQ=DAILY | 'FREQ' is given twice",
        "FREQ=WEEKLY;X-FOO=1 | 'X-FOO'",
        "FREQ=WEEKLY;BYDAY=2TU | '2TU'",
        "FREQ=MONTHLY;BYDAY=0MO | '0MO'",
        "FREQ=MONTHLY;BYDAY=54MO | '54MO'",
        "FREQ=MONTHLY;BYDAY=+MO | '+MO'",
        "FREQ=WEEKLY;BYDAY=MO,,WE | 'MO,,WE'",
        "FREQ=WEEKLY;BYDAY=mo | 'mo'",
        "FREQ=DAILY;COUNT=0 | '0'",
        "FREQ=DAILY;COUNT=-3 | '-3'",
        "FREQ=DAILY;INTERVAL=zwei | 'zwei'",
        "FREQ=DAILY;UNTIL=2018-12-31 | '2018-12-31'",
        "FREQ=DAILY;UNTIL=20180230 | '20180230'",
        "FREQ=DAILY;UNTIL=20181231T250000Z | '20181231T250000Z'",
        "FREQ=WEEKLY;WKST=XX | 'XX'",
        "FREQ=YEARLY;BYMONTH=13 | '13'",
        "FREQ=MONTHLY;BYMONTHDAY=0 | '0'",
        "FREQ=MONTHLY;BYMONTHDAY=32 | '32'",
        "FREQ=DAILY;BYHOUR=24 | '24'",
        "FREQ=DAILY;BYHOUR=-1 | '-1'",
        "FREQ=YEARLY;BYWEEKNO=54 | '54'",
        "FREQ=YEARLY;BYYEARDAY=367 | '367'",
        "' ' | empty"
      })
  @DisplayName("rejects malformed rules, quoting the rule and the bad part")
  void ungueltig(String rrule, String hinweis) {
    assertThatThrownBy(() -> Zeitplan.of(rrule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got '" + rrule + "'")
        .hasMessageContaining(hinweis);
  }

  @Test
  @DisplayName("gives the parts of the rule in the order given")
  void teile() {
    Zeitplan z = Zeitplan.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE");
    assertThat(z.teile())
        .containsExactly(
            java.util.Map.entry("FREQ", "WEEKLY"),
            java.util.Map.entry("INTERVAL", "2"),
            java.util.Map.entry("BYDAY", "MO,WE"));
    assertThat(z.frequenz()).isEqualTo("WEEKLY");
    assertThat(z.teil("BYDAY")).contains("MO,WE");
    assertThat(z.teil("COUNT")).isEmpty();
  }

  @Test
  @DisplayName("accepts an end time after the start time")
  void zeiten() {
    Zeitplan z = Zeitplan.of("FREQ=WEEKLY;BYDAY=MO", LocalTime.of(9, 0), LocalTime.of(11, 30));
    assertThat(z.von()).isEqualTo(LocalTime.of(9, 0));
    assertThat(z.bis()).isEqualTo(LocalTime.of(11, 30));
    assertThat(new Zeitplan("FREQ=WEEKLY", LocalTime.of(9, 0), null, null).bis()).isNull();
  }

  @Test
  @DisplayName("rejects an end time not after the start time")
  void endeVorBeginn() {
    verletzt(
        () -> Zeitplan.of("FREQ=WEEKLY;BYDAY=MO", LocalTime.of(11, 0), LocalTime.of(9, 0)),
        "zeitplan.ende-nicht-nach-beginn",
        "09:00",
        "11:00");
    verletzt(
        () -> Zeitplan.of("FREQ=WEEKLY;BYDAY=MO", LocalTime.of(9, 0), LocalTime.of(9, 0)),
        "zeitplan.ende-nicht-nach-beginn",
        "09:00");
  }

  @Test
  @DisplayName("rejects a blank description")
  void beschreibung() {
    assertThat(Zeitplan.of("FREQ=WEEKLY").withBeschreibung("nicht in den Ferien").beschreibung())
        .isEqualTo("nicht in den Ferien");
    assertThatThrownBy(() -> Zeitplan.of("FREQ=WEEKLY").withBeschreibung(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
