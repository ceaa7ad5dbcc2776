package io.tailwatch.web;

import io.javalin.http.HttpStatus;

/** An API error with its HTTP status, answered as {@code {"error": message}}. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient HttpStatus status;

  ApiError(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static ApiError notFound(String what, String id) {
    return new ApiError(HttpStatus.NOT_FOUND, "no " + what + " '" + id + "'");
  }

  static ApiError badRequest(String message) {
    return new ApiError(HttpStatus.BAD_REQUEST, message);
  }
}
