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
  /** What a particle weighs against a name of as many letters. */
  static final double PARTICLE_WEIGHT = 0.3;

  private final String written;
  private final String latin;
  private final String key;
  private final String skeleton;
  private final String literalSkeleton;
  private final boolean abjad;
  private final int[] groups;
  private final Role role;
  /** The part without an Arabic article glued on ({@code Alotaibi}: {@code otaibi}), or null. */
  private final NamePart articleless;
  private final double weight;

  private NamePart(String written, String latin, boolean abjad, int[] groups, Role role) {
    this(written, latin, abjad ? PhoneticKey.skeleton(latin, true) : PhoneticKey.skeleton(latin), abjad, groups,
        role);
  }

  private NamePart(String written, String latin, String skeleton, boolean abjad, int[] groups, Role role) {
    this(written, latin, skeleton, abjad, groups, role, null);
  }

  private NamePart(String written, String latin, String skeleton, boolean abjad, int[] groups, Role role,
      String otherSkeleton) {
    this.written = written;
    this.latin = latin;
    this.key = PhoneticKey.of(latin);
    this.skeleton = skeleton;
    // The other reading: Latin two-letter spellings as two letters, or an abjad's theh as s (Persian) not t.
    String literal = abjad ? otherSkeleton : PhoneticKey.literalSkeleton(latin);
    this.literalSkeleton = literal != null ? literal : skeleton;
    this.abjad = abjad;
    this.groups = groups != null ? groups : abjad ? NO_GROUPS : NameDictionary.get().groups(key);
    this.role = role;
    this.weight = weigh();
    this.articleless = gluedArticle() ? new NamePart(written, latin.substring(2), false, null, role) : null;
  }

  /** A part written in (or transliterated to) Latin letters. */
  static NamePart latin(String written, String latin, Role role) {
    return new NamePart(written, latin, false, null, role);
  }

  /** An Arabic-script word the dictionary read: its vowelled Latin rendering and group are known. */
  static NamePart read(String written, NameDictionary.Reading reading, Role role) {
    // Its own group only: the Arabic spelling says which name it is, where Latin "Gamal" could be two.
    return new NamePart(written, reading.latin(), false, new int[] {reading.group()}, role);
  }

  /** A Hebrew-script word, as ICU writes it in Latin: consonants only. */
  static NamePart abjad(String written, String consonants) {
    return new NamePart(written, consonants, true, NO_GROUPS, Role.NAME);
  }

  /** An Arabic-script word the dictionary does not know: consonants only, read letter by letter. */
  static NamePart arabic(String written, String normalized) {
    NamePart p = new NamePart(written, ArabicScript.latin(normalized), ArabicScript.skeleton(normalized), true,
        NO_GROUPS, Role.NAME, normalized.indexOf('ث') >= 0 ? ArabicScript.skeleton(normalized.replace('ث', 'س')) : null);
    return p;
  }

  /** Two neighbouring parts written as one ({@code Gholam Reza} as {@code Gholamreza}). */
  static NamePart join(NamePart a, NamePart b) {
    return compound(a, a.latin, b);
  }

  /** A compound written in two words, the first shown as {@code head} ({@code Abdul Rahman} is abd + rahman). */
  static NamePart compound(NamePart a, String head, NamePart b) {
    String written = a.written.equals(b.written) ? a.written : a.written + " " + b.written;
    if (a.abjad || b.abjad) {
      String headSkeleton = a.abjad ? a.skeleton : PhoneticKey.skeleton(head);
      return new NamePart(written, head + "'" + b.latin, PhoneticKey.joinSkeletons(headSkeleton, b.skeleton), true,
          NO_GROUPS, Role.NAME);
    }
    // The apostrophe keeps the seam from reading as one sound: Abd'jalil is not Abjalil, Abd'hai not Abzai.
    return new NamePart(written, head + "'" + b.latin, false, null, Role.NAME);
  }

  private double weigh() {
    if (role == Role.INITIAL) {
      return 1;
    }
    // An abjad part's skeleton has about two thirds of the letters of the vowelled word.
    double letters = abjad ? skeleton.length() * 1.6 : key.length();
    double w = Math.max(2, Math.min(8, letters));
    return switch (role) {
      case PARTICLE -> PARTICLE_WEIGHT * w;
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

  /** The skeleton with two-letter spellings read as two letters (see {@link PhoneticKey#literalSkeleton}). */
  String literalSkeleton() {
    return literalSkeleton;
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

  /**
   * Whether the part looks like al- or el- written onto a name ({@code Alotaibi}, {@code Elkaddafi}): at least four
   * letters after the article, starting with a consonant or the Arabic vowels that follow it ({@code Al-Otaibi}).
   */
  private boolean gluedArticle() {
    return !abjad && role == Role.NAME && latin.length() >= 6 && (latin.startsWith("al") || latin.startsWith("el"))
        && latin.indexOf('\'') < 0;
  }

  NamePart articleless() {
    return articleless;
  }

  boolean startsWithArticle() {
    return articleless != null;
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
