import { useEffect, useMemo } from 'react'
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Typography,
  type FormInstance,
} from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Plan, PlanDraft, PlanInput, SourceSpan, Tier } from '@/lib/api/types'
import { joinDuration, splitDuration, type DurationUnit } from '@/lib/format'
import { useFormat } from '@/lib/use-format'
import { levelName, useLevels } from '@/lib/api/reference'
import { OrgSelect } from '@/components/org-select'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useSession } from '@/lib/auth'
import { useChildBound } from '../api/get-child-bound'
import { useSavePlan } from '../api/save-plan'
import { confidenceLevel, idToKey } from './source-marks'

const ACTIVITIES = ['STUDY', 'PROPAGANDA', 'ACTION_PROGRAMME', 'OTHER'] as const
const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const
export const DATE_FORMAT = 'DD/MM/YYYY'

interface TierValues {
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

const emptyTier = (): TierValues => ({
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
      tiers: (plan.tiers ?? []).map((t: NonNullable<PlanDraft['tiers']>[number]): TierValues => {
        const d = splitDuration(t.durationDays)
        return {
          name: t.name ?? '',
          activity: t.activity ?? 'STUDY',
          levelCodes: [...(t.levelCodes ?? [])],
          organizationIds: [...(t.organizationIds ?? [])],
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
      levelCodes: t.levelCodes ?? [],
      organizationIds: t.organizationIds ?? [],
      audience: blank(t.audience),
      durationDays: joinDuration(t.durationDays, t.durationUnit) ?? undefined,
      presenter: blank(t.presenter),
      format: t.format,
      deadline: iso(t.deadline) ?? '',
    })),
  }
}

/** What the document reader found, ready to edit: the issuer defaults to the user's organisation. */
export function draftToValues(draft: PlanDraft, issuerOrgId: number | null): PlanValues {
  const v = toValues(draft, undefined, null)
  return { ...v, issuerOrgId: draft.issuerOrgId ?? issuerOrgId }
}

/**
 * The parent plan's deadline that binds a tier of a child plan, as the server decides it (the same rule it applies
 * when the plan is saved and published); nothing when the parent does not bind the tier.
 */
function ParentBoundHint({ parentId, issuerOrgId, tier }: { parentId?: number; issuerOrgId?: number | null; tier?: TierValues }) {
  const { t } = useTranslation()
  const f = useFormat()
  const bound = useChildBound({
    parentId,
    issuerOrgId: issuerOrgId ?? undefined,
    activity: tier?.activity,
    levelCodes: tier?.levelCodes ?? [],
    organizationIds: tier?.organizationIds ?? [],
  })
  const date = bound.data?.deadline
  return date ? <>{t('plans.parentDeadlineFor', { date: f.date(date) })}</> : null
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
}

interface Props {
  plan?: Plan
  parent?: Plan
  onSaved: (plan: Plan) => void
  onCancel: () => void
  /** the form instance, when the page drives the fields (focus from the source) */
  form?: FormInstance<PlanValues>
  /** start from these values instead of the plan's or a new plan's */
  initialValues?: PlanValues
  source?: SourceLink
  submitLabel?: string
  cancelLabel?: string
  /** show at once what still has to be filled in */
  validateOnMount?: boolean
}

export function PlanForm({
  plan,
  parent,
  onSaved,
  onCancel,
  form: external,
  initialValues,
  source,
  submitLabel,
  cancelLabel,
  validateOnMount,
}: Props) {
  const { t } = useTranslation()
  const f = useFormat()
  const user = useSession()?.user
  const [form] = Form.useForm<PlanValues>(external)
  const levels = useLevels()
  const save = useSavePlan(plan)
  const problem = useFormProblem(form)
  const initial = useMemo(
    () => initialValues ?? toValues(plan, parent, user?.orgId ?? null),
    [initialValues, plan, parent, user?.orgId],
  )
  useEffect(() => {
    if (validateOnMount) form.validateFields().catch(() => {})
  }, [validateOnMount, form])
  /** The class of a field the reader filled: its confidence, and whether it is the highlighted one. */
  const mark = (key: string) => {
    const span = source?.spans[key]
    if (!span) return {}
    const cls = `src-field src-${confidenceLevel(span.confidence)}${source?.active === key ? ' src-active' : ''}`
    return { className: cls }
  }
  const tiersWatch = Form.useWatch('tiers', form) as TierValues[] | undefined
  const issuerWatch = Form.useWatch('issuerOrgId', form) as number | null | undefined
  const parentPlanId = parent?.id ?? plan?.parentPlanId ?? undefined

  const req = (key: string) => ({ required: true, message: t('validation.required', { field: t(key).toLowerCase() }) })
  const reqSel = (key: string) => ({
    required: true,
    message: t('validation.requiredSelect', { field: t(key).toLowerCase() }),
  })
  const levelOptions = (levels.data ?? []).map((l) => ({ value: l.code, label: l.name }))

  return (
    <Form<PlanValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      scrollToFirstError
      // stays disabled once saved, while the page moves on: no second plan from a second click
      disabled={save.isPending || save.isSuccess}
      onValuesChange={() => problem.error && problem.clear()}
      onFocus={(e) => {
        const key = source?.onFocusKey && idToKey((e.target as HTMLElement).id)
        if (key) source.onFocusKey?.(key)
      }}
      onFinish={(values) => {
        problem.clear()
        save.mutate(toInput(values, parent?.id ?? plan?.parentPlanId ?? null), {
          onSuccess: onSaved,
          onError: problem.handle,
        })
      }}
    >
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      {parent && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${t('plans.parentDeadlines')}: ${parent.number} — ${parent.title}`}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>{t('plans.parentDeadlinesHint')}</Typography.Paragraph>
              <Table
                size="small"
                pagination={false}
                rowKey={(r) => String(r.id ?? r.name)}
                dataSource={parent.tiers}
                columns={[
                  { title: t('plans.tierName'), dataIndex: 'name' },
                  {
                    title: t('plans.levels'),
                    render: (_, r) => (r.levelCodes ?? []).map((c) => levelName(levels.data, c)).join(', ') || '—',
                  },
                  { title: t('plans.deadline'), render: (_, r) => <span className="num">{f.date(r.deadline)}</span> },
                ]}
              />
            </>
          }
        />
      )}
      <Card title={t('common.details')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('plans.number')} name="number" {...mark('number')} rules={[req('plans.number')]}>
              <Input placeholder="01-KH/TU" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('plans.issuedOn')} name="issuedOn" {...mark('issuedOn')}>
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('plans.issuer')}
              name="issuerOrgId"
              {...mark('issuerOrgId')}
              rules={[reqSel('plans.issuer')]}
              tooltip={parent ? t('plans.issuerChildHint') : undefined}
            >
              <OrgSelect />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('plans.titleField')} name="title" {...mark('title')} rules={[req('plans.titleField')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('plans.resolution')} name="resolution" {...mark('resolution')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('plans.purpose')} name="purpose" {...mark('purpose')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('plans.requirements')} name="requirements" {...mark('requirements')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('plans.materials')} name="materials" {...mark('materials')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Form.List
        name="tiers"
        rules={[
          {
            validator: async (_, tiers) => {
              if (!tiers || tiers.length === 0) throw new Error(t('plans.noTiers'))
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Card
            title={t('plans.tiers')}
            extra={
              <Button icon={<PlusOutlined />} onClick={() => add(emptyTier())}>
                {t('plans.addTier')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          >
            {fields.map((field, index) => {
              return (
                <Card
                  key={field.key}
                  type="inner"
                  size="small"
                  title={t('plans.tier', { n: index + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('plans.removeTier')}
                      onClick={() => {
                        remove(field.name)
                        source?.onTierRemoved?.(index)
                      }}
                    />
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.tierName')}
                        name={[field.name, 'name']}
                        {...mark(`tiers[${index}].name`)}
                        rules={[req('plans.tierName')]}
                      >
                        <Input placeholder={t('plans.tierName')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        label={t('plans.activity')}
                        name={[field.name, 'activity']}
                        {...mark(`tiers[${index}].activity`)}
                        rules={[reqSel('plans.activity')]}
                      >
                        <Select options={ACTIVITIES.map((a) => ({ value: a, label: t(`activity.${a}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        label={t('plans.format')}
                        name={[field.name, 'format']}
                        {...mark(`tiers[${index}].format`)}
                        rules={[reqSel('plans.format')]}
                      >
                        <Select options={FORMATS.map((a) => ({ value: a, label: t(`format.${a}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.levels')}
                        name={[field.name, 'levelCodes']}
                        {...mark(`tiers[${index}].levelCodes`)}
                      >
                        <Select mode="multiple" options={levelOptions} loading={levels.isLoading} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.organizations')}
                        name={[field.name, 'organizationIds']}
                        {...mark(`tiers[${index}].organizationIds`)}
                        tooltip={t('plans.organizationsHint')}
                      >
                        <OrgSelect multiple />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.audience')}
                        name={[field.name, 'audience']}
                        {...mark(`tiers[${index}].audience`)}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.presenter')}
                        name={[field.name, 'presenter']}
                        {...mark(`tiers[${index}].presenter`)}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.duration')}
                        required={false}
                        style={{ marginBottom: 0 }}
                        {...mark(`tiers[${index}].durationDays`)}
                      >
                        <Space.Compact style={{ width: '100%' }}>
                          <Form.Item name={[field.name, 'durationDays']} noStyle>
                            <InputNumber min={0.5} step={1} style={{ width: '60%' }} aria-label={t('plans.duration')} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'durationUnit']} noStyle>
                            <Select
                              style={{ width: '40%' }}
                              options={[
                                { value: 'days', label: t('duration.unitDays') },
                                { value: 'sessions', label: t('duration.unitSessions') },
                              ]}
                            />
                          </Form.Item>
                        </Space.Compact>
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        label={t('plans.deadline')}
                        name={[field.name, 'deadline']}
                        {...mark(`tiers[${index}].deadline`)}
                        rules={[reqSel('plans.deadline')]}
                        extra={
                          parentPlanId ? (
                            <ParentBoundHint parentId={parentPlanId} issuerOrgId={issuerWatch} tier={tiersWatch?.[index]} />
                          ) : undefined
                        }
                      >
                        <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              )
            })}
            <Form.ErrorList errors={errors} />
          </Card>
        )}
      </Form.List>

      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{cancelLabel ?? t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending || save.isSuccess}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Flex>
    </Form>
  )
}
