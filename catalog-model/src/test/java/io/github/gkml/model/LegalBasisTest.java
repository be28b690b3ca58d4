package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalBasisTest {

  @Nested
  class Document_numbers {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "国发〔2012〕45号 | 国发〔2012〕45号",
          "国发[2012]45号 | 国发〔2012〕45号",
          "国发(2012)45号 | 国发〔2012〕45号",
          "国发（2012）45号 | 国发〔2012〕45号",
          "国发【2012】45号 | 国发〔2012〕45号",
          "国 发 〔 2012 〕 45 号 | 国发〔2012〕45号",
          "民发〔2018)23号〕 | 民发〔2018〕23号",
          "辽政办发(2014)74号 | 辽政办发〔2014〕74号",
          "国令第711号 | 国务院令第711号",
          "国务院令第711号 | 国务院令第711号",
          "中华人民共和国国务院令711号 | 国务院令第711号",
          "国务院令 第 649 号 | 国务院令第649号",
          "财政部令第87号 | 财政部令第87号",
          "中华人民共和国主席令第二十九号 | 主席令第29号",
          "发改办投资〔2019〕621号 | 发改办投资〔2019〕621号",
        })
    void reads_the_spellings_in_real_tables(String text, String canonical) {
      assertThat(DocumentNumber.find(text))
          .hasValueSatisfying(n -> assertThat(n).hasToString(canonical));
    }

    @Test
    void equal_numbers_name_the_same_document_whatever_the_spelling() {
      assertThat(DocumentNumber.find("国令第711号")).isEqualTo(DocumentNumber.find("国务院令第711号"));
      assertThat(new DocumentNumber("国令", null, 711))
          .isEqualTo(new DocumentNumber("国务院令", null, 711));
      assertThat(DocumentNumber.find("国发[2012]45号")).isEqualTo(DocumentNumber.find("国发〔2012〕45号"));
      assertThat(DocumentNumber.find("国务院令第711号").orElseThrow().isOrder()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "及相关规定", "第649号", "广东省第十二届人民代表大会常务委员会第85号公告", "国发〔2012〕0号"})
    void finds_none_where_there_is_none(String text) {
      assertThat(DocumentNumber.find(text)).isEmpty();
    }

    @Test
    void refuses_a_blank_issuer_or_a_serial_below_one() {
      assertThatThrownBy(() -> new DocumentNumber(" ", 2012, 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new DocumentNumber("国发", 2012, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Citations {

    @Test
    void reads_title_and_number_and_keeps_the_text() {
      LegalBasis basis = LegalBasis.parse("《中华人民共和国政府信息公开条例》(国令第711号)");

      assertThat(basis.raw()).isEqualTo("《中华人民共和国政府信息公开条例》(国令第711号)");
      assertThat(basis.title()).isEqualTo("中华人民共和国政府信息公开条例");
      assertThat(basis.number()).hasToString("国务院令第711号");
      assertThat(basis.isRecognised()).isTrue();
    }

    @Test
    void keeps_a_nested_title_whole() {
      LegalBasis basis = LegalBasis.parse("《民政部关于印发〈最低生活保障审核确认办法〉的通知》(民发〔2021〕57号)");

      assertThat(basis.title()).isEqualTo("民政部关于印发〈最低生活保障审核确认办法〉的通知");
      assertThat(basis.number()).hasToString("民发〔2021〕57号");
    }

    @Test
    void reads_a_title_without_brackets_when_it_is_a_document_name() {
      assertThat(LegalBasis.parse("●中华人民共和国政府信息公开条例").title()).isEqualTo("中华人民共和国政府信息公开条例");
      assertThat(LegalBasis.parse("《社会救助暂行办法").title()).isEqualTo("社会救助暂行办法");
    }

    @ParameterizedTest
    @ValueSource(strings = {"信息公开规定", "各地相关政策法规文件", "相关法律法规"})
    void keeps_unrecognised_text_as_written(String text) {
      LegalBasis basis = LegalBasis.parse(text);

      assertThat(basis.raw()).isEqualTo(text);
      assertThat(basis.isRecognised()).isFalse();
      assertThat(basis).hasToString(text);
    }

    @Test
    void splits_a_cell_citing_several_documents() {
      assertThat(
              LegalBasis.parseAll(
                  "1.《中华人民共和国政府信息公开条例》(国令第711号)+《民政部办公厅关于印发社会救助和养老服务领域基层政务公开标准指引的通知》(民办函〔2019〕52号)"))
          .extracting(LegalBasis::number)
          .extracting(String::valueOf)
          .containsExactly("国务院令第711号", "民办函〔2019〕52号");
      assertThat(LegalBasis.parseAll("《社会救助暂行办法》(国务院令第649号)、《广东省社会救助条例》\n各地相关政策法规文件"))
          .extracting(LegalBasis::raw)
          .containsExactly("《社会救助暂行办法》(国务院令第649号)", "《广东省社会救助条例》", "各地相关政策法规文件");
      assertThat(LegalBasis.parseAll("《A办法》(国发〔2012〕45号)《B条例》"))
          .extracting(LegalBasis::title)
          .containsExactly("A办法", "B条例");
      assertThat(LegalBasis.parseAll(" ; 、 ")).isEmpty();
    }

    @Test
    void knows_when_two_citations_name_the_same_document() {
      LegalBasis a = LegalBasis.parse("《中华人民共和国政府信息公开条例》(国令第711号)");
      LegalBasis b = LegalBasis.parse("《政府信息公开条例》（国务院令第711号）");
      LegalBasis c = LegalBasis.parse("《中华人民共和国政府信息公开条例》");
      LegalBasis d = LegalBasis.parse("《中华人民共和国政府信息公开条例》(国务院令第492号)");

      assertThat(a.citesSameDocument(b)).isTrue();
      assertThat(a.citesSameDocument(c)).isTrue();
      assertThat(a.citesSameDocument(d)).isFalse();
      assertThat(LegalBasis.parse("信息公开规定").citesSameDocument(LegalBasis.parse("信息公开 规定")))
          .isTrue();
    }

    @Test
    void refuses_blank_text() {
      assertThatThrownBy(() -> LegalBasis.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
