/**
 * The US Consolidated Screening List (trade.gov CSV: SDN, BIS Entity List, Denied Persons List with Temporary
 * Denial Orders, Unverified List, MEU, ITAR debarred, ISN, SSI, CAPTA, ...) as FollowTheMoney entities.
 *
 * <h2>Entry points (for {@code tailwatch ingest csl FILE})</h2>
 *
 * <ul>
 *   <li>{@link io.tailwatch.formats.csl.CslReader#read(java.nio.file.Path, java.time.LocalDate)} with the date the
 *       copy was downloaded, or {@link io.tailwatch.formats.csl.CslReader#read(java.nio.file.Path)}, which dates it
 *       by its latest {@code start_date}. Plain or gzip.
 *   <li>{@link io.tailwatch.formats.csl.CslReader.CslEntities} gives the entities, rows per source list (print
 *       them) and SDN links that did not resolve (warnings).
 * </ul>
 *
 * <p>SDN rows go through the SDN list's own mapping ({@link io.tailwatch.formats.ofac.SdnToFtm}) with ids
 * {@code csl-ofac-<ent_num>}, so their aircraft facts ({@code ids} column) and links come in as from OFAC but
 * stay apart from the OFAC list's {@code ofac-<ent_num>} until entity resolution merges them. Other rows become
 * dated Sanctions: a TDO against Mahan Airways holds from its {@code start_date} to its {@code end_date}.
 */
package io.tailwatch.formats.csl;
