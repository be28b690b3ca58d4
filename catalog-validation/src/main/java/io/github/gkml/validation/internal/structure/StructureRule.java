package io.github.gkml.validation.internal.structure;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The structural rules, checked with Jakarta Bean Validation on views of the catalog:
 * ELEMENT_MISSING (国办发〔2019〕54号's required elements), DUPLICATE_ITEM (unique item paths),
 * REGION_CODE_INVALID and DATE_INVALID. Each violation becomes a finding of the rule its
 * constraint's payload names; the validator sorts them by item path, then rule.
 */
public final class StructureRule implements CatalogRule {

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          new RuleDescription(
              RuleId.ELEMENT_MISSING,
              null,
              Severity.ERROR,
              "缺少必备要素:事项的公开内容、公开依据、公开时限、公开主体、公开方式、公开渠道、公开对象不得为空",
              "A required element is blank: content, basis, deadline, subject, mode, channel and"
                  + " audience must be given",
              "国办发〔2019〕54号"),
          new RuleDescription(
              RuleId.DUPLICATE_ITEM,
              null,
              Severity.ERROR,
              "事项重复:两个事项名称相同(忽略空格、全半角和标点差异)",
              "Two items have the same path (ignoring spaces, character width and punctuation)",
              null),
          new RuleDescription(
              RuleId.REGION_CODE_INVALID,
              null,
              Severity.ERROR,
              "行政区划代码有误:前两位不是省级代码,或代码的级别与目录层级不符",
              "The region code is not a GB/T 2260 code, or not one of the catalog's level",
              "GB/T 2260"),
          new RuleDescription(
              RuleId.DATE_INVALID,
              null,
              Severity.ERROR,
              "日期有误:施行日期或事项退出日期早于标准目录试点开始(2017年5月9日)",
              "A date (effective date, a retired item's end) before standard catalogs existed"
                  + " (2017-05-09)",
              "国办发〔2017〕42号"));

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void check(Catalog catalog, RuleContext context) {
    StructuralValidator validator = StructuralValidator.get();
    List<Item> items = catalog.items();
    if (context.isEnabled(RuleId.ELEMENT_MISSING)) {
      for (int i = 0; i < items.size(); i++) {
        for (ConstraintViolation<ItemView> v : validator.validate(ItemView.of(items.get(i)))) {
          context.report(
              i, Finding.builder(RuleId.ELEMENT_MISSING, Severity.ERROR).field(property(v)));
        }
      }
    }
    if (context.isEnabled(RuleId.DUPLICATE_ITEM)) {
      for (ConstraintViolation<CatalogView> v : validator.validate(CatalogView.of(items))) {
        UniqueItemPaths.Repeat repeat =
            (UniqueItemPaths.Repeat) Objects.requireNonNull(StructuralValidator.payload(v));
        context.report(
            repeat.index(),
            detailed(validator, v, RuleId.DUPLICATE_ITEM)
                .field("path")
                .newValue(items.get(repeat.index()).path().toString())
                .param("first", Integer.toString(repeat.first() + 1)));
      }
    }
    checkMetadata(catalog, context, validator);
  }

  private static void checkMetadata(
      Catalog catalog, RuleContext context, StructuralValidator validator) {
    Set<ConstraintViolation<MetadataView>> violations =
        validator.validate(MetadataView.of(catalog.metadata(), catalog.retired()));
    for (ConstraintViolation<MetadataView> v : violations) {
      RuleId rule = Objects.requireNonNull(ruleOf(v));
      String property = property(v);
      Finding.Builder finding = detailed(validator, v, rule);
      if (property.equals("retiredSince")) {
        RetiredItem retired = catalog.retired().get(index(v));
        context.reportCatalog(
            finding.field("since").newValue(String.valueOf(retired.since())).item(retired.path()));
      } else if (property.equals("regionCode")) {
        Region region = Objects.requireNonNull(catalog.metadata().region());
        context.reportCatalog(finding.field("region").newValue(region.code()));
      } else {
        context.reportCatalog(
            finding.field(property).newValue(String.valueOf(v.getInvalidValue())));
      }
    }
  }

  private static <T> Finding.Builder detailed(
      StructuralValidator validator, ConstraintViolation<T> v, RuleId rule) {
    return Finding.builder(rule, Severity.ERROR)
        .param("detail@zh", v.getMessage())
        .param("detail@en", validator.english(v));
  }

  private static @Nullable RuleId ruleOf(ConstraintViolation<?> v) {
    return RulePayloads.ruleOf(v.getConstraintDescriptor().getPayload());
  }

  /** The first property of the violation's path: the view's component, e.g. {@code content}. */
  private static String property(ConstraintViolation<?> v) {
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getName() != null) {
        return node.getName();
      }
    }
    return "";
  }

  /** The list index in the violation's path, e.g. 2 for {@code retiredSince[2].<list element>}. */
  private static int index(ConstraintViolation<?> v) {
    Iterator<Path.Node> nodes = v.getPropertyPath().iterator();
    while (nodes.hasNext()) {
      Integer index = nodes.next().getIndex();
      if (index != null) {
        return index;
      }
    }
    return 0;
  }
}
