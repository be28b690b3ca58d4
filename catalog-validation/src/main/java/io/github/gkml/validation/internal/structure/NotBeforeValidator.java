package io.github.gkml.validation.internal.structure;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Checks {@link NotBefore}. */
public final class NotBeforeValidator implements ConstraintValidator<NotBefore, LocalDate> {

  private LocalDate earliest = LocalDate.MIN;

  @Override
  public void initialize(NotBefore constraint) {
    earliest = LocalDate.parse(constraint.value());
  }

  @Override
  public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
    return value == null || !value.isBefore(earliest);
  }
}
