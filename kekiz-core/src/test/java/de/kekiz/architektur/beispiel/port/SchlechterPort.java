package de.kekiz.architektur.beispiel.port;

import de.kekiz.architektur.beispiel.adapter.SchlechterAdapter;

/** Breaks the rules on purpose: a "port" that names its adapter. */
public interface SchlechterPort {
  /** Returns the adapter: a port must not know it. */
  SchlechterAdapter adapter();
}
