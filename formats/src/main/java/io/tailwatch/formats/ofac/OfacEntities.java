package io.tailwatch.formats.ofac;

import io.tailwatch.knowledge.Entity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The FollowTheMoney entities of one OFAC SDN list snapshot, with what could not be tied together.
 *
 * @param snapshotDate the list's date, set as every entity's first and last seen
 * @param entities the listed entries (Person, Organization or Company, Vessel, Airplane), their Sanctions, the
 *     links OFAC states (UnknownLink, Ownership) and the unlisted operators and owners it names
 * @param unresolved names in "Linked To", "Aircraft Operator" and "Vessel Owner" that match no entry, or more
 *     than one, of the same list
 * @param entriesByType how many SDN entries of each type were read, to check against the list's own counts
 */
public record OfacEntities(
    LocalDate snapshotDate,
    List<Entity> entities,
    List<UnresolvedName> unresolved,
    Map<SdnType, Integer> entriesByType) {

  public OfacEntities {
    entities = List.copyOf(entities);
    unresolved = List.copyOf(unresolved);
    entriesByType = Map.copyOf(entriesByType);
  }

  /**
   * A name OFAC refers to that the same list does not resolve to exactly one entry.
   *
   * @param entNum the entry that names it
   * @param feature where the name stands ("Linked To", "Aircraft Operator", "Vessel Owner")
   * @param name the name as written
   * @param candidates how many entries carry the name (0: none; 2 or more: ambiguous)
   */
  public record UnresolvedName(String entNum, String feature, String name, int candidates) {}
}
