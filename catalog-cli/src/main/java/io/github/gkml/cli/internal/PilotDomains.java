package io.github.gkml.cli.internal;

import io.github.gkml.model.PilotDomain;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The message for a domain name that is none of the 26. */
final class PilotDomains {

  private PilotDomains() {}

  static String unknown(String name) {
    return "--domain: not one of the 26 pilot domains: \""
        + name
        + "\"; expected one of "
        + Arrays.stream(PilotDomain.values())
            .map(PilotDomain::label)
            .collect(Collectors.joining("、"));
  }
}
