package de.kekiz.port.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on several threads released at the same moment, to make races likely. Waits at most a
 * minute for them, only so that a deadlock fails the test instead of hanging the build; no test
 * measures time.
 */
final class Gleichzeitig {
  private Gleichzeitig() {}

  /** What one task gave: its result or the exception it threw. */
  record Ergebnis<T>(@Nullable T wert, @Nullable Throwable fehler) {}

  /** Runs {@code aufgabe.apply(i)} for i = 0 … anzahl-1 on {@code anzahl} threads at once. */
  static <T> List<Ergebnis<T>> ausfuehren(int anzahl, IntFunction<Callable<T>> aufgabe)
      throws InterruptedException, TimeoutException {
    ExecutorService pool = Executors.newFixedThreadPool(anzahl);
    try {
      CountDownLatch bereit = new CountDownLatch(anzahl);
      CountDownLatch los = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < anzahl; i++) {
        Callable<T> c = aufgabe.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  bereit.countDown();
                  los.await();
                  return c.call();
                }));
      }
      bereit.await();
      los.countDown();
      List<Ergebnis<T>> ergebnisse = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          ergebnisse.add(new Ergebnis<>(f.get(1, TimeUnit.MINUTES), null));
        } catch (ExecutionException e) {
          ergebnisse.add(new Ergebnis<>(null, e.getCause()));
        }
      }
      return ergebnisse;
    } finally {
      pool.shutdownNow();
    }
  }
}
