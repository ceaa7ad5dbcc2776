package io.tailwatch.cli;

import io.tailwatch.knowledge.Entity;
import io.tailwatch.knowledge.resolution.Candidate;
import io.tailwatch.knowledge.resolution.CandidateFinder;
import io.tailwatch.knowledge.resolution.Judgement;
import io.tailwatch.knowledge.resolution.Resolver;
import io.tailwatch.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tailwatch resolve}: which entities from different sources are one party. Candidates are proposed with
 * their reasons; analysts judge them; SAME judgements merge entities in every later graph (entity, path, detect,
 * serve), NOT_SAME ones keep pairs apart and off later candidate lists.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Entity resolution across sources: propose candidates, record same / not-same judgements.",
    subcommands = {
      ResolveCommand.Candidates.class,
      ResolveCommand.Same.class,
      ResolveCommand.NotSame.class,
      ResolveCommand.Accept.class,
      ResolveCommand.Judgements.class
    })
final class ResolveCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  @Command(name = "candidates", mixinStandardHelpOptions = true,
      description = "Pairs of entities from different sources that may be one party, best first, with reasons.")
  static final class Candidates implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--threshold", defaultValue = "0.8", description = "Lowest score shown (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per candidate.")
    boolean json;

    @Override
    public Integer call() {
      try (Store store = options.openStore()) {
        List<Candidate> candidates = CandidateFinder.find(store.entities(), new Resolver(store.judgements()),
            threshold);
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
          if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("score", Math.round(c.score() * 1000) / 1000.0);
            m.put("left", side(c.left()));
            m.put("right", side(c.right()));
            m.put("reasons", c.reasons());
            JsonOut.line(m);
          } else {
            System.out.printf(Locale.ROOT, "%.2f  %s  %s %s%n      %s  %s %s%n      %s%n", c.score(), c.left().id(),
                c.left().caption(), c.left().datasets(), c.right().id(), c.right().caption(), c.right().datasets(),
                String.join("; ", c.reasons()));
          }
        }
        Progress.log(candidates.size() + " candidates at or above " + threshold
            + (candidates.size() > limit ? " (" + limit + " shown)" : ""));
      }
      return 0;
    }

    private static Map<String, Object> side(Entity e) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("schema", e.schema());
      m.put("caption", e.caption());
      m.put("datasets", e.datasets());
      return m;
    }
  }

  @Command(name = "same", mixinStandardHelpOptions = true,
      description = "Judge two entities one party; the first keeps its id, the second becomes its referent.")
  static final class Same implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "KEEP_ID")
    String keep;

    @Parameters(index = "1", paramLabel = "OTHER_ID")
    String other;

    @Option(names = "--reason", required = true, description = "Why (kept as evidence).")
    String reason;

    @Override
    public Integer call() {
      return record(options, List.of(new Judgement(keep, other, Judgement.Verdict.SAME, reason, Instant.now())));
    }
  }

  @Command(name = "not-same", mixinStandardHelpOptions = true,
      description = "Judge two entities different parties; they stay apart and off later candidate lists.")
  static final class NotSame implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "ID")
    String left;

    @Parameters(index = "1", paramLabel = "OTHER_ID")
    String right;

    @Option(names = "--reason", required = true, description = "Why (kept as evidence).")
    String reason;

    @Override
    public Integer call() {
      return record(options, List.of(new Judgement(left, right, Judgement.Verdict.NOT_SAME, reason, Instant.now())));
    }
  }

  @Command(name = "accept", mixinStandardHelpOptions = true,
      description = "Judge every candidate at or above a score the same party (for copies of one list in another).")
  static final class Accept implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--min-score", required = true, description = "Accept candidates scoring at least this.")
    double minScore;

    @Option(names = "--reason", required = true, description = "Why (kept with each judgement).")
    String reason;

    @Override
    public Integer call() throws UserException {
      if (minScore < 0.9) {
        throw new UserException("--min-score below 0.9 would merge parties nobody looked at; judge those one by one");
      }
      List<Judgement> judgements = new ArrayList<>();
      try (Store store = options.openStore()) {
        Instant now = Instant.now();
        for (Candidate c : CandidateFinder.find(store.entities(), new Resolver(store.judgements()), minScore)) {
          judgements.add(new Judgement(c.left().id(), c.right().id(), Judgement.Verdict.SAME,
              reason + String.format(Locale.ROOT, " (score %.2f: %s)", c.score(), String.join("; ", c.reasons())),
              now));
        }
      }
      return record(options, judgements);
    }
  }

  @Command(name = "judgements", mixinStandardHelpOptions = true, description = "Every judgement, oldest first.")
  static final class Judgements implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "One JSON object per judgement.")
    boolean json;

    @Override
    public Integer call() {
      try (Store store = options.openStore()) {
        for (Judgement j : store.judgements()) {
          String verdict = j.verdict() == Judgement.Verdict.SAME ? "same" : "not-same";
          if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kept_id", j.keptId());
            m.put("other_id", j.otherId());
            m.put("verdict", verdict);
            m.put("reason", j.reason());
            m.put("decided_at", j.decidedAt().toString());
            JsonOut.line(m);
          } else {
            System.out.println(j.decidedAt() + "  " + verdict + "  " + j.keptId() + "  " + j.otherId() + "  "
                + j.reason());
          }
        }
      }
      return 0;
    }
  }

  private static int record(CommonOptions options, List<Judgement> judgements) {
    try (Store store = options.openStore()) {
      store.recordJudgements(judgements);
    }
    Progress.log("recorded " + judgements.size() + " judgement" + (judgements.size() == 1 ? "" : "s"));
    return 0;
  }
}
