/** The plan form's values and how they map to and from the API, with no React in them. */
import dayjs, { type Dayjs } from 'dayjs'
import type { Plan, PlanDraft, PlanInput, SourceSpan, Tier } from '@/lib/api/types'
import { joinDuration, splitDuration, type DurationUnit } from '@/lib/format'
import type { PlanCheck } from './draft-checks'

export const ACTIVITIES = ['STUDY', 'PROPAGANDA', 'ACTION_PROGRAMME', 'OTHER'] as const
export const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const
export const DATE_FORMAT = 'DD/MM/YYYY'

type Translate = (key: string, opts?: Record<string, unknown>) => string

export interface TierValues {
  name: string
  activity: Tier['activity']
  levelCodes: string[]
  organizationIds: number[]
  audience?: string | null
  /** the amount in `durationUnit` (named like the API field so its errors land here) */
  durationDays?: number | null
  durationUnit: DurationUnit
  presenter?: string | null
  format: Tier['format']
  deadline?: Dayjs | null
}

export interface PlanValues {
  number: string
  title: string
  issuerOrgId?: number | null
  resolution?: string | null
  issuedOn?: Dayjs | null
  purpose?: string | null
  requirements?: string | null
  materials?: string | null
  tiers: TierValues[]
}

/** Ties the form to a source document: each field read from it is marked by the reader's confidence. */
export interface SourceLink {
  /** field key (`number`, `tiers[0].deadline`) → where the reader found it */
  spans: Record<string, SourceSpan>
  /** the key highlighted on both sides */
  active?: string | null
  /** a field got the focus */
  onFocusKey?: (key: string) => void
  /** a tier was removed: its marks go, the later tiers' move up */
  onTierRemoved?: (index: number) => void
  /** a tier was inserted at `index` (split): the later tiers' marks move down */
  onTierInserted?: (index: number) => void
  /** field key → the reader's warnings about it, shown beside the field */
  notes?: Record<string, string[]>
}

export const emptyTier = (): TierValues => ({
  name: '',
  activity: 'STUDY',
  levelCodes: [],
  organizationIds: [],
  durationDays: 1,
  durationUnit: 'days',
  format: 'IN_PERSON',
  deadline: null,
})

const day = (s: string | null | undefined) => (s ? dayjs(s, 'YYYY-MM-DD') : null)
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined)
/** Empty text is left out, which the API stores as no value. */
const blank = (s: string | null | undefined) => (s && s.trim() !== '' ? s.trim() : undefined)

export function toValues(
  plan: Plan | PlanDraft | undefined,
  parent: Plan | undefined,
  issuerOrgId: number | null,
): PlanValues {
  if (plan) {
    return {
      number: plan.number ?? '',
      title: plan.title ?? '',
      issuerOrgId: plan.issuerOrgId,
      resolution: plan.resolution,
      issuedOn: day(plan.issuedOn),
      purpose: plan.purpose,
      requirements: plan.requirements,
      materials: plan.materials,
      tiers: plan.tiers.map((t: NonNullable<PlanDraft['tiers']>[number]): TierValues => {
        const d = splitDuration(t.durationDays)
        return {
          name: t.name ?? '',
          activity: t.activity ?? 'STUDY',
          levelCodes: [...t.levelCodes],
          organizationIds: [...t.organizationIds],
          audience: t.audience,
          durationDays: d.amount,
          durationUnit: d.unit,
          presenter: t.presenter,
          format: t.format ?? 'IN_PERSON',
          deadline: day(t.deadline),
        }
      }),
    }
  }
  return {
    number: '',
    title: parent?.title ?? '',
    issuerOrgId,
    resolution: parent?.resolution ?? null,
    issuedOn: dayjs(),
    purpose: null,
    requirements: null,
    materials: parent?.materials ?? null,
    // a child plan starts from its parent's tiers, which the committee then narrows
    tiers: parent ? toValues(parent, undefined, null).tiers : [emptyTier()],
  }
}

export function toInput(v: PlanValues, parentPlanId: number | null | undefined): PlanInput {
  return {
    number: v.number.trim(),
    title: v.title.trim(),
    issuerOrgId: v.issuerOrgId ?? undefined,
    resolution: blank(v.resolution),
    issuedOn: iso(v.issuedOn),
    purpose: blank(v.purpose),
    requirements: blank(v.requirements),
    materials: blank(v.materials),
    parentPlanId: parentPlanId ?? undefined,
    tiers: v.tiers.map((t) => ({
      name: t.name.trim(),
      activity: t.activity,
      levelCodes: t.levelCodes,
      organizationIds: t.organizationIds,
      audience: blank(t.audience),
      durationDays: joinDuration(t.durationDays, t.durationUnit) ?? undefined,
      presenter: blank(t.presenter),
      format: t.format,
      deadline: iso(t.deadline) ?? '',
    })),
  }
}

/**
 * What the document reader found, ready to edit. The issuer is the organisation the text names when
 * the server found it in the caller's subtree; when the text names one the server could not find,
 * it stays empty (never silently the user's own); when the text names none, the user's organisation.
 */
export function draftToValues(draft: PlanDraft, issuerOrgId: number | null): PlanValues {
  const v = toValues(draft, undefined, null)
  return { ...v, issuerOrgId: draft.issuerOrgId ?? (draft.issuerName ? null : issuerOrgId) }
}

/** The second half of a tier the reader ran together: its values, with the targets left for the user to choose. */
export function splitTier(tier: TierValues): TierValues {
  return { ...tier, levelCodes: [], organizationIds: [] }
}

/** One tier from two the reader split wrongly: the first's values, the levels and organisations of both, the later deadline. */
export function mergeTiers(a: TierValues, b: TierValues): TierValues {
  const union = <T>(x: T[] | undefined, y: T[] | undefined) => [...new Set([...(x ?? []), ...(y ?? [])])]
  const later =
    a.deadline && b.deadline ? (a.deadline.isAfter(b.deadline) ? a.deadline : b.deadline) : (a.deadline ?? b.deadline)
  return {
    ...b,
    ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null && v !== undefined && v !== '')),
    levelCodes: union(a.levelCodes, b.levelCodes),
    organizationIds: union(a.organizationIds, b.organizationIds),
    deadline: later ?? null,
  }
}

/** A check as the user reads it. */
export function checkText(c: PlanCheck, t: Translate): string {
  if (c.kind === 'pastDeadline') return t('planImport.pastDeadline', { date: c.date })
  if (c.kind === 'overlap') return t('planImport.overlap', { n: (c.other ?? 0) + 1 })
  return t('planImport.abolishedLevel')
}

/** The rule of a field that must be typed in, its message naming the field by its label. */
export const requiredRule = (t: Translate, labelKey: string) => ({
  required: true,
  message: t('validation.required', { field: t(labelKey).toLowerCase() }),
})

/** The rule of a field that must be chosen (a select, a date). */
export const requiredChoiceRule = (t: Translate, labelKey: string) => ({
  required: true,
  message: t('validation.requiredSelect', { field: t(labelKey).toLowerCase() }),
})
