package vn.tiendo.organization;

/** Fired inside the transaction when an organisation stops operating. */
public record OrganizationDeactivated(long orgId) {}
