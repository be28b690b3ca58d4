package io.github.gkml.io.internal;

import io.github.gkml.model.TextFolding;
import org.jspecify.annotations.Nullable;

/** Reads 序号 / 事项编码 cells: {@code 1.} and {@code 1、} are {@code 1}; full-width digits are ASCII. */
final class Codes {

  private Codes() {}

  /** The code a cell holds, or {@code null} when blank. */
  static @Nullable String normalise(String cell) {
    String code = TextFolding.compact(cell);
    while (!code.isEmpty() && ".、".indexOf(code.charAt(code.length() - 1)) >= 0) {
      code = code.substring(0, code.length() - 1);
    }
    return code.isEmpty() ? null : code;
  }
}
