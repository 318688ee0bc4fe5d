import type { ReactNode } from 'react'
import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLevels } from '@/lib/api/reference'
import { OrgSelect } from '@/components/org-select'
import type { FieldMarks } from './field-marks'
import { ParentBoundHint } from './parent-deadlines'
import { ACTIVITIES, DATE_FORMAT, FORMATS, requiredChoiceRule, requiredRule, type TierValues } from './plan-form-model'

interface Props {
  /** the tier's name in the form list */
  name: number
  /** its place in the list, which the field keys (`tiers[1].deadline`) use */
  index: number
  marks: FieldMarks
  /** the split, merge and remove buttons */
  actions: ReactNode
  /** set for a child plan: the deadline shows the parent's bound for this tier */
  parentPlanId?: number
  issuerOrgId?: number | null
  tier?: TierValues
}

/** One tier of the plan: who studies what, how, and by when. */
export function TierCard({ name, index, marks: { mark, note }, actions, parentPlanId, issuerOrgId, tier }: Props) {
  const { t } = useTranslation()
  const levels = useLevels()
  const levelOptions = (levels.data ?? []).map((l) => ({ value: l.code, label: l.name }))
  const key = (field: string) => `tiers[${index}].${field}`
  return (
    <Card
      type="inner"
      size="small"
      title={t('plans.tier', { n: index + 1 })}
      style={{ marginBottom: 12 }}
      extra={actions}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('plans.tierName')}
            name={[name, 'name']}
            {...mark(key('name'))}
            rules={[requiredRule(t, 'plans.tierName')]}
          >
            <Input placeholder={t('plans.tierName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={t('plans.activity')}
            name={[name, 'activity']}
            {...mark(key('activity'))}
            rules={[requiredChoiceRule(t, 'plans.activity')]}
          >
            <Select options={ACTIVITIES.map((a) => ({ value: a, label: t(`activity.${a}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            label={t('plans.format')}
            name={[name, 'format']}
            {...mark(key('format'))}
            rules={[requiredChoiceRule(t, 'plans.format')]}
          >
            <Select options={FORMATS.map((a) => ({ value: a, label: t(`format.${a}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('plans.levels')}
            name={[name, 'levelCodes']}
            {...mark(key('levelCodes'))}
            {...note(key('levelCodes'))}
          >
            <Select mode="multiple" options={levelOptions} loading={levels.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('plans.organizations')}
            name={[name, 'organizationIds']}
            {...mark(key('organizationIds'))}
            tooltip={t('plans.organizationsHint')}
          >
            <OrgSelect multiple />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.audience')} name={[name, 'audience']} {...mark(key('audience'))}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.presenter')} name={[name, 'presenter']} {...mark(key('presenter'))}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('plans.duration')}
            required={false}
            style={{ marginBottom: 0 }}
            {...mark(key('durationDays'))}
            {...note(key('durationDays'))}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name={[name, 'durationDays']} noStyle>
                <InputNumber min={0.5} step={1} style={{ width: '60%' }} aria-label={t('plans.duration')} />
              </Form.Item>
              <Form.Item name={[name, 'durationUnit']} noStyle>
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
            name={[name, 'deadline']}
            {...mark(key('deadline'))}
            rules={[requiredChoiceRule(t, 'plans.deadline')]}
            {...note(
              key('deadline'),
              parentPlanId ? (
                <ParentBoundHint parentId={parentPlanId} issuerOrgId={issuerOrgId} tier={tier} />
              ) : undefined,
            )}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  )
}
