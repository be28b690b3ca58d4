/** gkml command line — the {@code gkml} command. */
module io.github.gkml.cli {
  requires io.github.gkml.model;
  requires io.github.gkml.validation;
  requires io.github.gkml.rules;
  requires io.github.gkml.io;
  requires io.github.gkml.sdk;
  requires info.picocli;
  requires com.fasterxml.jackson.core;
  requires org.jspecify;

  exports io.github.gkml.cli;

  opens io.github.gkml.cli.internal to
      info.picocli;
}
