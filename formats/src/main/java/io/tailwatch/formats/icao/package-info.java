/**
 * The ICAO allocation of 24-bit (Mode S) address blocks to states.
 *
 * <h2>Entry point</h2>
 *
 * <p>{@link io.tailwatch.formats.icao.AddressBlockReader#read(java.nio.file.Path)} on
 * {@code icao-blocks/icao_address_blocks.csv} from the reference data ({@link
 * io.tailwatch.formats.icao.AddressBlockReader#FILE}, to be located with {@link io.tailwatch.formats.ReferenceData})
 * gives a {@link io.tailwatch.surveillance.AddressAllocation}, the pure lookup from address to issuing state
 * ({@code stateOf(icao24)}), for showing, say, a Venezuelan registration that still transmits an Iranian address.
 * The Cook Islands iso2 slip of the source is corrected on reading.
 */
package io.tailwatch.formats.icao;
