package io.tailwatch.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * A held-out check on real list data: the UN Security Council Consolidated List gives, for 300-odd individuals,
 * the name in the original script (Arabic, Persian, Pashto, Cyrillic) beside the Latin one. Each original-script
 * name should match its own Latin name and no other individual's. Nothing in the matcher or its dictionary was
 * taken from this list. Reads the reference data ({@code tailwatch.referenceData}); skipped when absent.
 */
class UnListEvaluationTest {
  static final double RECORDED_RECALL = 0.93;
  static final double RECORDED_PRECISION = 0.92;

  record Listed(String reference, String latin, String original) {}

  @Test
  void originalScriptNamesFindTheirLatinNamesAndNoOthers() throws Exception {
    String data = System.getProperty("tailwatch.referenceData");
    Path file = data == null ? null : Path.of(data, "un", "un-consolidated-2026-02-27.xml");
    assumeTrue(file != null && Files.exists(file),
        "UN Consolidated List not found under tailwatch.referenceData (" + data + "); skipping the held-out check");
    List<Listed> individuals = read(file);
    assertThat(individuals).hasSizeGreaterThan(300);

    List<ParsedName> latin = new ArrayList<>();
    List<ParsedName> original = new ArrayList<>();
    for (Listed l : individuals) {
      latin.add(NameNormalizer.parse(l.latin()).as(NameKind.PERSON));
      original.add(NameNormalizer.parse(l.original()).as(NameKind.PERSON));
    }
    EvaluationSet.Outcome ours = evaluate(individuals,
        (i, j) -> NameMatcher.match(original.get(i), latin.get(j)).score(), NameMatcher.THRESHOLD);
    List<List<String>> latinTokens = new ArrayList<>();
    List<List<String>> originalTokens = new ArrayList<>();
    for (Listed l : individuals) {
      latinTokens.add(TokenJaroWinkler.tokens(l.latin()));
      originalTokens.add(TokenJaroWinkler.tokens(l.original()));
    }
    ToDoubleBiFunction<Integer, Integer> jw = (i, j) -> TokenJaroWinkler.score(originalTokens.get(i), latinTokens.get(j));
    EvaluationSet.Outcome baseline = evaluate(individuals, jw, NameMatcher.THRESHOLD);
    EvaluationSet.Outcome baselineBest = baseline;
    for (int t = 60; t <= 98; t += 2) {
      EvaluationSet.Outcome o = evaluate(individuals, jw, t / 100.0);
      baselineBest = o.f1() > baselineBest.f1() ? o : baselineBest;
    }
    System.out.println("UN list, " + individuals.size() + " individuals with an original-script name");
    System.out.println("tailwatch      " + ours);
    System.out.println("baseline       " + baseline);
    System.out.println("baseline best  " + baselineBest);
    if (Boolean.getBoolean("tailwatch.evaluation.verbose")) {
      for (int i = 0; i < individuals.size(); i++) {
        NameMatch m = NameMatcher.match(original.get(i), latin.get(i));
        if (m.score() < NameMatcher.THRESHOLD) {
          System.out.printf(Locale.ROOT, "MISS %.3f %s :: %s%n", m.score(), individuals.get(i).reference(), m.explain());
        }
        for (int j = 0; j < individuals.size(); j++) {
          NameMatch f = i == j ? null : NameMatcher.match(original.get(i), latin.get(j));
          if (f != null && f.score() >= NameMatcher.THRESHOLD) {
            System.out.printf(Locale.ROOT, "FALSE %.3f %s/%s :: %s | %s :: %s%n", f.score(), individuals.get(i).reference(),
                individuals.get(j).reference(), individuals.get(i).latin(), individuals.get(j).latin(), f.explain());
          }
        }
      }
    }
    assertThat(ours.recall()).isGreaterThanOrEqualTo(RECORDED_RECALL);
    assertThat(ours.precision()).isGreaterThanOrEqualTo(RECORDED_PRECISION);
  }

  private static EvaluationSet.Outcome evaluate(List<Listed> individuals, ToDoubleBiFunction<Integer, Integer> score,
      double threshold) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (int i = 0; i < individuals.size(); i++) {
      for (int j = 0; j < individuals.size(); j++) {
        boolean hit = score.applyAsDouble(i, j) >= threshold;
        if (i == j) {
          tp += hit ? 1 : 0;
          fn += hit ? 0 : 1;
        } else {
          fp += hit ? 1 : 0;
          tn += hit ? 0 : 1;
        }
      }
    }
    return new EvaluationSet.Outcome(threshold, tp, fn, fp, tn);
  }

  /** Individuals with a name in the original script: reference, Latin name parts joined, original name. */
  static List<Listed> read(Path file) throws IOException, XMLStreamException {
    List<Listed> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
      boolean individual = false;
      StringBuilder latin = new StringBuilder();
      String original = null;
      String reference = null;
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          String tag = r.getLocalName();
          if (tag.equals("INDIVIDUAL")) {
            individual = true;
            latin.setLength(0);
            original = null;
            reference = null;
            depth = 0;
          } else if (individual && depth == 1) {
            switch (tag) {
              case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" -> latin.append(r.getElementText()).append(' ');
              case "NAME_ORIGINAL_SCRIPT" -> original = r.getElementText();
              case "REFERENCE_NUMBER" -> reference = r.getElementText();
              default -> { }
            }
            if (r.getEventType() == XMLStreamReader.END_ELEMENT) {
              depth--;
            }
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
          if (r.getLocalName().equals("INDIVIDUAL")) {
            individual = false;
            if (original != null && !original.isBlank() && !latin.toString().isBlank()) {
              out.add(new Listed(reference, latin.toString().trim(), original.trim()));
            }
          }
        }
      }
    }
    return out;
  }
}
