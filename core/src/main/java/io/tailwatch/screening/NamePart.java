package io.tailwatch.screening;

/**
 * One part of a name, ready for comparison: as written, in Latin letters, its {@link PhoneticKey} and consonant
 * skeleton, its name-dictionary groups, and its role.
 *
 * <p>{@code abjad} marks a part read from the Arabic or Hebrew script without the dictionary's help: its Latin
 * letters lack the short vowels, so only its skeleton can be compared. {@link #weight()} is how much the part
 * says about identity: longer parts say more, particles ("bin"), initials and the generic words of company names
 * ("Air", "Trading") little.
 *
 * <p>Immutable. Building one costs a fold, a skeleton and a hash look-up; name indexes build each distinct part
 * once.
 */
public final class NamePart {
  /** What a part is in its name. */
  public enum Role { NAME, PARTICLE, GENERIC, INITIAL }

  private static final int[] NO_GROUPS = new int[0];

  private final String written;
  private final String latin;
  private final String key;
  private final String skeleton;
  private final boolean abjad;
  private final int[] groups;
  private final Role role;
  private final double weight;

  private NamePart(String written, String latin, boolean abjad, int[] groups, Role role) {
    this.written = written;
    this.latin = latin;
    this.key = PhoneticKey.of(latin);
    this.skeleton = PhoneticKey.skeleton(latin);
    this.abjad = abjad;
    this.groups = groups != null ? groups : abjad ? NO_GROUPS : NameDictionary.get().groups(key);
    this.role = role;
    this.weight = weigh();
  }

  /** A part written in (or transliterated to) Latin letters. */
  static NamePart latin(String written, String latin, Role role) {
    return new NamePart(written, latin, false, null, role);
  }

  /** An Arabic-script word the dictionary read: its vowelled Latin rendering and group are known. */
  static NamePart read(String written, NameDictionary.Reading reading, Role role) {
    int[] byKey = NameDictionary.get().groups(PhoneticKey.of(reading.latin()));
    int[] groups = byKey.length > 0 ? byKey : new int[] {reading.group()};
    return new NamePart(written, reading.latin(), false, groups, role);
  }

  /** An Arabic- or Hebrew-script word the dictionary does not know: consonants only. */
  static NamePart abjad(String written, String consonants) {
    return new NamePart(written, consonants, true, NO_GROUPS, Role.NAME);
  }

  /** Two neighbouring parts written as one ({@code Gholam Reza} as {@code Gholamreza}). */
  static NamePart join(NamePart a, NamePart b) {
    return new NamePart(a.written + " " + b.written, a.latin + b.latin, a.abjad || b.abjad,
        a.abjad || b.abjad ? NO_GROUPS : null, Role.NAME);
  }

  private double weigh() {
    if (role == Role.INITIAL) {
      return 1;
    }
    // An abjad part's skeleton has about two thirds of the letters of the vowelled word.
    double letters = abjad ? skeleton.length() * 1.6 : key.length();
    double w = Math.max(2, Math.min(8, letters));
    return switch (role) {
      case PARTICLE -> 0.3 * w;
      case GENERIC -> 0.4 * w;
      default -> w;
    };
  }

  public String written() {
    return written;
  }

  public String latin() {
    return latin;
  }

  public String key() {
    return key;
  }

  public String skeleton() {
    return skeleton;
  }

  public boolean abjad() {
    return abjad;
  }

  int[] groups() {
    return groups;
  }

  public Role role() {
    return role;
  }

  /** How much the part says about identity (2 to 8 for a name part; less for particles and generic words). */
  public double weight() {
    return weight;
  }

  @Override
  public String toString() {
    return written.equals(latin) ? latin : written + "(" + latin + ")";
  }
}
