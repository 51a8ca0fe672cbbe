package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Bestimmtheit decides which unknowns a linear system fixes")
class BestimmtheitTest {

  private static boolean[] bestimmt(int spalten, int[][] s, long[][] w) {
    return Bestimmtheit.bestimmt(spalten, s, w);
  }

  @Test
  @DisplayName("one equation with one unknown fixes it; with two unknowns neither")
  void einfach() {
    assertThat(bestimmt(1, new int[][] {{0}}, new long[][] {{1}})).containsExactly(true);
    assertThat(bestimmt(2, new int[][] {{0, 1}}, new long[][] {{1, -1}}))
        .containsExactly(false, false);
    assertThat(bestimmt(3, new int[][] {}, new long[][] {})).containsExactly(false, false, false);
  }

  @Test
  @DisplayName("x + y = a and x - y = b fix both; x + y = a and 2x + 2y = b fix none")
  void kombination() {
    assertThat(bestimmt(2, new int[][] {{0, 1}, {0, 1}}, new long[][] {{1, 1}, {1, -1}}))
        .containsExactly(true, true);
    assertThat(bestimmt(2, new int[][] {{0, 1}, {0, 1}}, new long[][] {{1, 1}, {2, 2}}))
        .containsExactly(false, false);
  }

  @Test
  @DisplayName("in a chain x1 - x2 = a, x2 - x3 = b, x3 = c every unknown is fixed")
  void kette() {
    int[][] s = {{0, 1}, {1, 2}, {2}};
    long[][] w = {{1, -1}, {1, -1}, {1}};
    assertThat(bestimmt(3, s, w)).containsExactly(true, true, true);
  }

  @Test
  @DisplayName(
      "falls back to exact big-number arithmetic when longs overflow, with the same" + " answer")
  void ueberlauf() {
    long gross = 1L << 40;
    int[][] s = {{0, 1, 2}, {0, 1, 2}, {1, 2}};
    long[][] w = {{gross, gross + 1, 3}, {gross + 7, gross - 5, 1}, {gross + 3, gross - 1}};
    assertThat(bestimmt(3, s, w)).containsExactly(Bestimmtheit.exakt(3, s, w));
    assertThat(bestimmt(3, s, w)).containsExactly(true, true, true);
  }

  @RepeatedTest(300)
  @DisplayName("agrees with exact Gauss–Jordan elimination on random sparse systems")
  void zufall(RepetitionInfo info) {
    Random rnd = new Random(1000L + info.getCurrentRepetition());
    int spalten = 1 + rnd.nextInt(30);
    int zeilen = rnd.nextInt(40);
    boolean nurEinsen = rnd.nextBoolean();
    int[][] s = new int[zeilen][];
    long[][] w = new long[zeilen][];
    for (int r = 0; r < zeilen; r++) {
      int laenge = 1 + rnd.nextInt(Math.min(6, spalten));
      java.util.List<Integer> alle = new java.util.ArrayList<>();
      for (int c = 0; c < spalten; c++) {
        alle.add(c);
      }
      java.util.Collections.shuffle(alle, rnd);
      s[r] = new int[laenge];
      w[r] = new long[laenge];
      for (int i = 0; i < laenge; i++) {
        s[r][i] = alle.get(i);
        long betrag = nurEinsen ? 1 : 1 + rnd.nextInt(3);
        w[r][i] = rnd.nextBoolean() ? betrag : -betrag;
      }
    }
    assertThat(bestimmt(spalten, s, w)).containsExactly(Bestimmtheit.exakt(spalten, s, w));
  }
}
