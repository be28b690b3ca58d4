package io.github.gkml.validation.internal.structure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Item paths that are unique by {@link io.github.gkml.model.ItemPath#key()}. Each repeat is one
 * violation whose dynamic payload is a {@link Repeat}; the first occurrence is not reported.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = UniqueItemPathsValidator.class)
@interface UniqueItemPaths {

  /** The message template; {@code {first}} is the 1-based number of the first occurrence. */
  String message() default "{io.github.gkml.validation.UniqueItemPaths.message}";

  /** Groups. */
  Class<?>[] groups() default {};

  /** Payloads: the user names the rule id (see {@link RulePayloads}). */
  Class<? extends Payload>[] payload() default {};

  /**
   * One repeated path.
   *
   * @param index the 0-based index of the repeat
   * @param first the 0-based index of the first item with that path
   */
  record Repeat(int index, int first) {}
}
