package org.perftracker.server.host;

/**
 * A lab host: what it is and where. Numbers are nullable when unknown.
 *
 * @param ramGb memory in GiB
 * @param storageTb storage in TB
 * @param networkGbs network bandwidth in Gb/s
 * @param lockedBy the lock that holds the host now, or null
 */
public record Host(long id, String name, String hostname, String ip, String purpose, String os, String vendor,
        String model, Integer cpusCount, String cpuInfo, Double ramGb, Double storageTb, Double networkGbs,
        String notes, String location, String inventoryId, String dashboardUrl, boolean hidden, int sortOrder,
        Long lockedBy) {
}
