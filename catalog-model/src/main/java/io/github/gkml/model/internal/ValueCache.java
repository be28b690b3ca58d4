package io.github.gkml.model.internal;

import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.LegalBasis;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of one read, by the exact text they were read from. A catalog repeats the same
 * deadline phrases, citations and channel names on row after row; each is parsed once per read. The
 * values are immutable, so sharing them between items changes nothing but the cost. Not
 * thread-safe: one cache per read.
 */
final class ValueCache {

  private final ChannelVocabulary vocabulary;
  private final Map<String, Deadline> deadlines = new HashMap<>();
  private final Map<String, DisplayPeriod> displayPeriods = new HashMap<>();
  private final Map<String, LegalBasis> citations = new HashMap<>();
  private final Map<String, Channel> channels = new HashMap<>();

  ValueCache(ChannelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Deadline deadline(String text) {
    return deadlines.computeIfAbsent(text, Deadline::parse);
  }

  DisplayPeriod displayPeriod(String text) {
    return displayPeriods.computeIfAbsent(text, DisplayPeriod::parse);
  }

  LegalBasis citation(String text) {
    return citations.computeIfAbsent(text, LegalBasis::parse);
  }

  Channel channel(String text) {
    return channels.computeIfAbsent(text, vocabulary::resolve);
  }
}
