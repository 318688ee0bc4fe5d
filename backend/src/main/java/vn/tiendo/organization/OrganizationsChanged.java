package vn.tiendo.organization;

import java.util.Collection;

/** Organisations created or edited (fired inside the transaction); integrations hear organization.changed. */
public record OrganizationsChanged(Collection<Long> orgIds) {}
