package de.kekiz.architektur.beispiel.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks the rules on purpose: a "domain" class with a Jackson annotation. */
public final class JacksonDomain {
  /** An annotated field. */
  @JsonProperty("name")
  public final String name = "x";
}
