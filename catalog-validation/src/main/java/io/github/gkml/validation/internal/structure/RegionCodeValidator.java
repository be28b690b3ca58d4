package io.github.gkml.validation.internal.structure;

import io.github.gkml.model.AdminLevel;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link RegionCode}. */
public final class RegionCodeValidator implements ConstraintValidator<RegionCode, MetadataView> {

  /** The province-level codes of GB/T 2260 (the first two digits). */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  @Override
  public boolean isValid(@Nullable MetadataView view, ConstraintValidatorContext context) {
    if (view == null || view.regionCode() == null) {
      return true;
    }
    String code = view.regionCode();
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.disableDefaultConstraintViolation();
    if (!PROVINCES.contains(code.substring(0, 2))) {
      hv.addMessageParameter("prefix", code.substring(0, 2))
          .buildConstraintViolationWithTemplate(
              "{io.github.gkml.validation.RegionCode.province.message}")
          .addPropertyNode("regionCode")
          .addConstraintViolation();
      return false;
    }
    AdminLevel level = view.level();
    if (level == null || fits(code, level)) {
      return true;
    }
    hv.addMessageParameter("level", level.name())
        .buildConstraintViolationWithTemplate(
            "{io.github.gkml.validation.RegionCode." + level.name() + ".message}")
        .addPropertyNode("regionCode")
        .addConstraintViolation();
    return false;
  }

  private static boolean fits(String code, AdminLevel level) {
    boolean province = code.endsWith("0000");
    boolean city = !province && code.endsWith("00");
    return switch (level) {
      case PROVINCE -> province;
      case CITY -> city;
      case COUNTY, TOWNSHIP, VILLAGE -> !province && !city;
    };
  }
}
