/**
 * What the sanctions and export-control list readers share: {@link io.tailwatch.formats.lists.Countries} (country
 * names as the lists write them, to ISO 3166 codes) and {@link io.tailwatch.formats.lists.ListDates} (the lists' date
 * forms, to FollowTheMoney dates that keep their precision).
 */
package io.tailwatch.formats.lists;
