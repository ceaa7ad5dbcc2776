package io.tailwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailwatch.formats.ReferenceData;
import io.tailwatch.formats.areas.WatchedAreaReader;
import io.tailwatch.store.AlertStatus;
import io.tailwatch.store.AuditLog;
import io.tailwatch.store.Ingest;
import io.tailwatch.store.Role;
import io.tailwatch.store.Store;
import io.tailwatch.store.StoredAlert;
import io.tailwatch.web.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's Chromium, headless, driven through its chromedriver): the demo loaded, an
 * alert opened, its evidence followed to an entity page, and the alert dismissed; and the map with 10,000
 * aircraft. Skipped, with a message, only where no Chromium and chromedriver are installed
 * ({@code apt-get install chromium chromium-driver}; CI's {@code .ci/run} installs them when it can).
 */
class BrowserTest {
  static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");
  static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(60);

  static WebDriver driver;

  @TempDir
  Path dir;

  static Optional<Path> first(String env, List<String> candidates) {
    String given = System.getenv(env);
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  static void browser() {
    Optional<Path> chromium = first("TAILWATCH_CHROMIUM", BROWSERS);
    Optional<Path> chromedriver = first("TAILWATCH_CHROMEDRIVER", DRIVERS);
    Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
        "no Chromium and chromedriver installed (looked for " + BROWSERS + " and " + DRIVERS + ", or "
            + "$TAILWATCH_CHROMIUM and $TAILWATCH_CHROMEDRIVER): skipping the browser tests. Install them with "
            + "'apt-get install chromium chromium-driver'.");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1000", "--disable-extensions", "--no-first-run");
    // The driver is given, so Selenium never tries to download one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  static WebServer.Settings settings(Path reference) {
    return new WebServer.Settings(ReferenceData.locate(reference), null, WatchedAreaReader.defaults(), null);
  }

  @Test
  void anAnalystOpensAnAlertFollowsItsEvidenceToAnEntityAndDismissesIt() throws Exception {
    DemoRun demo = DemoRun.get();
    assertThat(demo.result.exitCode()).as(demo.result.err()).isZero();
    Path data = demo.copy(dir.resolve("demo"));
    String crewMatch;
    try (Store store = Store.open(data)) {
      crewMatch = store.alerts(null).stream().map(a -> a.alert().id()).filter(id -> id.startsWith("crew-match:"))
          .findFirst().orElseThrow();
      String token = store.users().add("e2e", Role.ANALYST).token();
      WebServer server = WebServer.start(store, settings(demo.reference), "127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port() + "/";
        // The link 'demo --serve' prints: it signs the page in and leaves no token in the address bar.
        driver.get(base + "#token=" + token);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alerts li[data-id]")));
        assertThat(driver.getCurrentUrl()).doesNotContain("tw_");
        assertThat(driver.findElement(By.id("me")).getText()).contains("e2e", "analyst");
        assertThat(driver.findElements(By.cssSelector("#alerts li[data-id]"))).hasSize(9);

        // Open the crew-match alert: its evidence chain cites the manifest, the person, and the listed company.
        driver.findElement(By.cssSelector("#alerts li[data-id='" + crewMatch + "']")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#evidence li"), 3));
        assertThat(driver.findElement(By.id("alert-title")).getText()).contains("QASEMI/GHOLAM REZA MR");
        assertThat(driver.findElement(By.id("evidence")).getText()).contains("source:", "Qeshm Fars Air");
        waiting().until(d -> !d.findElements(By.cssSelector("#map .track")).isEmpty());

        // Follow the evidence to the listed company's page, with its sanctions and network diagram.
        WebElement company = driver.findElements(By.cssSelector("#evidence a[href^='#entity/']")).stream()
            .filter(a -> a.getText().equalsIgnoreCase("Qeshm Fars Air")).findFirst().orElseThrow();
        company.click();
        waiting().until(ExpectedConditions.textMatches(By.id("entity-caption"), java.util.regex.Pattern.compile("(?i)qeshm")));
        assertThat(driver.findElement(By.id("sanctions")).getText()).containsIgnoringCase("in force");
        waiting().until(d -> d.findElements(By.cssSelector("#graph .node")).size() > 2);
        assertThat(driver.findElement(By.id("graph")).getAttribute("innerHTML")).contains("Gholamreza Ghasemi");

        // Back to the alert, and dismiss it with a reason.
        driver.findElement(By.id("back-to-alert")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("dismiss"))).click();
        driver.findElement(By.id("dismiss-reason")).sendKeys("Crew list entry was a different person (date of birth)");
        driver.findElement(By.id("dismiss-confirm")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("alert-status"), "dismissed"));
        // The queue shows active alerts: the dismissed one leaves it.
        waiting().until(d -> d.findElements(By.cssSelector("#alerts li[data-id='" + crewMatch + "']")).isEmpty());
      } finally {
        server.stop();
      }
      StoredAlert dismissed = store.alert(crewMatch).orElseThrow();
      assertThat(dismissed.status()).isEqualTo(AlertStatus.DISMISSED);
      assertThat(dismissed.statusBy()).isEqualTo("e2e");
      assertThat(dismissed.statusReason()).startsWith("Crew list entry was a different person");
      assertThat(store.audit().count(new AuditLog.Filter("e2e", AuditLog.DECIDE_ALERT, "alert", crewMatch)))
          .isEqualTo(1);
    }
  }

  /**
   * 10,000 aircraft in the air at once: the map draws them on its canvas, not as elements. Prints how long a frame
   * takes (docs/performance.md); asserts what was drawn, not how fast (no timed assertions).
   */
  @Test
  void theMapDrawsTenThousandAircraftOnACanvas() throws Exception {
    int aircraft = 10_000;
    int points = 13;
    Instant start = Instant.parse("2024-06-01T06:00:00Z");
    Path csv = dir.resolve("traffic.csv.gz");
    try (var out = new java.io.PrintStream(new GZIPOutputStream(Files.newOutputStream(csv)), false, "UTF-8")) {
      out.println("time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,"
          + "geoaltitude,lastposupdate,lastcontact");
      java.util.Random random = new java.util.Random(42);
      for (int a = 0; a < aircraft; a++) {
        double lat = -55 + random.nextDouble() * 120;
        double lon = -175 + random.nextDouble() * 340;
        double dLat = (random.nextDouble() - 0.5) * 0.6;
        double dLon = (random.nextDouble() - 0.5) * 0.6;
        String hex = String.format("%06x", 0x100000 + a);
        for (int p = 0; p < points; p++) {
          out.printf(Locale.ROOT, "%d,%s,%.4f,%.4f,230,90,0,SYN%04d,false,false,false,,10000,10050,,%n",
              start.getEpochSecond() + p * 1800L, hex, lat + dLat * p, lon + dLon * p, a % 10_000);
        }
      }
    }
    try (Store store = Store.open(dir.resolve("traffic"))) {
      new Ingest(store).tracks(csv);
      String token = store.users().add("viewer", Role.VIEWER).token();
      WebServer server = WebServer.start(store, settings(DemoRun.reference()), "127.0.0.1", 0);
      try {
        driver.get("http://127.0.0.1:" + server.port() + "/#token=" + token);
        waiting().until(ExpectedConditions.textMatches(By.id("traffic-count"),
            java.util.regex.Pattern.compile(aircraft + " aircraft")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        List<Object> measured = (List<Object>) js.executeScript("""
            const m = window.tailwatch.map;
            m.draw();
            const frames = 30;
            const t0 = performance.now();
            for (let i = 0; i < frames; i++) { m.setTime(m.time + 60); m.draw(); }
            const perFrame = (performance.now() - t0) / frames;
            const traffic = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/traffic'));
            return [m.drawn.count, document.querySelectorAll('#map-wrap *').length, perFrame,
                    traffic.length ? traffic[traffic.length - 1].duration : -1,
                    traffic.length ? traffic[traffic.length - 1].encodedBodySize : -1];
            """);
        long drawn = ((Number) measured.get(0)).longValue();
        long elements = ((Number) measured.get(1)).longValue();
        System.out.printf(Locale.ROOT, "map with %d aircraft: %.1f ms per frame (canvas), %d elements in the map, "
            + "traffic request %.0f ms, %.0f bytes%n", drawn, ((Number) measured.get(2)).doubleValue(), elements,
            ((Number) measured.get(3)).doubleValue(), ((Number) measured.get(4)).doubleValue());
        assertThat(drawn).isEqualTo(aircraft);
        assertThat(elements).as("aircraft are drawn on the canvas, not as elements").isLessThan(1000);
        // A click on an aircraft finds it on the canvas.
        Object hit = js.executeScript("""
            const m = window.tailwatch.map;
            const r = m.canvas.getBoundingClientRect();
            const a = m.aircraftAt(r.left + m.drawn.x[0], r.top + m.drawn.y[0]);
            return a ? a.icao24 : null;
            """);
        assertThat(hit).isNotNull();
      } finally {
        server.stop();
      }
    }
  }
}
