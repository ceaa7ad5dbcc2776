package io.tailwatch.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a person's or organisation's name against another, across scripts, spellings, order and joined parts.
 *
 * <p>Method. Both names are read into parts ({@link NameNormalizer}). Neighbouring parts of one name that
 * together spell a part of the other are joined ({@code Gholam Reza} / {@code Gholamreza}). Parts are then
 * paired, best pairs first, when their {@link PartSimilarity} reaches {@value #PART_FLOOR}; order does not
 * matter ({@code Ghasemi Gholamreza}). Parts left over on <em>both</em> sides are paired as contradictions
 * ({@code Bush} / {@code Habbash}: two different names where one was expected); parts left over on one side only
 * are omissions (a middle name the other name leaves out). With w the {@link NamePart#weight()} of a part:
 *
 * <pre>
 *   score = Σ_pairs s·(w_q + w_l) / ( Σ_pairs (w_q + w_l) + 1.5·Σ_contradicted (w_q + w_l) + o·Σ_omitted w )
 * </pre>
 *
 * with o = {@value #OMISSION_PERSON} for people, {@value #OMISSION_ORGANIZATION} for organisations (a company
 * rarely drops a word of its name). Omitted particles ({@code bin}, {@code abu}) cost nothing, omitted generic
 * words ("Airlines") half. A person's name
 * that is the other shifted by a generation ({@code Bashar Hafez al-Assad} / {@code Hafez al-Assad}: the son's
 * chain of given name, father's name, family name) weighs its extra first part as a contradiction. Then caps:
 * <ul>
 *   <li>people's names shifted by a generation, or whose first names contradict each other while the rest
 *       agree (siblings share the chain of father's and family names): at most {@value #GENERATION_CAP};
 * </ul>
 * <ul>
 *   <li>a person's name against an organisation's: at most {@value #KIND_CAP};
 *   <li>no name part in common, only initials or generic words ("Air"), when either name has a name part: at most
 *       {@value #NO_NAME_PART_CAP};
 *   <li>people's names with only one name part in common when either has two or more: at most
 *       {@value #ONE_PART_CAP}, so a shared family name or given name alone never reaches the threshold.
 * </ul>
 *
 * <p>{@link #THRESHOLD} is the score from which a name is reported as a match; see {@code docs/screening.md}
 * for the evaluation that chose it.
 *
 * <p>Cost: O(n·m) part comparisons for names of n and m parts (at most {@value NameNormalizer#MAX_PARTS} each),
 * each O(1) for exact, dictionary and phonetic likeness, O(k²) on keys of k letters otherwise.
 */
public final class NameMatcher {
  /** The score from which a name is taken as a match. */
  public static final double THRESHOLD = 0.8;
  static final double PART_FLOOR = 0.82;
  static final double JOIN_FLOOR = 0.85;
  static final double CONTRADICTION = 1.5;
  static final double OMISSION_PERSON = 0.25;
  static final double OMISSION_ORGANIZATION = 0.75;
  static final double ONE_PART_CAP = 0.6;
  static final double NO_NAME_PART_CAP = 0.3;
  static final double KIND_CAP = 0.3;
  static final double GENERATION_CAP = 0.7;

  /** Compares a screened name's part with a listed name's part; an index passes one that remembers. */
  interface PartComparer {
    double similarity(NamePart query, NamePart listed);

    /** Two neighbouring parts of one name written as one. */
    default NamePart join(NamePart a, NamePart b) {
      return NamePart.join(a, b);
    }

    /** How alike such a join is to a part of the other name (join first, either name's). */
    default double joinSimilarity(NamePart joined, NamePart other) {
      return PartSimilarity.similarity(joined, other);
    }
  }

  static final PartComparer DIRECT = PartSimilarity::similarity;

  /** Keys of words that open compound given names (Gholam Reza, Mir Hossein, Mohammad Naim) more than chains. */
  private static final java.util.Set<String> COMPOUND_OPENERS = java.util.stream.Stream.of("gholam", "mir", "mohammad")
      .map(PhoneticKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private NameMatcher() {}

  public static NameMatch match(String query, String listed) {
    return match(NameNormalizer.parse(query), NameNormalizer.parse(listed));
  }

  /** With the kinds of party when known (from a schema), so a company's name never matches a person's. */
  public static NameMatch match(String query, NameKind queryKind, String listed, NameKind listedKind) {
    return match(NameNormalizer.parse(query).as(queryKind), NameNormalizer.parse(listed).as(listedKind));
  }

  public static NameMatch match(ParsedName query, ParsedName listed) {
    return align(query, listed, DIRECT).toMatch(query, listed);
  }

  static NameMatch match(ParsedName query, ParsedName listed, PartComparer comparer) {
    return align(query, listed, comparer).toMatch(query, listed);
  }

  /** The score alone, without building the explanation. */
  static double score(ParsedName query, ParsedName listed, PartComparer comparer) {
    return align(query, listed, comparer).score;
  }

  private static Alignment align(ParsedName query, ParsedName listed, PartComparer comparer) {
    NamePart[] q = query.parts().toArray(new NamePart[0]);
    NamePart[] l = listed.parts().toArray(new NamePart[0]);
    if (q.length == 0 || l.length == 0) {
      return new Alignment(q, l, new double[0][0]).empty();
    }
    q = joinWhereTheOtherWritesOne(q, l, true, comparer);
    l = joinWhereTheOtherWritesOne(l, q, false, comparer);
    double[][] s = new double[q.length][l.length];
    for (int i = 0; i < q.length; i++) {
      for (int j = 0; j < l.length; j++) {
        s[i][j] = comparer.similarity(q[i], l[j]);
      }
    }
    Alignment a = new Alignment(q, l, s);
    a.pair();
    a.weigh(query.kind(), listed.kind());
    return a;
  }

  /**
   * Joins neighbouring parts of {@code a} that together are one part of {@code b}, when the joined part is more
   * like it than either alone. Only plausible pairs (same first letter, lengths within three letters) are tried.
   */
  private static NamePart[] joinWhereTheOtherWritesOne(NamePart[] a, NamePart[] b, boolean aIsQuery,
      PartComparer comparer) {
    if (a.length < 2) {
      return a;
    }
    List<NamePart> out = null;
    for (int i = 0; i < a.length; i++) {
      NamePart x = a[i];
      NamePart y = i + 1 < a.length ? a[i + 1] : null;
      NamePart joined = null;
      if (y != null && joinable(x) && joinable(y)) {
        double best = 0;
        NamePart candidate = null;
        for (NamePart z : b) {
          if (z.role() != NamePart.Role.NAME || !plausibleJoin(x, y, z)) {
            continue;
          }
          if (candidate == null) {
            candidate = comparer.join(x, y); // built once: a join costs a key, a skeleton and a dictionary look-up
          }
          double sj = comparer.joinSimilarity(candidate, z);
          double alone = Math.max(sim(comparer, aIsQuery, x, z), sim(comparer, aIsQuery, y, z));
          if (sj >= JOIN_FLOOR && sj > alone + 0.02 && sj > best) {
            best = sj;
            joined = candidate;
          }
        }
      }
      if (joined != null && out == null) {
        out = new ArrayList<>(a.length);
        for (int k = 0; k < i; k++) {
          out.add(a[k]);
        }
      }
      if (out != null) {
        out.add(joined != null ? joined : x);
      }
      if (joined != null) {
        i++;
      }
    }
    return out == null ? a : out.toArray(new NamePart[0]);
  }

  private static boolean joinable(NamePart p) {
    return p.role() == NamePart.Role.NAME || p.role() == NamePart.Role.PARTICLE; // Abu Bakr / Abubakr
  }

  private static boolean plausibleJoin(NamePart x, NamePart y, NamePart z) {
    boolean abjad = x.abjad() || y.abjad() || z.abjad();
    String kx = abjad ? x.skeleton() : x.key();
    String ky = abjad ? y.skeleton() : y.key();
    String kz = abjad ? z.skeleton() : z.key();
    return !kx.isEmpty() && !kz.isEmpty() && kx.charAt(0) == kz.charAt(0) && (!abjad || kz.length() >= 3)
        && Math.abs(kx.length() + ky.length() - kz.length()) <= 3;
  }

  private static double sim(PartComparer comparer, boolean aIsQuery, NamePart a, NamePart b) {
    return aIsQuery ? comparer.similarity(a, b) : comparer.similarity(b, a);
  }

  /** Pairs, contradictions, omissions and the score of one comparison. */
  private static final class Alignment {
    final NamePart[] q;
    final NamePart[] l;
    final double[][] s;
    final int[] partnerOfQ;
    final boolean[] contradicted;
    final boolean[] lTaken;
    final List<String> notes = new ArrayList<>(2);
    double score;

    Alignment(NamePart[] q, NamePart[] l, double[][] s) {
      this.q = q;
      this.l = l;
      this.s = s;
      this.partnerOfQ = new int[q.length];
      this.contradicted = new boolean[q.length];
      this.lTaken = new boolean[l.length];
      java.util.Arrays.fill(partnerOfQ, -1);
    }

    Alignment empty() {
      score = 0;
      notes.add(q.length == 0 ? "the screened name has no name part" : "the listed name has no name part");
      return this;
    }

    /**
     * Best pairs first above the floor, then contradictions among what is left on both sides. Equal pairs are
     * settled by position, keeping the offset that unambiguous pairs show (in {@code Ibrahim Sabawi Ibrahim Hasan}
     * against {@code Sabawi Ibrahim Hasan}, the second Ibrahim is the one).
     */
    void pair() {
      int offset = typicalOffset();
      while (true) {
        int bi = -1;
        int bj = -1;
        double best = PART_FLOOR;
        int bestDrift = Integer.MAX_VALUE;
        for (int i = 0; i < q.length; i++) {
          if (partnerOfQ[i] >= 0) {
            continue;
          }
          for (int j = 0; j < l.length; j++) {
            if (lTaken[j] || s[i][j] < best) {
              continue;
            }
            int drift = Math.abs(j - i - offset);
            if (bi < 0 || s[i][j] > best || drift < bestDrift) {
              best = s[i][j];
              bi = i;
              bj = j;
              bestDrift = drift;
            }
          }
        }
        if (bi < 0) {
          break;
        }
        partnerOfQ[bi] = bj;
        lTaken[bj] = true;
      }
      while (true) {
        int bi = -1;
        int bj = -1;
        double best = -1;
        for (int i = 0; i < q.length; i++) {
          if (partnerOfQ[i] >= 0 || q[i].role() == NamePart.Role.PARTICLE) {
            continue;
          }
          for (int j = 0; j < l.length; j++) {
            if (!lTaken[j] && l[j].role() != NamePart.Role.PARTICLE && s[i][j] > best) {
              best = s[i][j];
              bi = i;
              bj = j;
            }
          }
        }
        if (bi < 0) {
          break;
        }
        partnerOfQ[bi] = bj;
        contradicted[bi] = true;
        lTaken[bj] = true;
      }
    }

    void weigh(NameKind queryKind, NameKind listedKind) {
      boolean organisation = queryKind == NameKind.ORGANIZATION || listedKind == NameKind.ORGANIZATION;
      double omission = organisation ? OMISSION_ORGANIZATION : OMISSION_PERSON;
      int shiftedQ = -1;
      int shiftedL = -1;
      if (!organisation) {
        shiftedQ = shiftedGeneration(true) ? 0 : -1;
        shiftedL = shiftedGeneration(false) ? 0 : -1;
      }
      double num = 0;
      double den = 0;
      int namesMatched = 0;
      for (int i = 0; i < q.length; i++) {
        int j = partnerOfQ[i];
        if (j < 0) {
          den += omitted(q[i], i == shiftedQ, omission);
          continue;
        }
        double w = q[i].weight() + l[j].weight();
        if (contradicted[i]) {
          den += CONTRADICTION * w;
        } else {
          num += s[i][j] * w;
          den += w;
          if (q[i].role() == NamePart.Role.NAME && l[j].role() == NamePart.Role.NAME) {
            namesMatched++;
          }
        }
      }
      for (int j = 0; j < l.length; j++) {
        if (!lTaken[j] && l[j].role() != NamePart.Role.PARTICLE) {
          den += omitted(l[j], j == shiftedL, omission);
        }
      }
      score = den == 0 ? 0 : num / den;
      if (shiftedQ >= 0 || shiftedL >= 0) {
        String first = shiftedQ >= 0 ? q[0].written() : l[0].written();
        cap(GENERATION_CAP, "'" + first + "' stands before the names the other gives first: a son's or father's"
            + " name in a chain of 'son of'");
      }
      if (!organisation && q.length > 1 && l.length > 1 && partnerOfQ[0] == 0 && contradicted[0]
          && q[0].role() == NamePart.Role.NAME && l[0].role() == NamePart.Role.NAME) {
        cap(GENERATION_CAP, "the first names differ: a brother, sister or namesake of the family");
      }
      int qNames = count(q, NamePart.Role.NAME);
      int lNames = count(l, NamePart.Role.NAME);
      if (queryKind.conflicts(listedKind)) {
        cap(KIND_CAP, "a " + word(queryKind) + "'s name against " + (listedKind == NameKind.PERSON ? "a person's"
            : "an organisation's"));
      }
      // Initials and generic words alone never make a name: "Ali Khamenei" is not the acronym "A. K. S.".
      if (namesMatched == 0 && (qNames > 0 || lNames > 0)) {
        cap(NO_NAME_PART_CAP, "no name part in common");
      } else if (!organisation && namesMatched == 1 && Math.max(qNames, lNames) >= 2) {
        cap(ONE_PART_CAP, "only one name part in common");
      }
    }

    /** The cost of a part without counterpart: none for particles, half for generic words, double for a
     * generation shift (it stands against the other's own, unwritten, first name). */
    private static double omitted(NamePart p, boolean shifted, double omission) {
      return switch (p.role()) {
        case PARTICLE -> 0;
        case GENERIC -> omission * p.weight() / 2;
        default -> shifted ? CONTRADICTION * 2 * p.weight() : omission * p.weight();
      };
    }

    /**
     * Whether one name is the other shifted by a generation: its first part has no counterpart and its second
     * is the other's first ({@code Bashar Hafez al-Assad} / {@code Hafez al-Assad}), as in Arabic names that
     * chain given name, father's, grandfather's. Not when the first part is one that Persian and Arabic
     * compound given names open with ({@code Mohammad Javad} / {@code Javad}).
     */
    private boolean shiftedGeneration(boolean queryOmits) {
      NamePart[] side = queryOmits ? q : l;
      NamePart[] other = queryOmits ? l : q;
      if (side.length < 2 || other.length < 1 || side[0].role() != NamePart.Role.NAME) {
        return false;
      }
      int k = queryOmits ? partnerOf(0) : (partnerOfQ[0] >= 0 && !contradicted[0] ? partnerOfQ[0] : -1);
      if (k < 1) {
        return false; // the other's first part is not matched further on in this name
      }
      for (int x = 0; x < k; x++) {
        boolean omitted = queryOmits ? partnerOfQ[x] < 0 : !lTaken[x];
        if (!omitted) {
          return false;
        }
      }
      // Chains of "son of" are Arabic and Persian naming: the father's name must be one the dictionary knows (or be
      // written in the Arabic script), so that Jose Ignacio / Ignacio, a Spanish given name left out, is no shift.
      NamePart father = side[k];
      if (!father.abjad() && father.groups().length == 0) {
        return false;
      }
      return !(k == 1 && opensCompound(side[0], side[1]));
    }

    /** The index in q matched (not contradicted) with l[j], or -1. */
    private int partnerOf(int j) {
      for (int i = 0; i < q.length; i++) {
        if (partnerOfQ[i] == j && !contradicted[i]) {
          return i;
        }
      }
      return -1;
    }

    /** The median of j - i over parts with one possible partner each way; 0 when there is none. */
    private int typicalOffset() {
      List<Integer> offsets = new ArrayList<>();
      for (int i = 0; i < q.length; i++) {
        int only = -1;
        int count = 0;
        for (int j = 0; j < l.length; j++) {
          if (s[i][j] >= PART_FLOOR) {
            only = j;
            count++;
          }
        }
        if (count != 1) {
          continue;
        }
        int column = 0;
        for (int k = 0; k < q.length; k++) {
          column += s[k][only] >= PART_FLOOR ? 1 : 0;
        }
        if (column == 1) {
          offsets.add(only - i);
        }
      }
      if (offsets.isEmpty()) {
        return 0;
      }
      offsets.sort(null);
      return offsets.get(offsets.size() / 2);
    }

    /** Mohammad Javad, Ali Akbar: the first word and the next are one given name the dictionary knows. */
    private static boolean opensCompound(NamePart first, NamePart second) {
      return COMPOUND_OPENERS.contains(first.key())
          || !first.abjad() && !second.abjad() && NamePart.join(first, second).groups().length > 0;
    }

    private void cap(double cap, String why) {
      if (score > cap) {
        score = cap;
        notes.add(String.format(Locale.ROOT, "%s: at most %.2f", why, cap));
      }
    }

    private static String word(NameKind kind) {
      return kind == NameKind.PERSON ? "person" : "organisation";
    }

    private static int count(NamePart[] parts, NamePart.Role role) {
      int n = 0;
      for (NamePart p : parts) {
        n += p.role() == role ? 1 : 0;
      }
      return n;
    }

    NameMatch toMatch(ParsedName query, ParsedName listed) {
      List<NamePartMatch> parts = new ArrayList<>();
      for (int i = 0; i < q.length; i++) {
        int j = partnerOfQ[i];
        if (j < 0) {
          if (q[i].role() != NamePart.Role.PARTICLE) {
            parts.add(new NamePartMatch(q[i].written(), null, NamePartMatch.OMITTED, 0));
          }
        } else if (contradicted[i]) {
          parts.add(new NamePartMatch(q[i].written(), l[j].written(), NamePartMatch.CONTRADICTED, s[i][j]));
        } else {
          parts.add(new NamePartMatch(q[i].written(), l[j].written(), PartSimilarity.how(q[i], l[j]), s[i][j]));
        }
      }
      for (int j = 0; j < l.length; j++) {
        if (!lTaken[j] && l[j].role() != NamePart.Role.PARTICLE) {
          parts.add(new NamePartMatch(null, l[j].written(), NamePartMatch.OMITTED, 0));
        }
      }
      List<String> all = new ArrayList<>(notes);
      List<String> ignored = new ArrayList<>(query.ignored());
      ignored.addAll(listed.ignored());
      if (!ignored.isEmpty()) {
        all.add("set aside (titles, legal forms, articles): " + String.join(", ", ignored));
      }
      return new NameMatch(query.written(), listed.written(), score, parts, all);
    }
  }
}
