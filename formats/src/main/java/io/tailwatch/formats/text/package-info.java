/**
 * Hardened reading of outside text that every reader shares: {@link io.tailwatch.formats.text.StrictText} (strict
 * ASCII/UTF-8 decoding that names the line and byte offset of a fault, a cap on field size, truncation checks),
 * {@link io.tailwatch.formats.text.CsvRows} (FastCSV over it, every fault an
 * {@link io.tailwatch.formats.InputFormatException}), {@link io.tailwatch.formats.text.CsvHeader} (column names
 * matched loosely) and {@link io.tailwatch.formats.text.SafeXml} (StAX with DTDs and entities off).
 */
package io.tailwatch.formats.text;
