import { Card, Col, DatePicker, Form, Input, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { OrgSelect } from '@/components/org-select'
import type { FieldMarks } from './field-marks'
import { DATE_FORMAT, requiredChoiceRule, requiredRule } from './plan-form-model'

/** The plan's own fields: number, date, issuer, title, resolution and the free texts. */
export function PlanHeaderFields({ marks: { mark, note }, isChild }: { marks: FieldMarks; isChild: boolean }) {
  const { t } = useTranslation()
  return (
    <Card title={t('common.details')} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('plans.number')}
            name="number"
            {...mark('number')}
            {...note('number')}
            rules={[requiredRule(t, 'plans.number')]}
          >
            <Input placeholder="01-KH/TU" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('plans.issuedOn')} name="issuedOn" {...mark('issuedOn')} {...note('issuedOn')}>
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('plans.issuer')}
            name="issuerOrgId"
            {...mark('issuerOrgId')}
            {...note('issuerOrgId')}
            rules={[requiredChoiceRule(t, 'plans.issuer')]}
            tooltip={isChild ? t('plans.issuerChildHint') : undefined}
          >
            <OrgSelect />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            label={t('plans.titleField')}
            name="title"
            {...mark('title')}
            {...note('title')}
            rules={[requiredRule(t, 'plans.titleField')]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label={t('plans.resolution')} name="resolution" {...mark('resolution')} {...note('resolution')}>
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
  )
}
