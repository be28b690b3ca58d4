package io.github.gkml.validation.internal.structure;

import io.github.gkml.model.ItemPath;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link UniqueItemPaths} in one pass over the paths' keys. */
public final class UniqueItemPathsValidator
    implements ConstraintValidator<UniqueItemPaths, List<ItemPath>> {

  @Override
  public boolean isValid(@Nullable List<ItemPath> paths, ConstraintValidatorContext context) {
    if (paths == null) {
      return true;
    }
    Map<String, Integer> first = new HashMap<>(paths.size() * 2);
    boolean valid = true;
    for (int i = 0; i < paths.size(); i++) {
      Integer earlier = first.putIfAbsent(paths.get(i).key(), i);
      if (earlier != null) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .addMessageParameter("first", earlier + 1)
            .withDynamicPayload(new UniqueItemPaths.Repeat(i, earlier))
            .buildConstraintViolationWithTemplate(
                "{io.github.gkml.validation.UniqueItemPaths.message}")
            // paths[i]: distinct paths, so that two repeats of one item stay two violations
            .addBeanNode()
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
