package de.kekiz.beispiel.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The example application: nothing but Boot's auto-configuration and one service. */
@SpringBootApplication
public class BeispielAnwendung {

  /** Created by Spring. */
  public BeispielAnwendung() {}

  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(BeispielAnwendung.class, args);
  }
}
