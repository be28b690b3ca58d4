/** Runnable examples of embedding gkml; the README's Java example is copied from here. */
module io.github.gkml.examples {
  requires io.github.gkml.validation;
  requires io.github.gkml.sdk;

  exports io.github.gkml.examples;

  provides io.github.gkml.validation.CatalogRule with
      io.github.gkml.examples.SocialAssistanceOnPortal;
}
