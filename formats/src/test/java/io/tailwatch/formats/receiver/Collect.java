package io.tailwatch.formats.receiver;

import io.tailwatch.surveillance.modes.ModeSFrame;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A frame sink that keeps everything, for tests. */
class Collect implements FrameSink {
  final List<ModeSFrame> frames = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  final List<Damage> damage = new ArrayList<>();
  final Map<Ignored, Integer> ignored = new EnumMap<>(Ignored.class);

  @Override
  public void frame(ModeSFrame frame) {
    frames.add(frame);
  }

  @Override
  public void damaged(long position, Damage damage, String detail) {
    this.damage.add(damage);
    problems.add(position + ": " + detail);
  }

  @Override
  public void ignored(Ignored what) {
    ignored.merge(what, 1, Integer::sum);
  }

  List<String> hex() {
    return frames.stream().map(ModeSFrame::hex).toList();
  }
}
