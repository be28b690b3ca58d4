package io.github.gkml.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  static final String TEXT = "序号,一级事项\n1,最低生活保障";

  @Test
  void reads_utf8_with_and_without_a_byte_order_mark() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bom =
        ByteBuffer.allocate(plain.length + 3)
            .put(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})
            .put(plain)
            .array();

    assertThat(TextDecoding.decode(plain, null, "CSV")).isEqualTo(TEXT);
    assertThat(TextDecoding.decode(bom, null, "CSV")).isEqualTo(TEXT);
    assertThat(TextDecoding.decode(bom, StandardCharsets.UTF_8, "CSV")).isEqualTo(TEXT);
  }

  @Test
  void detects_gb18030_and_gbk_and_reads_utf16_with_a_byte_order_mark() {
    assertThat(TextDecoding.decode(TEXT.getBytes(TextDecoding.GB18030), null, "CSV"))
        .isEqualTo(TEXT);
    assertThat(
            TextDecoding.decode(
                TEXT.getBytes(java.nio.charset.Charset.forName("GBK")), null, "CSV"))
        .isEqualTo(TEXT);
    byte[] utf16 = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    assertThat(TextDecoding.decode(utf16, null, "CSV")).isEqualTo(TEXT);
    byte[] utf16be = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoding.decode(utf16be, null, "CSV")).isEqualTo(TEXT);
  }

  @Test
  void refuses_binary_data_and_bytes_in_neither_encoding() {
    assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'a', 0, 'b'}, null, "a CSV file"))
        .hasMessage("binary data, not a CSV file");
    assertThatThrownBy(
            () ->
                TextDecoding.decode(
                    new byte[] {(byte) 0xff, 'a', (byte) 0xff, (byte) 0xff}, null, "x"))
        .hasMessageContaining("neither UTF-8 nor GB18030");
    assertThatThrownBy(
            () ->
                TextDecoding.decode(
                    TEXT.getBytes(TextDecoding.GB18030), StandardCharsets.UTF_8, "a CSV file"))
        .hasMessageContaining("not a CSV file in UTF-8");
    assertThatThrownBy(() -> TextDecoding.requireText(new byte[] {'<', 0}, "an HTML page"))
        .hasMessage("binary data, not an HTML page");
  }

  @Test
  void refuses_utf8_then_gbk_naming_the_line_even_where_gb18030_reads_it_all() throws Exception {
    java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
    mixed.writeBytes("序号,公开内容\n".getBytes(StandardCharsets.UTF_8));
    mixed.writeBytes("1,最低生活保障\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    byte[] bytes = mixed.toByteArray();
    // GB18030 alone reads these bytes without an error, the first line as nonsense (搴忓彿,…)
    assertThat(TextDecoding.GB18030.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString())
        .startsWith("搴忓彿");

    assertThatThrownBy(() -> TextDecoding.decode(bytes, null, "a CSV file"))
        .isInstanceOf(ReadProblem.class)
        .hasMessageContaining(
            "mixed encodings: line 2 is not UTF-8 though the lines before it are");
  }
}
