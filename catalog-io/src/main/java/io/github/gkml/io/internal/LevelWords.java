package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.TextFolding;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads level names as table headers and cells write them, beyond what {@link AdminLevel#findAll}
 * knows: 镇(街)级, 县(区)级, 街镇级, 镇街乡, 州级县级, a place name before the level (东阳市级), and a first character
 * lost at a line break (、村级).
 */
final class LevelWords {

  private static final Pattern SEPARATORS = Pattern.compile("[、,，/／|和及与]+");
  private static final Pattern AFTER_LEVEL = Pattern.compile("(?<=级)");
  private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");

  private static final Map<Character, AdminLevel> CHARS =
      Map.ofEntries(
          Map.entry('省', AdminLevel.PROVINCE),
          Map.entry('市', AdminLevel.CITY),
          Map.entry('州', AdminLevel.CITY),
          Map.entry('盟', AdminLevel.CITY),
          Map.entry('县', AdminLevel.COUNTY),
          Map.entry('区', AdminLevel.COUNTY),
          Map.entry('旗', AdminLevel.COUNTY),
          Map.entry('乡', AdminLevel.TOWNSHIP),
          Map.entry('镇', AdminLevel.TOWNSHIP),
          Map.entry('街', AdminLevel.TOWNSHIP),
          Map.entry('道', AdminLevel.TOWNSHIP),
          Map.entry('村', AdminLevel.VILLAGE),
          Map.entry('居', AdminLevel.VILLAGE));

  private LevelWords() {}

  /** The levels a header or cell names, if every part of it is a level. */
  static Optional<Set<AdminLevel>> parse(String text) {
    String compact = TextFolding.compact(text);
    while (!compact.isEmpty() && "、,，/".indexOf(compact.charAt(0)) >= 0) {
      compact = compact.substring(1);
    }
    if (compact.isEmpty() || compact.length() > 24) {
      return Optional.empty();
    }
    Optional<Set<AdminLevel>> known = AdminLevel.findAll(compact);
    if (known.isPresent()) {
      return known;
    }
    String plain = BRACKETED.matcher(compact).replaceAll("");
    EnumSet<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    for (String part : SEPARATORS.splitAsStream(plain).toList()) {
      if (!part.isEmpty() && !addPart(part, levels)) {
        return Optional.empty();
      }
    }
    return levels.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(levels));
  }

  private static boolean addPart(String part, Set<AdminLevel> levels) {
    Optional<Set<AdminLevel>> known = AdminLevel.findAll(part);
    if (known.isPresent()) {
      levels.addAll(known.get());
      return true;
    }
    if (part.endsWith("级") && part.indexOf('级') < part.length() - 1) {
      for (String piece : AFTER_LEVEL.splitAsStream(part).toList()) {
        if (!addPart(piece, levels)) {
          return false;
        }
      }
      return true;
    }
    String stem = part.endsWith("级") ? part.substring(0, part.length() - 1) : part;
    Optional<AdminLevel> one = AdminLevel.find(stem);
    if (one.isPresent()) {
      levels.add(one.get());
      return true;
    }
    return addChars(stem, part.endsWith("级"), levels);
  }

  /** 镇街乡: every character a level; 东阳市级: the level characters before 级 after a place name. */
  private static boolean addChars(String stem, boolean suffixed, Set<AdminLevel> levels) {
    int start = stem.length();
    while (start > 0 && CHARS.containsKey(stem.charAt(start - 1))) {
      start--;
    }
    if (start == stem.length() || (start > 0 && (!suffixed || start < 2))) {
      return false;
    }
    for (int i = start; i < stem.length(); i++) {
      levels.add(CHARS.get(stem.charAt(i)));
    }
    return true;
  }
}
