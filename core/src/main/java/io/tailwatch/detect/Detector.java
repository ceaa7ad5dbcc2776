package io.tailwatch.detect;

import java.util.List;

/** One rule that turns flights and knowledge into alerts. Implementations are stateless and deterministic. */
public interface Detector {
  /** Short, stable name used in alert ids, filters and the rules file. */
  String name();

  List<Alert> detect(DetectionInput input);
}
