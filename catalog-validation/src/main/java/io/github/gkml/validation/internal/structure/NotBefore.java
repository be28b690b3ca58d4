package io.github.gkml.validation.internal.structure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date no earlier than {@link #value()} (ISO {@code YYYY-MM-DD}); {@code null} is valid. The
 * message names the bound as {@code {value}}, interpolated without Jakarta EL.
 */
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = NotBeforeValidator.class)
@interface NotBefore {

  /** The earliest valid day. */
  String value();

  /** The message template. */
  String message() default "{io.github.gkml.validation.NotBefore.message}";

  /** Groups. */
  Class<?>[] groups() default {};

  /** Payloads: the user names the rule id (see {@link RulePayloads}). */
  Class<? extends Payload>[] payload() default {};
}
