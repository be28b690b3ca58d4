package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonDiff;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic-JSON-diff peer: zjsonpatch's RFC 6902 diff of two catalogs' JSON trees (read with
 * Jackson first, not timed), run in its own JVM by {@link PeerComparison} so that a run too slow to
 * wait for can be stopped. Prints one JSON line: the time of each diff (of the first alone, if it
 * took over 5 s), the bytes one diff allocates, and the patch read as a diff of items — an op on
 * {@code /items/k} adds, removes or moves a whole item; ops below it change item {@code k}, renamed
 * if one touches its {@code path}, else edited.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.gkml.benchmarks.ZjsonpatchPeer old.json new.json 5 2
 * </pre>
 */
public final class ZjsonpatchPeer {

  private static final Pattern ITEM_OP = Pattern.compile("^/items/(\\d+)(/.*)?$");

  /** A first diff slower than this is not repeated: its time is the only one reported. */
  private static final long BUDGET_NANOS = 5_000_000_000L;

  private ZjsonpatchPeer() {}

  /**
   * Diffs the two files.
   *
   * @param args the old and the new JSON file, the timed runs, the untimed warm-up runs
   */
  public static void main(String[] args) throws Exception {
    ObjectMapper jackson = new ObjectMapper();
    JsonNode older = jackson.readTree(Path.of(args[0]).toFile());
    JsonNode newer = jackson.readTree(Path.of(args[1]).toFile());
    int runs = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    JsonNode patch = JsonDiff.asJson(older, newer);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    long first = System.nanoTime() - start;
    StringJoiner times = new StringJoiner(",", "[", "]");
    if (first > BUDGET_NANOS) {
      times.add(String.valueOf(first)); // too slow to repeat: the one run is the figure
    } else {
      for (int i = 1; i < warmup; i++) {
        JsonDiff.asJson(older, newer);
      }
      for (int i = 0; i < runs; i++) {
        long run = System.nanoTime();
        JsonDiff.asJson(older, newer);
        times.add(String.valueOf(System.nanoTime() - run));
      }
    }
    int added = 0;
    int removed = 0;
    int moved = 0;
    Set<Integer> changed = new HashSet<>();
    Set<Integer> renamed = new HashSet<>();
    for (JsonNode op : patch) {
      Matcher m = ITEM_OP.matcher(op.get("path").asText());
      if (!m.matches()) {
        continue; // the metadata
      }
      int index = Integer.parseInt(m.group(1));
      String below = m.group(2);
      if (below == null) {
        switch (op.get("op").asText()) {
          case "add", "copy" -> added++;
          case "remove" -> removed++;
          case "move" -> moved++;
          default -> changed.add(index);
        }
      } else {
        changed.add(index);
        if (below.startsWith("/path")) {
          renamed.add(index);
        }
      }
    }
    changed.removeAll(renamed);
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"nanos\":%s,\"allocatedBytes\":%d,\"ops\":%d,\"added\":%d,\"removed\":%d,"
                + "\"renamed\":%d,\"edited\":%d,\"moved\":%d}",
            times,
            allocated,
            patch.size(),
            added,
            removed,
            renamed.size(),
            changed.size(),
            moved));
  }
}
