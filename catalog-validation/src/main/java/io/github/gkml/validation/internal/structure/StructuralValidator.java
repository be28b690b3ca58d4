package io.github.gkml.validation.internal.structure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * gkml's own Hibernate Validator factory — never the application's default one: built once per JVM
 * for the views of this package, with {@link ParameterMessageInterpolator} (so no Jakarta EL is
 * needed at run time), the zh_CN and English locales given explicitly (no fallback to the JVM
 * default locale), and messages from {@code ContributorValidationMessages[_zh_CN].properties},
 * which never collide with an application's own {@code ValidationMessages}. Thread-safe.
 */
final class StructuralValidator {

  static final Set<Locale> LOCALES = Set.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  /**
   * Hibernate Validator announces its version (HV000001) at INFO on first use, through JUL unless
   * the application routes JBoss Logging elsewhere. A library's callers own their standard error (a
   * command line prints reports there), so that one logger is quietened — unless the application
   * has set its level itself. Held here so that the setting is not garbage-collected.
   */
  private static final Logger VERSION_BANNER =
      quieten("org.hibernate.validator.internal.util.Version");

  private static final class Holder {
    static final StructuralValidator INSTANCE = new StructuralValidator();
  }

  private final ValidatorFactory factory;
  private final Validator chinese;
  private final Validator english;

  private StructuralValidator() {
    VERSION_BANNER.getName();
    factory =
        Validation.byProvider(HibernateValidator.class)
            // Our provider, whatever the thread's context class loader or a container offers.
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .locales(LOCALES)
            .defaultLocale(Locale.SIMPLIFIED_CHINESE)
            .messageInterpolator(interpolator(Locale.SIMPLIFIED_CHINESE))
            .buildValidatorFactory();
    chinese = factory.getValidator();
    english =
        factory.usingContext().messageInterpolator(interpolator(Locale.ENGLISH)).getValidator();
  }

  /** The one instance, built on first use. */
  static StructuralValidator get() {
    return Holder.INSTANCE;
  }

  /** The violations of a view, with messages in Chinese. */
  <T> Set<ConstraintViolation<T>> validate(T view) {
    return chinese.validate(view);
  }

  /**
   * The English message of a violation found by {@link #validate}: the same object validated in
   * English, the violation matched by its property path, template and dynamic payload.
   */
  <T> String english(ConstraintViolation<T> violation) {
    T bean = violation.getRootBean();
    for (ConstraintViolation<T> other : english.validate(bean)) {
      if (same(violation, other)) {
        return other.getMessage();
      }
    }
    return violation.getMessage();
  }

  private static boolean same(ConstraintViolation<?> a, ConstraintViolation<?> b) {
    return a.getPropertyPath().toString().equals(b.getPropertyPath().toString())
        && a.getMessageTemplate().equals(b.getMessageTemplate())
        && Objects.equals(payload(a), payload(b));
  }

  static Object payload(ConstraintViolation<?> violation) {
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hv = violation.unwrap(HibernateConstraintViolation.class);
    return hv.getDynamicPayload(Object.class);
  }

  /** The factory, for tests that look at its configuration. */
  ValidatorFactory factory() {
    return factory;
  }

  private static Logger quieten(String name) {
    Logger logger = Logger.getLogger(name);
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  private static ParameterMessageInterpolator interpolator(Locale locale) {
    return new ParameterMessageInterpolator(LOCALES, locale, context -> locale, true);
  }
}
