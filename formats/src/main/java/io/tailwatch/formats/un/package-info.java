/**
 * The UN Security Council Consolidated List (XML) as FollowTheMoney entities.
 *
 * <h2>Entry points (for {@code tailwatch ingest un FILE})</h2>
 *
 * <ul>
 *   <li>{@link io.tailwatch.formats.un.UnConsolidatedReader#read(java.nio.file.Path)}: all entities in a list,
 *       dated by the list's {@code dateGenerated};
 *       {@link io.tailwatch.formats.un.UnConsolidatedReader#read(java.nio.file.Path, java.util.function.Consumer)}
 *       streams them. The {@link io.tailwatch.formats.un.UnConsolidatedReader.Summary} gives the date and the
 *       counts of individuals and entities to print.
 * </ul>
 *
 * <p>A file that is not wholly valid is refused with an {@link io.tailwatch.formats.InputFormatException};
 * the streaming form may have passed entities to the consumer before that, so a caller that stores as it goes
 * must stage them and commit only after {@code read} returns. Listing dates come from the source (LISTED_ON), as
 * both {@code listingDate} and {@code startDate} of each Sanction.
 */
package io.tailwatch.formats.un;
