package io.github.gkml.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records where each item object starts while Jackson reads a catalog, in the same single pass, so
 * that findings can name the line of an item without parsing the file twice.
 */
final class ItemLocations {

  /** The context attribute that holds the list of locations for one read. */
  static final Object KEY = ItemLocations.class;

  private ItemLocations() {}

  /** A module that makes every {@code ItemDocument} read append its start location. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("gkml-item-locations");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            return description.getBeanClass() == CatalogDocument.ItemDocument.class
                ? new Locating(deserializer)
                : deserializer;
          }
        });
    return module;
  }

  /** A fresh list to pass as the {@link #KEY} attribute of one read. */
  static List<JsonLocation> newList() {
    return new ArrayList<>();
  }

  /** Delegates to the bean deserializer, recording the start of each object first. */
  private static final class Locating extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Locating(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Locating(delegate);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object sink = context.getAttribute(KEY);
      if (sink instanceof List<?> list) {
        ((List<JsonLocation>) list).add(parser.currentTokenLocation());
      }
      return super.deserialize(parser, context);
    }
  }
}
