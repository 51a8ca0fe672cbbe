package de.kekiz.port.kontrakt.kaputt;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets a contract run against a broken adapter only when the proof asks for it with the
 * configuration parameter {@value #SCHALTER}{@code =true}; anywhere else (an IDE running every
 * class of the package) the run is skipped with a reason instead of failing.
 */
final class NurImBeweis implements ExecutionCondition {

  /** The configuration parameter that switches the broken runs on. */
  static final String SCHALTER = "kekiz.kontrakt.kaputt";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter(SCHALTER).map("true"::equals).orElse(false)
        ? ConditionEvaluationResult.enabled("the contract kit is being shown to fail")
        : ConditionEvaluationResult.disabled(
            "a deliberately broken adapter: its contract runs only inside"
                + " KontraktKannScheiternTest");
  }
}
