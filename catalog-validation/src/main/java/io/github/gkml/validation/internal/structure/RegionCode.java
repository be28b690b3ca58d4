package io.github.gkml.validation.internal.structure;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A catalog's 行政区划代码 that GB/T 2260 can have given it: the first two digits name a province-level
 * region, and the last digits fit the catalog's level (a province's code ends in 0000, a city's in
 * 00, a county's — and a township's or village's, whose catalog carries its county's code — not in
 * 00). Checked on a {@link MetadataView}; a missing code or level is not checked.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = RegionCodeValidator.class)
@interface RegionCode {

  /** The message template (the validator chooses a more precise one). */
  String message() default "{io.github.gkml.validation.RegionCode.province.message}";

  /** Groups. */
  Class<?>[] groups() default {};

  /** Payloads: the user names the rule id (see {@link RulePayloads}). */
  Class<? extends Payload>[] payload() default {};
}
