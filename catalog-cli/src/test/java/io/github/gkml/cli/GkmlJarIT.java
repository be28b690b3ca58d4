package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs on its own, with the dependencies it carries in {@code target/lib}. */
class GkmlJarIT {

  static final Path JAR = Path.of(System.getProperty("gkml.jar", "target/gkml.jar"));
  static final Path ROOT = Path.of(System.getProperty("gkml.root", ".."));

  record Run(int exitCode, String out) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out);
  }

  @Test
  void validates_a_catalog_with_gaps_from_the_jar() throws Exception {
    Run run = run("validate", "catalog-cli/src/test/resources/gaps.yaml");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("ELEMENT_MISSING").contains("共 ");
  }

  @Test
  void validates_the_example_catalog_from_the_jar_without_jakarta_el_and_without_a_banner()
      throws Exception {
    Run run = run("validate", "examples/data/shehui-jiuzhu-2023.yaml");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo("检查对象:examples/data/shehui-jiuzhu-2023.yaml\n未发现问题。\n");
    try (var lib = java.nio.file.Files.list(JAR.toAbsolutePath().getParent().resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("hibernate-validator-"))
          .noneMatch(name -> name.startsWith("jakarta.el") || name.startsWith("expressly"));
    }
  }

  @Test
  void exports_imports_and_diffs_workbooks_from_the_jar(@TempDir Path dir) throws Exception {
    Path older = dir.resolve("2023.xlsx");
    Path newer = dir.resolve("2024.xlsx");
    Run export = run("export", "examples/data/shehui-jiuzhu-2023.yaml", "-o", older.toString());
    run("export", "examples/data/shehui-jiuzhu-2024.yaml", "-o", newer.toString());
    Run diff = run("diff", older.toString(), newer.toString());
    Run report =
        run(
            "diff",
            "--format",
            "xlsx",
            "-o",
            dir.resolve("r.xlsx").toString(),
            older.toString(),
            newer.toString());
    Run back = run("import", newer.toString(), "-o", dir.resolve("back.yaml").toString());

    assertThat(export.exitCode()).as(export.out()).isZero();
    assertThat(diff.exitCode()).as(diff.out()).isEqualTo(1);
    assertThat(diff.out()).contains("CONTENT_ELEMENT_REMOVED").doesNotContain("Log4j");
    assertThat(report.exitCode()).as(report.out()).isEqualTo(1);
    assertThat(dir.resolve("r.xlsx")).exists();
    assertThat(back.exitCode()).as(back.out()).isZero();
  }

  @Test
  void runs_the_domain_rules_found_on_the_class_path_from_the_jar(@TempDir Path dir)
      throws Exception {
    Path file =
        java.nio.file.Files.writeString(
            dir.resolve("征地.yaml"),
            "format: gkml-catalog/1\ndomain: 征地补偿\ntitle: 某县征地补偿领域基层政务公开标准目录\nitems:\n"
                + ValidateCommandTest.Domain_rules.LAND_PLAN);

    Run run = run("validate", file.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("DOMAIN_DISPLAY_PERIOD_TOO_SHORT").contains("不少于30日");
  }

  @Test
  void computes_a_due_date_and_lists_the_domains_from_the_jar() throws Exception {
    Run due = run("deadline", "--format", "json", "--from", "2024-09-25", "10个工作日内");
    Run domains = run("domains", "--format", "json");

    assertThat(due.out()).contains("\"due\":\"2024-10-14\"");
    assertThat(domains.exitCode()).isZero();
    assertThat(domains.out()).contains("\"市政服务\"");
  }
}
