import { Button, Card, Form, type FormInstance } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { FieldMarks } from './field-marks'
import { emptyTier, type PlanValues, type SourceLink, type TierValues } from './plan-form-model'
import { TierActions } from './tier-actions'
import { TierCard } from './tier-card'

interface Props {
  form: FormInstance<PlanValues>
  marks: FieldMarks
  source?: SourceLink
  /** the tiers as they are being edited, for the parent's bound of each */
  tiers?: TierValues[]
  parentPlanId?: number
  issuerOrgId?: number | null
}

/** The plan's tiers, at least one, each a card with its own buttons. */
export function TierList({ form, marks, source, tiers, parentPlanId, issuerOrgId }: Props) {
  const { t } = useTranslation()
  return (
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
          {fields.map((field, index) => (
            <TierCard
              key={field.key}
              name={field.name}
              index={index}
              marks={marks}
              parentPlanId={parentPlanId}
              issuerOrgId={issuerOrgId}
              tier={tiers?.[index]}
              actions={
                <TierActions
                  form={form}
                  name={field.name}
                  index={index}
                  count={fields.length}
                  add={add}
                  remove={remove}
                  source={source}
                />
              }
            />
          ))}
          <Form.ErrorList errors={errors} />
        </Card>
      )}
    </Form.List>
  )
}
