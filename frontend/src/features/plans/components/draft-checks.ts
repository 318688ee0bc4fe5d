/**
 * What a plan author should see before publishing, computed from the tiers alone so the import
 * screen (beside each field) and the publish dialog say the same: deadlines already past, tiers
 * of the same activity that reach the same organisations twice, and the district level named for
 * a deadline after 1/7/2025, when districts no longer exist.
 */
import dayjs, { type Dayjs } from 'dayjs'

export interface CheckedTier {
  name?: string | null
  activity?: string | null
  levelCodes?: string[] | null
  organizationIds?: number[] | null
  deadline?: Dayjs | string | null
}

export interface PlanCheck {
  /** the field it concerns: `tiers[1].deadline`, `tiers[2].levelCodes` */
  key: string
  kind: 'pastDeadline' | 'overlap' | 'abolishedLevel'
  tier: number
  /** for an overlap, the earlier tier it overlaps */
  other?: number
  date?: string
}

const REFORM = dayjs('2025-07-01')

const asDay = (d: Dayjs | string | null | undefined) => (d ? dayjs(d) : null)

export function planChecks(
  tiers: readonly (CheckedTier | undefined)[] | undefined,
  today: Dayjs = dayjs(),
): PlanCheck[] {
  const out: PlanCheck[] = []
  const list = tiers ?? []
  list.forEach((t, i) => {
    if (!t) return
    const d = asDay(t.deadline)
    if (d && d.isValid() && d.isBefore(today, 'day'))
      out.push({ key: `tiers[${i}].deadline`, kind: 'pastDeadline', tier: i, date: d.format('DD/MM/YYYY') })
    if (d && d.isValid() && !d.isBefore(REFORM, 'day') && (t.levelCodes ?? []).includes('huyen'))
      out.push({ key: `tiers[${i}].levelCodes`, kind: 'abolishedLevel', tier: i })
    for (let j = 0; j < i; j++) {
      const o = list[j]
      if (!o || (o.activity ?? 'STUDY') !== (t.activity ?? 'STUDY')) continue
      const sharedLevel = (t.levelCodes ?? []).some((c) => (o.levelCodes ?? []).includes(c))
      const sharedOrg = (t.organizationIds ?? []).some((c) => (o.organizationIds ?? []).includes(c))
      if (sharedLevel || sharedOrg) {
        out.push({ key: `tiers[${i}].levelCodes`, kind: 'overlap', tier: i, other: j })
        break
      }
    }
  })
  return out
}
