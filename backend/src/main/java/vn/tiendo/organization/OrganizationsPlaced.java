package vn.tiendo.organization;

import java.util.Collection;

/**
 * Fired (synchronously, inside the transaction) when organisations are created, moved or reactivated, so open
 * plans can give them their assignments.
 */
public record OrganizationsPlaced(Collection<Long> orgIds, Collection<String> movedSubtreePrefixes) {}
