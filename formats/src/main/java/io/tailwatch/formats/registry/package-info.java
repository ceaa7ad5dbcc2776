/**
 * Aircraft registries as FollowTheMoney entities: the OpenSky Network aircraft database (both published
 * layouts) and plane-alert-db, the curated list of aircraft of interest.
 *
 * <h2>Entry points (for {@code tailwatch ingest registry FILE})</h2>
 *
 * <ul>
 *   <li>{@link io.tailwatch.formats.registry.RegistryReader#read(java.nio.file.Path, java.time.LocalDate)} picks
 *       the reader from the header; or call
 *       {@link io.tailwatch.formats.registry.OpenSkyAircraftReader#read(java.nio.file.Path, java.time.LocalDate)}
 *       (also streaming, for the 500,000-row database) or
 *       {@link io.tailwatch.formats.registry.PlaneAlertReader#read(java.nio.file.Path, java.time.LocalDate)}
 *       directly. Neither file carries a date: the caller gives the date of the copy (the CLI could default to
 *       the file's modification date).
 *   <li>{@link io.tailwatch.formats.registry.RegistryEntities} gives the entities, the rows read and the rows
 *       skipped (no valid 24-bit address) with examples to print.
 * </ul>
 *
 * <p>Each aircraft is an Airplane carrying its address as the {@code modeS} extension; its operator a Company
 * (with the {@code icaoDesignator} extension when the registry gives one) linked by an UnknownLink with role
 * "operator"; its owner a LegalEntity linked by an Ownership. plane-alert-db rows carry the ODbL attribution
 * as {@code publisher}; keep it when the data is passed on.
 */
package io.tailwatch.formats.registry;
