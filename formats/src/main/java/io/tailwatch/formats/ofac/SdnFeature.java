package io.tailwatch.formats.ofac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts OFAC states about an SDN entry, by the labels OFAC writes before their values (in the CSV Remarks,
 * the XML {@code idType} and the Consolidated Screening List's {@code ids}). Each becomes one FollowTheMoney
 * property, a tailwatch extension, a link, or a part of the Sanction; see {@link SdnToFtm} for where each goes.
 *
 * <p>Labels are matched as prefixes, longest first, ignoring case ({@link #match}); an {@code alt.} before a label
 * ("alt. DOB 1936") is an alternative value of the same fact.
 */
public enum SdnFeature {
  DOB("DOB", "Birthdate", "Date of Birth"),
  POB("POB", "Place of Birth"),
  NATIONALITY("nationality", "Nationality Country"),
  CITIZEN("citizen", "Citizenship Country"),
  GENDER("Gender"),
  TITLE("Title"),
  PASSPORT("Passport", "Diplomatic Passport", "British National Overseas Passport", "Stateless Person Passport"),
  ID_NUMBER("National ID No.", "Identification Number", "Cedula No.", "D.N.I.", "C.U.R.P.", "C.U.R.P",
      "Personal ID Card", "Kenyan ID No.", "Turkish Identification Number", "Numero de Identidad",
      "Credencial electoral", "Residency Number", "Birth Certificate Number", "Driver's License No.",
      "Travel Document Number", "SSN", "Electoral Registry No.", "I.F.E.", "C.U.I.", "N.I.E.",
      "Stateless Person ID Card", "Refugee ID Card", "Moroccan Personal ID No.", "Bosnian Personal ID No.",
      "Tazkira National ID Card", "Pilot License Number", "Seafarer's Identification Document", "Immigration No.",
      "Public Security and Immigration No.", "UAE Identification", "CNP (Personal Numerical Code)",
      "National Foreign ID Number", "Citizen's Card Number", "Romanian Permanent Resident", "Tarjeta Profesional",
      "Cartilla de Servicio Militar Nacional", "VisaNumberID", "File Number"),
  TAX_NUMBER("Tax ID No.", "RUC #", "R.F.C.", "RFC", "Italian Fiscal Code", "RIF #", "RTN", "Fiscal Code", "NIT #",
      "C.U.I.T.", "C.U.I.P.", "C.I.F.", "N.I.F.", "Romanian Tax Registration", "US FEIN",
      "Paraguayan tax identification number", "Numero Unico de Identificacao Tributaria (NUIT)"),
  REGISTRATION_NUMBER("Registration Number", "Registration ID", "Company Number", "UK Company Number",
      "Commercial Registry Number", "Business Registration Document #", "Business Registration Number",
      "Business Number", "Certificate of Incorporation Number", "C.R. No.", "Chamber of Commerce Number",
      "Matricula Mercantil No", "Folio Mercantil No.", "Public Registration Number", "Enterprise Number",
      "Government Gazette Number", "Economic Register Number (CBLS)", "Unified Social Credit Code (USCC)",
      "United Social Credit Code Certificate (USCCC)", "Trade License No.", "License",
      "Istanbul Chamber of Comm. No.", "Dubai Chamber of Commerce Membership No.", "Organization Code",
      "Serial No.", "Permit Number", "Military Registration Number", "Registered Charity No.",
      "Chinese Commercial Code", "RSIN", "Trademark Number", "Central Registration System Number",
      "Tourism License No.", "MSB Registration Number", "Afghan Money Service Provider License Number",
      "Romanian C.R.", "Branch Unit Number"),
  VESSEL_REGISTRATION("Vessel Registration Identification"),
  MMSI("MMSI"),
  FORMER_VESSEL_FLAG("Former Vessel Flag", "Other Vessel Flag"),
  VESSEL_CALL_SIGN("Other Vessel Call Sign", "Vessel Call Sign"),
  VESSEL_TYPE("Other Vessel Type", "VESSEL TYPE"),
  VESSEL_YEAR_OF_BUILD("Vessel Year of Build"),
  EMAIL("Email Address"),
  WEBSITE("Website"),
  PHONE("Phone Number", "Telephone No.", "Telephone", "Phone No."),
  ORGANIZATION_ESTABLISHED_DATE("Organization Established Date"),
  ORGANIZATION_TYPE("Organization Type:"),
  TARGET_TYPE("Target Type"),
  DUNS("D-U-N-S Number"),
  SWIFT_BIC("SWIFT/BIC"),
  LEI("Legal Entity Number", "LE Number"),
  VAT("V.A.T. Number"),
  AIRCRAFT_CONSTRUCTION_NUMBER("Aircraft Construction Number (also called L/N or S/N or F/N)",
      "Aircraft Construction Number"),
  AIRCRAFT_MSN("Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Manufacturer\u2019s Serial Number (MSN)",
      "Aircraft Serial Identification"),
  AIRCRAFT_MODEL("Aircraft Model"),
  AIRCRAFT_OPERATOR("Aircraft Operator"),
  AIRCRAFT_MANUFACTURE_DATE("Aircraft Manufacture Date"),
  AIRCRAFT_TAIL_NUMBER("Aircraft Tail Number"),
  PREVIOUS_AIRCRAFT_TAIL_NUMBER("Previous Aircraft Tail Number"),
  AIRCRAFT_MODE_S("Aircraft Mode S Transponder Code"),
  NATIONALITY_OF_REGISTRATION("Nationality of Registration", "Registration Country"),
  LINKED_TO("Linked To:"),
  AKA("a.k.a."),
  FKA("f.k.a."),
  NKA("n.k.a."),
  /** Statements about the designation itself; they go to the Sanction's {@code summary}. */
  SANCTION_INFORMATION("Additional Sanctions Information -", "Secondary sanctions risk:",
      "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
      "Executive Order 13662 Directive Determination -", "Executive Order 14024 Directive Information -",
      "Executive Order 14024 Directive Information", "Executive Order 14014 Directive Information:",
      "Executive Order 13846 information:", "CAATSA Section 235 Information:", "IFCA Determination -",
      "PEESA Information:", "For more information on directives"),
  /** When a measure takes effect (Sanction {@code startDate}). */
  EFFECTIVE_DATE("Effective Date", "Purchase/Sales For Divestment Date"),
  /** When a measure was listed (Sanction {@code listingDate}), kept apart from when it takes effect. */
  LISTING_DATE("Listing Date"),
  /** Anything else: kept whole as a note on the entity. */
  NOTE();

  private final List<String> labels;

  SdnFeature(String... labels) {
    this.labels = List.of(labels);
  }

  public List<String> labels() {
    return labels;
  }

  private record Label(String text, SdnFeature feature) {}

  private static final List<Label> LONGEST_FIRST = new ArrayList<>();

  static {
    for (SdnFeature f : values()) {
      for (String l : f.labels) {
        LONGEST_FIRST.add(new Label(l, f));
      }
    }
    LONGEST_FIRST.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
  }

  /**
   * The fact a piece of text states: the longest label it starts with (as a whole word), and the value after it.
   * Text that starts with no label is a {@link #NOTE} of the whole text.
   */
  public static SdnFact match(String text) {
    String t = text.trim();
    if (t.regionMatches(true, 0, "alt. ", 0, 5)) {
      t = t.substring(5).trim();
    }
    for (Label l : LONGEST_FIRST) {
      String label = l.text();
      if (t.regionMatches(true, 0, label, 0, label.length()) && wordEnds(t, label.length())) {
        String value = t.substring(label.length()).trim();
        return new SdnFact(l.feature(), value);
      }
    }
    return new SdnFact(NOTE, text.trim());
  }

  /**
   * The fact an item written value-first states, as the Consolidated Screening List's {@code ids} column does
   * ({@code 464, Aircraft Construction Number (also called L/N or S/N or F/N)}): the longest label the item ends
   * with after a comma, and what comes before it. An item ending with no label is a {@link #NOTE}.
   */
  public static SdnFact matchSuffix(String item) {
    String t = item.trim();
    for (Label l : LONGEST_FIRST) {
      String label = l.text();
      int at = t.length() - label.length();
      if (at >= 0 && t.regionMatches(true, at, label, 0, label.length())) {
        String before = t.substring(0, at).trim();
        if (before.isEmpty() || before.endsWith(",")) {
          String value = before.endsWith(",") ? before.substring(0, before.length() - 1).trim() : before;
          return new SdnFact(l.feature(), value);
        }
      }
    }
    return new SdnFact(NOTE, t);
  }

  /** Looks a label up exactly (the XML's {@code idType}); a label it does not know is a {@link #NOTE}. */
  public static SdnFeature byLabel(String label) {
    if (label != null) {
      String t = label.trim();
      for (Label l : LONGEST_FIRST) {
        if (l.text().equalsIgnoreCase(t)) {
          return l.feature();
        }
      }
      SdnFact prefix = match(t);
      if (prefix.feature() != NOTE && prefix.value().isEmpty()) {
        return prefix.feature();
      }
    }
    return NOTE;
  }

  private static boolean wordEnds(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char before = text.charAt(at - 1);
    char next = text.charAt(at);
    return !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(next);
  }
}
