/**
 * Mode S and ADS-B decoding: what receivers hear on 1090 MHz, turned into {@link
 * io.tailwatch.surveillance.modes.DecodedMessage}s. Pure logic; the framers that read AVR, Beast and SBS-1 live in
 * {@code formats.receiver}.
 *
 * <p>How a frame travels: {@link io.tailwatch.surveillance.modes.ModeSDecoder} checks its parity ({@link
 * io.tailwatch.surveillance.modes.Crc24}; {@link io.tailwatch.surveillance.modes.SingleBitRepair} for a one-bit
 * error), decides whether its address can be trusted (an address recovered from parity only if the aircraft was
 * heard cleanly within a minute), reads its fields ({@link io.tailwatch.surveillance.modes.AltitudeCode}, {@link
 * io.tailwatch.surveillance.modes.IdentityCode}, {@link io.tailwatch.surveillance.modes.AdsbFields}) and hands CPR
 * positions to {@link io.tailwatch.surveillance.modes.PositionTracker}, which pairs even and odd frames ({@link
 * io.tailwatch.surveillance.modes.Cpr}) and refuses positions no aircraft could be at. What it remembers per
 * aircraft is an {@link io.tailwatch.surveillance.modes.AircraftState} in an {@link
 * io.tailwatch.surveillance.modes.AircraftTable}: int keys, bounded, idle aircraft swept out.
 *
 * <p>Why it is built this way: a receiver delivers thousands of frames a second, many of them damaged; a decoder
 * that allocates per frame, or believes every address parity hands it, either falls behind or fills the flight
 * pipeline with aircraft that never flew. Refusing costs nothing (no allocation), decoding costs one object.
 * Everything is counted by reason in {@link io.tailwatch.surveillance.modes.DecoderStats}.
 *
 * <p>Sources of the rules: ICAO Annex 10 Vol IV and Doc 9871 (formats, parity, altitude and identity codes), RTCA
 * DO-260B appendix A (CPR), J. Sun's "The 1090 Megahertz Riddle" (worked examples). The tests cite the published
 * messages they check against.
 */
package io.tailwatch.surveillance.modes;
