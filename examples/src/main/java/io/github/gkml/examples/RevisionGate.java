package io.github.gkml.examples;

import io.github.gkml.sdk.Gkml;
import io.github.gkml.sdk.RevisionVerdict;
import io.github.gkml.validation.AcceptanceFile;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * 修订审核关口 — the gate a county's publishing workflow puts before a revised catalog goes online: the
 * revision is published only if gkml approves it (no open error in the proposed catalog or against
 * the three principles, with the county's acceptance list applied); otherwise the officer sees what
 * blocks it.
 *
 * <p>Run with the current catalog, the proposed one and, optionally, the acceptance list, e.g.
 * {@code examples/data/shehui-jiuzhu-2023.yaml examples/data/shehui-jiuzhu-2024.yaml
 * examples/data/shehui-jiuzhu-acceptances.yaml}.
 */
public final class RevisionGate {

  private final Gkml gkml;

  /** A gate judging with {@code gkml} (its rules, calendar, acceptances and blocking severity). */
  public RevisionGate(Gkml gkml) {
    this.gkml = gkml;
  }

  /** A gate with gkml's defaults and the acceptances in {@code acceptanceFile}, if given. */
  public static RevisionGate withAcceptances(@Nullable Path acceptanceFile) throws IOException {
    Gkml gkml = Gkml.defaults();
    return new RevisionGate(
        acceptanceFile == null
            ? gkml
            : gkml.withAcceptances(AcceptanceFile.defaults().read(acceptanceFile)));
  }

  /** Checks the arguments' revision and prints the verdict. */
  public static void main(String[] args) throws IOException {
    RevisionGate gate = withAcceptances(args.length > 2 ? Path.of(args[2]) : null);
    gate.explain(gate.judge(Path.of(args[0]), Path.of(args[1]))).forEach(System.out::println);
  }

  /** The verdict on replacing {@code current} by {@code proposed}. */
  public RevisionVerdict judge(Path current, Path proposed) throws IOException {
    return gkml.approve(gkml.load(current), gkml.load(proposed));
  }

  /** 准予发布 or 不予发布, what blocks it, and how many warnings were accepted or left to review. */
  public List<String> explain(RevisionVerdict verdict) {
    Report report = verdict.report();
    List<String> lines = new ArrayList<>();
    lines.add((verdict.approved() ? "准予发布: " : "不予发布: ") + report.subject());
    for (Finding blocking : verdict.blocking()) {
      lines.add("  " + blocking.ruleId() + " " + blocking.item() + ": " + message(blocking));
    }
    long accepted = report.findings().stream().filter(Finding::isAccepted).count();
    long toReview =
        report.findings().stream()
            .filter(f -> !f.isAccepted() && f.severity() == Severity.WARNING)
            .count();
    lines.add("  已接受 " + accepted + " 条,待复核警告 " + toReview + " 条");
    return lines;
  }

  private static String message(Finding finding) {
    return finding.message(Locale.CHINA);
  }
}
