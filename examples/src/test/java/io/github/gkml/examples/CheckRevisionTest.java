package io.github.gkml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckRevisionTest {

  static final Path ROOT = Path.of(System.getProperty("gkml.root", ".."));
  static final Path OLD = ROOT.resolve("examples/data/shehui-jiuzhu-2023.yaml");
  static final Path NEW = ROOT.resolve("examples/data/shehui-jiuzhu-2024.yaml");

  @Test
  void reports_the_dropped_content_element_and_channel_of_the_2024_revision() throws IOException {
    List<String> lines = CheckRevision.check(OLD, NEW);

    assertThat(lines)
        .anyMatch(l -> l.startsWith("ERROR CONTENT_ELEMENT_REMOVED 临时救助 / 办事指南: 删除了公开内容要素“联系方式”"))
        .anyMatch(l -> l.startsWith("ERROR CHANNEL_REMOVED 特困人员救助供养 / 政策法规文件"));
  }

  @Test
  void main_prints_one_line_per_finding() throws IOException {
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CheckRevision.main(new String[] {OLD.toString(), NEW.toString()});
    } finally {
      System.setOut(before);
    }

    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(CheckRevision.check(OLD, NEW));
  }

  @Test
  void the_readme_shows_the_example_as_compiled() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/io/github/gkml/examples/CheckRevision.java"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    String example =
        source.substring(
            source.indexOf("// README example — begin") + "// README example — begin".length(),
            source.indexOf("    // README example — end"));

    for (String line : example.strip().lines().map(String::strip).toList()) {
      assertThat(readme).as("README line").contains(line);
    }
  }
}
