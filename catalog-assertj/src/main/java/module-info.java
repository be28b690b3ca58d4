/** gkml AssertJ assertions — 测试断言 for test suites that check disclosure catalogs. */
module io.github.gkml.assertj {
  requires transitive io.github.gkml.validation;
  requires transitive io.github.gkml.rules;
  requires transitive org.assertj.core;
  requires org.jspecify;

  exports io.github.gkml.assertj;

  // AssertJ's soft assertions subclass these assertions at run time.
  opens io.github.gkml.assertj to
      org.assertj.core;
}
