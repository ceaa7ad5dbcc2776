package io.tailwatch.formats.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailwatch.formats.InputFormatException;
import io.tailwatch.geo.WatchedArea;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchedAreaReaderTest {
  @Test
  void theDefaultTriBorderAreaHoldsItsThreeAirports() {
    WatchedArea tba = WatchedAreaReader.defaults().get(0);
    assertThat(tba.id()).isEqualTo("tri-border-area");
    assertThat(tba.contains(-25.457, -54.840)).as("SGES Ciudad del Este").isTrue();
    assertThat(tba.contains(-25.594, -54.489)).as("SBFI Foz do Iguacu").isTrue();
    assertThat(tba.contains(-25.737, -54.473)).as("SARI Puerto Iguazu").isTrue();
    assertThat(tba.contains(-25.240, -57.519)).as("SGAS Asuncion").isFalse();
  }

  @Test
  void readsPolygonsAndRefusesOtherGeometries() throws Exception {
    String area = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Box\","
        + "\"reason\":\"test\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}";
    List<WatchedArea> areas = WatchedAreaReader.parse(area, "a.geojson");
    assertThat(areas).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("box");
      assertThat(a.contains(0.5, 0.5)).isTrue();
    });
    assertThatThrownBy(() -> WatchedAreaReader.parse(area.replace("Polygon", "Point"), "a.geojson"))
        .isInstanceOf(InputFormatException.class).hasMessageContaining("Polygon or MultiPolygon");
    assertThatThrownBy(() -> WatchedAreaReader.parse("{", "a.geojson")).isInstanceOf(InputFormatException.class);
  }
}
