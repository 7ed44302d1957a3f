import { Form, useNavigation } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrganisationFields } from '#app/components/organisation-fields.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import {
	Checkboxes,
	SelectField,
	TextAreaField,
	useClientValidation,
	CountrySelect,
	describedBy,
} from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { campaignYears } from '#app/domain/campaign-evidence.ts'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import {
	MAX_DESCRIPTION_LENGTH,
	parseMaterialDraft,
	type DraftErrors,
} from '#app/domain/material-draft.ts'
import {
	ACCESSIBILITY_FEATURES,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
} from '#app/domain/vocabularies.ts'

export interface DraftValues {
	draftId: string
	/** '' for none. */
	campaignId: string
	title: string
	description: string
	lang: string
	resourceType: string
	licence: string
	audiences: string[]
	risks: string[]
	accessibility: string[]
	ageMin: number | null
	ageMax: number | null
	organisation: string
	organisationContact: string
}

/** A campaign the material may belong to: one of its country's. */
export interface CampaignOption {
	id: string
	countryCode: string
	title: string
	lang: string
	startYear: number | null
	endYear: number | null
}

/**
 * The material draft form, for "new" and "edit". The browser checks it with
 * the same schema as the server before sending, so most mistakes are shown at
 * once; without JavaScript the server's answer shows the same messages.
 */
export function MaterialForm({
	values,
	serverErrors,
	submitLabel,
	countries,
	campaigns,
	intent,
}: {
	values: DraftValues
	serverErrors?: DraftErrors | null
	submitLabel: string
	countries?: string[]
	/** The campaigns of the countries the material may belong to. */
	campaigns: CampaignOption[]
	/** The action's intent field, for routes with several actions. */
	intent?: string
}) {
	const { t } = useTranslation('account')
	const labels = useLabels()
	// What the chosen licence allows, in plain words, as the contributor chooses.
	const [licence, setLicence] = useState(values.licence)
	const { errors, check } = useClientValidation<DraftErrors>(parseMaterialDraft, serverErrors)
	const busy = useNavigation().state === 'submitting'
	const error = (name: keyof DraftErrors) => (errors[name] ? t(errors[name]!) : null)

	const hasErrors = Object.keys(errors).length > 0
	return (
		<Form method="post" className="form form--wide" noValidate onSubmit={check}>
			{hasErrors ? <FormMessage tone="error">{t('draft.errors.summary')}</FormMessage> : null}
			{error('draftId') ? <FormMessage tone="error">{error('draftId')}</FormMessage> : null}
			<input type="hidden" name="draftId" value={values.draftId} />
			{intent ? <input type="hidden" name="intent" value={intent} /> : null}
			<CountrySelect
				id="draft-country"
				label={t('fields.country')}
				countries={countries}
				nameOf={labels.country}
				value={campaigns.find((c) => c.id === values.campaignId)?.countryCode}
			/>
			<CampaignSelect
				campaigns={campaigns}
				value={values.campaignId}
				error={error('campaignId')}
				byCountry={(countries?.length ?? 0) > 1}
			/>
			<Field
				id="draft-title"
				label={t('fields.title')}
				name="title"
				defaultValue={values.title}
				required
				maxLength={200}
				error={error('title')}
			/>
			<SelectField
				idPrefix="draft"
				label={t('fields.lang')}
				name="lang"
				value={values.lang}
				error={error('lang')}
				options={CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort((a, b) =>
					labels.compare(a[1], b[1]),
				)}
			/>
			<TextAreaField
				idPrefix="draft"
				label={t('fields.description')}
				name="description"
				value={values.description}
				maxLength={MAX_DESCRIPTION_LENGTH}
				error={error('description')}
			/>
			<SelectField
				idPrefix="draft"
				label={t('fields.type')}
				name="resourceType"
				value={values.resourceType}
				error={error('resourceType')}
				options={RESOURCE_TYPES.map((v) => [v, labels.vocab('type', v)] as const)}
			/>
			<SelectField
				idPrefix="draft"
				label={t('fields.licence')}
				name="licence"
				value={values.licence}
				error={error('licence')}
				options={LICENCES.map((v) => [v, labels.vocab('licence', v)] as const)}
				onChange={setLicence}
				liveHint
				hint={licence ? t(`common:licenceSummary.${licence}`) : t('draft.licenceHint')}
			/>
			<OrganisationFields
				idPrefix="draft"
				values={values}
				errors={{
					organisation: error('organisation'),
					organisationContact: error('organisationContact'),
				}}
				hint={t('draft.organisationHint')}
			/>
			<Checkboxes
				idPrefix="draft"
				legend={t('fields.audiences')}
				name="audiences"
				values={values.audiences}
				error={error('audiences')}
				options={AUDIENCES.map((v) => [v, labels.vocab('audience', v)] as const)}
			/>
			<Checkboxes
				idPrefix="draft"
				legend={t('fields.risks')}
				name="risks"
				values={values.risks}
				error={error('risks')}
				options={RISKS.map((v) => [v, labels.vocab('risk', v)] as const)}
			/>
			<Checkboxes
				idPrefix="draft"
				legend={t('fields.accessibility')}
				name="accessibility"
				values={values.accessibility}
				error={error('accessibility')}
				options={ACCESSIBILITY_FEATURES.map((v) => [v, labels.vocab('accessibility', v)] as const)}
			/>
			<div className="actions">
				<Field
					label={t('fields.ageMin')}
					name="ageMin"
					type="number"
					min={0}
					max={120}
					defaultValue={values.ageMin ?? ''}
					error={error('ageMin')}
				/>
				<Field
					label={t('fields.ageMax')}
					name="ageMax"
					type="number"
					min={0}
					max={120}
					defaultValue={values.ageMax ?? ''}
					error={error('ageMax')}
				/>
			</div>
			<p className="hint">{t('draft.filesLater')}</p>
			<div className="actions">
				<button type="submit" className="button" disabled={busy}>
					{submitLabel}
				</button>
			</div>
		</Form>
	)
}

/**
 * The campaign a material belongs to, or none. For someone working for
 * several countries the campaigns are grouped by country; the server refuses
 * a campaign of another country than the material's.
 */
function CampaignSelect({
	campaigns,
	value,
	error,
	byCountry,
}: {
	campaigns: CampaignOption[]
	value: string
	error: string | null
	byCountry: boolean
}) {
	const { t } = useTranslation('account')
	const labels = useLabels()
	const id = 'draft-campaignId'
	const option = (c: CampaignOption) => {
		const years = campaignYears(c.startYear, c.endYear)
		return (
			<option key={c.id} value={c.id} lang={c.lang}>
				{c.title || t('campaignList.untitled', { ns: 'contribute' })}
				{years ? ` (${years})` : ''}
			</option>
		)
	}
	const countries = [...new Set(campaigns.map((c) => c.countryCode))]
	return (
		<div className="field">
			<label htmlFor={id}>{t('fields.campaign')}</label>
			<select
				id={id}
				name="campaignId"
				defaultValue={value}
				aria-invalid={error ? true : undefined}
				aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
			>
				<option value="">{t('draft.noCampaign')}</option>
				{byCountry
					? countries.map((country) => (
							<optgroup key={country} label={labels.country(country)}>
								{campaigns.filter((c) => c.countryCode === country).map(option)}
							</optgroup>
						))
					: campaigns.map(option)}
			</select>
			<p id={`${id}-hint`} className="hint">
				{campaigns.length ? t('draft.campaignHint') : t('draft.noCampaignYet')}
			</p>
			{error ? (
				<p id={`${id}-error`} className="field__error">
					{error}
				</p>
			) : null}
		</div>
	)
}
