package io.tailwatch.knowledge;

/**
 * Fields tailwatch adds to FollowTheMoney entities where FtM has no property. They are written in a separate
 * top-level {@code "tailwatch"} object of an entity's JSON, so FtM tools that do not know them skip them.
 */
public final class Extensions {
  /** On Airplane: Mode S (ICAO 24-bit) addresses, six hex digits, that the airframe has transmitted. */
  public static final String MODE_S = "modeS";
  /** On Organization/Company: ICAO three-letter airline designators, the prefix of its flights' callsigns. */
  public static final String ICAO_DESIGNATOR = "icaoDesignator";
  /** On Airplane: earlier registration marks, kept apart from the current one in {@code registrationNumber}. */
  public static final String PREVIOUS_REGISTRATION = "previousRegistration";
  /**
   * On Airplane: construction, line or fuselage number (OFAC's "L/N or S/N or F/N"), kept apart from the
   * manufacturer's serial number in FtM's {@code serialNumber} because lists give both and they differ.
   */
  public static final String CONSTRUCTION_NUMBER = "constructionNumber";

  private Extensions() {}
}
