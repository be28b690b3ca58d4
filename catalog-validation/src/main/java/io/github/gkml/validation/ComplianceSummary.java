package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import java.util.Map;

/**
 * 公开情况汇总 — the tallies of a batch of publication records, in total, per catalog item and per
 * responsible body (公开主体): how many were on time, late, overdue.
 *
 * @param asOf the day the batch was judged on
 * @param total all records
 * @param perItem per catalog item, in catalog order (unknown items under their own path, last)
 * @param perSubject per responsible body, by name
 * @since 0.1
 */
public record ComplianceSummary(
    java.time.LocalDate asOf,
    ComplianceTally total,
    Map<ItemPath, ComplianceTally> perItem,
    Map<String, ComplianceTally> perSubject) {

  /** Copies the maps, keeping their order. */
  public ComplianceSummary {
    perItem = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perItem));
    perSubject = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perSubject));
  }
}
