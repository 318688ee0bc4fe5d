/**
 * Named aliases for the API's shapes: all of them come from the generated schema (`npm run gen:api`),
 * none is written by hand. Every property an answer always carries is `required` in the spec (see
 * OpenApiProblems in the backend), so it is non-optional here; one that may be null is typed `| null`.
 */
import type { components, paths } from './schema'

type S = components['schemas']
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** The query parameters of `method path`. */
export type ApiQuery<P extends keyof paths, M extends Method> = paths[P][M] extends {
  parameters: { query?: infer Q }
}
  ? NonNullable<Q>
  : never

export type User = S['User']
export type Role = S['Role']
export type LoginResponse = S['LoginResponse']
export type Level = S['Level']
export type LevelInput = S['LevelInput']
export type LevelUpdate = S['LevelUpdate']
export type MergeInput = S['MergeInput']
export type RestructuringResult = S['RestructuringResult']
export type RestructuringEffects = S['RestructuringEffects']
export type RestructuringOrg = S['RestructuringOrg']
export type OrganizationLineage = S['OrganizationLineage']
export type Organization = S['Organization']
export type OrganizationInput = S['OrganizationInput']
export type ImportResult = S['ImportResult']
export type Plan = S['Plan']
export type PlanStatus = S['PlanStatus']
export type Tier = S['Tier']
export type PlanInput = S['PlanInput']
export type TierInput = S['TierInput']
export type PlanDraft = S['PlanDraft']
export type TierDraft = S['TierDraft']
export type SourceSpan = S['SourceSpan']
export type PublishResult = S['PublishResult']
export type Assignment = S['Assignment']
export type AssignmentStatus = S['AssignmentStatus']
export type ExemptInput = S['ExemptInput']
export type ExtendInput = S['ExtendInput']
export type SessionInput = S['SessionInput']
export type Session = S['Session']
export type SessionPatch = S['SessionPatch']
export type Report = S['Report']
export type PredecessorReport = S['PredecessorReport']
export type ReportState = S['ReportState']
export type ReportInput = S['ReportInput']
export type ReviewInput = S['ReviewInput']
export type Progress = S['Progress']
export type Totals = S['Totals']
export type OrgRef = S['OrgRef']
export type Timeline = S['Timeline']
export type FieldError = S['FieldError']
export type LateAssignment = S['LateAssignment']
export type LatePage = S['LatePage']
export type RemindInput = S['RemindInput']
export type RemindResult = S['RemindResult']
export type Notification = S['Notification']
export type NotificationPage = S['NotificationPage']
export type Stage = S['Stage']
export type AuditEvent = S['AuditEvent']
export type AuditPage = S['AuditPage']
export type AuditEntity = S['AuditEntity']
export type SummaryHeading = S['SummaryHeading']
export type UserInput = S['UserInput']
export type UserPatch = S['UserPatch']
export type UserPage = S['UserPage']
export type PasswordChange = S['PasswordChange']
export type MyPreferences = S['MyPreferences']

/** What an update needs: the id and the version behind its ETag. */
export interface Versioned {
  id?: number
  version?: number
}
export type Member = S['Member']
export type MemberStatus = S['MemberStatus']
export type RosterPage = S['RosterPage']
export type RosterCandidate = S['RosterCandidate']
export type Attendance = S['Attendance']
export type AttendanceInput = S['AttendanceInput']
export type AttendanceStatus = S['AttendanceStatus']
export type WriteUps = S['WriteUps']
export type WriteUpInput = S['WriteUpInput']
export type WriteUpGrade = S['WriteUpGrade']
export type PendingMember = S['PendingMember']
export type PendingMemberPage = S['PendingMemberPage']
export type RosterFigures = S['RosterFigures']
