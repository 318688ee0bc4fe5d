// Every TanStack Query key of the SPA, one factory per area: queries build their key here and mutations
// invalidate by the same factories (a prefix invalidates everything under it). The keys live in lib/ because
// features invalidate each other's data (a report changes assignments and progress) without importing each other.

export const meKeys = {
  all: ['me'] as const,
}

export const levelKeys = {
  all: ['levels'] as const,
}

export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (params: object | 'watchable') => [...planKeys.lists(), params] as const,
  detail: (id: number | undefined) => [...planKeys.all, 'detail', id] as const,
  /** The bound a child plan's tiers must keep, by the parent plan, tier and organisation asked about. */
  childBound: (targets: object) => [...planKeys.all, 'child-bound', targets] as const,
}

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (params: object) => [...organizationKeys.all, 'list', params] as const,
  children: (id: number, includeInactive: boolean) =>
    [...organizationKeys.all, 'children', id, includeInactive] as const,
  detail: (id: number | undefined) => [...organizationKeys.all, 'detail', id] as const,
  ancestors: (orgId: number | undefined) => [...organizationKeys.all, 'ancestors', orgId] as const,
  lineage: (id: number) => [...organizationKeys.all, 'lineage', id] as const,
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: object) => [...userKeys.all, params] as const,
}

/** The party members of an organisation: roster, attendance, write-ups and who has not studied yet. */
export const memberKeys = {
  all: ['members'] as const,
  roster: (orgId: number, q: string, page: number, size: number) =>
    [...memberKeys.all, 'roster', orgId, q, page, size] as const,
  attendance: (sessionId: number) => [...memberKeys.all, 'attendance', sessionId] as const,
  writeUps: (assignmentId: number) => [...memberKeys.all, 'write-ups', assignmentId] as const,
  rosterFigures: (assignmentId: number) => [...memberKeys.all, 'roster-figures', assignmentId] as const,
  pending: (planId: number, orgId: number | undefined, page: number, size: number) =>
    [...memberKeys.all, 'pending', planId, orgId ?? null, page, size] as const,
}

/** The heading of a plan's summary document (issuer, place, signer), by plan and organisation. */
export const summaryKeys = {
  heading: (planId: number, orgId: number | undefined) => ['summary-heading', planId, orgId] as const,
}

/** Figures of a plan, by plan then organisation (null: the caller's own). */
export const progressKeys = {
  all: ['progress'] as const,
  plan: (planId: number) => [...progressKeys.all, planId] as const,
  progress: (planId: number, orgId: number | null | undefined) =>
    [...progressKeys.plan(planId), orgId ?? null] as const,
  timeline: (planId: number, orgId: number | null | undefined) =>
    [...progressKeys.progress(planId, orgId), 'timeline'] as const,
  overdue: (planId: number, orgId: number | null | undefined, paging: object) =>
    [...progressKeys.progress(planId, orgId), 'overdue', paging] as const,
  late: (planId: number, orgId: number | null | undefined, params: object) =>
    [...progressKeys.progress(planId, orgId), 'late', params] as const,
  orgAssignments: (planId: number, orgId: number, paging: object) =>
    [...progressKeys.plan(planId), orgId, 'assignments', paging] as const,
}

export const assignmentKeys = {
  all: ['assignments'] as const,
  org: (orgId: number | undefined, params: object) => [...assignmentKeys.all, 'org', orgId, params] as const,
  detail: (id: number) => [...assignmentKeys.all, 'detail', id] as const,
  sessions: (orgId: number | undefined) => [...assignmentKeys.all, 'sessions', orgId] as const,
}

export const reportKeys = {
  all: ['reports'] as const,
  queue: (params: object) => [...reportKeys.all, 'queue', params] as const,
  assignment: (assignmentId: number) => [...reportKeys.all, 'assignment', assignmentId] as const,
  predecessors: (assignmentId: number) => [...reportKeys.all, 'predecessors', assignmentId] as const,
}

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  list: (params: object) => [...notificationKeys.all, 'list', params] as const,
}

export const auditKeys = {
  all: ['audit'] as const,
  entity: (entityType: string, entityId: string | number) => [...auditKeys.all, entityType, String(entityId)] as const,
}
