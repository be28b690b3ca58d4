package io.github.gkml.rules;

import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.internal.BundledBaselines;
import java.util.Arrays;
import java.util.List;

/**
 * 国家标准指引基线 — the national baseline of each of the 26 pilot domains, bundled in this jar.
 *
 * <p>Each baseline is a county-level catalog (公开层级 县级, with each item's levels showing where
 * township catalogs share it) in the {@code gkml-catalog/1} format, generated once from the
 * project's reference dossiers of published county and township catalogs. It holds only what those
 * catalogs let be read: its coverage note (覆盖说明) says what is missing, its notes list the sources
 * (one line each, {@code S1 <url> <locality>}) and what was left out and why, and each item's
 * {@code 来源} extension names the sources it was seen in. See {@code docs/baselines.md}.
 *
 * <p>Baselines are read on first use and cached; the cached values are immutable and the class is
 * thread-safe. A bundled baseline that cannot be read is a bug in the jar and fails with an {@link
 * IllegalStateException} naming the resource.
 *
 * <pre>{@code
 * Baseline baseline = NationalBaselines.of(PilotDomain.SOCIAL_ASSISTANCE);
 * List<Item> township = baseline.forLevel(AdminLevel.TOWNSHIP);
 * }</pre>
 *
 * @since 0.1
 */
public final class NationalBaselines {

  private NationalBaselines() {}

  /**
   * The national baseline of a domain.
   *
   * @throws IllegalStateException if the bundled resource is missing or invalid (a build error)
   */
  public static Baseline of(PilotDomain domain) {
    return BundledBaselines.get(domain);
  }

  /**
   * The national baselines of all 26 domains, in the order of {@link PilotDomain}.
   *
   * @throws IllegalStateException as {@link #of}
   */
  public static List<Baseline> all() {
    return Arrays.stream(PilotDomain.values()).map(NationalBaselines::of).toList();
  }

  /**
   * The class-path name of a domain's bundled baseline, e.g. {@code
   * io/github/gkml/rules/baselines/shehui-jiuzhu.yaml}.
   */
  public static String resourceName(PilotDomain domain) {
    return BundledBaselines.resourceName(domain);
  }
}
