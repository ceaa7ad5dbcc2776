package io.tailwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters and bodies read strictly: a bad value is a 400 naming the parameter and what it accepts. */
final class Params {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_TEXT = 500;

  private Params() {}

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    try {
      int n = v == null || v.isEmpty() ? fallback : Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("'" + name + "' must be a whole number from " + min + " to " + max);
    }
  }

  /** Optional text, trimmed, null when absent or empty; refused when longer than {@link #MAX_TEXT}. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiError.badRequest("'" + name + "' is longer than " + MAX_TEXT + " characters");
    }
    return v.trim();
  }

  static String requiredText(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      throw ApiError.badRequest("'" + name + "' is required");
    }
    return v;
  }

  /** A time: ISO-8601 instant ({@code 2022-05-13T13:00:00Z}) or a day ({@code 2022-05-13}, its start in UTC). */
  static Instant time(Context ctx, String name, Instant fallback) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("'" + name + "' must be a day (2022-05-13) or a UTC time (2022-05-13T13:00:00Z)");
    }
  }

  /** The request body as a JSON object; 400 when it is not one, 413 when it is too large. */
  static JsonNode jsonObject(Context ctx, String shape) {
    String body;
    try {
      body = ctx.body();
    } catch (HttpResponseException e) {
      throw e;
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException();
      }
      return node;
    } catch (Exception e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "body must be a JSON object " + shape);
    }
  }

  /** A string field of a JSON body, or null; refused when present but not a string or longer than {@code max}. */
  static String field(JsonNode body, String name, int max) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest("'" + name + "' must be a string");
    }
    if (v.asText().length() > max) {
      throw ApiError.badRequest("'" + name + "' is longer than " + max + " characters");
    }
    return v.asText();
  }
}
