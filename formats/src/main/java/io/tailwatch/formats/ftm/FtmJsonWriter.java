package io.tailwatch.formats.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tailwatch.knowledge.Entity;
import java.util.List;
import java.util.Map;

/** Writes an entity as one line of FtM JSON, the inverse of {@link FtmJsonReader#parse}. */
public final class FtmJsonWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FtmJsonWriter() {}

  public static String toJson(Entity entity) {
    ObjectNode node = toNode(entity);
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen: a tree of strings", e);
    }
  }

  public static ObjectNode toNode(Entity entity) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", entity.id());
    node.put("schema", entity.schema());
    node.set("properties", multimap(entity.properties()));
    if (!entity.datasets().isEmpty()) {
      node.set("datasets", array(entity.datasets()));
    }
    if (!entity.referents().isEmpty()) {
      node.set("referents", array(entity.referents()));
    }
    if (entity.firstSeen() != null) {
      node.put("first_seen", entity.firstSeen());
    }
    if (entity.lastSeen() != null) {
      node.put("last_seen", entity.lastSeen());
    }
    if (!entity.extensions().isEmpty()) {
      node.set("tailwatch", multimap(entity.extensions()));
    }
    return node;
  }

  private static ObjectNode multimap(Map<String, List<String>> map) {
    ObjectNode node = JSON.createObjectNode();
    map.forEach((k, v) -> node.set(k, array(v)));
    return node;
  }

  private static ArrayNode array(List<String> values) {
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
