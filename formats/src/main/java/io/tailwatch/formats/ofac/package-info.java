/**
 * The US Treasury OFAC Specially Designated Nationals (SDN) list, in its legacy CSV set and its XML, as
 * FollowTheMoney entities.
 *
 * <h2>Entry points (for {@code tailwatch ingest ofac DIR|FILE})</h2>
 *
 * <ul>
 *   <li>{@link io.tailwatch.formats.ofac.SdnCsvReader#read(java.nio.file.Path, java.time.LocalDate)}: a directory
 *       holding {@code sdn.csv} and whichever of {@code add.csv}, {@code alt.csv}, {@code sdn_comments.csv} are
 *       beside it, or one {@code sdn.csv}. The CSV has no date, so the caller must give the snapshot date (the
 *       CLI should ask for {@code --date}; for the reference copies: 2021-07-07 and 2024-07-02).
 *   <li>{@link io.tailwatch.formats.ofac.SdnXmlReader#read(java.nio.file.Path)}: {@code sdn.xml}, dated by its
 *       {@code Publish_Date} (or {@code read(file, date)} to override).
 *   <li>Both return {@link io.tailwatch.formats.ofac.OfacEntities}: the entities to store, the names OFAC links
 *       that did not resolve (print them as warnings), and entry counts per SDN type (print them; they should
 *       match the list's own counts).
 *   <li>Several snapshots: pass each one's entities to {@link io.tailwatch.knowledge.SnapshotHistory#merge}; it
 *       sets first/last seen across them and ends (with {@code endDate} = the later snapshot's date) the
 *       Sanctions of entries missing from a later list.
 * </ul>
 *
 * <p>Every reader refuses a file that is not wholly valid with an
 * {@link io.tailwatch.formats.InputFormatException} (file, line, problem) before returning anything, so the
 * caller stores all of a file or none of it.
 *
 * <h2>Design notes</h2>
 *
 * <ul>
 *   <li>Both forms become {@link io.tailwatch.formats.ofac.SdnEntry} (the list's own fields, Remarks split into
 *       typed {@link io.tailwatch.formats.ofac.SdnFact}s by {@link io.tailwatch.formats.ofac.SdnRemarks}), then one
 *       mapping, {@link io.tailwatch.formats.ofac.SdnToFtm}, makes the FtM entities, so CSV, XML and the
 *       Consolidated Screening List's SDN rows agree. The facts OFAC states and where each goes are listed once,
 *       in {@link io.tailwatch.formats.ofac.SdnFeature}.
 *   <li>Aircraft: current tail, previous tail (extension {@code previousRegistration}), manufacturer's serial
 *       number, construction number (extension {@code constructionNumber}) and Mode S code (extension
 *       {@code modeS}; OFAC writes it as hex, e.g. 1533A5) stay distinct; "MSN 449" names are never
 *       registrations; an aircraft operator is an UnknownLink with role "operator", not an Ownership.
 *   <li>Links are by name ("Linked To: MAHAN AIR"): resolved case-insensitively within the same list; misses and
 *       ambiguities are reported, not guessed.
 * </ul>
 *
 * <h2>Shared input plumbing</h2>
 *
 * <p>The hardened input classes all list readers share live in {@code io.tailwatch.formats.text} (strict decoding,
 * CSV, safe XML) and {@code io.tailwatch.formats.lists} (country names, list dates).
 */
package io.tailwatch.formats.ofac;
