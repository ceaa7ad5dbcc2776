package io.tailwatch.detect;

import io.tailwatch.flights.Callsigns;
import io.tailwatch.flights.Leg;
import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.EntityGraph;
import io.tailwatch.knowledge.Relation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ties a flight to what the graph knows: the airframe by Mode S address, the operator by callsign prefix. */
final class Subjects {
  private Subjects() {}

  static LocalDate day(Leg leg) {
    return leg.departure().atZone(ZoneOffset.UTC).toLocalDate();
  }

  static List<Entity> airplanes(EntityGraph graph, Leg leg) {
    return graph.airplanesByModeS(leg.icao24Hex());
  }

  /** The ICAO airline designator of a callsign, or null for private callsigns (see {@link Callsigns}). */
  static String designator(String callsign) {
    return Callsigns.designator(callsign);
  }

  /**
   * Sanctions that bind this flight: listings in force on its day, and flight bans in force whose jurisdiction
   * the flight departs from or lands in.
   */
  static List<Entity> bindingSanctions(DetectionInput input, String entityId, Leg leg) {
    LocalDate day = day(leg);
    List<Entity> out = new ArrayList<>(input.graph().sanctionsOn(entityId, day));
    List<Entity> bans = input.graph().flightBansOn(entityId, day);
    if (!bans.isEmpty()) {
      List<String> touched = new ArrayList<>();
      input.airports().findByIdent(leg.origin()).ifPresent(a -> touched.add(a.country()));
      input.airports().findByIdent(leg.destination()).ifPresent(a -> touched.add(a.country()));
      for (Entity ban : bans) {
        if (io.tailwatch.knowledge.SanctionScope.jurisdictions(ban).stream().anyMatch(touched::contains)) {
          out.add(ban);
        }
      }
    }
    return out;
  }

  static List<Entity> operatorsByCallsign(EntityGraph graph, Leg leg) {
    return graph.operatorsByDesignator(designator(leg.callsign()));
  }

  /** Owners and operators of an airframe on a day: relations labelled owns/operates that held then. */
  static List<Relation> controllersOn(EntityGraph graph, Entity airplane, LocalDate day) {
    List<Relation> held = new ArrayList<>();
    for (Relation r : graph.relations(airplane.id())) {
      if (r.targetId().equals(airplane.id()) && isControl(r) && r.heldOn(day)) {
        held.add(r);
      }
    }
    return held;
  }

  static boolean isControl(Relation r) {
    String label = r.label().toLowerCase(Locale.ROOT);
    return label.contains("own") || label.contains("operat");
  }

  static String describe(Entity airplane) {
    StringBuilder sb = new StringBuilder("aircraft ").append(airplane.caption());
    if (airplane.first("model") != null) {
      sb.append(" (").append(airplane.first("model"));
      if (airplane.first("serialNumber") != null) {
        sb.append(", MSN ").append(airplane.first("serialNumber"));
      }
      sb.append(')');
    }
    return sb.toString();
  }

  static String flightText(Leg leg) {
    return "flight " + (leg.callsign() != null ? leg.callsign() + " " : "") + "by " + leg.icao24Hex()
        + " " + (leg.origin() != null ? leg.origin() : "?") + "-" + (leg.destination() != null ? leg.destination() : "?")
        + " departing " + leg.departure();
  }

  static EvidenceLink flightEvidence(Leg leg) {
    return new EvidenceLink("Observed " + flightText(leg) + ", " + leg.positions() + " positions", "flight", leg.id(),
        new io.tailwatch.knowledge.Source("tailwatch surveillance", null, day(leg).toString(), List.of("tracks")),
        leg.departure().toString());
  }

  static String sanctionText(Entity target, Entity sanction) {
    StringBuilder sb = new StringBuilder(target.caption());
    if (io.tailwatch.knowledge.SanctionScope.isFlightBan(sanction)) {
      sb.append(" is banned from flying to ")
          .append(String.join(", ", io.tailwatch.knowledge.SanctionScope.jurisdictions(sanction)));
    } else {
      sb.append(" is sanctioned");
    }
    if (sanction.first("authority") != null) {
      sb.append(" by ").append(sanction.first("authority"));
    }
    if (!sanction.values("program").isEmpty()) {
      sb.append(" (").append(String.join(", ", sanction.values("program"))).append(')');
    }
    String since = sanction.first("startDate") != null ? sanction.first("startDate") : sanction.first("listingDate");
    if (since != null) {
      sb.append(" since ").append(since);
    }
    return sb.toString();
  }

  static EvidenceLink sanctionEvidence(Entity target, Entity sanction) {
    String since = sanction.first("startDate") != null ? sanction.first("startDate") : sanction.first("listingDate");
    return EvidenceLink.ofEntity(sanctionText(target, sanction), sanction, since);
  }

  static EvidenceLink relationEvidence(EntityGraph graph, Relation r) {
    String from = graph.find(r.sourceId()).map(Entity::caption).orElse(r.sourceId());
    String to = graph.find(r.targetId()).map(Entity::caption).orElse(r.targetId());
    StringBuilder claim = new StringBuilder(from).append(' ').append(r.label()).append(' ').append(to);
    if (r.start() != null || r.end() != null) {
      claim.append(" (").append(r.start() != null ? r.start() : "?").append(" to ")
          .append(r.end() != null ? r.end() : "present").append(')');
    }
    String summary = r.link().first("summary");
    if (summary != null) {
      claim.append(": ").append(summary);
    }
    return EvidenceLink.ofEntity(claim.toString(), r.link(), r.start() != null ? r.start().toString() : null);
  }

  static String alertId(String detector, String subject) {
    return detector + ":" + subject;
  }
}
